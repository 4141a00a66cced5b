"""Outcomes of :mod:`ory_facade.contrib.selfservice` as Flask responses, cookies relayed verbatim."""

from __future__ import annotations

from flask import jsonify, make_response, redirect, render_template
from werkzeug.wrappers import Response

from ..selfservice import JSONReply, Outcome, Redirect

__all__ = ["private_to_the_session", "relay_set_cookies", "to_response"]


def private_to_the_session(response: Response) -> Response:
    """Mark a response that depends on the session: no browser or shared cache may keep it (Back after
    sign-out must not show the previous user's page), and it varies with the ``Cookie`` header.

    A response without ``Cache-Control`` or ``Vary`` gets them written directly; one with them is merged
    through werkzeug's parsed headers (which, like ``in`` on the headers, cost more than the view on a
    session-cache hit: a missing name is a ``KeyError`` raised and caught inside werkzeug).
    """
    headers = response.headers
    cache_control = vary = False
    for name, _ in headers:
        low = name.lower()
        cache_control = cache_control or low == "cache-control"
        vary = vary or low == "vary"
    if cache_control:
        response.cache_control.no_store = True
        response.cache_control.private = True
        response.cache_control.public = False
    else:
        headers.add("Cache-Control", "no-store, private")
    if vary:
        response.vary.add("Cookie")
    else:
        headers.add("Vary", "Cookie")
    return response


def relay_set_cookies(response: Response, set_cookie: list[str]) -> Response:
    """Add each ``Set-Cookie`` header exactly as Kratos sent it (name, value and every attribute)."""
    for header in set_cookie:
        response.headers.add("Set-Cookie", header)
    return response


def to_response(outcome: Outcome | JSONReply) -> Response:
    response: Response
    if isinstance(outcome, JSONReply):
        response = jsonify(outcome.body)
        response.status_code = outcome.status
        return private_to_the_session(response)
    if isinstance(outcome, Redirect):
        response = redirect(outcome.location, code=outcome.status)
    else:
        response = make_response(render_template(outcome.template, **outcome.context), outcome.status)
    # Flow ids, CSRF tokens and per-user redirects: never cached anywhere.
    private_to_the_session(response)
    return relay_set_cookies(response, outcome.set_cookie)

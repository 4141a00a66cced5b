"""Outcomes of :mod:`ory_facade.contrib.selfservice` as Flask responses, cookies relayed verbatim."""

from __future__ import annotations

from flask import jsonify, make_response, redirect, render_template
from werkzeug.wrappers import Response

from ..selfservice import JSONReply, Outcome, Redirect

__all__ = ["relay_set_cookies", "to_response"]


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
        return response
    if isinstance(outcome, Redirect):
        response = redirect(outcome.location, code=outcome.status)
    else:
        response = make_response(render_template(outcome.template, **outcome.context), outcome.status)
        # The pages hold per-user CSRF tokens and flow ids: no shared or browser cache may keep them.
        response.headers["Cache-Control"] = "no-store"
    return relay_set_cookies(response, outcome.set_cookie)

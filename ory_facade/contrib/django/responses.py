"""Outcomes of :mod:`ory_facade.contrib.selfservice` as Django responses, cookies relayed verbatim."""

from __future__ import annotations

import time

from django.http import HttpRequest, HttpResponse, HttpResponseBase, JsonResponse
from django.shortcuts import render
from django.utils.cache import add_never_cache_headers, patch_vary_headers
from django.utils.encoding import iri_to_uri
from django.utils.http import http_date

from ..selfservice import JSONReply, Outcome, Redirect
from .cookies import relay_set_cookies

__all__ = ["private_to_the_session", "to_response"]


#: What ``add_never_cache_headers`` writes on a response without ``Cache-Control``.
_NEVER_CACHE = "max-age=0, no-cache, no-store, must-revalidate, private"
_MARKED = "_ory_facade_private"
# The Expires date of the current second (formatting it costs more than the rest of the marking).
_now: tuple[int, str] = (0, "")


def _expires_now() -> str:
    global _now
    second = int(time.time())
    if _now[0] != second:
        _now = (second, http_date(second))
    return _now[1]


def private_to_the_session(response: HttpResponseBase) -> HttpResponseBase:
    """Mark a response that depends on the session: no browser or shared cache may keep it (Back after
    sign-out must not show the previous user's page), and it varies with the ``Cookie`` header.

    Once per response (the decorator and the middleware both ask); a response without ``Cache-Control``
    or ``Vary`` gets Django's never-cache headers written directly (parsing and merging empty headers
    cost more than the view on a session-cache hit), one with them is merged by Django's helpers.
    """
    if getattr(response, _MARKED, False):
        return response
    if "Cache-Control" in response or "Expires" in response:
        add_never_cache_headers(response)
    else:
        response.headers["Expires"] = _expires_now()
        response.headers["Cache-Control"] = _NEVER_CACHE
    if "Vary" in response:
        patch_vary_headers(response, ("Cookie",))
    else:
        response.headers["Vary"] = "Cookie"
    setattr(response, _MARKED, True)
    return response


def to_response(request: HttpRequest, outcome: Outcome | JSONReply) -> HttpResponseBase:
    response: HttpResponseBase
    if isinstance(outcome, JSONReply):
        return private_to_the_session(JsonResponse(outcome.body, status=outcome.status))
    if isinstance(outcome, Redirect):
        # 303 like Kratos (HttpResponseRedirect is a 302, which some clients replay as a POST).
        response = HttpResponse(status=outcome.status)
        # Percent-encoded like HttpResponseRedirect (and werkzeug): a raw non-ASCII Location would go out
        # as an RFC 2047 word (=?utf-8?b?...?=), which no browser follows.
        response["Location"] = iri_to_uri(outcome.location)
    else:
        # The page links (ory_urls) work without the context processor; with it, its values win.
        from .context_processors import ory

        context = {**ory(request), **outcome.context}
        response = render(request, outcome.template, context, status=outcome.status)
    # Flow ids, CSRF tokens and per-user redirects: never cached anywhere.
    private_to_the_session(response)
    return relay_set_cookies(response, outcome.set_cookie)

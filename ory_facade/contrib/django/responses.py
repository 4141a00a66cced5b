"""Outcomes of :mod:`ory_facade.contrib.selfservice` as Django responses, cookies relayed verbatim."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse, HttpResponseBase, JsonResponse
from django.shortcuts import render
from django.utils.cache import add_never_cache_headers, patch_vary_headers
from django.utils.encoding import iri_to_uri

from ..selfservice import JSONReply, Outcome, Redirect
from .cookies import relay_set_cookies

__all__ = ["private_to_the_session", "to_response"]


#: The Cache-Control ``add_never_cache_headers`` writes on a response without one.
_NEVER_CACHE = "max-age=0, no-cache, no-store, must-revalidate, private"
_MARKED = "_ory_facade_private"


def private_to_the_session(response: HttpResponseBase) -> HttpResponseBase:
    """Mark a response that depends on the session: no browser or shared cache may keep it (Back after
    sign-out must not show the previous user's page), and it varies with the ``Cookie`` header.

    Once per response (the decorator and the middleware both ask). A response without ``Cache-Control``
    gets the one Django's ``never_cache`` writes, and no ``Expires``: with ``max-age`` present every
    HTTP/1.1 cache ignores ``Expires`` (RFC 9111, 5.3), as the Flask pages send none, and each header set
    costs as much as a session-cache hit. A response with caching headers of its own is merged by
    Django's ``add_never_cache_headers``; ``Vary`` likewise.
    """
    if getattr(response, _MARKED, False):
        return response
    if "Cache-Control" in response or "Expires" in response:
        add_never_cache_headers(response)
    else:
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

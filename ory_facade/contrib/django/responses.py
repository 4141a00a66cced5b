"""Outcomes of :mod:`ory_facade.contrib.selfservice` as Django responses, cookies relayed verbatim."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse, HttpResponseBase, JsonResponse
from django.shortcuts import render
from django.utils.encoding import iri_to_uri

from ..selfservice import JSONReply, Outcome, Redirect
from .cookies import relay_set_cookies

__all__ = ["to_response"]


def to_response(request: HttpRequest, outcome: Outcome | JSONReply) -> HttpResponseBase:
    response: HttpResponseBase
    if isinstance(outcome, JSONReply):
        return JsonResponse(outcome.body, status=outcome.status)
    if isinstance(outcome, Redirect):
        # 303 like Kratos (HttpResponseRedirect is a 302, which some clients replay as a POST).
        response = HttpResponse(status=outcome.status)
        # Percent-encoded like HttpResponseRedirect (and werkzeug): a raw non-ASCII Location would go out
        # as an RFC 2047 word (=?utf-8?b?...?=), which no browser follows.
        response["Location"] = iri_to_uri(outcome.location)
    else:
        response = render(request, outcome.template, outcome.context, status=outcome.status)
        # The pages hold per-user CSRF tokens and flow ids: no shared or browser cache may keep them.
        response["Cache-Control"] = "no-store"
    return relay_set_cookies(response, outcome.set_cookie)

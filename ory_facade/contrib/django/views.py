"""The self-service views: login, registration, recovery, verification, settings, logout and error.

CSRF: these views run Django's own ``CsrfViewMiddleware`` check themselves (so they are protected even
where the project's MIDDLEWARE lacks it), and a failed check shows a friendly "please start again" page
instead of Django's technical 403. In server mode the forms carry both tokens: Django's
``csrfmiddlewaretoken`` (checked by Django, never forwarded) and Kratos' ``csrf_token`` (forwarded with the
browser's cookies, checked by Kratos). The logout form carries Django's token and Kratos' logout token,
which is bound to the session.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponseBase
from django.middleware.csrf import CsrfViewMiddleware
from django.utils.encoding import iri_to_uri
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods

from .responses import private_to_the_session, to_response
from .runtime import forget_session, get_runtime, incoming, page_url

__all__ = ["csrf_failure", "error", "flow", "index", "logout"]


_CSRF_MIDDLEWARE = "django.middleware.csrf.CsrfViewMiddleware"


def _unused_response(request: HttpRequest) -> HttpResponse:  # pragma: no cover - never called
    raise AssertionError("the CSRF check runs as a view check only")


def _csrf_target(request: HttpRequest) -> HttpResponse:  # pragma: no cover - what the check guards
    raise AssertionError("never called: the CSRF check only reads whether it is exempt")


def _csrf_checked(view: Callable[..., HttpResponseBase]) -> Callable[..., HttpResponseBase]:
    """Django's CSRF check, run by the view itself: a failure gets the friendly :func:`csrf_failure`."""

    @functools.wraps(view)
    def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
        check = CsrfViewMiddleware(_unused_response)
        own = _CSRF_MIDDLEWARE not in getattr(settings, "MIDDLEWARE", ())
        if own:
            check.process_request(request)
        rejected = check.process_view(request, _csrf_target, (), {})
        response = csrf_failure(request) if rejected is not None else view(request, *args, **kwargs)
        return check.process_response(request, response) if own else response

    return csrf_exempt(wrapped)


@_csrf_checked
@require_http_methods(["GET", "POST"])
def flow(request: HttpRequest, kind: str) -> HttpResponseBase:
    """A flow page (``kind`` from the URLconf): create, show and (server mode) submit."""
    outcome = get_runtime().selfservice.flow_page(kind, incoming(request))
    return to_response(request, outcome)


@_csrf_checked
@require_http_methods(["GET", "POST"])
def logout(request: HttpRequest) -> HttpResponseBase:
    """GET: a confirmation form with Kratos' logout token; POST: sign out and clear the session cookie."""
    outcome = get_runtime().selfservice.logout_page(incoming(request))
    if request.method == "POST":
        forget_session(request)
    return to_response(request, outcome)


@require_GET
def error(request: HttpRequest) -> HttpResponseBase:
    """Kratos' error UI (``?id=``)."""
    return to_response(request, get_runtime().selfservice.error_page(incoming(request)))


@require_GET
def index(request: HttpRequest) -> HttpResponse:
    """Kratos' default return URL when its UI URL is this app: on to ``ORY["DEFAULT_RETURN_TO"]``."""
    response = HttpResponse(status=303)
    response["Location"] = iri_to_uri(get_runtime().settings.default_return_to)
    return response


def csrf_failure(request: HttpRequest, reason: str = "") -> HttpResponseBase:
    """The page a failed Django CSRF check shows on the self-service pages (a lost or expired CSRF cookie,
    a form left open too long): what happened and a link to start again. Usable as ``CSRF_FAILURE_VIEW``
    too: other URLs then get Django's own page."""
    from django.shortcuts import render
    from django.urls import Resolver404, resolve
    from django.views.csrf import csrf_failure as django_csrf_failure

    try:
        match = resolve(request.path_info)
    except Resolver404:
        match = None
    if match is None or match.namespace != "ory_facade":
        return django_csrf_failure(request, reason)
    from ..selfservice import KINDS
    from .context_processors import ory

    kind = str(match.kwargs.get("kind") or match.url_name)
    again = page_url(kind if kind in KINDS else "login", {})
    context = {
        **ory(request),
        "title": "Please try again",
        "error": {
            "status": 403,
            "message": "This form had expired or your browser did not send its security cookie. "
            "Nothing was changed; please start again (and allow cookies for this site).",
            "reason": None,
            "id": "django_csrf_failure",
        },
        "start_again": again,
    }
    return private_to_the_session(render(request, "ory_facade/error.html", context, status=403))

"""The self-service views: login, registration, recovery, verification, settings, logout and error.

CSRF: these views stay protected by Django's ``CsrfViewMiddleware`` (no ``csrf_exempt``). In server mode the
forms carry both tokens: Django's ``csrfmiddlewaretoken`` (checked by Django, never forwarded) and Kratos'
``csrf_token`` (forwarded with the browser's cookies, checked by Kratos). The logout form carries Django's
token and Kratos' logout token, which is bound to the session.
"""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse, HttpResponseBase
from django.utils.encoding import iri_to_uri
from django.views.decorators.http import require_GET, require_http_methods

from .responses import to_response
from .runtime import forget_session, get_runtime, incoming

__all__ = ["error", "flow", "index", "logout"]


@require_http_methods(["GET", "POST"])
def flow(request: HttpRequest, kind: str) -> HttpResponseBase:
    """A flow page (``kind`` from the URLconf): create, show and (server mode) submit."""
    outcome = get_runtime().selfservice.flow_page(kind, incoming(request))
    return to_response(request, outcome)


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

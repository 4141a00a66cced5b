"""``OrySessionMiddleware``: a lazy ``request.ory_session`` (and optionally ``request.user``).

::

    MIDDLEWARE = [
        ...,
        "django.contrib.auth.middleware.AuthenticationMiddleware",
        "ory_facade.contrib.django.middleware.OrySessionMiddleware",   # after AuthenticationMiddleware
    ]

``request.ory_session`` is a lazy object: Kratos is asked (once per request, through the session cache when
configured) only when it is used. It is falsy when there is no session, so test it with ``if
request.ory_session:``; ``get_ory_session(request)`` returns a typed ``Session | None``. A response to a
request whose session was looked up gets ``Cache-Control: no-store`` (Django's never-cache headers) and
``Vary: Cookie``: it shows one user's data.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.contrib.auth import get_backends
from django.contrib.auth.models import AnonymousUser
from django.http import HttpRequest, HttpResponseBase
from django.utils.functional import SimpleLazyObject

from . import conf
from .backends import OryBackend
from .responses import private_to_the_session
from .runtime import get_ory_session, session_was_looked_up

__all__ = ["OrySessionMiddleware", "get_ory_user"]


def get_ory_user(request: HttpRequest) -> Any:
    """The Django user for the request's Ory session via the first :class:`OryBackend`, else anonymous."""
    session = get_ory_session(request)
    if session is not None:
        for backend in get_backends():
            if isinstance(backend, OryBackend):
                user = backend.authenticate(request, ory_session=session)
                if user is not None:
                    user.backend = f"{type(backend).__module__}.{type(backend).__qualname__}"
                    return user
    return AnonymousUser()


class OrySessionMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponseBase]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        setattr(request, "ory_session", SimpleLazyObject(lambda: get_ory_session(request)))  # noqa: B010
        if conf.get_settings().django_user:
            setattr(request, "user", SimpleLazyObject(lambda: get_ory_user(request)))  # noqa: B010
        response = self.get_response(request)
        # A page that read the session (a template showing the user, a view checking it) is private to it.
        return private_to_the_session(response) if session_was_looked_up(request) else response

"""``OrySessionMiddleware``: a lazy ``request.ory_session`` (and optionally ``request.user``).

::

    MIDDLEWARE = [
        ...,
        "django.contrib.auth.middleware.AuthenticationMiddleware",
        "ory_facade.contrib.django.middleware.OrySessionMiddleware",   # after AuthenticationMiddleware
    ]

``request.ory_session`` is a lazy object: Kratos is asked (once per request, through the session cache when
configured) only when it is used. It is falsy when there is no session, so test it with ``if
request.ory_session:``; ``get_ory_session(request)`` returns a typed ``SessionWithIdentity | None``, and
views annotated ``request: OryHttpRequest`` see ``request.ory_session`` typed. A response to a request
whose session was looked up gets ``Cache-Control: no-store`` (the Cache-Control of Django's
``never_cache``) and ``Vary: Cookie``: it shows one user's data.

The middleware works in sync and async stacks (ASGI). An async view reads the session with ``await
aget_ory_session(request)`` (the lookup runs in a thread), or after ``@ory_login_required``, which looks it up
first. With ``ORY["DJANGO_USER"]`` it also sets ``request.user`` and ``request.auser()``; only then is
``django.contrib.auth`` imported, so a project without ``auth`` and ``contenttypes`` can use it.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from asgiref.sync import iscoroutinefunction, markcoroutinefunction, sync_to_async
from django.http import HttpRequest, HttpResponseBase
from django.utils.decorators import sync_and_async_middleware
from django.utils.functional import SimpleLazyObject

from . import conf
from .responses import private_to_the_session
from .runtime import get_ory_session, session_was_looked_up

if TYPE_CHECKING:
    from ...types import SessionWithIdentity

__all__ = ["OryHttpRequest", "OrySessionMiddleware", "aget_ory_user", "get_ory_user"]


class OryHttpRequest(HttpRequest):
    """The request as this middleware leaves it, for annotating views: ``def home(request: OryHttpRequest)``.

    Only a type: Django still passes its own request object. ``ory_session`` is typed as the session it
    stands for, like Flask's ``current_session``; it is a lazy proxy, falsy when nobody is signed in, so
    test it with ``if request.ory_session:``, never ``is None``. Under ``ory_login_required`` it is set.
    """

    ory_session: SessionWithIdentity


def get_ory_user(request: HttpRequest) -> Any:
    """The Django user for the request's Ory session via the first :class:`OryBackend`, else anonymous."""
    from django.contrib.auth import get_backends
    from django.contrib.auth.models import AnonymousUser

    from .backends import OryBackend

    session = get_ory_session(request)
    if session is not None:
        for backend in get_backends():
            if isinstance(backend, OryBackend):
                user = backend.authenticate(request, ory_session=session)
                if user is not None:
                    user.backend = f"{type(backend).__module__}.{type(backend).__qualname__}"
                    return user
    return AnonymousUser()


async def aget_ory_user(request: HttpRequest) -> Any:
    """:func:`get_ory_user` for async code (the session lookup and the database run in a thread)."""
    return await sync_to_async(get_ory_user)(request)


_USER_KEY = "_ory_facade_user"


def _user(request: HttpRequest) -> Any:
    """The request's user, mapped once however it is asked for (``request.user`` or ``auser()``)."""
    if _USER_KEY not in request.__dict__:
        request.__dict__[_USER_KEY] = get_ory_user(request)
    return request.__dict__[_USER_KEY]


def _annotate(request: HttpRequest) -> None:
    setattr(request, "ory_session", SimpleLazyObject(lambda: get_ory_session(request)))  # noqa: B010
    if conf.get_settings().django_user:
        setattr(request, "user", SimpleLazyObject(lambda: _user(request)))  # noqa: B010

        async def auser() -> Any:
            if _USER_KEY in request.__dict__:
                return request.__dict__[_USER_KEY]
            return await sync_to_async(_user)(request)

        setattr(request, "auser", auser)  # noqa: B010


def _finish(request: HttpRequest, response: HttpResponseBase) -> HttpResponseBase:
    # A page that read the session (a template showing the user, a view checking it) is private to it.
    return private_to_the_session(response) if session_was_looked_up(request) else response


@sync_and_async_middleware
class OrySessionMiddleware:
    """Sets ``request.ory_session`` (and, with ``DJANGO_USER``, ``request.user``) lazily; sync or async."""

    def __init__(
        self,
        get_response: Callable[[HttpRequest], HttpResponseBase]
        | Callable[[HttpRequest], Awaitable[HttpResponseBase]],
    ) -> None:
        self.get_response = get_response
        self.is_async = iscoroutinefunction(get_response)
        if self.is_async:
            markcoroutinefunction(self)

    def __call__(self, request: HttpRequest) -> Any:
        if self.is_async:
            return self.__acall__(request)
        _annotate(request)
        response = self.get_response(request)
        return _finish(request, response)  # type: ignore[arg-type]

    async def __acall__(self, request: HttpRequest) -> HttpResponseBase:
        _annotate(request)
        response = await self.get_response(request)  # type: ignore[misc]
        return _finish(request, response)

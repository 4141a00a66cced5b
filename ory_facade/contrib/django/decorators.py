"""``ory_login_required``, ``aal2_required``, ``ory_guest_only`` and ``OryLoginRequiredMixin``.

::

    @ory_login_required
    def dashboard(request):
        return render(request, "dashboard.html", {"email": request.ory_session.identity.traits["email"]})

    class ReportView(OryLoginRequiredMixin, TemplateView):
        ory_aal = "aal2"        # step-up to a second factor

Browsers are redirected to the login page with ``return_to`` set to the current URL (``aal=aal2`` for a
step-up); API clients (``Accept: application/json`` or a JSON body) get a JSON 401/403. The session is
looked up without the middleware too (it is cached on the request either way).

Async views (``async def``, and class-based views with async handlers) stay async: the session is looked
up in a thread before the view runs, so it reads ``request.ory_session`` without blocking the event loop.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from typing import Any, TypeVar, overload

from asgiref.sync import iscoroutinefunction, sync_to_async
from django.http import HttpRequest, HttpResponseBase

from ..selfservice import wants_json
from .responses import private_to_the_session, to_response
from .runtime import get_runtime, incoming, session_lookup

__all__ = [
    "OryLoginRequiredMixin",
    "aal2_required",
    "acheck_session",
    "check_session",
    "ory_guest_only",
    "ory_login_required",
]

V = TypeVar("V", bound=Callable[..., Any])


def _json(request: HttpRequest) -> bool:
    return wants_json(request.META.get("HTTP_ACCEPT"), request.META.get("CONTENT_TYPE"))


def check_session(request: HttpRequest, *, aal: str | None = None) -> HttpResponseBase | None:
    """None when the request has a session (of at least ``aal``), else the response to send instead."""
    lookup = session_lookup(request)
    if lookup.satisfies(aal):  # the common case: no URL to build, no Accept header to parse
        # The view reads the session itself, not through the middleware's lazy proxy.
        request.ory_session = lookup.session  # type: ignore[attr-defined]
        return None
    outcome = get_runtime().selfservice.guard(
        lookup, url=request.build_absolute_uri(), aal=aal, json=_json(request)
    )
    return None if outcome is None else to_response(request, outcome)


async def acheck_session(request: HttpRequest, *, aal: str | None = None) -> HttpResponseBase | None:
    """:func:`check_session` for async views (the Kratos call runs in a thread)."""
    return await sync_to_async(check_session)(request, aal=aal)


@overload
def ory_login_required(view: V, *, aal: str | None = None) -> V: ...
@overload
def ory_login_required(view: None = None, *, aal: str | None = None) -> Callable[[V], V]: ...
def ory_login_required(view: V | None = None, *, aal: str | None = None) -> V | Callable[[V], V]:
    """Require a Kratos session (``@ory_login_required`` or ``@ory_login_required(aal="aal2")``)."""

    def decorator(func: V) -> V:
        if iscoroutinefunction(func):

            @functools.wraps(func)
            async def awrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> Any:
                denied = await acheck_session(request, aal=aal)
                if denied is not None:
                    return denied
                return private_to_the_session(await func(request, *args, **kwargs))

            return awrapped  # type: ignore[return-value]

        @functools.wraps(func)
        def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> Any:
            denied = check_session(request, aal=aal)
            return denied if denied is not None else private_to_the_session(func(request, *args, **kwargs))

        return wrapped  # type: ignore[return-value]

    return decorator(view) if view is not None else decorator


def aal2_required(view: V) -> V:
    """Require a second factor: a step-up login when the session has only ``aal1``."""
    return ory_login_required(view, aal="aal2")


def ory_guest_only(view: V) -> V:
    """Only for visitors without a session; signed-in users go to ``return_to``/``next`` or the default."""

    if iscoroutinefunction(view):

        @functools.wraps(view)
        async def awrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> Any:
            denied = await sync_to_async(_guest_check)(request)
            if denied is not None:
                return denied
            return private_to_the_session(await view(request, *args, **kwargs))

        return awrapped  # type: ignore[return-value]

    @functools.wraps(view)
    def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> Any:
        denied = _guest_check(request)
        return denied if denied is not None else private_to_the_session(view(request, *args, **kwargs))

    return wrapped  # type: ignore[return-value]


def _guest_check(request: HttpRequest) -> HttpResponseBase | None:
    outcome = get_runtime().selfservice.guest_guard(
        session_lookup(request), incoming(request), json=_json(request)
    )
    return None if outcome is None else to_response(request, outcome)


class OryLoginRequiredMixin:
    """Class-based views: require a session (``ory_aal = "aal2"`` for a second factor). Put it first."""

    ory_aal: str | None = None

    def dispatch(self, request: HttpRequest, *args: Any, **kwargs: Any) -> Any:
        if getattr(self, "view_is_async", False):
            return self._adispatch(request, *args, **kwargs)
        denied = check_session(request, aal=self.ory_aal)
        if denied is not None:
            return denied
        return private_to_the_session(super().dispatch(request, *args, **kwargs))  # type: ignore[misc]

    async def _adispatch(self, request: HttpRequest, *args: Any, **kwargs: Any) -> Any:
        # View.dispatch returns the async handler's coroutine (or, for a method not allowed, a plain
        # response Django wraps in one).
        denied = await acheck_session(request, aal=self.ory_aal)
        if denied is not None:
            return denied
        response = super().dispatch(request, *args, **kwargs)  # type: ignore[misc]
        if inspect.isawaitable(response):
            response = await response
        return private_to_the_session(response)

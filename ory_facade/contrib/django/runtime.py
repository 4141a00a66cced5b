"""The per-process objects of the Django integration, built lazily from the settings.

One :class:`~ory_facade.OryClient` per process (it is thread-safe and pools connections), the optional
session cache and the self-service pages, built by :func:`ory_facade.contrib.runtime.build_runtime` as
Flask's ``init_app`` builds them. They are rebuilt when ``settings.ORY`` changes (tests).
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from typing import TYPE_CHECKING

from asgiref.sync import sync_to_async
from django.http import HttpRequest
from django.urls import NoReverseMatch, reverse

from ..._client import OryClient
from ..runtime import Runtime, build_runtime
from ..selfservice import KINDS, Incoming, SessionLookup, lookup_session, query_string
from . import conf

if TYPE_CHECKING:
    from ...types import SessionWithIdentity
    from .cache import DjangoCacheBackend

__all__ = [
    "Runtime",
    "aget_ory_session",
    "get_client",
    "get_ory_session",
    "get_runtime",
    "incoming",
    "page_url",
    "session_lookup",
]

_REQUEST_KEY = "_ory_facade_lookup"

_lock = threading.Lock()
_runtime: Runtime | None = None


def page_url(page: str, query: Mapping[str, str]) -> str:
    """The URL of a self-service page (``ory_facade:<page>``), or Kratos' browser URL when the app's URLs
    are not included."""
    try:
        return reverse(f"ory_facade:{page}") + query_string(query)
    except NoReverseMatch:
        runtime = get_runtime()
        if page in KINDS:
            return str(getattr(runtime.client, page).browser_url(**query))
        return runtime.settings.after_logout_url if page == "logout" else runtime.settings.default_return_to


def _named_cache(alias: str) -> DjangoCacheBackend:
    from .cache import DjangoCacheBackend

    return DjangoCacheBackend(alias)


def _build() -> Runtime:
    return build_runtime(conf.get_settings(), page_url, named_backend=_named_cache)


def get_runtime() -> Runtime:
    """The process' runtime (client, cache, pages), built on first use from ``settings.ORY``."""
    global _runtime
    current = _runtime
    if current is None:
        with _lock:
            if _runtime is None:
                _runtime = _build()
            current = _runtime
    return current


@conf.on_reset
def _reset() -> None:
    global _runtime
    with _lock:
        old, _runtime = _runtime, None
    if old is not None:
        old.close()


def get_client() -> OryClient:
    """The process' :class:`~ory_facade.OryClient`: ``ORY["CLIENT"]``, or one built from ``settings.ORY``."""
    return get_runtime().client


def incoming(request: HttpRequest) -> Incoming:
    form: list[tuple[str, str]] = []
    if request.method == "POST":
        form = [(key, value) for key, values in request.POST.lists() for value in values]
    return Incoming(
        method=request.method or "GET",
        url=request.build_absolute_uri(),
        host=request.get_host(),
        query={key: str(request.GET.get(key, "")) for key in request.GET},
        form=form,
        cookie=request.headers.get("Cookie"),
    )


def session_lookup(request: HttpRequest) -> SessionLookup:
    """The request's session lookup, done at most once per request."""
    found = request.__dict__.get(_REQUEST_KEY)
    if isinstance(found, SessionLookup):
        return found
    runtime = get_runtime()
    # META, not request.headers: building HttpHeaders walks every header of the request.
    meta = request.META
    token = meta.get("HTTP_X_SESSION_TOKEN") if runtime.settings.accept_session_tokens else None
    lookup = lookup_session(
        runtime.client, runtime.cache, cookie=meta.get("HTTP_COOKIE"), session_token=token
    )
    request.__dict__[_REQUEST_KEY] = lookup
    return lookup


def session_was_looked_up(request: HttpRequest) -> bool:
    """True when this request's session was looked up (the response depends on it)."""
    return _REQUEST_KEY in request.__dict__


def get_ory_session(request: HttpRequest) -> SessionWithIdentity | None:
    """The request's Kratos session or None (typed; ``request.ory_session`` is the lazy equivalent)."""
    return session_lookup(request).session


async def aget_ory_session(request: HttpRequest) -> SessionWithIdentity | None:
    """:func:`get_ory_session` for async views: the lookup (an HTTP call unless cached) runs in a
    thread, so the event loop is not blocked; afterwards ``request.ory_session`` is free to read."""
    if session_was_looked_up(request):
        return get_ory_session(request)
    return await sync_to_async(get_ory_session)(request)


def forget_session(request: HttpRequest) -> None:
    request.__dict__.pop(_REQUEST_KEY, None)

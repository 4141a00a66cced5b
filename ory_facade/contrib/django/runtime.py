"""The per-process objects of the Django integration, built lazily from the settings.

One :class:`~ory_facade.OryClient` per process (it is thread-safe and pools connections), the optional
session cache and the self-service pages. They are rebuilt when ``settings.ORY`` changes (tests).
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from django.http import HttpRequest
from django.urls import NoReverseMatch, reverse

from ..._client import OryClient
from ...session_cache import CacheBackend, SessionCache
from ..selfservice import (
    KINDS,
    Incoming,
    SelfService,
    SessionLookup,
    UISettings,
    lookup_session,
    query_string,
)
from . import conf

if TYPE_CHECKING:
    from ...types import SessionWithIdentity

__all__ = ["Runtime", "get_ory_session", "get_runtime", "incoming", "page_url", "session_lookup"]

_REQUEST_KEY = "_ory_facade_lookup"


@dataclass(frozen=True)
class Runtime:
    settings: conf.OrySettings
    client: OryClient
    cache: SessionCache | None
    selfservice: SelfService


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


def _build() -> Runtime:
    settings = conf.get_settings()
    client = OryClient(
        settings.public_url,
        admin_url=settings.admin_url,
        api_key=settings.api_key,
        browser_url=settings.browser_url,
        timeout=settings.timeout,
        max_retries=settings.max_retries,
    )
    cache = None
    if settings.session_cache_ttl > 0:
        backend: CacheBackend | None = None
        if settings.session_cache is not None:
            from .cache import DjangoCacheBackend

            backend = DjangoCacheBackend(settings.session_cache)
        cache = SessionCache(
            client,
            ttl=settings.session_cache_ttl,
            backend=backend,
            session_cookie_name=settings.session_cookie_name,
        )
    ui = UISettings(
        mode=settings.ui_mode,
        allowed_return_to_hosts=settings.allowed_return_to_hosts,
        default_return_to=settings.default_return_to,
        after_logout_url=settings.after_logout_url,
        require_https_return_to=settings.require_https_return_to,
    )
    return Runtime(settings, client, cache, SelfService(client, ui, page_url, session_cache=cache))


def get_runtime() -> Runtime:
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
        old.client.close()


def get_client() -> OryClient:
    """The process' :class:`~ory_facade.OryClient`, configured from ``settings.ORY``."""
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
    token = request.headers.get("X-Session-Token") if runtime.settings.accept_session_tokens else None
    lookup = lookup_session(
        runtime.client, runtime.cache, cookie=request.headers.get("Cookie"), session_token=token
    )
    request.__dict__[_REQUEST_KEY] = lookup
    return lookup


def session_was_looked_up(request: HttpRequest) -> bool:
    """True when this request's session was looked up (the response depends on it)."""
    return _REQUEST_KEY in request.__dict__


def get_ory_session(request: HttpRequest) -> SessionWithIdentity | None:
    """The request's Kratos session or None (typed; ``request.ory_session`` is the lazy equivalent)."""
    return session_lookup(request).session


def forget_session(request: HttpRequest) -> None:
    request.__dict__.pop(_REQUEST_KEY, None)

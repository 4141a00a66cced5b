"""What both integrations build from their settings: the client, the session cache and the pages.

Flask builds one :class:`Runtime` per app in ``init_app``; Django one per process on first use (again when
``settings.ORY`` changes). Building it in one place keeps the two from drifting: the same settings give
the same client, the same cache and the same pages.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from .._client import OryClient
from ..errors import OryConfigurationError
from ..session_cache import CacheBackend, SessionCache
from .selfservice import PageURL, SelfService
from .settings import OrySettings

__all__ = ["Runtime", "build_cache", "build_client", "build_runtime"]


@dataclass(frozen=True)
class Runtime:
    """The objects one app shares between requests (all thread-safe)."""

    settings: OrySettings
    client: OryClient
    cache: SessionCache | None
    selfservice: SelfService
    #: False for an ``OryClient`` given in ``CLIENT``: whoever made it closes it.
    owns_client: bool = True

    def close(self) -> None:
        """Close the client's connection pool, unless it was given to us."""
        if self.owns_client:
            self.client.close()


def build_client(settings: OrySettings) -> tuple[OryClient, bool]:
    """The client ``settings`` describe, and whether it was made for this runtime (so closing it is ours
    to do): one built from the URLs, or one a ``CLIENT`` function returned (it is called once per
    runtime); not an ``OryClient`` given as it is."""
    given = settings.client
    if given is None:
        if not settings.public_url:
            raise OryConfigurationError("PUBLIC_URL (or CLIENT) is required")
        client = OryClient(
            settings.public_url,
            admin_url=settings.admin_url,
            api_key=settings.api_key,
            browser_url=settings.browser_url,
            timeout=settings.timeout,
            max_retries=settings.max_retries,
        )
        return client, True
    if isinstance(given, OryClient):
        return given, False
    made = given()
    if not isinstance(made, OryClient):  # the settings only checked that it is callable
        raise OryConfigurationError(
            f"CLIENT: {getattr(given, '__qualname__', given)!r} returned a {type(made).__name__}, "
            "not an OryClient"
        )
    return made, True


def build_cache(
    settings: OrySettings,
    client: OryClient,
    *,
    named_backend: Callable[[str], CacheBackend] | None = None,
) -> SessionCache | None:
    """The session cache, or None when ``SESSION_CACHE_TTL`` is 0. ``named_backend`` turns a string
    ``SESSION_CACHE_BACKEND`` into a backend (Django: a ``CACHES`` alias)."""
    if settings.session_cache_ttl <= 0:
        return None
    backend: CacheBackend | None
    configured = settings.session_cache_backend
    if settings.session_cache_redis_url:
        from ..redis_cache import RedisCacheBackend

        backend = RedisCacheBackend.from_url(settings.session_cache_redis_url)
    elif isinstance(configured, str):
        if named_backend is None:
            raise OryConfigurationError("SESSION_CACHE_BACKEND must be a cache backend object here")
        backend = named_backend(configured)
    else:
        backend = configured
    return SessionCache(
        client,
        ttl=settings.session_cache_ttl,
        backend=backend,
        session_cookie_name=settings.session_cookie_name,
    )


def build_runtime(
    settings: OrySettings,
    page_url: PageURL,
    *,
    named_backend: Callable[[str], CacheBackend] | None = None,
) -> Runtime:
    """Client, cache and self-service pages for ``settings``; ``page_url`` is the framework's URL builder."""
    client, owns = build_client(settings)
    try:
        cache = build_cache(settings, client, named_backend=named_backend)
    except BaseException:
        if owns:
            client.close()
        raise
    pages = SelfService(client, settings.ui(), page_url, session_cache=cache)
    return Runtime(settings, client, cache, pages, owns_client=owns)

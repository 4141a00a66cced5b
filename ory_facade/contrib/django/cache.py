"""The session cache on Django's cache framework (``ORY["SESSION_CACHE_BACKEND"] = "default"``)."""

from __future__ import annotations

from typing import Any

from django.core.cache import caches

__all__ = ["DjangoCacheBackend"]


class DjangoCacheBackend:
    """:class:`~ory_facade.session_cache.SessionCache` backend over ``caches[alias]``.

    Timeouts are rounded down to whole seconds (memcached needs integers; rounding down keeps entries within
    the session's lifetime); below one second nothing is stored. Values are strings (see ``SessionCache``).
    """

    def __init__(self, alias: str = "default") -> None:
        self.alias = alias

    def get(self, key: str) -> Any:
        return caches[self.alias].get(key)

    def set(self, key: str, value: Any, timeout: float) -> None:
        seconds = int(timeout)
        if seconds >= 1:
            caches[self.alias].set(key, value, seconds)

    def delete(self, key: str) -> None:
        caches[self.alias].delete(key)

    def __repr__(self) -> str:
        return f"DjangoCacheBackend(alias={self.alias!r})"

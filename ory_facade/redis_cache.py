"""A :class:`~ory_facade.session_cache.SessionCache` backend on Redis, shared by every app server.

With several app servers behind a load balancer, an in-process cache lets one server keep serving a
session another one just logged out. On one Redis the entry is shared: a logout, a settings change or a
"session is gone" answer seen by any server deletes it for all. Needs ``redis`` (redis-py,
``pip install 'ory-facade[redis]'``)::

    from ory_facade.redis_cache import RedisCacheBackend
    from ory_facade.session_cache import SessionCache

    sessions = SessionCache(
        ory, ttl=10, session_cookie_name="ory_kratos_session",
        backend=RedisCacheBackend.from_url("redis://127.0.0.1:6379/0"),
    )

Values are the cache's entries as text (``ory_facade_entry:<id>:<the session as JSON>``) with a
millisecond expiry (``SET ... PX``); keys
are the cache's hashed credentials, never a cookie or token. When Redis is down or slow, the cache asks
Kratos instead (see ``SessionCache``); the short socket timeouts of :meth:`RedisCacheBackend.from_url`
bound what an outage costs a request.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from .session_cache import ENTRY_PREFIX

if TYPE_CHECKING:
    import redis

__all__ = ["RedisCacheBackend"]


class RedisCacheBackend:
    """``get``/``set``/``delete`` over a ``redis.Redis`` client (text or JSON values, PX expiry)."""

    #: Values are the cache's entries (strings, stored as they are) or JSON-safe values.
    stores_objects = False

    def __init__(self, client: redis.Redis) -> None:
        self.client = client

    @classmethod
    def from_url(
        cls, url: str, *, socket_timeout: float = 0.25, socket_connect_timeout: float = 0.25, **options: Any
    ) -> RedisCacheBackend:
        """A backend for ``redis://`` / ``rediss://`` ``url``; timeouts in seconds keep an outage cheap."""
        try:
            import redis
        except ImportError as exc:  # pragma: no cover - depends on the environment
            raise ImportError("RedisCacheBackend needs redis-py: pip install 'ory-facade[redis]'") from exc
        client = redis.Redis.from_url(
            url, socket_timeout=socket_timeout, socket_connect_timeout=socket_connect_timeout, **options
        )
        return cls(client)

    def get(self, key: str) -> Any:
        raw = self.client.get(key)
        if raw is None:
            return None
        try:
            text = raw if isinstance(raw, str) else raw.decode("utf-8")  # str with decode_responses
            return text if text.startswith(ENTRY_PREFIX) else json.loads(text)
        except (ValueError, UnicodeDecodeError):
            return None  # not written by this class: the cache asks Kratos and overwrites it

    def set(self, key: str, value: Any, timeout: float) -> None:
        milliseconds = int(timeout * 1000)
        if milliseconds <= 0:
            self.delete(key)
            return
        text = value if isinstance(value, str) else json.dumps(value, separators=(",", ":"))
        self.client.set(key, text, px=milliseconds)

    def delete(self, key: str) -> None:
        self.client.delete(key)

    def __repr__(self) -> str:
        # The connection may carry a password: show where it points, nothing else.
        kwargs = self.client.connection_pool.connection_kwargs
        where = kwargs.get("path") or f"{kwargs.get('host', '?')}:{kwargs.get('port', '?')}"
        return f"RedisCacheBackend({where}, db={kwargs.get('db', 0)})"

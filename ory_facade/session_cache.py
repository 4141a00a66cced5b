"""An optional cache in front of ``whoami`` for apps that check the session on every request.

Kratos answers ``/sessions/whoami`` in about a millisecond on a LAN, but a page that checks the session on
every request (and every asset behind a login) multiplies that. :class:`SessionCache` keeps the answer for a
short time:

- the key is ``sha256`` of the session credential (the session cookie's name and value, or the session
  token), never the credential itself, so a cache dump or a shared Redis does not leak sessions;
- an entry lives for ``ttl`` seconds at most and never past the session's own ``expires_at``;
- only active sessions are stored (an anonymous visitor or an expired session always asks Kratos);
- :meth:`SessionCache.invalidate` drops the entry on logout (the framework integrations call it).

A revocation made elsewhere (an admin disabling the session, "sign out everywhere") is seen within ``ttl``
seconds: pick the TTL as the staleness you accept (the integrations default to no cache at all).

The backend is any object with ``get(key)``, ``set(key, value, timeout)`` and ``delete(key)``: the default
:class:`LRUCacheBackend` (in-process, thread-safe), Django's cache (``django.core.cache.caches["default"]``
works as it is; ``ory_facade.contrib.django.cache.DjangoCacheBackend`` rounds timeouts for memcached), or a
small adapter over Redis. Backends that do not set ``stores_objects = True`` receive JSON-safe dicts.

Example::

    from ory_facade import OryClient
    from ory_facade.session_cache import SessionCache

    ory = OryClient("http://127.0.0.1:4433")
    sessions = SessionCache(ory, ttl=30)
    session = sessions.whoami(cookie=request.headers.get("Cookie"))   # Kratos at most every 30 s per user
    ...
    sessions.invalidate(cookie=request.headers.get("Cookie"))          # on logout
"""

from __future__ import annotations

import hashlib
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from ory_kratos_api.models.session import Session

    from ._client import OryClient

__all__ = [
    "DEFAULT_SESSION_COOKIE_NAMES",
    "CacheBackend",
    "LRUCacheBackend",
    "SessionCache",
    "credential_key",
]

#: Cookie names that carry a Kratos session: self-hosted Kratos and Ory Network (``ory_session_<slug>``).
DEFAULT_SESSION_COOKIE_NAMES = ("ory_kratos_session", "ory_session_*")

_AAL_RANK = {"aal0": 0, "aal1": 1, "aal2": 2, "aal3": 3}


class CacheBackend(Protocol):
    """What :class:`SessionCache` needs from a cache (Django's cache API has exactly this shape)."""

    def get(self, key: str) -> Any: ...

    def set(self, key: str, value: Any, timeout: float) -> Any: ...

    def delete(self, key: str) -> Any: ...


class LRUCacheBackend:
    """A thread-safe in-process LRU cache with a per-entry expiry.

    ``max_entries`` bounds memory (the least recently used entry goes first); expired entries are dropped
    when read or when they reach the old end. ``clock`` is ``time.monotonic`` unless a test passes another.
    """

    #: Values are kept as the objects given (no serialisation): hits cost a dict lookup.
    stores_objects = True

    def __init__(self, max_entries: int = 10_000, *, clock: Callable[[], float] = time.monotonic) -> None:
        if max_entries < 1:
            raise ValueError("max_entries must be at least 1")
        self.max_entries = max_entries
        self._clock = clock
        self._entries: OrderedDict[str, tuple[float, Any]] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: str) -> Any:
        with self._lock:
            entry = self._entries.get(key)
            if entry is None:
                return None
            if entry[0] <= self._clock():
                del self._entries[key]
                return None
            self._entries.move_to_end(key)
            return entry[1]

    def set(self, key: str, value: Any, timeout: float) -> None:
        if timeout <= 0:
            self.delete(key)
            return
        with self._lock:
            self._entries[key] = (self._clock() + timeout, value)
            self._entries.move_to_end(key)
            while len(self._entries) > self.max_entries:
                self._entries.popitem(last=False)

    def delete(self, key: str) -> None:
        with self._lock:
            self._entries.pop(key, None)

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()

    def __len__(self) -> int:
        with self._lock:
            return len(self._entries)


def _parse_cookie_header(cookie: str) -> list[tuple[str, str]]:
    pairs: list[tuple[str, str]] = []
    for part in cookie.split(";"):
        name, sep, value = part.strip().partition("=")
        if sep and name:
            pairs.append((name.strip(), value.strip()))
    return pairs


def _is_session_cookie(name: str, patterns: Iterable[str]) -> bool:
    for pattern in patterns:
        if pattern.endswith("*"):
            if name.startswith(pattern[:-1]):
                return True
        elif name == pattern:
            return True
    return False


def credential_key(
    *,
    cookie: str | None = None,
    session_token: str | None = None,
    session_cookie_names: Iterable[str] = DEFAULT_SESSION_COOKIE_NAMES,
) -> str | None:
    """A sha256 hex digest identifying the session credential; None without any credential.

    For a ``Cookie`` header only the session cookie(s) count (``ory_kratos_session``, ``ory_session_*`` or
    ``session_cookie_names``): the CSRF cookie and the app's own cookies change without changing the
    session. When no known session cookie is present the whole header is hashed (correct, fewer hits).
    """
    if session_token:
        material = "token\x00" + session_token
    elif cookie:
        pairs = _parse_cookie_header(cookie)
        chosen = sorted(f"{n}={v}" for n, v in pairs if _is_session_cookie(n, session_cookie_names))
        material = "cookie\x00" + ("\x00".join(chosen) if chosen else cookie)
    else:
        return None
    return hashlib.sha256(material.encode("utf-8", "surrogatepass")).hexdigest()


class SessionCache:
    """``whoami`` with a cache; thread-safe when its backend is (the default one is).

    - ``client``: the :class:`~ory_facade.OryClient` to ask on a miss.
    - ``ttl``: seconds an answer may be reused (capped by the session's ``expires_at``).
    - ``backend``: see the module docstring; defaults to a new :class:`LRUCacheBackend`.
    - ``key_prefix``: prepended to the hashed credential (share one Redis between apps safely).
    - ``session_cookie_names``: names (``*`` suffix = prefix match) of cookies that hold the session.

    ``hits`` and ``misses`` count lookups (approximate under heavy concurrency: they are statistics).
    """

    def __init__(
        self,
        client: OryClient,
        *,
        ttl: float = 60.0,
        backend: CacheBackend | None = None,
        key_prefix: str = "ory_facade:whoami:",
        session_cookie_names: Iterable[str] = DEFAULT_SESSION_COOKIE_NAMES,
        now: Callable[[], datetime] | None = None,
    ) -> None:
        if ttl <= 0:
            raise ValueError("ttl must be a positive number of seconds (do not create a cache to disable it)")
        self.client = client
        self.ttl = float(ttl)
        self.backend: CacheBackend = backend if backend is not None else LRUCacheBackend()
        self.key_prefix = key_prefix
        self.session_cookie_names = tuple(session_cookie_names)
        self._now = now or (lambda: datetime.now(UTC))
        self._stores_objects = bool(getattr(self.backend, "stores_objects", False))
        self.hits = 0
        self.misses = 0

    def key(self, *, cookie: str | None = None, session_token: str | None = None) -> str | None:
        """The backend key for a credential (prefix + sha256), or None when there is no credential."""
        digest = credential_key(
            cookie=cookie, session_token=session_token, session_cookie_names=self.session_cookie_names
        )
        return None if digest is None else self.key_prefix + digest

    def whoami(
        self,
        *,
        cookie: str | None = None,
        session_token: str | None = None,
        aal: str | None = None,
        return_to: str | None = None,
    ) -> Session:
        """Like :meth:`OryClient.whoami`; raises the same errors (they are never cached).

        A cached session below the requested ``aal`` is not trusted for the decision: Kratos is asked
        again (it may have been upgraded, or the error with its ``redirect_browser_to`` is wanted).
        """
        key = self.key(cookie=cookie, session_token=session_token)
        if key is not None:
            cached = self._load(key)
            if cached is not None and self._meets(cached, aal):
                self.hits += 1
                return cached
        self.misses += 1
        session = self.client.whoami(cookie=cookie, session_token=session_token, aal=aal, return_to=return_to)
        if key is not None:
            self._store(key, session)
        return session

    def invalidate(self, *, cookie: str | None = None, session_token: str | None = None) -> None:
        """Forget the cached session of this credential (call it when the user logs out)."""
        key = self.key(cookie=cookie, session_token=session_token)
        if key is not None:
            self.backend.delete(key)

    # --- internals ---------------------------------------------------------------------------------
    @staticmethod
    def _meets(session: Session, aal: str | None) -> bool:
        if aal is None:
            return True
        have = str(session.authenticator_assurance_level or "aal0")
        return _AAL_RANK.get(have, 0) >= _AAL_RANK.get(aal, 0)

    def _load(self, key: str) -> Session | None:
        value = self.backend.get(key)
        if value is None:
            return None
        if self._stores_objects:
            return value  # type: ignore[no-any-return]  # only this class writes these keys
        if not isinstance(value, dict):
            return None
        from ory_kratos_api.models.session import Session

        try:
            return Session.from_dict(value)
        except (KeyError, TypeError, ValueError, AttributeError):
            self.backend.delete(key)  # written by another version: drop it
            return None

    def _store(self, key: str, session: Session) -> None:
        if session.active is False:
            return
        ttl = self.ttl
        expires_at = session.expires_at
        if isinstance(expires_at, datetime):
            if expires_at.tzinfo is None:
                expires_at = expires_at.replace(tzinfo=UTC)
            ttl = min(ttl, (expires_at - self._now()).total_seconds())
        if ttl <= 0:
            return
        value: Any = session if self._stores_objects else session.to_dict()
        self.backend.set(key, value, ttl)

    def __repr__(self) -> str:
        return f"SessionCache(ttl={self.ttl}, backend={type(self.backend).__name__})"

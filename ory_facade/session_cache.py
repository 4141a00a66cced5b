"""An optional cache in front of ``whoami`` for apps that check the session on every request.

Kratos answers ``/sessions/whoami`` in about a millisecond on a LAN, but a page that checks the session on
every request (and every asset behind a login) multiplies that. :class:`SessionCache` keeps the answer for a
short time:

- the key is ``sha256`` of exactly what Kratos reads to find the session, never the credential itself
  (a cache dump or a shared Redis does not leak sessions): the session token when one is given (Kratos
  reads ``X-Session-Token`` first); else, with ``session_cookie_name`` set, every cookie of that name in
  the order the browser sent them; else the whole ``Cookie`` header byte for byte;
- an entry lives for ``ttl`` seconds at most and never past the session's own ``expires_at``;
- only active sessions are stored (an anonymous visitor or an expired session always asks Kratos);
- a settings change that succeeds and a logout (native or browser) made through the client (or its
  ``with_options`` copies) drop the entry of the cookie or token they were made with;
  :meth:`SessionCache.invalidate` drops one by hand (the framework integrations call it), and an
  answer from Kratos that the session is gone (``SessionInactiveError``) drops it too.

Why not "the cookies that look like a session": a cookie Kratos does not read (``ory_session_theme`` set
by the app, or ``ory_kratos_session=planted`` from a sibling subdomain next to a renamed real cookie)
would then decide whose session a request gets. Name the cookie Kratos uses (``session.cookie.name`` in
its config: ``ory_kratos_session`` unless changed, ``ory_session_<project slug>`` on Ory Network) for
hits across requests whose other cookies differ; leave it unset and only identical headers share an entry.

A revocation made elsewhere (an admin disabling the session, "sign out everywhere", a logout on Kratos'
own pages) is seen within ``ttl`` seconds: the TTL is the staleness you accept, so keep it short (a few
seconds already removes most calls from a page with many assets; the integrations default to no cache).

The backend is any object with ``get(key)``, ``set(key, value, timeout)`` and ``delete(key)``: the default
:class:`LRUCacheBackend` (in-process, thread-safe), Django's cache (``django.core.cache.caches["default"]``
works as it is; ``ory_facade.contrib.django.cache.DjangoCacheBackend`` rounds timeouts for memcached), or
Redis (:class:`ory_facade.redis_cache.RedisCacheBackend`). With several app servers, use a shared one
(Redis, or Django's Redis/Memcached cache): a logout seen by one server then ends the entry for all. A
backend that fails (Redis down) is skipped and Kratos asked, with one warning. Backends that do not set
``stores_objects = True`` receive one string, ``ory_facade_entry:<random id>:<the session as JSON>``: cheap
for a cache that pickles its values (Django's) and readable in ``redis-cli``. Each process keeps the
sessions it parsed by entry id, so a hit on an unchanged entry costs neither ``json.loads`` nor
``from_dict``, and a changed or deleted entry is parsed again or missed as before. (Entries of the earlier
dict form, ``{"ory_facade_entry": <id>, "session": {...}}``, are still read.)

Example::

    from ory_facade import OryClient
    from ory_facade.session_cache import SessionCache

    ory = OryClient("http://127.0.0.1:4433")
    sessions = SessionCache(ory, ttl=10, session_cookie_name="ory_kratos_session")
    session = sessions.whoami(cookie=request.headers.get("Cookie"))   # Kratos at most every 10 s per user
    ...
    sessions.invalidate(cookie=request.headers.get("Cookie"))  # a logout elsewhere (ory.* logouts do it)
"""

from __future__ import annotations

import functools
import hashlib
import json
import logging
import re
import secrets
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, NamedTuple, Protocol

from .errors import SessionInactiveError

if TYPE_CHECKING:
    from ory_kratos_api.models.session import Session

    from ._client import OryClient
    from .types import SessionWithIdentity

__all__ = [
    "SELF_HOSTED_SESSION_COOKIE_NAME",
    "CacheBackend",
    "LRUCacheBackend",
    "SessionCache",
    "credential_key",
]

#: The session cookie of a self-hosted Kratos whose ``session.cookie.name`` is not set.
SELF_HOSTED_SESSION_COOKIE_NAME = "ory_kratos_session"

# RFC 6265's cookie-name (an RFC 7230 token): what a Set-Cookie from Kratos can carry.
_COOKIE_NAME = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")

logger = logging.getLogger(__name__)

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


def session_cookie_names(value: str | Sequence[str] | None) -> tuple[str, ...]:
    """``value`` as a tuple of cookie names, checked; ``ValueError`` says what is wrong.

    A name must be a cookie name exactly as Kratos sets it: no patterns (``ory_session_*`` would match an
    app's ``ory_session_theme``), no ``=`` or spaces.
    """
    if value is None:
        return ()
    names = (value,) if isinstance(value, str) else tuple(value)
    if not names:
        raise ValueError("session_cookie_name is empty: give the cookie name Kratos uses, or None")
    for name in names:
        if not isinstance(name, str) or not _COOKIE_NAME.fullmatch(name):
            raise ValueError(
                f"session_cookie_name {name!r} is not a cookie name: give it exactly as Kratos sets it "
                "(session.cookie.name; ory_kratos_session by default, ory_session_<slug> on Ory Network)"
            )
        if "*" in name:
            raise ValueError(
                f"session_cookie_name {name!r} is a pattern: give the exact name, since any other cookie "
                "matching it would decide whose session a request gets"
            )
    return names


def _named_cookies(cookie: str, names: tuple[str, ...]) -> list[str]:
    """``name=value`` of every cookie in the header named one of ``names``, in the header's order."""
    found: list[str] = []
    for part in cookie.split(";"):
        name, sep, value = part.partition("=")
        if sep:
            name = name.strip()
            if name in names:
                found.append(name + "=" + value.strip())
    return found


# Entries for backends of plain values are ENTRY_PREFIX + <random id> + ":" + <the session as JSON>; the
# earlier form, {_ENTRY_ID: <random id>, "session": <the session's dict>}, is still read.
_ENTRY_ID = "ory_facade_entry"
ENTRY_PREFIX = _ENTRY_ID + ":"
_ID_END = len(ENTRY_PREFIX) + 16  # secrets.token_hex(8)
_PARSED_MAX = 1024


@functools.cache
def _session_type() -> type[SessionWithIdentity]:
    """``ory_facade.types.SessionWithIdentity``, imported on first use (it loads the generated models) and
    then kept, like ``sessions._whoami_api``: an import statement on every cache hit costs as much as the
    lookup."""
    from .types import SessionWithIdentity

    return SessionWithIdentity


class _Credential(NamedTuple):
    material: str  # hashed into the key
    cookie: str | None  # the Cookie header to send Kratos on a miss: exactly the keyed cookies
    session_token: str | None

    def digest(self) -> str:
        return hashlib.sha256(self.material.encode("utf-8", "surrogatepass")).hexdigest()


def _credential(cookie: str | None, session_token: str | None, names: tuple[str, ...]) -> _Credential | None:
    if session_token:
        # Kratos reads X-Session-Token before any cookie and does not fall back: the token alone decides.
        return _Credential("token\x00" + session_token, None, session_token)
    if not cookie:
        return None
    if not names:
        return _Credential("header\x00" + cookie, cookie, None)
    chosen = _named_cookies(cookie, names)
    if not chosen:
        return None
    if len(chosen) == 1:  # the common case, without the joins
        return _Credential("cookies\x00" + chosen[0], chosen[0], None)
    return _Credential("cookies\x00" + "\x00".join(chosen), "; ".join(chosen), None)


def credential_key(
    *,
    cookie: str | None = None,
    session_token: str | None = None,
    session_cookie_name: str | Sequence[str] | None = None,
) -> str | None:
    """A sha256 hex digest of what Kratos reads to find the session; None when there is nothing to key.

    - ``session_token``: the token (Kratos reads ``X-Session-Token`` before any cookie);
    - ``cookie`` and ``session_cookie_name``: every cookie with that name (or one of those names), in the
      header's order, nothing else; None when the header has none;
    - ``cookie`` alone: the whole header, byte for byte (correct whatever Kratos' cookie is called; only
      identical headers share an entry).
    """
    found = _credential(cookie, session_token, session_cookie_names(session_cookie_name))
    if found is None:
        return None
    return found.digest()


class SessionCache:
    """``whoami`` with a cache; thread-safe when its backend is (the default one is).

    - ``client``: the :class:`~ory_facade.OryClient` to ask on a miss; its settings changes and logouts
      drop the entries they make stale.
    - ``ttl``: seconds an answer may be reused (capped by the session's ``expires_at``).
    - ``backend``: see the module docstring; defaults to a new :class:`LRUCacheBackend`.
    - ``key_prefix``: prepended to the hashed credential (share one Redis between apps safely).
    - ``session_cookie_name``: the name (or names) of Kratos' session cookie, see the module docstring;
      None keys by the whole ``Cookie`` header.
    - ``backend_retry_after``: seconds a failing backend is left alone before it is tried again (every
      request meanwhile asks Kratos; nothing raises).

    ``hits`` and ``misses`` count lookups (approximate under heavy concurrency: they are statistics).
    """

    def __init__(
        self,
        client: OryClient,
        *,
        ttl: float = 60.0,
        backend: CacheBackend | None = None,
        key_prefix: str = "ory_facade:whoami:",
        session_cookie_name: str | Sequence[str] | None = None,
        now: Callable[[], datetime] | None = None,
        backend_retry_after: float = 5.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if ttl <= 0:
            raise ValueError("ttl must be a positive number of seconds (do not create a cache to disable it)")
        self.client = client
        self.ttl = float(ttl)
        self.backend: CacheBackend = backend if backend is not None else LRUCacheBackend()
        self.key_prefix = key_prefix
        self.backend_retry_after = float(backend_retry_after)
        self.session_cookie_names = session_cookie_names(session_cookie_name)
        self._now = now or (lambda: datetime.now(UTC))
        self._stores_objects = bool(getattr(self.backend, "stores_objects", False))
        self.hits = 0
        self.misses = 0
        self._warned_name = False
        self._clock = clock
        self._backend_down = False
        self._down_until = 0.0
        # Backends of JSON-safe values (Django's cache, Redis): the sessions this process parsed, by key,
        # with the id of the entry they came from, so a hit on an unchanged entry skips from_dict.
        self._parsed: OrderedDict[str, tuple[str, SessionWithIdentity]] = OrderedDict()
        self._parsed_lock = threading.Lock()
        # A settings change or logout through the client drops its entry at once (held weakly).
        client._on_credential_change(self.invalidate)

    def key(self, *, cookie: str | None = None, session_token: str | None = None) -> str | None:
        """The backend key for a credential (prefix + sha256), or None when there is no credential."""
        found = _credential(cookie, session_token, self.session_cookie_names)
        return None if found is None else self._key(found)

    def _key(self, found: _Credential) -> str:
        return self.key_prefix + found.digest()

    def whoami(
        self,
        *,
        cookie: str | None = None,
        session_token: str | None = None,
        aal: str | None = None,
        return_to: str | None = None,
    ) -> SessionWithIdentity:
        """Like :meth:`OryClient.whoami`; raises the same errors (they are never cached).

        A cached session below the requested ``aal`` is not trusted for the decision: Kratos is asked
        again (it may have been upgraded, or the error with its ``redirect_browser_to`` is wanted).

        On a miss Kratos is sent exactly what the key was made of (the token alone, or only the named
        session cookies), so an entry always holds the session Kratos found for that very credential.
        """
        found = _credential(cookie, session_token, self.session_cookie_names)
        if found is None:
            self.misses += 1
            session = self.client.whoami(
                cookie=cookie, session_token=session_token, aal=aal, return_to=return_to
            )
            if cookie and not self._warned_name:
                self._warned_name = True
                logger.warning(
                    "SessionCache: Kratos found a session in a Cookie header without a cookie named %s, so "
                    "nothing is cached; set session_cookie_name to Kratos' session.cookie.name",
                    " or ".join(self.session_cookie_names),
                )
            return session
        key = self._key(found)
        cached = self._load(key)
        if cached is not None and (aal is None or self._meets(cached, aal)):
            self.hits += 1
            return cached
        self.misses += 1
        try:
            session = self.client.whoami(
                cookie=found.cookie, session_token=found.session_token, aal=aal, return_to=return_to
            )
        except SessionInactiveError:
            # Gone at Kratos (logged out elsewhere, revoked, expired): a cached copy must not outlive that.
            # (An AAL2 demand is a 403, not this, and leaves the lower-AAL entry as it is.)
            self._backend_call("delete", key)
            raise
        self._store(key, session)
        return session

    def invalidate(self, *, cookie: str | None = None, session_token: str | None = None) -> None:
        """Forget the cached session of this credential (call it when the user logs out)."""
        key = self.key(cookie=cookie, session_token=session_token)
        if key is not None:
            self._backend_call("delete", key)
            with self._parsed_lock:
                self._parsed.pop(key, None)

    # --- internals ---------------------------------------------------------------------------------
    @staticmethod
    def _meets(session: Session, aal: str | None) -> bool:
        if aal is None:
            return True
        have = str(session.authenticator_assurance_level or "aal0")
        return _AAL_RANK.get(have, 0) >= _AAL_RANK.get(aal, 0)

    def _backend_call(self, op: str, *args: Any) -> Any:
        """``backend.<op>(*args)``; a failing backend (Redis down) is skipped for a while, never raised.

        The request then asks Kratos itself: correct, only slower. One warning per outage, one info line
        when the backend answers again. A logout during an outage cannot delete the shared entry: it
        lives on until its TTL (the bound on revocations anyway).
        """
        if self._down_until and self._clock() < self._down_until:
            return None
        try:
            result = getattr(self.backend, op)(*args)
        except Exception as exc:  # any client library's error: the cache is an optimisation
            self._down_until = self._clock() + self.backend_retry_after
            if not self._backend_down:
                self._backend_down = True
                logger.warning(
                    "SessionCache: the cache backend failed (%s); asking Kratos directly, retrying the "
                    "backend every %.0f s",
                    type(exc).__name__,
                    self.backend_retry_after,
                )
            return None
        if self._backend_down:
            self._backend_down = False
            self._down_until = 0.0
            logger.info("SessionCache: the cache backend answers again")
        return result

    def _load(self, key: str) -> SessionWithIdentity | None:
        value = self._backend_call("get", key)
        if value is None:
            return None
        session_type = _session_type()
        if self._stores_objects:
            # Only this class writes these keys, with whoami's answers; a shared object store may still
            # hold what another version wrote.
            return value if isinstance(value, session_type) else None
        entry_id: str | None
        if isinstance(value, str):
            # Only the id is read before the memo: a hit on an entry parsed before costs a slice.
            entry_id = value[len(ENTRY_PREFIX) : _ID_END]
            if not value.startswith(ENTRY_PREFIX) or value[_ID_END : _ID_END + 1] != ":":
                entry_id = None
        elif isinstance(value, dict):
            found = value.get(_ENTRY_ID)
            entry_id = found if isinstance(found, str) else None
        else:
            return None
        if entry_id is not None:
            with self._parsed_lock:
                parsed = self._parsed.get(key)
            if parsed is not None and parsed[0] == entry_id:
                return parsed[1]  # the entry this process parsed (or wrote) before: no from_dict
        try:
            if isinstance(value, str):
                if entry_id is None:
                    raise ValueError("not an entry of this class")
                data: Any = json.loads(value[_ID_END + 1 :])
            else:  # the earlier dict form, or a bare session as still earlier versions wrote it
                data = value.get("session") if entry_id is not None else value
            if not isinstance(data, dict):
                raise TypeError("not a session")
            session = session_type.from_dict(data)
        except (KeyError, TypeError, ValueError, AttributeError):
            self._backend_call("delete", key)  # written by another version: drop it
            return None
        if entry_id is not None:
            self._remember(key, entry_id, session)
        return session

    def _remember(self, key: str, entry_id: str, session: SessionWithIdentity) -> None:
        with self._parsed_lock:
            self._parsed[key] = (entry_id, session)
            self._parsed.move_to_end(key)
            while len(self._parsed) > _PARSED_MAX:
                self._parsed.popitem(last=False)

    def _store(self, key: str, session: SessionWithIdentity) -> None:
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
        if self._stores_objects:
            self._backend_call("set", key, session, ttl)
            return
        # A fresh id per entry: another process's hit on it parses once, then reuses its parsed copy.
        entry_id = secrets.token_hex(8)
        text = json.dumps(session.to_dict(), separators=(",", ":"))
        self._backend_call("set", key, ENTRY_PREFIX + entry_id + ":" + text, ttl)
        self._remember(key, entry_id, session)

    def __repr__(self) -> str:
        return f"SessionCache(ttl={self.ttl}, backend={type(self.backend).__name__})"

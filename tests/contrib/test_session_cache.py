"""``ory_facade.session_cache``: keys, TTLs, invalidation, backends and thread safety."""

from __future__ import annotations

import hashlib
import json
import threading
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

import pytest
from backends import Backend

from ory_facade import AAL2RequiredError, OryClient, SessionInactiveError
from ory_facade.session_cache import LRUCacheBackend, SessionCache, credential_key, session_cookie_names

from .helpers import PASSWORD, browser_session_cookie, count_whoami


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


class DictBackend:
    """A backend like Redis or Django's cache: JSON-safe values, integer-ish timeouts."""

    def __init__(self) -> None:
        self.data: dict[str, Any] = {}
        self.timeouts: dict[str, float] = {}

    def get(self, key: str) -> Any:
        return self.data.get(key)

    def set(self, key: str, value: Any, timeout: float) -> None:
        self.data[key] = value
        self.timeouts[key] = timeout

    def delete(self, key: str) -> None:
        self.data.pop(key, None)


@pytest.fixture
def client(backend: Backend) -> Any:
    with OryClient(backend.public_url) as ory:
        yield ory


@pytest.fixture
def whoami_calls(client: OryClient) -> Callable[[], int]:
    """How many times the client asked Kratos ``whoami`` (a cache hit does not)."""
    return count_whoami(client)


@pytest.fixture
def session_cookie(backend: Backend) -> str:
    """A browser's Cookie header after a login: Kratos' CSRF and session cookies, and one of the app's."""
    backend.create_identity(email="ada@example.com", password=PASSWORD)
    return browser_session_cookie(backend, "ada@example.com") + "; theme=dark"


def test_with_a_name_the_key_is_every_cookie_of_that_name_in_order_and_never_contains_it() -> None:
    name = "ory_kratos_session"
    a = credential_key(
        cookie="csrf_token_x=1; ory_kratos_session=SECRET; theme=dark", session_cookie_name=name
    )
    b = credential_key(cookie="ory_kratos_session=SECRET; csrf_token_x=2", session_cookie_name=name)
    assert a == b == hashlib.sha256(b"cookies\x00ory_kratos_session=SECRET").hexdigest()
    assert a != credential_key(cookie="ory_kratos_session=OTHER", session_cookie_name=name)
    # Two cookies of the name: both count, in the order sent (Go's net/http takes the first valid one).
    ab = credential_key(cookie="ory_kratos_session=A; ory_kratos_session=B", session_cookie_name=name)
    ba = credential_key(cookie="ory_kratos_session=B; ory_kratos_session=A", session_cookie_name=name)
    assert len({ab, ba, credential_key(cookie="ory_kratos_session=A", session_cookie_name=name)}) == 3
    # Only the cookie Kratos reads counts: look-alikes are ignored, so they cannot choose the entry.
    assert credential_key(cookie="ory_session_theme=dark", session_cookie_name=name) is None
    assert credential_key(cookie="ory_kratos_session_x=1", session_cookie_name=name) is None
    # Ory Network: the project's cookie, several names allowed.
    slug = ("ory_session_acme", "ory_kratos_session")
    assert credential_key(cookie="ory_session_acme=S", session_cookie_name=slug) != credential_key(
        cookie="ory_session_other=S; ory_kratos_session=S", session_cookie_name=slug
    )


def test_without_a_name_the_key_is_the_whole_header() -> None:
    # The default: correct whatever Kratos' cookie is called; only identical headers share an entry.
    assert credential_key(cookie="ory_kratos_session=S; theme=dark") != credential_key(
        cookie="ory_kratos_session=S; theme=light"
    )
    assert credential_key(cookie="a=1; b=2") != credential_key(cookie="b=2; a=1")
    assert credential_key(cookie="x=1") == hashlib.sha256(b"header\x00x=1").hexdigest()
    assert credential_key(session_token="SECRET") != credential_key(cookie="SECRET")
    assert credential_key(session_token="T", cookie="a=1") == credential_key(session_token="T", cookie="b=2")
    assert credential_key() is None


@pytest.mark.parametrize("bad", ["ory_session_*", "", "has space", "a=b", "semi;colon", ["ok", 3], []])
def test_session_cookie_names_must_be_exact_cookie_names(bad: Any) -> None:
    with pytest.raises(ValueError, match="session_cookie_name"):
        session_cookie_names(bad)
    with pytest.raises(ValueError, match="session_cookie_name"):
        SessionCache(OryClient("http://127.0.0.1:9"), ttl=5, session_cookie_name=bad)


def test_hits_skip_kratos_and_the_raw_credential_is_not_stored(
    whoami_calls: Callable[[], int], client: OryClient, session_cookie: str
) -> None:
    backend = LRUCacheBackend()
    cache = SessionCache(client, ttl=30, backend=backend)
    first = cache.whoami(cookie=session_cookie)
    assert cache.whoami(cookie=session_cookie) is first
    assert (cache.hits, cache.misses) == (1, 1)
    assert whoami_calls() == 1
    secret = session_cookie.split("ory_kratos_session=")[1].split(";")[0]
    assert all(secret not in key for key in backend._entries)


def test_entries_expire_after_the_ttl(
    whoami_calls: Callable[[], int], client: OryClient, session_cookie: str
) -> None:
    clock = Clock()
    cache = SessionCache(client, ttl=30, backend=LRUCacheBackend(clock=clock))
    cache.whoami(cookie=session_cookie)
    clock.now += 29
    cache.whoami(cookie=session_cookie)
    assert whoami_calls() == 1
    clock.now += 2
    cache.whoami(cookie=session_cookie)
    assert whoami_calls() == 2


def test_ttl_never_outlives_the_session(
    whoami_calls: Callable[[], int], client: OryClient, session_cookie: str
) -> None:
    backend = DictBackend()
    session = client.whoami(cookie=session_cookie)
    assert isinstance(session.expires_at, datetime)
    # Pretend it is 10 seconds before the session expires.
    at = session.expires_at - timedelta(seconds=10)
    cache = SessionCache(client, ttl=300, backend=backend, now=lambda: at)
    cache.whoami(cookie=session_cookie)
    [timeout] = backend.timeouts.values()
    assert 9 <= timeout <= 10
    expired = SessionCache(
        client, ttl=300, backend=DictBackend(), now=lambda: session.expires_at + timedelta(1)
    )
    expired.whoami(cookie=session_cookie)
    assert expired.backend.data == {}  # type: ignore[attr-defined]


def test_invalidate_forgets_the_session(
    whoami_calls: Callable[[], int], client: OryClient, session_cookie: str
) -> None:
    cache = SessionCache(client, ttl=30)
    cache.whoami(cookie=session_cookie)
    cache.invalidate(cookie=session_cookie)
    cache.whoami(cookie=session_cookie)
    assert whoami_calls() == 2


def test_errors_are_not_cached(whoami_calls: Callable[[], int], client: OryClient) -> None:
    cache = SessionCache(client, ttl=30)
    for _ in range(2):
        with pytest.raises(SessionInactiveError):
            cache.whoami(cookie="ory_kratos_session=unknown")
    assert whoami_calls() == 2
    with pytest.raises(SessionInactiveError):
        cache.whoami()  # no credential: no round trip, nothing stored
    assert whoami_calls() == 2


def test_a_cached_aal1_session_does_not_satisfy_aal2(
    whoami_calls: Callable[[], int], client: OryClient, session_cookie: str
) -> None:
    cache = SessionCache(client, ttl=30)
    cache.whoami(cookie=session_cookie)
    with pytest.raises(AAL2RequiredError):
        cache.whoami(cookie=session_cookie, aal="aal2")
    assert whoami_calls() == 2


def test_serialising_backends_get_one_string_and_give_sessions_back(
    whoami_calls: Callable[[], int], client: OryClient, session_cookie: str
) -> None:
    backend = DictBackend()
    cache = SessionCache(client, ttl=30, backend=backend)
    first = cache.whoami(cookie=session_cookie)
    [stored] = backend.data.values()
    prefix, entry_id, text = stored.split(":", 2)
    assert prefix == "ory_facade_entry" and len(entry_id) == 16 and json.loads(text)["id"] == first.id
    again = cache.whoami(cookie=session_cookie)
    assert again.id == first.id and again.identity.traits["email"] == "ada@example.com"  # type: ignore[union-attr]
    assert whoami_calls() == 1
    backend.data[next(iter(backend.data))] = {"unexpected": True}  # written by something else
    assert cache.whoami(cookie=session_cookie).id == first.id
    assert whoami_calls() == 2
    for foreign in ("ory_facade_entry:short:{}", "ory_facade_entry:" + "0" * 16 + ":not json", "text", 42):
        backend.data[next(iter(backend.data))] = foreign
        assert cache.whoami(cookie=session_cookie).id == first.id  # dropped and asked again
    assert whoami_calls() == 6


def test_entries_of_the_earlier_dict_form_are_still_read(
    whoami_calls: Callable[[], int], client: OryClient, session_cookie: str
) -> None:
    backend = DictBackend()
    writer = SessionCache(client, ttl=30, backend=backend)
    first = writer.whoami(cookie=session_cookie)
    [(key, stored)] = backend.data.items()
    backend.data[key] = {
        "ory_facade_entry": "0123456789abcdef",
        "session": json.loads(stored.split(":", 2)[2]),
    }
    reader = SessionCache(client, ttl=30, backend=backend)  # another process, after an upgrade
    hits = [reader.whoami(cookie=session_cookie) for _ in range(2)]
    assert hits[0].id == first.id and hits[0] is hits[1]  # parsed once, then the memo
    assert whoami_calls() == 1


def test_another_process_parses_a_shared_entry_once_and_again_when_it_changes(
    whoami_calls: Callable[[], int], client: OryClient, session_cookie: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ory_facade.types import SessionWithIdentity

    parsed: list[str] = []
    original = SessionWithIdentity.from_dict.__func__  # type: ignore[attr-defined]

    def counting(cls: Any, src: Any) -> Any:
        parsed.append(src["id"])
        return original(cls, src)

    monkeypatch.setattr(SessionWithIdentity, "from_dict", classmethod(counting))
    backend = DictBackend()  # shared, like Redis between two app servers
    a = SessionCache(client, ttl=30, backend=backend)
    b = SessionCache(client, ttl=30, backend=backend)
    first = a.whoami(cookie=session_cookie)
    count = len(parsed)  # whoami's own parse of Kratos' answer
    hits = [b.whoami(cookie=session_cookie) for _ in range(3)]
    assert len(parsed) == count + 1 and hits[0] is hits[1] is hits[2]  # parsed once, then reused
    assert a.whoami(cookie=session_cookie) is first  # the writer never parses its own entry
    # The entry changes (a logout and a new answer written by a): b parses the new one.
    a.invalidate(cookie=session_cookie)
    a.whoami(cookie=session_cookie)
    assert b.whoami(cookie=session_cookie) is not hits[0]
    # An entry deleted by another process is a miss here too, whatever this process parsed before.
    backend.data.clear()
    calls = whoami_calls()
    b.whoami(cookie=session_cookie)
    assert whoami_calls() == calls + 1


def test_lru_backend_evicts_the_least_recently_used() -> None:
    backend = LRUCacheBackend(max_entries=2)
    backend.set("a", 1, 60)
    backend.set("b", 2, 60)
    assert backend.get("a") == 1  # a is now the most recent
    backend.set("c", 3, 60)
    assert backend.get("b") is None
    assert (backend.get("a"), backend.get("c"), len(backend)) == (1, 3, 2)
    backend.set("a", 9, 0)
    assert backend.get("a") is None
    with pytest.raises(ValueError):
        LRUCacheBackend(max_entries=0)


def test_lru_backend_is_thread_safe() -> None:
    backend = LRUCacheBackend(max_entries=50)
    errors: list[BaseException] = []

    def hammer(n: int) -> None:
        try:
            for i in range(2000):
                key = f"k{(i * 7 + n) % 80}"
                backend.set(key, i, 60)
                backend.get(key)
                if i % 5 == 0:
                    backend.delete(key)
        except BaseException as exc:  # pragma: no cover - the failure being tested for
            errors.append(exc)

    threads = [threading.Thread(target=hammer, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert len(backend) <= 50


def test_ttl_must_be_positive(client: OryClient) -> None:
    with pytest.raises(ValueError):
        SessionCache(client, ttl=0)


def test_repr_has_no_secrets(client: OryClient) -> None:
    assert repr(SessionCache(client, ttl=5)) == "SessionCache(ttl=5.0, backend=LRUCacheBackend)"


def test_kratos_saying_the_session_is_gone_drops_the_entry(
    backend: Backend, whoami_calls: Callable[[], int], client: OryClient, session_cookie: str
) -> None:
    cache = SessionCache(client, ttl=300)
    session = cache.whoami(cookie=session_cookie)
    with OryClient(backend.public_url, admin_url=backend.admin_url, api_key=backend.api_key) as admin:
        admin.admin.sessions.disable(session.id)
    assert cache.whoami(cookie=session_cookie) is session  # within the TTL: the documented bound
    with pytest.raises(SessionInactiveError):
        cache.whoami(cookie=session_cookie, aal="aal2")  # not met by the entry: Kratos is asked
    with pytest.raises(SessionInactiveError):
        cache.whoami(cookie=session_cookie)  # the entry is gone with the session
    assert whoami_calls() == 3


def test_on_a_miss_kratos_is_sent_only_the_named_cookies(
    backend: Backend, client: OryClient, session_cookie: str
) -> None:
    sent: list[str | None] = []
    original = client.whoami

    def recording(**kwargs: Any) -> Any:
        sent.append(kwargs.get("cookie"))
        return original(**kwargs)

    client.whoami = recording  # type: ignore[method-assign]
    cache = SessionCache(client, ttl=30, session_cookie_name="ory_kratos_session")
    cache.whoami(cookie="ory_session_theme=dark; " + session_cookie)
    [cookie] = sent
    assert cookie is not None and cookie.startswith("ory_kratos_session=") and ";" not in cookie

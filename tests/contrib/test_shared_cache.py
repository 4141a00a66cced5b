"""The session cache on a real Redis shared by several app servers (issue 15, part 2).

Two ``SessionCache`` instances on one Redis stand for two app servers; ``test_shared_cache_apps.py`` runs
two real app processes.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from backends import Backend
from redisserver import RedisServer

from ory_facade import OryClient, SessionInactiveError
from ory_facade.session_cache import SessionCache

from .helpers import PASSWORD, browser_session_cookie, count_whoami

redis = pytest.importorskip("redis", reason="redis-py is not installed (pip install 'ory-facade[redis]')")

from ory_facade.redis_cache import RedisCacheBackend  # noqa: E402

COOKIE = "ory_kratos_session"


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def servers(backend: Backend, redis_server: RedisServer) -> Iterator[Callable[..., tuple[SessionCache, Any]]]:
    """``server()``: one app server's cache on the shared Redis, and its whoami counter."""
    clients: list[OryClient] = []

    def make(**options: Any) -> tuple[SessionCache, Any]:
        client = OryClient(backend.public_url)
        clients.append(client)
        calls = count_whoami(client)
        backend_ = RedisCacheBackend.from_url(redis_server.url)
        return SessionCache(client, ttl=60, backend=backend_, session_cookie_name=COOKIE, **options), calls

    yield make
    for client in clients:
        client.close()


@pytest.fixture
def cookie(backend: Backend) -> str:
    backend.create_identity(email="ada@example.com", password=PASSWORD)
    return browser_session_cookie(backend, "ada@example.com")


def test_one_servers_answer_is_every_servers_hit_and_holds_no_credential(
    servers: Callable[..., tuple[SessionCache, Any]], cookie: str, redis_server: RedisServer
) -> None:
    (a, a_calls), (b, b_calls) = servers(), servers()
    first = a.whoami(cookie=cookie)
    again = b.whoami(cookie=cookie)
    assert again.id == first.id and again.identity.traits["email"] == "ada@example.com"  # type: ignore[union-attr]
    assert (a_calls(), b_calls()) == (1, 0)
    raw = redis.Redis.from_url(redis_server.url)
    [key] = raw.keys("*")
    assert key.decode() == a.key(cookie=cookie)
    value = raw.get(key)
    assert value.startswith(b"ory_facade_entry:") and json.loads(value.split(b":", 2)[2])["id"] == first.id
    secret = cookie.split(f"{COOKIE}=")[1].split(";")[0]
    assert secret.encode() not in key and secret.encode() not in value
    assert 0 < raw.pttl(key) <= 60_000
    raw.close()


def test_a_logout_seen_by_one_server_ends_the_entry_for_all(
    servers: Callable[..., tuple[SessionCache, Any]], cookie: str
) -> None:
    (a, _), (b, b_calls) = servers(), servers()
    a.whoami(cookie=cookie)
    a.invalidate(cookie=cookie)
    b.whoami(cookie=cookie)
    assert b_calls() == 1  # asked Kratos: the shared entry was gone


def test_a_session_gone_at_kratos_is_dropped_for_all(
    backend: Backend, servers: Callable[..., tuple[SessionCache, Any]], cookie: str
) -> None:
    (a, _), (b, b_calls) = servers(), servers()
    session = a.whoami(cookie=cookie)
    with OryClient(backend.public_url, admin_url=backend.admin_url, api_key=backend.api_key) as admin:
        admin.admin.sessions.disable(session.id)
    with pytest.raises(SessionInactiveError):
        a.whoami(cookie=cookie, aal="aal2")  # not met by the entry: Kratos is asked, says gone
    with pytest.raises(SessionInactiveError):
        b.whoami(cookie=cookie)
    assert b_calls() == 1


def test_redis_down_means_asking_kratos_with_one_warning_then_caching_again(
    servers: Callable[..., tuple[SessionCache, Any]],
    cookie: str,
    redis_server: RedisServer,
    caplog: pytest.LogCaptureFixture,
) -> None:
    clock = Clock()
    cache, calls = servers(clock=clock)
    cache.whoami(cookie=cookie)
    redis_server.stop()
    with caplog.at_level(logging.INFO, logger="ory_facade.session_cache"):
        for _ in range(3):
            assert cache.whoami(cookie=cookie).identity.traits["email"] == "ada@example.com"  # type: ignore[union-attr]
        cache.invalidate(cookie=cookie)  # a logout during the outage: no error either
        assert calls() == 4
        warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
        assert len(warnings) == 1 and "asking Kratos directly" in warnings[0].getMessage()
        redis_server.start()
        cache.whoami(cookie=cookie)  # within the retry window: the backend is left alone
        assert calls() == 5
        clock.now += cache.backend_retry_after + 1
        cache.whoami(cookie=cookie)  # tried again: a miss (Redis restarted empty), stored
        cache.whoami(cookie=cookie)  # a hit
        assert calls() == 6
        assert any("answers again" in r.getMessage() for r in caplog.records)


def test_the_backend_repr_shows_no_password() -> None:
    backend = RedisCacheBackend.from_url("redis://:s3cret-pass@127.0.0.1:6390/2")
    assert repr(backend) == "RedisCacheBackend(127.0.0.1:6390, db=2)"

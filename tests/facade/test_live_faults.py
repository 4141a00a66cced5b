"""Faults over real HTTP: status errors, a proxy's HTML 502, timeouts, dropped and refused connections."""

from __future__ import annotations

import socket

import pytest
from backends import Backend

from ory_facade import (
    OryClient,
    OryConnectionError,
    OryTimeoutError,
    RateLimitedError,
    ServerError,
)

pytestmark = pytest.mark.fake_only("injects faults (statuses, drops, delays), which only the fake can")

PASSWORD = "correct horse battery staple"
WHOAMI = "/sessions/whoami"


@pytest.fixture
def token(backend: Backend) -> str:
    doc = backend.create_identity(email="fault@example.com", password=PASSWORD)
    return backend.create_session(doc["id"]).token


def attempts(backend: Backend, path: str) -> int:
    return sum(1 for r in backend.fake.requests if r.path == path)


@pytest.mark.parametrize("status", [502, 503, 504])
def test_gateway_errors_on_reads_are_retried(
    backend: Backend, live: OryClient, token: str, status: int
) -> None:
    backend.fake.fail_next(status, path=WHOAMI)
    assert live.whoami(session_token=token).active
    assert attempts(backend, WHOAMI) == 2


def test_html_502_from_a_proxy_is_retried_then_reported(
    backend: Backend, live: OryClient, token: str
) -> None:
    backend.fake.fail_next(kind="html502", path=WHOAMI)
    # The fake closes the connection after its 502 (without "Connection: close"), so the first retry may
    # meet the dead pooled socket; the default two retries still end on a fresh connection.
    assert live.whoami(session_token=token).active
    backend.fake.fail_next(kind="html502", path=WHOAMI)
    with pytest.raises(ServerError) as caught:
        live.with_options(max_retries=0).whoami(session_token=token)
    assert caught.value.status == 502
    assert "Bad Gateway" in str(caught.value)


def test_500_is_not_retried(backend: Backend, live: OryClient, token: str) -> None:
    backend.fake.fail_next(500, path=WHOAMI)
    with pytest.raises(ServerError):
        live.whoami(session_token=token)
    assert attempts(backend, WHOAMI) == 1


def test_rate_limit_with_retry_after(backend: Backend, live: OryClient, token: str) -> None:
    waits: list[float] = []
    live._transport._sleep = waits.append
    backend.fake.fail_next(429, path=WHOAMI, retry_after=1)
    assert live.whoami(session_token=token).active
    assert waits == [1.0]
    backend.fake.fail_next(429, path=WHOAMI, retry_after=120)
    with pytest.raises(RateLimitedError) as caught:
        live.whoami(session_token=token)
    assert caught.value.retry_after == 120


def test_flow_submission_is_never_retried(backend: Backend, live: OryClient) -> None:
    backend.create_identity(email="fault@example.com", password=PASSWORD)
    flow = live.login.create_native().flow
    backend.fake.fail_next(503, path="/self-service/login")
    with pytest.raises(ServerError):
        live.login.submit(
            flow, {"method": "password", "identifier": "fault@example.com", "password": PASSWORD}
        )
    assert attempts(backend, "/self-service/login") == 1


def test_timeout(backend: Backend, token: str) -> None:
    backend.fake.fail_next(kind="timeout", path=WHOAMI, delay=3.0)
    with (
        OryClient(backend.public_url, timeout=0.3, max_retries=0) as client,
        pytest.raises(OryTimeoutError),
    ):
        client.whoami(session_token=token)


def test_timeout_then_retry_succeeds(backend: Backend, token: str) -> None:
    backend.fake.fail_next(kind="timeout", path=WHOAMI, delay=3.0)
    with OryClient(backend.public_url, timeout=0.3, max_retries=1) as client:
        client._transport._sleep = lambda seconds: None
        assert client.whoami(session_token=token).active


def test_dropped_connection(backend: Backend, token: str) -> None:
    backend.fake.fail_next(kind="disconnect", path=WHOAMI, times=5)
    with OryClient(backend.public_url, max_retries=1) as client:
        client._transport._sleep = lambda seconds: None
        with pytest.raises(OryConnectionError) as caught:
            client.whoami(session_token=token)
    assert not isinstance(caught.value, OryTimeoutError)
    assert attempts(backend, WHOAMI) == 2


def test_refused_connection() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with OryClient(f"http://127.0.0.1:{port}", max_retries=0) as client, pytest.raises(OryConnectionError):
        client.whoami(session_token="t")


def test_admin_outage_reports_server_error(backend: Backend, live: OryClient) -> None:
    backend.fake.fail_next(503, path="/admin/identities", times=10)
    with pytest.raises(ServerError):
        list(live.admin.identities.iter_all())
    assert attempts(backend, "/admin/identities") == 1 + live.max_retries

"""The server itself: lifecycle, loopback binding, fault switches, concurrency, secrets in reprs."""

from __future__ import annotations

import socket
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest

from ory_facade.testing import FakeKratos

from .support import PASSWORD, native_login


def test_starts_fast_on_loopback_and_stops_cleanly() -> None:
    began = time.perf_counter()
    kratos = FakeKratos().start()
    try:
        assert time.perf_counter() - began < 0.5
        assert kratos.public_url.startswith("http://127.0.0.1:")
        assert kratos.admin_url.startswith("http://127.0.0.1:")
        assert kratos.public_url != kratos.admin_url
        assert httpx.get(f"{kratos.admin_url}/health/alive").json() == {"status": "ok"}
        port = int(kratos.public_url.rsplit(":", 1)[1])
    finally:
        kratos.stop()
    with pytest.raises(httpx.ConnectError):
        httpx.get(f"http://127.0.0.1:{port}/health/alive", timeout=1)
    with socket.socket() as probe:
        # Nothing listens on the port any more; binding it again works.
        probe.bind(("127.0.0.1", port))


def test_two_instances_do_not_share_state() -> None:
    with FakeKratos() as one, FakeKratos() as two:
        one.create_identity(email="solo@example.com", password=PASSWORD)
        assert len(one.identities()) == 1
        assert two.identities() == []
        assert one.csrf_cookie_name != two.csrf_cookie_name  # the hash covers the public URL


def test_fail_next_status_then_recovers(fake_kratos: FakeKratos, api: httpx.Client) -> None:
    fake_kratos.fail_next(500)
    failed = api.get("/health/alive")
    assert failed.status_code == 500
    assert failed.json()["error"]["code"] == 500
    assert api.get("/health/alive").status_code == 200
    fake_kratos.fail_next(503, times=2, retry_after=7)
    first, second = api.get("/health/ready"), api.get("/health/ready")
    assert first.status_code == second.status_code == 503
    assert first.headers["Retry-After"] == "7"
    assert api.get("/health/ready").status_code == 200
    assert [r.fault for r in fake_kratos.requests] == ["status", None, "status", "status", None]


def test_fail_next_html502(fake_kratos: FakeKratos, api: httpx.Client) -> None:
    fake_kratos.fail_next(kind="html502")
    response = api.get("/sessions/whoami")
    assert response.status_code == 502
    assert response.headers["Content-Type"] == "text/html"
    assert b"502 Bad Gateway" in response.content
    assert api.get("/sessions/whoami").status_code == 401


def test_fail_next_timeout_and_disconnect(fake_kratos: FakeKratos) -> None:
    fake_kratos.fail_next(kind="timeout", delay=1.0)
    with httpx.Client(base_url=fake_kratos.public_url, timeout=0.2) as client:
        began = time.perf_counter()
        with pytest.raises(httpx.ReadTimeout):
            client.get("/health/alive")
        assert time.perf_counter() - began < 0.9
        assert client.get("/health/alive").status_code == 200
    fake_kratos.fail_next(kind="disconnect")
    with httpx.Client(base_url=fake_kratos.public_url) as client:
        with pytest.raises(httpx.RemoteProtocolError):
            client.get("/health/alive")
        assert client.get("/health/alive").status_code == 200


def test_fault_scoped_to_a_path(fake_kratos: FakeKratos, api: httpx.Client, admin: httpx.Client) -> None:
    fake_kratos.fail_next(500, path="/sessions/whoami")
    assert api.get("/health/alive").status_code == 200
    assert admin.get("/admin/identities").status_code == 200
    assert api.get("/sessions/whoami").status_code == 500
    assert fake_kratos.pending_faults == 0


def test_concurrent_registrations_and_logins(fake_kratos: FakeKratos) -> None:
    def register_and_login(index: int) -> tuple[str, str]:
        email = f"c{index}@example.com"
        with httpx.Client(base_url=fake_kratos.public_url, headers={"Accept": "application/json"}) as client:
            flow = client.get("/self-service/registration/api").json()
            registered = client.post(
                f"/self-service/registration?flow={flow['id']}",
                json={"method": "password", "password": PASSWORD, "traits": {"email": email}},
            )
            assert registered.status_code == 200, registered.text
            login = native_login(client, email, PASSWORD)
            whoami = client.get("/sessions/whoami", headers={"X-Session-Token": login["session_token"]})
            assert whoami.status_code == 200
            return whoami.json()["identity"]["id"], login["session"]["id"]

    with ThreadPoolExecutor(max_workers=12) as pool:
        results = list(pool.map(register_and_login, range(24)))
    assert len({identity for identity, _ in results}) == 24
    assert len({session for _, session in results}) == 24
    assert len(fake_kratos.identities()) == 24
    assert len(fake_kratos.courier_messages()) == 24


def test_concurrent_duplicate_registration_creates_one_identity(fake_kratos: FakeKratos) -> None:
    barrier = threading.Barrier(8)

    def attempt(_: int) -> int:
        with httpx.Client(base_url=fake_kratos.public_url, headers={"Accept": "application/json"}) as client:
            flow = client.get("/self-service/registration/api").json()
            barrier.wait()
            response = client.post(
                f"/self-service/registration?flow={flow['id']}",
                json={"method": "password", "password": PASSWORD, "traits": {"email": "race@example.com"}},
            )
            return response.status_code

    with ThreadPoolExecutor(max_workers=8) as pool:
        statuses = sorted(pool.map(attempt, range(8)))
    assert statuses == [200] + [400] * 7
    assert len(fake_kratos.identities()) == 1


def test_reset_forgets_everything(fake_kratos: FakeKratos, api: httpx.Client, user: dict[str, Any]) -> None:
    native_login(api)
    fake_kratos.configure(session_lifespan=5.0)
    fake_kratos.advance_clock(100)
    fake_kratos.fail_next(500)
    fake_kratos.reset()
    assert fake_kratos.identities() == []
    assert fake_kratos.config.session_lifespan == 86400.0
    assert fake_kratos.pending_faults == 0
    assert fake_kratos.requests == []
    assert abs(fake_kratos.clock.now().timestamp() - time.time()) < 5


def test_secrets_stay_out_of_reprs(fake_kratos: FakeKratos, api: httpx.Client, user: dict[str, Any]) -> None:
    issued = fake_kratos.create_session(user["id"])
    assert issued.token not in repr(issued)
    assert issued.cookie_value not in repr(issued)
    assert api.get("/sessions/whoami", headers={"Cookie": issued.cookie_header}).status_code == 200
    login = native_login(api)
    with fake_kratos.app.lock:
        session = fake_kratos.app.state.sessions[login["session"]["id"]]
        identity = fake_kratos.app.state.identities[user["id"]]
    assert login["session_token"] not in repr(session)
    assert "pbkdf2" not in repr(identity)
    assert "pbkdf2" not in repr(identity.credentials)
    flow = api.get("/self-service/recovery/api").json()
    api.post(f"/self-service/recovery?flow={flow['id']}", json={"method": "code", "email": "ada@example.com"})
    message = fake_kratos.courier_messages()[-1]
    assert message.code is not None
    assert message.code not in repr(message)
    assert all("token" not in record.path for record in fake_kratos.requests)


def test_config_and_state_reprs_hide_secrets(
    fake_kratos: FakeKratos, api: httpx.Client, user: dict[str, Any]
) -> None:
    assert fake_kratos.api_key
    assert fake_kratos.api_key not in repr(fake_kratos.config)
    assert fake_kratos.api_key not in repr(fake_kratos)
    login = native_login(api)
    assert login["session_token"] not in repr(fake_kratos.app.state)
    from ory_facade.testing.httpio import Request

    request = Request.build("GET", "/x?token=abc", [("Cookie", "ory_kratos_session=zzz")], b"password=p", "h")
    assert "zzz" not in repr(request)
    assert "abc" not in repr(request)
    assert "password" not in repr(request)

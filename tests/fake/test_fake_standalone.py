"""The fake for an app run by hand: ``FakeKratos(app_url=...)`` and ``python -m ory_facade.testing``."""

from __future__ import annotations

import re
import subprocess
import sys

import httpx
from backends import free_port

from ory_facade import OryClient
from ory_facade.testing import FakeKratos


def test_app_url_points_the_flows_at_the_apps_auth_pages() -> None:
    with FakeKratos(app_url="http://127.0.0.1:5000/") as kratos:
        created = httpx.get(
            f"{kratos.public_url}/self-service/login/browser?return_to=http://127.0.0.1:5000/x"
        )
        assert created.status_code == 303
        assert created.headers["location"].startswith("http://127.0.0.1:5000/auth/login?flow=")
        kratos.configure(app_url="http://localhost", ui_prefix="/accounts")
        again = httpx.get(f"{kratos.public_url}/self-service/login/browser?return_to=http://localhost/y")
        assert again.headers["location"].startswith("http://localhost/accounts/login?flow=")


def test_python_m_ory_facade_testing_serves_a_fake_with_a_demo_account() -> None:
    public, admin = free_port(), free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "ory_facade.testing", "--app-url", "http://127.0.0.1:5001",
         "--public-port", str(public), "--admin-port", str(admin), "--demo", "ada@example.com"],
        stdout=subprocess.PIPE,
        text=True,
    )  # fmt: skip
    try:
        assert process.stdout is not None
        lines = [process.stdout.readline() for _ in range(3)]
        assert lines[0].startswith("demo account: ada@example.com / ")
        assert re.search(
            rf"public API http://127\.0\.0\.1:{public} +admin API http://127\.0\.0\.1:{admin}", lines[1]
        )
        assert "http://127.0.0.1:5001/auth/" in lines[2]
        password = lines[0].split(" / ", 1)[1].strip()
        with OryClient(f"http://127.0.0.1:{public}") as ory:
            session = ory.whoami(
                session_token=ory.login.with_password("ada@example.com", password).session_token
            )
            assert session.identity is not None and session.identity.traits["email"] == "ada@example.com"
    finally:
        process.terminate()
        process.wait(timeout=10)
        if process.stdout is not None:
            process.stdout.close()

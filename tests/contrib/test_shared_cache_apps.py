"""Two app server processes on different ports share one Redis session cache (issue 15, part 2).

Each framework's app (``shared_app.py``) runs twice, as its own process; a browser (an httpx client with a
cookie jar: cookies are not port-bound, so both servers see the same ones) signs in on one and is seen by
the other. A settings change and a logout on one server are seen by the other at once; with Redis
stopped, the pages still work (Kratos is asked) and each server logs one warning.
"""

from __future__ import annotations

import html
import re
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urljoin

import httpx
import pytest
from backends import Backend, free_port
from redisserver import RedisServer

from ory_facade import OryClient

from .helpers import PASSWORD

pytest.importorskip("redis", reason="redis-py is not installed (pip install 'ory-facade[redis]')")

APP = Path(__file__).with_name("shared_app.py")
ROOT = Path(__file__).resolve().parents[2]


class AppServer:
    def __init__(self, framework: str, backend: Backend, redis_url: str, log: Path) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = log
        env = {
            "PATH": "/usr/bin:/bin",
            "PYTHONPATH": f"{ROOT}:{ROOT / 'generated'}",
            "KRATOS_PUBLIC_URL": backend.public_url,
            "REDIS_URL": redis_url,
        }
        self._stderr = log.open("wb")
        self.process = subprocess.Popen(
            # -P: not the script's folder first on sys.path (tests/contrib/flask would shadow Flask).
            [sys.executable, "-P", str(APP), framework, str(self.port)],
            env=env,
            stdout=subprocess.PIPE,
            stderr=self._stderr,
        )
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        assert line.strip() == b"ready", f"{framework} app did not start: {log.read_text()[-2000:]}"
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=1).close()
                break
            except OSError:
                time.sleep(0.05)

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=10)
        assert self.process.stdout is not None
        self.process.stdout.close()
        self._stderr.close()

    def warnings(self) -> list[str]:
        return [line for line in self.log.read_text().splitlines() if line.startswith("WARNING")]


@pytest.fixture(params=["flask", "django"])
def apps(
    request: pytest.FixtureRequest, backend: Backend, redis_server: RedisServer, tmp_path: Path
) -> Iterator[tuple[AppServer, AppServer]]:
    if backend.is_fake:
        # Flow pages of both servers live under /auth; Kratos' own redirects are not used here.
        backend.fake.configure(ui_url="http://127.0.0.1:4455")
    pair = [AppServer(request.param, backend, redis_server.url, tmp_path / f"app{i}.log") for i in (1, 2)]
    yield pair[0], pair[1]
    for server in pair:
        server.stop()


def _field(page: str, name: str) -> str:
    match = re.search(rf'name="{re.escape(name)}" value="([^"]*)"', page)
    assert match, f"no input {name!r} in the page"
    return html.unescape(match.group(1))


def _form(page: str, **fields: str) -> dict[str, str]:
    data = dict(fields)
    for hidden in ("csrf_token", "csrfmiddlewaretoken"):
        if f'name="{hidden}"' in page:
            data[hidden] = _field(page, hidden)
    return data


def _flow_page(browser: httpx.Client, server: AppServer, kind: str) -> tuple[str, str]:
    started = browser.get(f"{server.url}/auth/{kind}")
    assert started.status_code == 303, started.text[:300]
    url = urljoin(server.url, started.headers["Location"])
    page = browser.get(url)
    assert page.status_code == 200, page.text[:300]
    return url, page.text


def sign_in(browser: httpx.Client, server: AppServer, email: str) -> None:
    url, page = _flow_page(browser, server, "login")
    done = browser.post(url, data=_form(page, identifier=email, password=PASSWORD, method="password"))
    assert done.status_code == 303, done.text[:300]


def protected(browser: httpx.Client, server: AppServer) -> str:
    answer = browser.get(f"{server.url}/protected", headers={"Accept": "text/html"})
    return answer.text if answer.status_code == 200 else f"HTTP {answer.status_code}"


def test_two_app_servers_share_one_truth(
    apps: tuple[AppServer, AppServer], backend: Backend, redis_server: RedisServer
) -> None:
    a, b = apps
    backend.create_identity(email="ada@example.com", password=PASSWORD)
    with httpx.Client(trust_env=False, timeout=10) as browser:
        sign_in(browser, a, "ada@example.com")
        assert protected(browser, a) == "hello ada@example.com"  # cached in Redis by server a
        with OryClient(backend.public_url, admin_url=backend.admin_url, api_key=backend.api_key) as admin:
            cookie = "; ".join(f"{k}={v}" for k, v in browser.cookies.items())
            session_id = admin.whoami(cookie=cookie).id
            # Server b has never asked Kratos about this browser: a 200 now can only come from a's entry.
            assert protected(browser, b) == "hello ada@example.com"

            # A settings change on a: b shows the new address at once, not after the TTL.
            url, page = _flow_page(browser, a, "settings")
            saved = browser.post(
                url, data=_form(page, **{"traits.email": "ada@new.example", "method": "profile"})
            )
            assert saved.status_code in (200, 303), saved.text[:300]
            assert protected(browser, b) == "hello ada@new.example"

            # A logout on b: a sees it at once.
            confirm = browser.get(f"{b.url}/auth/logout").text
            out = browser.post(
                f"{b.url}/auth/logout", data=_form(confirm, logout_token=_field(confirm, "logout_token"))
            )
            assert out.status_code == 303
            assert protected(browser, a) == "HTTP 302"

            # Redis down: both servers still answer (from Kratos), one warning each.
            sign_in(browser, a, "ada@new.example")
            assert protected(browser, b) == "hello ada@new.example"
            redis_server.stop()
            for server in (a, b, a, b):
                assert protected(browser, server) == "hello ada@new.example"
            assert admin.admin.sessions.get(session_id).active is False
    for server in (a, b):
        [warning] = server.warnings()
        assert "asking Kratos directly" in warning

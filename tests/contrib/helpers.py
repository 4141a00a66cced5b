"""Helpers shared by the framework integration tests (and the end-to-end ones)."""

from __future__ import annotations

import html
import re
import time
from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, datetime
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import backends
import httpx
import pytest
from backends import Backend

from ory_facade import OryClient
from ory_facade.testing.real import RealKratos
from ory_facade.testing.totp import code_at

PASSWORD = "correct horse battery staple"
NEW_PASSWORD = "another long passphrase 42"

SESSION_COOKIE_RE = re.compile(
    r"^ory_kratos_session=[^;]+; Path=/; "
    r"Expires=[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT; "
    r"Max-Age=\d+; HttpOnly; SameSite=Lax$"
)
CSRF_COOKIE_RE = re.compile(
    r"^csrf_token_[0-9a-f]{64}=[A-Za-z0-9+/=]+; Path=/; Max-Age=31536000; HttpOnly; SameSite=Lax$"
)


def field_value(page: str, name: str) -> str:
    """The value of the (first) input called ``name`` in an HTML page."""
    match = re.search(rf'name="{re.escape(name)}" value="([^"]*)"', page)
    assert match, f"no input {name!r} in the page"
    return html.unescape(match.group(1))


def query_of(location: str) -> dict[str, str]:
    return dict(parse_qsl(urlsplit(location).query))


def path_of(location: str) -> str:
    return urlsplit(location).path


def csrf_cookie_names(names: Sequence[str]) -> list[str]:
    """Kratos' CSRF cookie among cookie names (``csrf_token_<sha256 hex>`` on both backends)."""
    return [n for n in names if n.startswith("csrf_token_")]


def count_whoami(client: OryClient) -> Callable[[], int]:
    """Count the ``/sessions/whoami`` requests a client sends from now on (on either backend).

    Returns a function giving the count so far. It watches the client's transport (one count per request
    the client sends, retries aside), so it works the same against the fake and real Kratos, where the
    fake's request records would only exist on the fake.
    """
    calls = [0]
    transport = client._transport
    original = transport.send

    def counting(kwargs: Any, **options: Any) -> Any:
        if str(kwargs.get("url", "")).split("?", 1)[0] == "/sessions/whoami":
            calls[0] += 1
        return original(kwargs, **options)

    transport.send = counting  # type: ignore[method-assign]
    return lambda: calls[0]


def browser_session_cookie(backend: Backend, email: str, password: str = PASSWORD) -> str:
    """A browser login straight against Kratos; returns the ``Cookie`` header a browser would then send
    (the CSRF cookie and the session cookie), on either backend."""
    with httpx.Client(base_url=backend.public_url, timeout=10, trust_env=False) as http:
        flow = http.get("/self-service/login/browser", headers={"Accept": "application/json"})
        assert flow.status_code == 200, flow.text[:300]
        body = flow.json()
        token = next(
            n["attributes"]["value"]
            for n in body["ui"]["nodes"]
            if n["attributes"].get("name") == "csrf_token"
        )
        done = http.post(
            f"/self-service/login?flow={body['id']}",
            data={"csrf_token": token, "identifier": email, "password": password, "method": "password"},
            headers={"Accept": "application/json"},
        )
        assert done.status_code == 200, done.text[:300]
        return "; ".join(f"{name}={value}" for name, value in http.cookies.items())


def totp_identity(
    backend: Backend, email: str, password: str = PASSWORD
) -> tuple[dict[str, Any], Callable[[], str]]:
    """An identity with a password and TOTP, and a function giving its current TOTP code.

    On the fake it is made with ``with_totp``; on real Kratos the authenticator is enrolled the way an app
    would, through a settings flow (native API: password login, the flow's ``totp_secret_key``, a code).
    """
    if backend.is_fake:
        fake = backend.fake
        identity = fake.create_identity(email=email, password=password, with_totp=True)
        return identity, lambda: fake.totp_code(identity["id"])
    identity = backend.create_identity(email=email, password=password)
    issued = backend.create_session(identity["id"], password=password)
    headers = {"X-Session-Token": issued.token, "Accept": "application/json"}
    with httpx.Client(base_url=backend.public_url, timeout=10, trust_env=False, headers=headers) as http:
        flow = http.get("/self-service/settings/api")
        assert flow.status_code == 200, flow.text[:300]
        body = flow.json()
        secret = next(
            n["attributes"]["text"]["text"]
            for n in body["ui"]["nodes"]
            if n["attributes"].get("id") == "totp_secret_key"
        )
        done = http.post(
            f"/self-service/settings?flow={body['id']}",
            json={"method": "totp", "totp_code": code_at(secret, datetime.now(UTC))},
        )
        assert done.status_code == 200, done.text[:300]
    return identity, lambda: code_at(secret, datetime.now(UTC))


# For the tests that watch flows expire and sessions lose privilege: real Kratos is started with these
# (RealKratos(**SHORT_LIVED)) and the test waits them out; the fake's clock is moved instead.
SHORT_LIFESPAN = 4.0
SHORT_LIVED = {"flow_lifespan": "4s", "privileged_session_max_age": "4s"}


def let_time_pass(backend: Backend, seconds: float) -> None:
    """``seconds`` pass for Kratos: the fake's clock moves; on real Kratos (started with
    :data:`SHORT_LIVED`) the test waits just past the short lifespan, which stands for any longer one."""
    if backend.is_fake:
        backend.fake.advance_clock(seconds)
    else:
        time.sleep(SHORT_LIFESPAN + 0.5)


def serve_real_kratos(
    config: pytest.Config, *, ui_url: str, allowed_return_urls: Sequence[str] = (), **options: Any
) -> Iterator[RealKratos]:
    """Run a real Kratos whose flows' UI is ``ui_url`` (for ``yield from`` in a fixture); ``options`` go
    to :class:`RealKratos` (``flow_lifespan``...). Skips or fails like ``real_kratos_server``."""
    yield from backends.serve_real_kratos(
        config, ui_url=ui_url, allowed_return_urls=allowed_return_urls, **options
    )

"""Pages that depend on the session are never cached (issue 14): Back after sign-out must not show the
previous user's page, and no shared cache may hand one user's page to another."""

from __future__ import annotations

from typing import Any

from backends import Backend
from flask.testing import FlaskClient

from ..helpers import PASSWORD
from .conftest import sign_in, start_flow


def private(response: Any) -> bool:
    cache_control = response.headers.get("Cache-Control", "")
    return (
        "no-store" in cache_control
        and "private" in cache_control
        and "Cookie" in response.headers.get("Vary", "")
    )


def test_protected_and_self_service_pages_are_never_cached(backend: Backend, client: FlaskClient) -> None:
    backend.create_identity(email="ada@example.com", password=PASSWORD)
    assert private(client.get("/protected", headers={"Accept": "text/html"}))  # the redirect to login
    assert private(client.get("/api/me", headers={"Accept": "application/json"}))  # the JSON 401
    url, _ = start_flow(client, "login")
    assert private(client.get(url))
    assert private(client.get("/auth/login"))
    sign_in(client, "ada@example.com")
    page = client.get("/protected")
    assert page.status_code == 200 and private(page)
    assert private(client.get("/maybe"))  # get_session(): depends on the session
    assert private(client.get("/with"))  # the guard as a context manager
    lazy = client.get("/lazy")  # never looks at the session: its caching is the app's business
    assert "Cache-Control" not in lazy.headers and "Vary" not in lazy.headers

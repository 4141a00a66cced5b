"""Where the fake used to part from Kratos (issue 13, "The fake diverges from Kratos"), on both backends.

Every test here runs against the fake and real Kratos (the ``backend`` fixture) and asserts the exact
status, body and header bytes real Kratos sends.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from backends import Backend

from .support import csrf_of

HTML = {"Accept": "text/html"}
JSON_ACCEPT = {"Accept": "application/json"}
PASSWORD = "correct horse battery staple 7"
SESSION_INACTIVE = {
    "error": {
        "id": "session_inactive",
        "code": 401,
        "status": "Unauthorized",
        "reason": "No active session was found in this request.",
        "message": "request does not have a valid authentication session",
    }
}


@pytest.fixture
def clients(backend: Backend) -> Iterator[list[httpx.Client]]:
    made: list[httpx.Client] = []
    yield made
    for client in made:
        client.close()


def _client(backend: Backend, made: list[httpx.Client], headers: dict[str, str]) -> httpx.Client:
    client = httpx.Client(base_url=backend.public_url, headers=headers, timeout=15.0, trust_env=False)
    made.append(client)
    return client


def _email() -> str:
    return f"div-{uuid.uuid4().hex[:10]}@example.org"


def _raw_location(response: httpx.Response) -> bytes:
    found = [value for key, value in response.headers.raw if key.lower() == b"location"]
    assert len(found) == 1, response.headers.raw
    return found[0]


def _error_ui_id(backend: Backend, response: httpx.Response) -> str:
    assert response.status_code == 303, response.text
    location = _raw_location(response).decode("ascii")
    assert location.startswith(backend.ui_url + "/error?id="), location
    return parse_qs(urlsplit(location).query)["id"][0]


def _stored_error(backend: Backend, error_id: str) -> Any:
    with httpx.Client(base_url=backend.public_url, timeout=15.0, trust_env=False) as client:
        response = client.get("/self-service/errors", params={"id": error_id})
    assert response.status_code == 200, response.text
    return response.json()["error"]


# --- a. logout without a session ------------------------------------------------------------------------


def test_logout_without_a_session_is_401_or_the_error_ui(
    backend: Backend, clients: list[httpx.Client]
) -> None:
    """updateLogoutFlow and createBrowserLogoutFlow forward a missing session (logout/handler.go)."""
    spa = _client(backend, clients, JSON_ACCEPT)
    browser = _client(backend, clients, HTML)
    for path, params in (
        ("/self-service/logout", {"token": "ory_lo_x"}),
        ("/self-service/logout/browser", {}),
        ("/self-service/logout/browser", {"return_to": backend.ui_url + "/bye"}),
    ):
        answer = spa.get(path, params=params)
        assert (answer.status_code, answer.headers["content-type"]) == (401, "application/json"), path
        assert answer.json() == SESSION_INACTIVE, path
        page = browser.get(path, params=params)
        stored = _stored_error(backend, _error_ui_id(backend, page))
        assert stored == {**SESSION_INACTIVE["error"], "id": "session_inactive"}, path
    # A session cookie that names no session is no session either.
    garbage = spa.get(
        "/self-service/logout", params={"token": "ory_lo_x"}, headers={"Cookie": "ory_kratos_session=x"}
    )
    assert (garbage.status_code, garbage.json()) == (401, SESSION_INACTIVE)


def test_logout_url_followed_twice(backend: Backend, clients: list[httpx.Client]) -> None:
    """The second time the session is gone: 401 for JSON, not a second silent 204."""
    email = _email()
    backend.create_identity(email, PASSWORD)
    spa = _client(backend, clients, JSON_ACCEPT)
    flow = spa.get("/self-service/login/browser").json()
    data = {"method": "password", "identifier": email, "password": PASSWORD, "csrf_token": csrf_of(flow)}
    assert spa.post("/self-service/login", params={"flow": flow["id"]}, json=data).status_code == 200
    logout = spa.get("/self-service/logout/browser").json()
    first = spa.get(logout["logout_url"])
    assert (first.status_code, first.content) == (204, b"")
    second = spa.get(logout["logout_url"])
    assert (second.status_code, second.json()) == (401, SESSION_INACTIVE)

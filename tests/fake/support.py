"""Small helpers for the fake Kratos tests (pure functions over httpx responses and flow JSON)."""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx

EMAIL = "ada@example.com"
PASSWORD = "correct horse battery staple"
NEW_PASSWORD = "an entirely different passphrase"


def csrf_of(flow: dict[str, Any]) -> str:
    found = node(flow, "csrf_token")
    assert found is not None, "flow has no csrf_token node"
    value = found["attributes"]["value"]
    assert isinstance(value, str)
    return value


def node(flow: dict[str, Any], name: str, value: Any = None) -> dict[str, Any] | None:
    for item in flow["ui"]["nodes"] or []:
        attrs = item["attributes"]
        if attrs.get("name") == name and (value is None or attrs.get("value") == value):
            return item  # type: ignore[no-any-return]
    return None


def message_ids(flow: dict[str, Any]) -> list[int]:
    return [m["id"] for m in flow["ui"].get("messages", [])]


def node_message_ids(flow: dict[str, Any], name: str) -> list[int]:
    found = node(flow, name)
    assert found is not None, f"flow has no {name} node"
    return [m["id"] for m in found["messages"]]


def set_cookies(response: httpx.Response) -> list[str]:
    return response.headers.get_list("set-cookie")


def set_cookie_named(response: httpx.Response, prefix: str) -> str:
    matches = [c for c in set_cookies(response) if c.startswith(prefix)]
    assert len(matches) == 1, f"expected one Set-Cookie starting with {prefix}"
    return matches[0]


def query_of(url: str) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(urlsplit(url).query).items()}


def location(response: httpx.Response) -> str:
    assert response.status_code == 303, response.text
    return response.headers["location"]


def native_login(api: httpx.Client, email: str = EMAIL, password: str = PASSWORD) -> dict[str, Any]:
    flow = api.get("/self-service/login/api").json()
    response = api.post(
        f"/self-service/login?flow={flow['id']}",
        json={"method": "password", "identifier": email, "password": password},
    )
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def spa_login(spa: httpx.Client, email: str = EMAIL, password: str = PASSWORD) -> httpx.Response:
    flow = spa.get("/self-service/login/browser").json()
    return spa.post(
        f"/self-service/login?flow={flow['id']}",
        json={"method": "password", "identifier": email, "password": password, "csrf_token": csrf_of(flow)},
    )

"""Open-redirect protection (``ory_facade.contrib.redirects``) and content negotiation."""

from __future__ import annotations

import pytest

from ory_facade.contrib.redirects import host_allowed, safe_return_to
from ory_facade.contrib.selfservice import wants_json


@pytest.mark.parametrize(
    "value",
    [
        "/",
        "/dashboard?tab=2#x",
        "https://app.example/path",
        "http://app.example:8000/x",  # the request's own host (with its port) is always allowed
        "https://accounts.example/x",
        "https://eu.shop.example.org/cart",
        "https://shop.example.org/",
        "https://partner.example:8443/in",
    ],
)
def test_safe_values(value: str) -> None:
    host = "app.example:8000" if ":8000" in value else "app.example"
    allowed = ["accounts.example", ".shop.example.org", "partner.example:8443"]
    assert safe_return_to(value, request_host=host, allowed_hosts=allowed) == value


@pytest.mark.parametrize(
    "value",
    [
        None,
        "",
        "https://evil.example/",
        "//evil.example/x",
        "///evil.example",
        "/\\evil.example",
        "\\\\evil.example",
        "javascript:alert(1)",
        "data:text/html,hi",
        "https://app.example@evil.example/",
        "https://user:pw@app.example/",
        "https://evil.example\\@app.example/",
        "/ok\r\nSet-Cookie: x=1",
        "https://app.example.evil.example/",
        "https://notshop.example.org/",
        "https://partner.example:9999/",
        "dashboard",
        "https://app.example:99999/",
        " //evil.example",
    ],
)
def test_unsafe_values(value: str | None) -> None:
    allowed = ["accounts.example", ".shop.example.org", "partner.example:8443"]
    assert safe_return_to(value, request_host="app.example", allowed_hosts=allowed) is None


def test_require_https() -> None:
    assert safe_return_to("http://app.example/", request_host="app.example", require_https=True) is None
    assert safe_return_to("/relative", request_host="app.example", require_https=True) == "/relative"


def test_wildcard_and_case() -> None:
    assert host_allowed("ANY.example", None, ["*"])
    assert host_allowed("App.Example", "app.example", [])
    assert not host_allowed("", "app.example", ["*"])


@pytest.mark.parametrize(
    ("accept", "content_type", "expected"),
    [
        ("application/json", None, True),
        ("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", None, False),
        ("*/*", None, False),
        (None, None, False),
        ("application/json, text/html;q=0.5", None, True),
        ("text/html, application/json", None, False),
        ("application/json;q=0", None, False),
        (None, "application/json; charset=utf-8", True),
        ("application/vnd.api+json", None, True),
    ],
)
def test_wants_json(accept: str | None, content_type: str | None, expected: bool) -> None:
    assert wants_json(accept, content_type) is expected

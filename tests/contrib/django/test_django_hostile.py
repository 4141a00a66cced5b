"""Hostile or unusual browser input answers a clean 4xx or works, never a 500 (issue 13, Medium/Low)."""

from __future__ import annotations

import pytest
from backends import Backend
from django.test import Client

from ..helpers import PASSWORD, field_value
from .conftest import sign_in, start_flow

PAGES = ["login", "registration", "recovery", "verification", "settings"]


@pytest.mark.parametrize("flow", ["..", ".", "a/b", "x" * 70_000, "00000000-0000-0000-0000-00000000000"])
@pytest.mark.parametrize("page", PAGES)
def test_a_malformed_flow_id_is_a_400(client: Client, page: str, flow: str) -> None:
    response = client.get(f"/auth/{page}", {"flow": flow})
    assert response.status_code == 400
    assert b"This link is not valid" in response.content


@pytest.mark.parametrize("error_id", ["..", "x" * 70_000])
def test_a_malformed_error_id_is_a_400(client: Client, error_id: str) -> None:
    assert client.get("/auth/error", {"id": error_id}).status_code == 400


def test_a_query_too_long_to_forward_is_a_400(client: Client) -> None:
    assert client.get("/auth/login", {"return_to": "http://testserver/" + "a" * 70_000}).status_code == 400


def test_a_form_field_nested_2000_levels_deep_is_a_400(client: Client) -> None:
    url, page = start_flow(client, "registration")
    response = client.post(
        url,
        {
            "csrfmiddlewaretoken": field_value(page, "csrfmiddlewaretoken"),
            "traits." + ".".join(["x"] * 2000): "1",
            "method": "password",
        },
    )
    assert response.status_code == 400  # Django's own 400 or the page's "The form could not be read"


def test_a_cookie_that_is_not_ascii_does_not_break_protected_pages(backend: Backend, client: Client) -> None:
    backend.create_identity(email="ada@example.com", password=PASSWORD)
    assert sign_in(client, "ada@example.com").status_code == 303
    # Another app on the domain set a UTF-8 cookie; WSGI hands it over latin-1-decoded.
    client.cookies["theme"] = "caf\u00c3\u00a9"
    assert client.get("/protected").content == b"hello ada@example.com"


def test_a_non_ascii_return_to_is_percent_encoded_in_location(client: Client) -> None:
    response = client.get("/auth/logout", {"return_to": "/caf\u00e9/\u0436"})
    assert response.status_code == 303
    assert response["Location"] == "/caf%C3%A9/%D0%B6"

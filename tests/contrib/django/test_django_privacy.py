"""Pages that depend on the session are never cached; the pages work without the context processor; a
failed CSRF check shows a page a person can act on (issue 14)."""

from __future__ import annotations

from typing import Any

import pytest
from backends import Backend
from django.conf import settings
from django.test import Client
from django.test.utils import override_settings

from ory_facade.contrib.django.checks import check_templates

from ..helpers import PASSWORD
from .conftest import sign_in, start_flow


def private(response: Any) -> bool:
    cache_control = response.get("Cache-Control", "")
    return "no-store" in cache_control and "private" in cache_control and "Cookie" in response.get("Vary", "")


def test_protected_and_self_service_pages_are_never_cached(backend: Backend, client: Client) -> None:
    backend.create_identity(email="ada@example.com", password=PASSWORD)
    assert private(client.get("/protected", HTTP_ACCEPT="text/html"))  # the redirect to the login page
    url, _ = start_flow(client, "login")
    assert private(client.get(url))
    assert private(client.get("/auth/login"))  # the redirect to a new flow
    sign_in(client, "ada@example.com")
    page = client.get("/protected")
    assert page.status_code == 200 and private(page)
    assert private(client.get("/maybe"))  # reads request.ory_session: depends on the session
    lazy = client.get("/lazy")  # never looks at the session: its caching is the app's business
    assert "Cache-Control" not in lazy and "Vary" not in lazy


def test_the_pages_links_work_without_the_context_processor(client: Client) -> None:
    templates = [
        {
            **engine,
            "OPTIONS": {
                **engine["OPTIONS"],
                "context_processors": ["django.template.context_processors.request"],
            },
        }
        for engine in settings.TEMPLATES
    ]
    with override_settings(TEMPLATES=templates):
        _, page = start_flow(client, "login")
        assert 'href=""' not in page
        assert 'href="/auth/registration"' in page and 'href="/auth/recovery"' in page
        assert [m.id for m in check_templates()] == ["ory_facade.W003"]
    assert check_templates() == []


@pytest.mark.parametrize("csrf_middleware", [True, False], ids=["middleware", "no-middleware"])
def test_a_lost_csrf_cookie_shows_a_page_to_start_again(client: Client, csrf_middleware: bool) -> None:
    url, _ = start_flow(client, "login")
    middleware = [m for m in settings.MIDDLEWARE if csrf_middleware or "csrf" not in m]
    with override_settings(MIDDLEWARE=middleware):
        del client.cookies["csrftoken"]  # expired, or blocked by the browser
        answer = client.post(url, {"identifier": "ada@example.com", "password": "x", "method": "password"})
    assert answer.status_code == 403
    text = answer.content.decode()
    assert "please start again" in text and 'href="/auth/login"' in text
    assert "CSRF verification failed" not in text  # not Django's technical page
    assert private(answer)

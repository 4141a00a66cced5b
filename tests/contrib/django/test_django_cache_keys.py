"""The session cache must key by the cookie Kratos reads, never by look-alikes (issue 13, "High").

Kratos here names its session cookie ``app_session`` (``session.cookie.name``), on both backends. Before the
fix the cache keyed by any ``ory_kratos_session`` / ``ory_session_*`` cookie, so a planted cookie of that
name, or an app cookie such as ``ory_session_theme``, decided whose cached session a request got.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from backends import Backend
from django.core.exceptions import ImproperlyConfigured
from django.test import Client

from ory_facade import OryClient
from ory_facade.contrib.django.runtime import get_runtime
from ory_facade.testing.real import RealKratos

from ..helpers import PASSWORD, browser_session_cookie, field_value, query_of, serve_real_kratos
from .conftest import ALLOWED_RETURN_URLS, UI_URL, sign_in

COOKIE = "app_session"


@pytest.fixture(scope="module")
def real_kratos_server(pytestconfig: pytest.Config) -> Iterator[RealKratos]:
    """Real Kratos with a renamed session cookie (overrides the package's server for this module)."""
    yield from serve_real_kratos(
        pytestconfig, ui_url=UI_URL, allowed_return_urls=ALLOWED_RETURN_URLS, session_cookie_name=COOKIE
    )


@pytest.fixture
def cached(backend: Backend, ory_settings: Any) -> Any:
    if backend.is_fake:
        backend.fake.configure(session_cookie_name=COOKIE)
    ory_settings(SESSION_CACHE_TTL=60, SESSION_COOKIE_NAME=COOKIE)
    return ory_settings


def signed_in(backend: Backend, email: str) -> Client:
    backend.create_identity(email=email, password=PASSWORD)
    client = Client(enforce_csrf_checks=True)
    assert sign_in(client, email).status_code == 303
    assert COOKIE in client.cookies, "Kratos' renamed session cookie was relayed"
    return client


def test_a_planted_default_named_cookie_does_not_capture_the_victims_session(
    backend: Backend, cached: Any
) -> None:
    victim = signed_in(backend, "victim@example.com")
    victim.cookies["ory_kratos_session"] = "planted"  # from a sibling subdomain
    assert victim.get("/protected").content == b"hello victim@example.com"
    attacker = Client()
    attacker.cookies["ory_kratos_session"] = "planted"
    answer = attacker.get("/protected", HTTP_ACCEPT="text/html")
    assert answer.status_code == 302, answer.content[:200]
    assert "/auth/login" in answer["Location"]


def test_an_app_cookie_shared_by_users_does_not_put_them_under_one_key(backend: Backend, cached: Any) -> None:
    ada = signed_in(backend, "ada@example.com")
    bob = signed_in(backend, "bob@example.com")
    for user in (ada, bob):
        user.cookies["ory_session_theme"] = "dark"
    assert ada.get("/protected").content == b"hello ada@example.com"
    assert bob.get("/protected").content == b"hello bob@example.com"
    stranger = Client()
    stranger.cookies["ory_session_theme"] = "dark"
    assert stranger.get("/maybe").content == b"anonymous"
    cache = get_runtime().cache
    assert cache is not None and cache.hits == 0
    assert len(cache.backend) == 2  # type: ignore[arg-type]  # one entry per user, none shared


def test_the_cache_needs_kratos_cookie_name(ory_settings: Any) -> None:
    ory_settings(SESSION_CACHE_TTL=60)
    with pytest.raises(ImproperlyConfigured, match="SESSION_COOKIE_NAME"):
        get_runtime()
    ory_settings(SESSION_CACHE_TTL=60, SESSION_COOKIE_NAME=["ory_session_acme", "ory_kratos_session"])
    cache = get_runtime().cache
    assert cache is not None and cache.session_cookie_names == ("ory_session_acme", "ory_kratos_session")


# --- logout and revocation vs. the cache (issue 13, Medium) ---------------------------------------------


def test_kratos_mode_logout_goes_through_the_app_and_forgets_the_cached_session(
    backend: Backend, cached: Any
) -> None:
    cached(UI_MODE="kratos", SESSION_CACHE_TTL=60, SESSION_COOKIE_NAME=COOKIE)
    backend.create_identity(email="ada@example.com", password=PASSWORD)
    browser = Client(enforce_csrf_checks=True)  # signed in at Kratos' own pages
    for pair in browser_session_cookie(backend, "ada@example.com").split("; "):
        name, _, value = pair.partition("=")
        browser.cookies[name] = value
    assert browser.get("/protected").status_code == 200  # cached now
    confirm = browser.get("/auth/logout?return_to=/bye").content.decode()
    assert 'action="/auth/logout?return_to=%2Fbye"' in confirm and backend.public_url not in confirm
    sent = browser.post(
        "/auth/logout?return_to=/bye",
        {
            "csrfmiddlewaretoken": field_value(confirm, "csrfmiddlewaretoken"),
            "logout_token": field_value(confirm, "logout_token"),
        },
    )
    assert sent.status_code == 303
    location = sent["Location"]
    assert location.startswith(f"{backend.public_url}/self-service/logout?token=")
    assert query_of(location)["return_to"] == "http://testserver/bye"
    # The browser follows to Kratos, which ends the session and sends it back to return_to.
    at_kratos = httpx.get(location, headers={"Cookie": f"{COOKIE}={browser.cookies[COOKIE].value}"})
    assert at_kratos.status_code == 303 and at_kratos.headers["Location"] == "http://testserver/bye"
    # Even a browser that kept the old cookie is signed out at once, not after the cache's TTL.
    assert browser.get("/protected", HTTP_ACCEPT="text/html").status_code == 302


def test_a_revoked_session_is_forgotten_when_kratos_says_so(backend: Backend, cached: Any) -> None:
    browser = signed_in(backend, "ada@example.com")
    assert browser.get("/protected").status_code == 200
    runtime = get_runtime()
    session = runtime.client.whoami(cookie=f"{COOKIE}={browser.cookies[COOKIE].value}")
    with OryClient(backend.public_url, admin_url=backend.admin_url, api_key=backend.api_key) as admin:
        admin.admin.sessions.disable(session.id)
    # Within the TTL the cache still answers (the documented bound on revocations made elsewhere) ...
    assert browser.get("/protected").status_code == 200
    # ... until any Kratos answer for this browser says the session is gone.
    settings = browser.get("/auth/settings", HTTP_ACCEPT="text/html")
    assert settings.status_code == 303 and "/auth/login" in settings["Location"]
    assert browser.get("/protected", HTTP_ACCEPT="text/html").status_code == 302

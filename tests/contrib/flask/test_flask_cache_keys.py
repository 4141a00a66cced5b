"""The session cache must key by the cookie Kratos reads, never by look-alikes (issue 13, "High").

Kratos here names its session cookie ``app_session`` (``session.cookie.name``), on both backends. Before the
fix the cache keyed by any ``ory_kratos_session`` / ``ory_session_*`` cookie, so a planted cookie of that
name, or an app cookie such as ``ory_session_theme``, decided whose cached session a request got.
"""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from backends import Backend
from flask import Flask
from flask.testing import FlaskClient

from ory_facade import OryClient, OryConfigurationError
from ory_facade.testing.real import RealKratos

from ..helpers import PASSWORD, browser_session_cookie, field_value, query_of, serve_real_kratos
from .conftest import ALLOWED_RETURN_URLS, UI_URL, AppFactory, sign_in

COOKIE = "app_session"


@pytest.fixture(scope="module")
def real_kratos_server(pytestconfig: pytest.Config) -> Iterator[RealKratos]:
    """Real Kratos with a renamed session cookie (overrides the package's server for this module)."""
    yield from serve_real_kratos(
        pytestconfig, ui_url=UI_URL, allowed_return_urls=ALLOWED_RETURN_URLS, session_cookie_name=COOKIE
    )


@pytest.fixture
def cached_app(backend: Backend, make_app: AppFactory) -> Flask:
    if backend.is_fake:
        backend.fake.configure(session_cookie_name=COOKIE)
    return make_app(ORY_SESSION_CACHE_TTL=60, ORY_SESSION_COOKIE_NAME=COOKIE)


def signed_in(app: Flask, backend: Backend, email: str) -> FlaskClient:
    backend.create_identity(email=email, password=PASSWORD)
    client = app.test_client()
    assert sign_in(client, email).status_code == 303
    assert client.get_cookie(COOKIE) is not None, "Kratos' renamed session cookie was relayed"
    return client


def test_a_planted_default_named_cookie_does_not_capture_the_victims_session(
    backend: Backend, cached_app: Flask
) -> None:
    victim = signed_in(cached_app, backend, "victim@example.com")
    # A sibling subdomain planted a cookie with Kratos' default name next to the real (renamed) one.
    victim.set_cookie("ory_kratos_session", "planted")
    assert victim.get("/protected").get_data(as_text=True) == "hello victim@example.com"
    attacker = cached_app.test_client()
    attacker.set_cookie("ory_kratos_session", "planted")
    answer = attacker.get("/protected", headers={"Accept": "text/html"})
    assert answer.status_code == 302, answer.get_data(as_text=True)[:200]
    assert "/auth/login" in answer.headers["Location"]


def test_an_app_cookie_shared_by_users_does_not_put_them_under_one_key(
    backend: Backend, cached_app: Flask
) -> None:
    ada = signed_in(cached_app, backend, "ada@example.com")
    bob = signed_in(cached_app, backend, "bob@example.com")
    for user in (ada, bob):
        user.set_cookie("ory_session_theme", "dark")
    assert ada.get("/protected").get_data(as_text=True) == "hello ada@example.com"
    assert bob.get("/protected").get_data(as_text=True) == "hello bob@example.com"
    stranger = cached_app.test_client()
    stranger.set_cookie("ory_session_theme", "dark")
    assert stranger.get("/maybe").get_data(as_text=True) == "anonymous"
    cache = cached_app.extensions["ory_facade"].cache
    assert cache.hits == 0 and len(cache.backend) == 2  # one entry per user, none shared


def test_the_cache_needs_kratos_cookie_name(make_app: AppFactory) -> None:
    with pytest.raises(OryConfigurationError, match="ORY_SESSION_COOKIE_NAME"):
        make_app(ORY_SESSION_CACHE_TTL=60)
    with pytest.raises(OryConfigurationError, match="pattern"):
        make_app(ORY_SESSION_CACHE_TTL=60, ORY_SESSION_COOKIE_NAME="ory_session_*")
    app = make_app(ORY_SESSION_CACHE_TTL=60, ORY_SESSION_COOKIE_NAME=["ory_session_acme", "x"])
    assert app.extensions["ory_facade"].cache.session_cookie_names == ("ory_session_acme", "x")
    assert make_app().extensions["ory_facade"].cache is None  # no cache: no name needed


def test_a_wrong_name_costs_hits_never_a_session(
    backend: Backend, make_app: AppFactory, caplog: pytest.LogCaptureFixture
) -> None:
    if backend.is_fake:
        backend.fake.configure(session_cookie_name=COOKIE)
    # Configured with Kratos' default name while this Kratos uses another one.
    app = make_app(ORY_SESSION_CACHE_TTL=60, ORY_SESSION_COOKIE_NAME="ory_kratos_session")
    victim = signed_in(app, backend, "victim@example.com")
    with caplog.at_level("WARNING", logger="ory_facade.session_cache"):
        assert victim.get("/protected").get_data(as_text=True) == "hello victim@example.com"
        assert victim.get("/protected").get_data(as_text=True) == "hello victim@example.com"
    cache = app.extensions["ory_facade"].cache
    assert (cache.hits, len(cache.backend)) == (0, 0)  # nothing keyed by a cookie Kratos does not read
    [warning] = [r.getMessage() for r in caplog.records if "session_cookie_name" in r.getMessage()]
    assert "ory_kratos_session" in warning
    # The planted cookie carries the configured name: Kratos is asked with exactly that cookie, finds no
    # session, and neither the victim's nor the attacker's request gets one through the planted key.
    victim.set_cookie("ory_kratos_session", "planted")
    assert victim.get("/maybe").get_data(as_text=True) == "anonymous"
    attacker = app.test_client()
    attacker.set_cookie("ory_kratos_session", "planted")
    assert attacker.get("/maybe").get_data(as_text=True) == "anonymous"


# --- logout and revocation vs. the cache (issue 13, Medium) ---------------------------------------------


def test_kratos_mode_logout_goes_through_the_app_and_forgets_the_cached_session(
    backend: Backend, make_app: AppFactory
) -> None:
    if backend.is_fake:
        backend.fake.configure(session_cookie_name=COOKIE)
    app = make_app(ORY_UI_MODE="kratos", ORY_SESSION_CACHE_TTL=60, ORY_SESSION_COOKIE_NAME=COOKIE)
    backend.create_identity(email="ada@example.com", password=PASSWORD)
    browser = app.test_client()  # signed in at Kratos' own pages
    for pair in browser_session_cookie(backend, "ada@example.com").split("; "):
        name, _, value = pair.partition("=")
        browser.set_cookie(name, value)
    assert browser.get("/protected").status_code == 200  # cached now
    confirm = browser.get("/auth/logout?return_to=/bye").get_data(as_text=True)
    assert 'action="/auth/logout?return_to=/bye"' in confirm and backend.public_url not in confirm
    sent = browser.post(
        "/auth/logout?return_to=/bye", data={"logout_token": field_value(confirm, "logout_token")}
    )
    assert sent.status_code == 303
    location = sent.headers["Location"]
    assert location.startswith(f"{backend.public_url}/self-service/logout?token=")
    assert query_of(location)["return_to"] == "http://localhost/bye"
    # The browser follows to Kratos, which ends the session and sends it back to return_to.
    cookie = f"{COOKIE}={browser.get_cookie(COOKIE).value}"  # type: ignore[union-attr]
    at_kratos = httpx.get(location, headers={"Cookie": cookie})
    assert at_kratos.status_code == 303 and at_kratos.headers["Location"] == "http://localhost/bye"
    # Even a browser that kept the old cookie is signed out at once, not after the cache's TTL.
    assert browser.get("/protected", headers={"Accept": "text/html"}).status_code == 302


def test_a_revoked_session_is_forgotten_when_kratos_says_so(backend: Backend, cached_app: Flask) -> None:
    browser = signed_in(cached_app, backend, "ada@example.com")
    assert browser.get("/protected").status_code == 200
    state = cached_app.extensions["ory_facade"]
    session = state.client.whoami(cookie=f"{COOKIE}={browser.get_cookie(COOKIE).value}")  # type: ignore[union-attr]
    with OryClient(backend.public_url, admin_url=backend.admin_url, api_key=backend.api_key) as admin:
        admin.admin.sessions.disable(session.id)
    # Within the TTL the cache still answers (the documented bound on revocations made elsewhere) ...
    assert browser.get("/protected").status_code == 200
    # ... until any Kratos answer for this browser says the session is gone.
    settings = browser.get("/auth/settings", headers={"Accept": "text/html"})
    assert settings.status_code == 303 and "/auth/login" in settings.headers["Location"]
    assert browser.get("/protected", headers={"Accept": "text/html"}).status_code == 302

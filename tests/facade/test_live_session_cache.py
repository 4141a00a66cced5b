"""A ``SessionCache`` forgets a session as soon as it changes or ends through its client (issue 14 gap),
over HTTP against the fake and real Kratos: without it, pages show the old traits for up to the TTL."""

from __future__ import annotations

import pytest
from backends import Backend
from browser import Browser

from ory_facade import OryClient, SessionInactiveError, ui
from ory_facade.session_cache import SessionCache

PASSWORD = "correct horse battery staple"


@pytest.fixture
def token(backend: Backend, live: OryClient) -> str:
    backend.create_identity(email="cache@example.com", password=PASSWORD, traits={"name": {"first": "Nat"}})
    issued = live.login.with_password("cache@example.com", PASSWORD).session_token
    assert issued
    return issued


@pytest.fixture
def browser(backend: Backend, live: OryClient) -> Browser:
    backend.create_identity(email="cache@example.com", password=PASSWORD, traits={"name": {"first": "Nat"}})
    jar = Browser()
    created = live.login.create_browser()
    jar.absorb(created.set_cookie)
    body = ui.form_to_body({"identifier": "cache@example.com", "password": PASSWORD, "method": "password"})
    result = live.login.submit(created.flow, body, csrf_token=created.csrf_token, cookie=jar.cookie)
    jar.absorb(result.set_cookie)
    assert backend.session_cookie_name in jar.cookies
    return jar


def first_name(cache: SessionCache, **credential: str | None) -> object:
    traits = cache.whoami(**credential).identity.traits  # type: ignore[union-attr]
    return traits["name"]["first"]


def test_native_traits_change_is_seen_at_once(live: OryClient, token: str) -> None:
    cache = SessionCache(live, ttl=300)
    assert first_name(cache, session_token=token) == "Nat"
    assert first_name(cache, session_token=token) == "Nat"
    assert cache.hits == 1
    assert live.settings.update_traits(token, {"name": {"first": "Natalie"}}).completed
    assert first_name(cache, session_token=token) == "Natalie"
    assert cache.misses == 2


def test_browser_traits_change_is_seen_at_once(backend: Backend, live: OryClient, browser: Browser) -> None:
    # Keyed by the session cookie alone, while the settings submit forwards the whole Cookie header.
    cache = SessionCache(live, ttl=300, session_cookie_name=backend.session_cookie_name)
    assert first_name(cache, cookie=browser.cookie) == "Nat"
    created = live.settings.create_browser(cookie=browser.cookie)
    browser.absorb(created.set_cookie)
    posted = {"traits.email": "cache@example.com", "traits.name.first": "Natalie", "method": "profile"}
    result = live.settings.submit(
        created.flow,
        ui.form_to_body(posted, flow=created.flow),
        csrf_token=created.csrf_token,
        cookie=browser.cookie,
    )
    assert result.completed
    browser.absorb(result.set_cookie)
    assert first_name(cache, cookie=browser.cookie) == "Natalie"


def test_native_logout_is_seen_at_once(live: OryClient, token: str) -> None:
    cache = SessionCache(live, ttl=300)
    cache.whoami(session_token=token)
    cache.whoami(session_token=token)
    assert cache.hits == 1
    live.sessions.logout(token)
    with pytest.raises(SessionInactiveError):
        cache.whoami(session_token=token)


def test_browser_logout_is_seen_at_once(backend: Backend, live: OryClient, browser: Browser) -> None:
    cache = SessionCache(live, ttl=300, session_cookie_name=backend.session_cookie_name)
    signed_in = browser.cookie
    cache.whoami(cookie=signed_in)
    cache.whoami(cookie=signed_in)
    assert cache.hits == 1
    live.browser_logout.logout(cookie=signed_in)
    with pytest.raises(SessionInactiveError):
        cache.whoami(cookie=signed_in)  # the cookie a second tab still sends


def test_a_cache_on_another_client_keeps_its_entry_until_its_ttl(
    backend: Backend, live: OryClient, token: str
) -> None:
    """The listeners are per client (and its with_options copies): another process's cache cannot hear."""
    with OryClient(backend.public_url) as other:
        cache = SessionCache(other, ttl=300)
        assert first_name(cache, session_token=token) == "Nat"
        live.settings.update_traits(token, {"name": {"first": "Natalie"}})
        assert first_name(cache, session_token=token) == "Nat"
        cache.invalidate(session_token=token)  # what an app does for changes made elsewhere
        assert first_name(cache, session_token=token) == "Natalie"

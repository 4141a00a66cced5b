"""Browser flows driven from a server, over HTTP against the fake Kratos (cookies relayed like a web app)."""

from __future__ import annotations

import pytest
from backends import Backend
from browser import Browser

from ory_facade import (
    AAL1RequiredError,
    AAL2RequiredError,
    BrowserLocationChangeRequiredError,
    CSRFViolationError,
    FlowExpiredError,
    FlowValidationError,
    IdentityDisabledError,
    NotFoundError,
    OryClient,
    ReturnToForbiddenError,
    SecurityIdentityMismatchError,
    SessionAlreadyAvailableError,
    SessionInactiveError,
    SessionRefreshRequiredError,
    ui,
)

PASSWORD = "correct horse battery staple"


def browser_login(live: OryClient, browser: Browser, email: str, password: str = PASSWORD) -> None:
    created = live.login.create_browser(cookie=browser.cookie)
    browser.absorb(created.set_cookie)
    flow = live.login.get(created.id, cookie=browser.cookie).flow
    body = ui.form_to_body({"identifier": email, "password": password, "method": "password"})
    result = live.login.submit(flow, body, csrf_token=ui.csrf_token(flow), cookie=browser.cookie)
    assert result.completed
    browser.absorb(result.set_cookie)


def test_browser_registration_signs_in_and_asks_for_verification(backend: Backend, live: OryClient) -> None:
    browser = Browser()
    created = live.registration.create_browser(return_to=f"{backend.ui_url}/welcome")
    assert created.set_cookie, "the CSRF cookie must reach the browser"
    browser.absorb(created.set_cookie)
    posted = {"traits.email": "reg@example.com", "password": PASSWORD, "method": "password"}
    result = live.registration.submit(
        created.flow, ui.form_to_body(posted), csrf_token=ui.csrf_token(created.flow), cookie=browser.cookie
    )
    assert result.completed and result.identity is not None
    assert result.identity.traits["email"] == "reg@example.com"
    assert result.next_step is not None and result.next_step.action == "show_verification_ui"
    browser.absorb(result.set_cookie)
    assert backend.session_cookie_name in browser.cookies
    assert live.whoami(cookie=browser.cookie).identity.traits["email"] == "reg@example.com"  # type: ignore[union-attr]


def test_browser_registration_duplicate(backend: Backend, live: OryClient) -> None:
    backend.create_identity(email="dupe@example.com", password=PASSWORD)
    browser = Browser()
    created = live.registration.create_browser()
    browser.absorb(created.set_cookie)
    body = {"traits": {"email": "dupe@example.com"}, "password": PASSWORD, "method": "password"}
    with pytest.raises(FlowValidationError) as caught:
        live.registration.submit(
            created.flow, body, csrf_token=ui.csrf_token(created.flow), cookie=browser.cookie
        )
    assert 4000007 in caught.value.message_ids


def test_browser_login_relays_session_cookie(backend: Backend, live: OryClient) -> None:
    backend.create_identity(email="ada@example.com", password=PASSWORD)
    browser = Browser()
    browser_login(live, browser, "ada@example.com")
    session = live.whoami(cookie=browser.cookie)
    assert session.identity.traits["email"] == "ada@example.com"  # type: ignore[union-attr]


def test_browser_login_wrong_password_then_success_on_the_same_flow(
    backend: Backend, live: OryClient
) -> None:
    backend.create_identity(email="ada@example.com", password=PASSWORD)
    browser = Browser()
    created = live.login.create_browser()
    browser.absorb(created.set_cookie)
    with pytest.raises(FlowValidationError) as caught:
        live.login.submit(
            created.flow,
            {"method": "password", "identifier": "ada@example.com", "password": "wrong password"},
            csrf_token=ui.csrf_token(created.flow),
            cookie=browser.cookie,
        )
    assert caught.value.message_ids == [4000006]
    assert ui.form_values(caught.value.flow)["identifier"] == "ada@example.com"
    result = live.login.submit(
        caught.value.flow,
        {"method": "password", "identifier": "ada@example.com", "password": PASSWORD},
        csrf_token=ui.csrf_token(caught.value.flow),
        cookie=browser.cookie,
    )
    assert result.completed


def test_missing_field_messages_name_the_node(backend: Backend, live: OryClient) -> None:
    browser = Browser()
    created = live.login.create_browser()
    browser.absorb(created.set_cookie)
    with pytest.raises(FlowValidationError) as caught:
        live.login.submit(
            created.flow,
            {"method": "password", "identifier": "a@b.c"},
            csrf_token=ui.csrf_token(created.flow),
            cookie=browser.cookie,
        )
    assert any(m.node == "password" for m in caught.value.messages)


def test_submit_without_the_csrf_cookie_is_rejected(live: OryClient) -> None:
    created = live.login.create_browser()
    with pytest.raises(CSRFViolationError):
        live.login.submit(created.flow, {"method": "password", "identifier": "a@b.c", "password": PASSWORD})


def test_signed_in_browser_gets_session_already_available(backend: Backend, live: OryClient) -> None:
    backend.create_identity(email="ada@example.com", password=PASSWORD)
    browser = Browser()
    browser_login(live, browser, "ada@example.com")
    with pytest.raises(SessionAlreadyAvailableError):
        live.login.create_browser(cookie=browser.cookie)
    refresh = live.login.create_browser(cookie=browser.cookie, refresh=True)
    assert refresh.flow.refresh is True


def test_forbidden_return_to_and_restart_without_it(live: OryClient) -> None:
    query = {"return_to": "https://evil.example/steal", "refresh": "false"}
    with pytest.raises(ReturnToForbiddenError) as caught:
        live.login.create_browser_from_query(query)
    restarted = live.login.restart(caught.value, query=query)
    assert "evil" not in restarted.flow.request_url


@pytest.mark.fake_only("moves the fake's clock (real Kratos would need the real lifespan to pass)")
def test_expired_flow_continues_with_use_flow_id(backend: Backend, live: OryClient) -> None:
    backend.create_identity(email="ada@example.com", password=PASSWORD)
    browser = Browser()
    return_to = f"{backend.ui_url}/after"
    created = live.login.create_browser(return_to=return_to)
    browser.absorb(created.set_cookie)
    backend.fake.advance_clock(backend.fake.config.flow_lifespan + 60)
    body = {"method": "password", "identifier": "ada@example.com", "password": PASSWORD}
    with pytest.raises(FlowExpiredError) as caught:
        live.login.submit(created.flow, body, csrf_token=ui.csrf_token(created.flow), cookie=browser.cookie)
    assert caught.value.use_flow_id
    browser.absorb(caught.value.set_cookie)
    fresh = live.login.restart(caught.value, cookie=browser.cookie)
    assert fresh.id == caught.value.use_flow_id
    assert fresh.flow.return_to == return_to
    assert live.login.submit(
        fresh.flow, body, csrf_token=ui.csrf_token(fresh.flow), cookie=browser.cookie
    ).completed


def test_restart_from_a_flow_keeps_its_query(backend: Backend, live: OryClient) -> None:
    return_to = f"{backend.ui_url}/deep/link"
    created = live.recovery.create_browser(return_to=return_to)
    again = live.recovery.restart(created.flow, cookie=None)
    assert again.id != created.id
    assert again.flow.return_to == return_to


@pytest.mark.fake_only("moves the fake's clock (real Kratos would need the real lifespan to pass)")
def test_settings_profile_then_privileged_password_change(backend: Backend, live: OryClient) -> None:
    backend.create_identity(email="ada@example.com", password=PASSWORD, traits={"name": {"first": "Ada"}})
    browser = Browser()
    browser_login(live, browser, "ada@example.com")
    created = live.settings.create_browser(cookie=browser.cookie)
    browser.absorb(created.set_cookie)
    values = ui.form_values(created.flow)
    values.update({"method": "profile", "traits.name.first": "Augusta"})
    saved = live.settings.submit(
        created.flow, ui.form_to_body(values), csrf_token=ui.csrf_token(created.flow), cookie=browser.cookie
    )
    assert saved.completed and saved.flow is not None
    assert saved.flow.identity.traits["name"]["first"] == "Augusta"
    backend.fake.advance_clock(backend.fake.config.privileged_session_max_age + 60)
    again = live.settings.get(created.id, cookie=browser.cookie)
    with pytest.raises(SessionRefreshRequiredError) as caught:
        live.settings.submit(
            again.flow,
            {"method": "password", "password": "another long passphrase"},
            csrf_token=ui.csrf_token(again.flow),
            cookie=browser.cookie,
        )
    assert caught.value.redirect_browser_to is not None and "refresh=true" in caught.value.redirect_browser_to


def test_settings_without_session(live: OryClient) -> None:
    with pytest.raises(SessionInactiveError):
        live.settings.create_browser(cookie="ory_kratos_session=nonsense")


def test_browser_logout_clears_the_session_cookie(backend: Backend, live: OryClient) -> None:
    backend.create_identity(email="ada@example.com", password=PASSWORD)
    browser = Browser()
    browser_login(live, browser, "ada@example.com")
    old_cookie = browser.cookie
    result = live.browser_logout.logout(cookie=browser.cookie)
    browser.absorb(result.set_cookie)
    assert backend.session_cookie_name not in browser.cookies
    with pytest.raises(SessionInactiveError):
        live.whoami(cookie=old_cookie)


def test_browser_recovery_with_code_then_settings(backend: Backend, live: OryClient) -> None:
    backend.create_identity(email="ada@example.com", password=PASSWORD)
    browser = Browser()
    created = live.recovery.create_browser()
    browser.absorb(created.set_cookie)
    sent = live.recovery.submit(
        created.flow,
        {"method": "code", "email": "ada@example.com"},
        csrf_token=ui.csrf_token(created.flow),
        cookie=browser.cookie,
    )
    assert not sent.completed and sent.flow is not None and sent.flow.state == "sent_email"
    code = backend.last_code_for("ada@example.com")
    done = live.recovery.submit(
        sent.flow,
        {"method": "code", "code": code},
        csrf_token=ui.csrf_token(sent.flow),
        cookie=browser.cookie,
    )
    assert done.completed
    assert done.next_step is not None and done.next_step.action == "show_settings_ui"
    browser.absorb(done.set_cookie)
    settings = live.settings.get(done.next_step.flow_id or "", cookie=browser.cookie)
    changed = live.settings.submit(
        settings.flow,
        {"method": "password", "password": "a brand new passphrase"},
        csrf_token=ui.csrf_token(settings.flow),
        cookie=browser.cookie,
    )
    assert changed.completed


def test_wrong_recovery_code(backend: Backend, live: OryClient) -> None:
    backend.create_identity(email="ada@example.com", password=PASSWORD)
    browser = Browser()
    created = live.recovery.create_browser()
    browser.absorb(created.set_cookie)
    sent = live.recovery.submit(
        created.flow,
        {"method": "code", "email": "ada@example.com"},
        csrf_token=ui.csrf_token(created.flow),
        cookie=browser.cookie,
    )
    with pytest.raises(FlowValidationError) as caught:
        live.recovery.submit(
            sent.flow or created.flow,
            {"method": "code", "code": "000000"},
            csrf_token=ui.csrf_token(created.flow),
            cookie=browser.cookie,
        )
    assert 4060006 in caught.value.message_ids


@pytest.mark.fake_only("changes the configuration at run time, which a running Kratos cannot")
def test_legacy_recovery_answers_browser_location_change(backend: Backend, live: OryClient) -> None:
    backend.fake.configure(legacy_recovery_response=True)
    backend.create_identity(email="ada@example.com", password=PASSWORD)
    browser = Browser()
    created = live.recovery.create_browser()
    browser.absorb(created.set_cookie)
    sent = live.recovery.submit(
        created.flow,
        {"method": "code", "email": "ada@example.com"},
        csrf_token=ui.csrf_token(created.flow),
        cookie=browser.cookie,
    )
    code = backend.last_code_for("ada@example.com")
    with pytest.raises(BrowserLocationChangeRequiredError) as caught:
        live.recovery.submit(
            sent.flow or created.flow,
            {"method": "code", "code": code},
            csrf_token=ui.csrf_token(created.flow),
            cookie=browser.cookie,
        )
    assert caught.value.redirect_browser_to is not None
    assert caught.value.redirect_browser_to.startswith(backend.fake.config.ui("settings"))


def test_browser_verification(backend: Backend, live: OryClient) -> None:
    backend.create_identity(email="ada@example.com", password=PASSWORD)
    browser = Browser()
    created = live.verification.create_browser()
    browser.absorb(created.set_cookie)
    sent = live.verification.submit(
        created.flow,
        {"method": "code", "email": "ada@example.com"},
        csrf_token=ui.csrf_token(created.flow),
        cookie=browser.cookie,
    )
    assert not sent.completed
    code = backend.last_code_for("ada@example.com")
    done = live.verification.submit(
        sent.flow or created.flow,
        {"method": "code", "code": code},
        csrf_token=ui.csrf_token(created.flow),
        cookie=browser.cookie,
    )
    assert done.completed
    identity = live.admin.identities.find_by_identifier("ada@example.com")
    assert identity is not None and identity.verifiable_addresses[0].verified  # type: ignore[index]


@pytest.mark.fake_only(
    "creates a TOTP credential directly and reads its secret from the fake's store; Kratos never reveals it"
)
def test_second_factor_in_the_browser(backend: Backend, live: OryClient) -> None:
    doc = backend.fake.create_identity(email="ada@example.com", password=PASSWORD, with_totp=True)
    browser = Browser()
    created = live.login.create_browser()
    browser.absorb(created.set_cookie)
    body = {"method": "password", "identifier": "ada@example.com", "password": PASSWORD}
    with pytest.raises(BrowserLocationChangeRequiredError) as caught:
        live.login.submit(created.flow, body, csrf_token=ui.csrf_token(created.flow), cookie=browser.cookie)
    assert caught.value.redirect_browser_to is not None and "aal=aal2" in caught.value.redirect_browser_to
    browser.absorb(caught.value.set_cookie)  # the aal1 session cookie comes with the 422
    with pytest.raises(AAL2RequiredError) as aal2:
        live.whoami(cookie=browser.cookie)
    assert aal2.value.redirect_browser_to is not None
    second = live.login.create_browser(cookie=browser.cookie, aal="aal2")
    browser.absorb(second.set_cookie)
    assert [ui.node_name(n) for n in ui.nodes_by_group(second.flow, "totp", include_default=False)] == [
        "totp_code",
        "method",
    ]
    done = live.login.submit(
        second.flow,
        {"method": "totp", "totp_code": backend.fake.totp_code(doc["id"])},
        csrf_token=ui.csrf_token(second.flow),
        cookie=browser.cookie,
    )
    browser.absorb(done.set_cookie)
    assert live.whoami(cookie=browser.cookie, aal="aal2").authenticator_assurance_level == "aal2"


def test_disabled_identity_cannot_log_in(backend: Backend, live: OryClient) -> None:
    backend.create_identity(email="off@example.com", password=PASSWORD, state="inactive")
    browser = Browser()
    created = live.login.create_browser()
    browser.absorb(created.set_cookie)
    with pytest.raises(IdentityDisabledError):
        live.login.submit(
            created.flow,
            {"method": "password", "identifier": "off@example.com", "password": PASSWORD},
            csrf_token=ui.csrf_token(created.flow),
            cookie=browser.cookie,
        )


def test_settings_flow_of_another_identity(backend: Backend, live: OryClient) -> None:
    a = backend.create_identity(email="a@example.com", password=PASSWORD)
    b = backend.create_identity(email="b@example.com", password=PASSWORD)
    token_a = backend.create_session(a["id"], password=PASSWORD).token
    token_b = backend.create_session(b["id"], password=PASSWORD).token
    flow_of_a = live.settings.create_native(session_token=token_a)
    with pytest.raises(SecurityIdentityMismatchError):
        live.settings.get(flow_of_a.id, session_token=token_b)


def test_second_factor_flow_without_a_first_factor(live: OryClient) -> None:
    with pytest.raises(AAL1RequiredError):
        live.login.create_browser(aal="aal2")


def test_unknown_flow_id(live: OryClient) -> None:
    with pytest.raises(NotFoundError):
        live.login.get("00000000-0000-4000-8000-000000000000")

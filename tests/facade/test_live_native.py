"""The one-call native helpers and the user's own sessions, over HTTP against the fake and real Kratos."""

from __future__ import annotations

import httpx
import pytest
from backends import Backend
from ory_kratos_api.types import Unset

from ory_facade import (
    AAL2RequiredError,
    FlowValidationError,
    NotFoundError,
    OryClient,
    SessionInactiveError,
    SessionRefreshRequiredError,
)

PASSWORD = "correct horse battery staple"


def test_register_login_whoami_logout(backend: Backend, live: OryClient) -> None:
    registered = live.registration.with_password({"email": "nat@example.com"}, PASSWORD)
    assert registered.completed and registered.identity is not None
    assert registered.session_token  # the session hook is on in the fake's default configuration
    login = live.login.with_password("nat@example.com", PASSWORD)
    assert login.session_token and login.session is not None
    session = live.whoami(session_token=login.session_token)
    assert str(session.identity.id) == str(registered.identity.id)  # type: ignore[union-attr]
    live.sessions.logout(login.session_token)
    with pytest.raises(SessionInactiveError):
        live.whoami(session_token=login.session_token)


def test_register_invalid_traits_and_weak_password(live: OryClient) -> None:
    with pytest.raises(FlowValidationError) as caught:
        live.registration.with_password({"email": "not-an-email"}, PASSWORD)
    assert caught.value.messages
    with pytest.raises(FlowValidationError):
        live.registration.with_password({"email": "short@example.com"}, "short")


def test_login_with_wrong_password(backend: Backend, live: OryClient) -> None:
    backend.create_identity(email="nat@example.com", password=PASSWORD)
    with pytest.raises(FlowValidationError) as caught:
        live.login.with_password("nat@example.com", "not the password")
    assert caught.value.message_ids == [4000006]


def test_recovery_then_password_change(backend: Backend, live: OryClient) -> None:
    backend.create_identity(email="nat@example.com", password=PASSWORD)
    flow = live.recovery.start("nat@example.com")
    assert flow.state == "sent_email"
    result = live.recovery.complete(flow, backend.last_code_for("nat@example.com"))
    assert result.completed and result.session_token
    assert result.next_step is not None and result.next_step.action == "show_settings_ui"
    assert live.settings.change_password(result.session_token, "a completely new passphrase").completed
    assert live.login.with_password("nat@example.com", "a completely new passphrase").session_token
    with pytest.raises(FlowValidationError):
        live.login.with_password("nat@example.com", PASSWORD)


def test_recovery_with_wrong_code(backend: Backend, live: OryClient) -> None:
    backend.create_identity(email="nat@example.com", password=PASSWORD)
    flow = live.recovery.start("nat@example.com")
    with pytest.raises(FlowValidationError) as caught:
        live.recovery.complete(flow, "000000")
    assert 4060006 in caught.value.message_ids


def test_recovery_does_not_reveal_unknown_addresses(backend: Backend, live: OryClient) -> None:
    flow = live.recovery.start("nobody@example.com")
    assert flow.state == "sent_email"
    assert backend.courier_messages("nobody@example.com") == []


def test_verification(backend: Backend, live: OryClient) -> None:
    backend.create_identity(email="nat@example.com", password=PASSWORD)
    flow = live.verification.start("nat@example.com")
    result = live.verification.complete(flow, backend.last_code_for("nat@example.com"))
    assert result.completed
    assert result.flow is not None and result.flow.state == "passed_challenge"


def test_update_traits_merges(backend: Backend, live: OryClient) -> None:
    backend.create_identity(email="nat@example.com", password=PASSWORD, traits={"name": {"first": "Nat"}})
    token = live.login.with_password("nat@example.com", PASSWORD).session_token
    assert token
    result = live.settings.update_traits(token, {"name": {"first": "Natalie", "last": "Lovelace"}})
    assert result.completed and result.flow is not None
    assert result.flow.identity.traits == {
        "email": "nat@example.com",
        "name": {"first": "Natalie", "last": "Lovelace"},
    }


@pytest.mark.fake_only("moves the fake's clock past the privileged window; real Kratos would need 15 min")
def test_privileged_change_needs_a_recent_login(backend: Backend, live: OryClient) -> None:
    backend.create_identity(email="nat@example.com", password=PASSWORD)
    token = live.login.with_password("nat@example.com", PASSWORD).session_token
    assert token
    backend.fake.advance_clock(backend.fake.config.privileged_session_max_age + 60)
    with pytest.raises(SessionRefreshRequiredError):
        live.settings.change_password(token, "a completely new passphrase")


@pytest.mark.fake_only("reads the TOTP secret from the fake's store; Kratos never reveals it after set-up")
def test_native_second_factor(backend: Backend, live: OryClient) -> None:
    doc = backend.fake.create_identity(email="nat@example.com", password=PASSWORD, with_totp=True)
    first = live.login.with_password("nat@example.com", PASSWORD)
    assert first.session_token
    with pytest.raises(AAL2RequiredError):
        live.whoami(session_token=first.session_token)
    second = live.login.create_native(session_token=first.session_token, aal="aal2")
    done = live.login.submit(
        second.flow,
        {"method": "totp", "totp_code": backend.fake.totp_code(doc["id"])},
        session_token=first.session_token,
    )
    assert done.completed
    assert live.whoami(session_token=first.session_token).authenticator_assurance_level == "aal2"


def test_my_sessions_list_and_revoke(backend: Backend, live: OryClient) -> None:
    backend.create_identity(email="nat@example.com", password=PASSWORD)
    tokens = [live.login.with_password("nat@example.com", PASSWORD).session_token for _ in range(4)]
    current = tokens[0]
    assert current
    others = list(live.sessions.iter_all(session_token=current))
    assert len(others) == 3
    live.sessions.revoke(str(others[0].id), session_token=current)
    assert len(list(live.sessions.iter_all(session_token=current))) == 2
    assert live.sessions.revoke_others(session_token=current) == 3  # Kratos counts the revoked one too
    assert list(live.sessions.iter_all(session_token=current)) == []
    live.whoami(session_token=current)
    with pytest.raises(SessionInactiveError):
        live.whoami(session_token=tokens[1])


def test_whoami_with_an_unknown_token(live: OryClient) -> None:
    with pytest.raises(SessionInactiveError):
        live.whoami(session_token="ory_st_unknown")


@pytest.mark.fake_only(
    "switches the require_verified_address hook on at run time (see the real variant below)"
)
def test_unverified_address_is_a_typed_error_with_the_verification_flow(
    backend: Backend, live: OryClient
) -> None:
    from ory_facade import AddressNotVerifiedError

    backend.fake.configure(require_verified_address=True)
    backend.create_identity(email="unverified@example.com", password=PASSWORD)
    with pytest.raises(AddressNotVerifiedError) as caught:
        live.login.with_password("unverified@example.com", PASSWORD)
    step = caught.value.next_step
    assert step is not None and step.action == "show_verification_ui" and step.flow_id
    # The flow Kratos created is usable: finish verification with the code it sent, then log in.
    flow = live.verification.get(step.flow_id).flow
    done = live.verification.complete(flow, backend.last_code_for("unverified@example.com"))
    assert done.flow is not None and done.flow.state == "passed_challenge"
    assert live.login.with_password("unverified@example.com", PASSWORD).session_token


def test_exchange_session_token_with_unknown_codes(live: OryClient) -> None:
    # Codes exist only after a native flow made with return_session_token_exchange_code=True finished a
    # social sign-in in a browser; for unknown ones both servers answer 404 "no session yet".
    with pytest.raises(NotFoundError) as caught:
        live.login.exchange_session_token("not-an-init-code", "not-a-return-code")
    assert caught.value.reason == 'no session yet for this "code"'


def test_a_native_flow_carries_the_exchange_code_when_asked(live: OryClient) -> None:
    flow = live.login.create_native(return_session_token_exchange_code=True).flow
    assert isinstance(flow.session_token_exchange_code, str) and flow.session_token_exchange_code
    assert isinstance(live.login.create_native().flow.session_token_exchange_code, Unset)
    signup = live.registration.create_native(return_session_token_exchange_code=True).flow
    assert isinstance(signup.session_token_exchange_code, str) and signup.session_token_exchange_code
    # Only the answer to the create carries it (Kratos does not store it with the flow).
    assert isinstance(live.login.get(str(flow.id)).flow.session_token_exchange_code, Unset)


def test_fedcm_without_fedcm(live: OryClient) -> None:
    # Kratos v1.3.1 has no FedCM route, and the fake does not implement FedCM: both answer 404.
    with pytest.raises(NotFoundError):
        live.login.create_fedcm()


def test_webauthn_javascript_is_the_script_kratos_serves(backend: Backend, live: OryClient) -> None:
    script = live.get_webauthn_javascript()
    served = httpx.get(f"{backend.public_url}/.well-known/ory/webauthn.js", timeout=10, trust_env=False)
    assert served.headers["content-type"].startswith("text/javascript")
    assert script == served.text and script.strip()

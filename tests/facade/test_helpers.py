"""The one-call native helpers compose the primitives correctly (requests sent, results returned)."""

from __future__ import annotations

import httpx
import pytest
from facade_fakes import (
    MockKratos,
    body_of,
    error_body,
    identity,
    input_node,
    json_response,
    login_flow,
    recovery_flow,
    registration_flow,
    session,
    settings_flow,
    text,
    verification_flow,
)

from ory_facade import FlowValidationError, OryClient, SessionRefreshRequiredError


def test_login_with_password(kratos: MockKratos, ory: OryClient) -> None:
    flow = login_flow(flow_type="api", csrf=None)
    kratos.json("GET", "/self-service/login/api", 200, flow)
    kratos.json("POST", "/self-service/login", 200, {"session": session(), "session_token": "ory_st_NEW"})
    result = ory.login_with_password("ada@example.com", "correct horse")
    assert result.session_token == "ory_st_NEW"
    submit = kratos.last("POST")
    assert submit.url.params["flow"] == flow["id"]
    assert body_of(submit) == {
        "method": "password",
        "identifier": "ada@example.com",
        "password": "correct horse",
    }
    assert "cookie" not in submit.headers


def test_login_with_wrong_password(kratos: MockKratos, ory: OryClient) -> None:
    flow = login_flow(flow_type="api", csrf=None)
    kratos.json("GET", "/self-service/login/api", 200, flow)
    rejected = login_flow(
        flow_id=flow["id"],
        flow_type="api",
        csrf=None,
        messages=[text(4000006, "The provided credentials are invalid.")],
    )
    kratos.json("POST", "/self-service/login", 400, rejected)
    with pytest.raises(FlowValidationError) as caught:
        ory.login_with_password("ada@example.com", "nope")
    assert caught.value.message_ids == [4000006]


def test_register_one_step(kratos: MockKratos, ory: OryClient) -> None:
    kratos.json("GET", "/self-service/registration/api", 200, registration_flow(flow_type="api", csrf=None))
    ident = identity(email="new@example.com")
    kratos.json(
        "POST",
        "/self-service/registration",
        200,
        {"identity": ident, "session": session(identity_doc=ident), "session_token": "ory_st_REG"},
    )
    result = ory.register({"email": "new@example.com"}, "pw-long-enough")
    assert result.completed and result.session_token == "ory_st_REG"
    assert body_of(kratos.last("POST")) == {
        "method": "password",
        "traits": {"email": "new@example.com"},
        "password": "pw-long-enough",
    }


def test_register_profile_first_submits_the_password_step(kratos: MockKratos, ory: OryClient) -> None:
    first = registration_flow(flow_type="api", csrf=None)
    kratos.json("GET", "/self-service/registration/api", 200, first)
    password_step = registration_flow(
        flow_id=first["id"],
        flow_type="api",
        csrf=None,
        nodes=[
            input_node("traits.email", type="hidden", value="new@example.com"),
            input_node("password", type="password", group="password", required=True),
        ],
    )
    ident = identity(email="new@example.com")
    kratos.on(
        "POST",
        "/self-service/registration",
        json_response(400, password_step),
        json_response(200, {"identity": ident}),
    )
    result = ory.register({"email": "new@example.com"}, "pw-long-enough")
    assert result.completed and result.identity is not None
    assert kratos.count("POST", "/self-service/registration") == 2
    assert result.session is None and result.session_token is None


def test_recovery_round_trip(kratos: MockKratos, ory: OryClient) -> None:
    flow = recovery_flow(csrf=None)
    kratos.json("GET", "/self-service/recovery/api", 200, flow)
    sent = recovery_flow(
        flow_id=flow["id"],
        csrf=None,
        state="sent_email",
        messages=[text(1060003, "An email containing a recovery code has been sent.", "info")],
    )
    settings_id = "55555555-5555-4555-8555-555555555555"
    done = recovery_flow(
        flow_id=flow["id"],
        csrf=None,
        state="passed_challenge",
        continue_with=[
            {"action": "set_ory_session_token", "ory_session_token": "ory_st_RECOVERED"},
            {"action": "show_settings_ui", "flow": {"id": settings_id}},
        ],
    )
    kratos.on("POST", "/self-service/recovery", json_response(200, sent), json_response(200, done))
    started = ory.start_recovery("ada@example.com")
    assert started.state == "sent_email"
    assert body_of(kratos.last("POST")) == {"method": "code", "email": "ada@example.com"}
    result = ory.complete_recovery(started, "123456")
    assert body_of(kratos.last("POST")) == {"method": "code", "code": "123456"}
    assert result.completed
    assert result.session_token == "ory_st_RECOVERED"
    assert result.next_step is not None and result.next_step.flow_id == settings_id


def test_verification_round_trip(kratos: MockKratos, ory: OryClient) -> None:
    flow = verification_flow(csrf=None)
    kratos.json("GET", "/self-service/verification/api", 200, flow)
    sent = verification_flow(
        flow_id=flow["id"], csrf=None, state="sent_email", messages=[text(1080003, "Code sent.", "info")]
    )
    done = verification_flow(
        flow_id=flow["id"],
        csrf=None,
        state="passed_challenge",
        messages=[text(1080002, "You successfully verified your email address.", "success")],
    )
    kratos.on("POST", "/self-service/verification", json_response(200, sent), json_response(200, done))
    started = ory.verify("ada@example.com")
    result = ory.complete_verification(started, "654321")
    assert result.completed


def test_change_password(kratos: MockKratos, ory: OryClient) -> None:
    flow = settings_flow(csrf=None)
    kratos.json("GET", "/self-service/settings/api", 200, flow)
    kratos.json(
        "POST", "/self-service/settings", 200, settings_flow(flow_id=flow["id"], csrf=None, state="success")
    )
    result = ory.change_password("ory_st_X", "new password 123")
    assert result.completed
    create, submit = kratos.requests
    assert create.headers["x-session-token"] == "ory_st_X"
    assert submit.headers["x-session-token"] == "ory_st_X"
    assert body_of(submit) == {"method": "password", "password": "new password 123"}


def test_change_password_needs_refresh(kratos: MockKratos, ory: OryClient) -> None:
    kratos.json("GET", "/self-service/settings/api", 200, settings_flow(csrf=None))
    kratos.json(
        "POST",
        "/self-service/settings",
        403,
        error_body("session_refresh_required", 403, redirect_browser_to="http://x/login?refresh=true"),
    )
    with pytest.raises(SessionRefreshRequiredError):
        ory.change_password("ory_st_X", "new password 123")


def test_update_profile_merges_traits(kratos: MockKratos, ory: OryClient) -> None:
    flow = settings_flow(csrf=None, identity_doc=identity(email="ada@example.com", name="Ada"))
    kratos.json("GET", "/self-service/settings/api", 200, flow)
    kratos.json(
        "POST", "/self-service/settings", 200, settings_flow(flow_id=flow["id"], csrf=None, state="success")
    )
    ory.update_profile("ory_st_X", {"name": "Ada Lovelace"})
    assert body_of(kratos.last("POST")) == {
        "method": "profile",
        "traits": {"email": "ada@example.com", "name": "Ada Lovelace"},
    }
    ory.update_profile("ory_st_X", {"email": "only@example.com"}, replace=True)
    assert body_of(kratos.last("POST"))["traits"] == {"email": "only@example.com"}


def test_logout_revokes_the_token(kratos: MockKratos, ory: OryClient) -> None:
    kratos.on("DELETE", "/self-service/logout/api", httpx.Response(204))
    ory.logout("ory_st_BYE")
    request = kratos.last()
    assert body_of(request) == {"session_token": "ory_st_BYE"}

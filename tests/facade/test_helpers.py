"""The one-call native helpers compose the primitives correctly (requests sent, results returned); their
old names on ``OryClient`` warn and delegate; the helpers for exchangeSessionToken, FedCM and webauthn.js."""

from __future__ import annotations

import gc
from datetime import UTC, datetime
from typing import Any

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

from ory_facade import (
    CSRFViolationError,
    FlowValidationError,
    NativeSignIn,
    NotFoundError,
    OryClient,
    OryResponseError,
    ServerError,
    SessionInactiveError,
    SessionRefreshRequiredError,
)
from ory_facade._helpers import RENAMED
from ory_facade.session_cache import SessionCache


def test_login_with_password_helper(kratos: MockKratos, ory: OryClient) -> None:
    flow = login_flow(flow_type="api", csrf=None)
    kratos.json("GET", "/self-service/login/api", 200, flow)
    kratos.json("POST", "/self-service/login", 200, {"session": session(), "session_token": "ory_st_NEW"})
    result = ory.login.with_password("ada@example.com", "correct horse")
    assert result.session_token == "ory_st_NEW"
    submit = kratos.last("POST")
    assert submit.url.params["flow"] == flow["id"]
    assert body_of(submit) == {
        "method": "password",
        "identifier": "ada@example.com",
        "password": "correct horse",
    }
    assert "cookie" not in submit.headers
    assert isinstance(result, NativeSignIn) and result.completed and result.session is not None
    assert "ory_st_NEW" not in repr(result) and repr(result).startswith("NativeSignIn(completed=True")


def test_a_native_sign_in_without_a_token_is_a_response_error(kratos: MockKratos, ory: OryClient) -> None:
    # A proxy or a misconfigured Kratos answering 200 with only the session: no str token to hand out.
    kratos.json("GET", "/self-service/login/api", 200, login_flow(flow_type="api", csrf=None))
    kratos.json("POST", "/self-service/login", 200, {"session": session()})
    with pytest.raises(OryResponseError, match="without a session token"):
        ory.login.with_password("ada@example.com", "correct horse")


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
        ory.login.with_password("ada@example.com", "nope")
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
    result = ory.registration.with_password({"email": "new@example.com"}, "pw-long-enough")
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
    result = ory.registration.with_password({"email": "new@example.com"}, "pw-long-enough")
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
    started = ory.recovery.start("ada@example.com")
    assert started.state == "sent_email"
    assert body_of(kratos.last("POST")) == {"method": "code", "email": "ada@example.com"}
    result = ory.recovery.complete(started, "123456")
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
    started = ory.verification.start("ada@example.com")
    result = ory.verification.complete(started, "654321")
    assert result.completed


def test_change_password(kratos: MockKratos, ory: OryClient) -> None:
    flow = settings_flow(csrf=None)
    kratos.json("GET", "/self-service/settings/api", 200, flow)
    kratos.json(
        "POST", "/self-service/settings", 200, settings_flow(flow_id=flow["id"], csrf=None, state="success")
    )
    result = ory.settings.change_password("ory_st_X", "new password 123")
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
        ory.settings.change_password("ory_st_X", "new password 123")


def test_update_traits_merges_traits(kratos: MockKratos, ory: OryClient) -> None:
    flow = settings_flow(csrf=None, identity_doc=identity(email="ada@example.com", name="Ada"))
    kratos.json("GET", "/self-service/settings/api", 200, flow)
    kratos.json(
        "POST", "/self-service/settings", 200, settings_flow(flow_id=flow["id"], csrf=None, state="success")
    )
    ory.settings.update_traits("ory_st_X", {"name": "Ada Lovelace"})
    assert body_of(kratos.last("POST")) == {
        "method": "profile",
        "traits": {"email": "ada@example.com", "name": "Ada Lovelace"},
    }
    ory.settings.update_traits("ory_st_X", {"email": "only@example.com"}, replace=True)
    assert body_of(kratos.last("POST"))["traits"] == {"email": "only@example.com"}


def test_logout_revokes_the_token(kratos: MockKratos, ory: OryClient) -> None:
    kratos.on("DELETE", "/self-service/logout/api", httpx.Response(204))
    ory.sessions.logout("ory_st_BYE")
    request = kratos.last()
    assert body_of(request) == {"session_token": "ory_st_BYE"}


# --- the old names -------------------------------------------------------------------------------------


def _deprecated_calls(kratos: MockKratos) -> dict[str, Any]:
    """Each old name, called once against mocks that let the new helper finish."""
    kratos.json("GET", "/self-service/login/api", 200, login_flow(flow_type="api", csrf=None))
    kratos.json("POST", "/self-service/login", 200, {"session": session(), "session_token": "ory_st_A"})
    kratos.json("GET", "/self-service/registration/api", 200, registration_flow(flow_type="api", csrf=None))
    kratos.json("POST", "/self-service/registration", 200, {"identity": identity()})
    kratos.json("GET", "/self-service/recovery/api", 200, recovery_flow(csrf=None))
    kratos.json("POST", "/self-service/recovery", 200, recovery_flow(csrf=None, state="sent_email"))
    kratos.json("GET", "/self-service/verification/api", 200, verification_flow(csrf=None))
    kratos.json("POST", "/self-service/verification", 200, verification_flow(csrf=None, state="sent_email"))
    kratos.json("GET", "/self-service/settings/api", 200, settings_flow(csrf=None))
    kratos.json("POST", "/self-service/settings", 200, settings_flow(csrf=None, state="success"))
    kratos.on("DELETE", "/self-service/logout/api", httpx.Response(204))
    return {
        "login_with_password": lambda o: o.login_with_password("ada@example.com", "pw"),
        "register": lambda o: o.register({"email": "ada@example.com"}, "pw"),
        "start_recovery": lambda o: o.start_recovery("ada@example.com"),
        "complete_recovery": lambda o: o.complete_recovery(new_flow_id(), "123456"),
        "verify": lambda o: o.verify("ada@example.com"),
        "complete_verification": lambda o: o.complete_verification(new_flow_id(), "123456"),
        "change_password": lambda o: o.change_password("ory_st_X", "new password 123"),
        "update_profile": lambda o: o.update_profile("ory_st_X", {"name": "Ada"}),
        "logout": lambda o: o.logout("ory_st_X"),
    }


def new_flow_id() -> str:
    return "66666666-6666-4666-8666-666666666666"


def test_every_old_name_warns_and_sends_what_the_new_one_sends(kratos: MockKratos, ory: OryClient) -> None:
    calls = _deprecated_calls(kratos)
    assert set(calls) == set(RENAMED)
    for old, call in calls.items():
        new = RENAMED[old]
        namespace, method = new.split(".")
        kratos.requests.clear()
        with pytest.warns(DeprecationWarning, match=rf"OryClient\.{old}\(\) is deprecated.*ory\.{new}\(\)"):
            old_result = call(ory)
        sent_by_old = [(r.method, r.url.path, r.content) for r in kratos.requests]
        assert sent_by_old, old
        kratos.requests.clear()
        replacement = getattr(getattr(ory, namespace), method)
        assert replacement.__name__ == method
        assert type(old_result) is type(call_new(ory, old)), old
        sent_by_new = [(r.method, r.url.path, r.content) for r in kratos.requests]
        assert sent_by_new == sent_by_old, old


def call_new(ory: OryClient, old: str) -> Any:
    return {
        "login_with_password": lambda: ory.login.with_password("ada@example.com", "pw"),
        "register": lambda: ory.registration.with_password({"email": "ada@example.com"}, "pw"),
        "start_recovery": lambda: ory.recovery.start("ada@example.com"),
        "complete_recovery": lambda: ory.recovery.complete(new_flow_id(), "123456"),
        "verify": lambda: ory.verification.start("ada@example.com"),
        "complete_verification": lambda: ory.verification.complete(new_flow_id(), "123456"),
        "change_password": lambda: ory.settings.change_password("ory_st_X", "new password 123"),
        "update_profile": lambda: ory.settings.update_traits("ory_st_X", {"name": "Ada"}),
        "logout": lambda: ory.sessions.logout("ory_st_X"),
    }[old]()


def test_the_warning_points_at_the_caller(kratos: MockKratos, ory: OryClient) -> None:
    kratos.on("DELETE", "/self-service/logout/api", httpx.Response(204))
    with pytest.warns(DeprecationWarning) as caught:
        ory.logout("ory_st_X")
    assert caught[0].filename == __file__


# --- reaching a flow kind by name ----------------------------------------------------------------------


def test_flow_by_name(ory: OryClient) -> None:
    assert ory.flow("login") is ory.login
    assert ory.flow("settings") is ory.settings
    for name in ("admin", "sessions", "browser_logout", "flow", ""):
        with pytest.raises(ValueError, match="not a self-service flow"):
            ory.flow(name)


def test_query_params_come_from_the_create_operation(ory: OryClient) -> None:
    assert set(ory.login.query_params) == {
        "return_to",
        "aal",
        "refresh",
        "login_challenge",
        "organization",
        "via",
        "identity_schema",
    }
    assert set(ory.registration.query_params) == {
        "return_to",
        "login_challenge",
        "after_verification_return_to",
        "organization",
        "identity_schema",
    }
    for name in ("recovery", "verification", "settings"):
        assert ory.flow(name).query_params == ("return_to",)


def test_submit_takes_a_generated_body_model_of_its_kind(kratos: MockKratos, ory: OryClient) -> None:
    from ory_kratos_api.models.update_login_flow_with_password_method import (
        UpdateLoginFlowWithPasswordMethod,
    )
    from ory_kratos_api.models.update_settings_flow_with_password_method import (
        UpdateSettingsFlowWithPasswordMethod,
    )

    kratos.json("POST", "/self-service/login", 200, {"session": session(), "session_token": "ory_st_M"})
    body = UpdateLoginFlowWithPasswordMethod(identifier="ada@example.com", method="password", password="pw")
    assert ory.login.submit(new_flow_id(), body).session_token == "ory_st_M"
    assert body_of(kratos.last("POST")) == {
        "identifier": "ada@example.com",
        "method": "password",
        "password": "pw",
    }
    with pytest.raises(TypeError, match="UpdateSettingsFlowWithPasswordMethod"):
        ory.login.submit(new_flow_id(), UpdateSettingsFlowWithPasswordMethod(method="password", password="x"))
    assert kratos.count("POST", "/self-service/login") == 1


# --- exchangeSessionToken, FedCM, webauthn.js ----------------------------------------------------------


def test_exchange_session_token(kratos: MockKratos, ory: OryClient) -> None:
    kratos.json("GET", "/sessions/token-exchange", 200, {"session": session(), "session_token": "ory_st_EX"})
    result = ory.login.exchange_session_token("init-code", "return-code")
    assert result.completed and result.session_token == "ory_st_EX" and result.session is not None
    assert dict(kratos.last().url.params) == {"init_code": "init-code", "return_to_code": "return-code"}
    assert "ory_st_EX" not in repr(result)


def test_exchange_session_token_is_sent_once(kratos: MockKratos, ory: OryClient) -> None:
    kratos.json("GET", "/sessions/token-exchange", 503, error_body(None, 503))
    with pytest.raises(ServerError) as caught:
        ory.login.exchange_session_token("init-code", "return-code")
    assert caught.value.status == 503
    assert kratos.count("GET", "/sessions/token-exchange") == 1


def test_exchange_session_token_needs_both_codes(kratos: MockKratos, ory: OryClient) -> None:
    for init_code, return_to_code in (("", "b"), ("a", "")):
        with pytest.raises(ValueError, match="init_code and return_to_code"):
            ory.login.exchange_session_token(init_code, return_to_code)
    assert kratos.requests == []


def test_create_fedcm_relays_the_csrf_cookie(kratos: MockKratos, ory: OryClient) -> None:
    csrf_cookie = "csrf_token_abc=COOKIEVALUE; Path=/; HttpOnly"
    kratos.json(
        "GET",
        "/self-service/fed-cm/parameters",
        200,
        {
            "csrf_token": "fedcm-csrf-secret",
            "providers": [{"client_id": "app", "config_url": "https://idp.test/fedcm.json", "nonce": "n1"}],
        },
        headers=[("set-cookie", csrf_cookie)],
    )
    params = ory.login.create_fedcm(cookie="existing=1")
    assert kratos.last().headers["cookie"] == "existing=1"
    assert params.csrf_token == "fedcm-csrf-secret"
    assert [p.config_url for p in params.providers] == ["https://idp.test/fedcm.json"]
    assert params.set_cookie == [csrf_cookie]
    shown = repr(params)
    assert "fedcm-csrf-secret" not in shown and "COOKIEVALUE" not in shown
    assert shown == "FedcmParameters(providers=1, csrf_token=<hidden>, <1 Set-Cookie header>)"


def test_submit_fedcm_signs_in(kratos: MockKratos, ory: OryClient) -> None:
    kratos.json("POST", "/self-service/fed-cm/token", 200, {"session": session()})
    result = ory.login.submit_fedcm("jwt-from-idp", csrf_token="fedcm-csrf", nonce="n1", cookie="csrf=1")
    assert result.completed and result.session is not None
    request = kratos.last()
    assert request.headers["cookie"] == "csrf=1"
    assert body_of(request) == {"csrf_token": "fedcm-csrf", "token": "jwt-from-idp", "nonce": "n1"}


def test_submit_fedcm_errors_are_typed(kratos: MockKratos, ory: OryClient) -> None:
    kratos.on(
        "POST",
        "/self-service/fed-cm/token",
        json_response(403, error_body("security_csrf_violation", 403)),
        json_response(400, login_flow(messages=[text(4000006, "The provided credentials are invalid.")])),
    )
    with pytest.raises(CSRFViolationError):
        ory.login.submit_fedcm("jwt", csrf_token="wrong")
    with pytest.raises(FlowValidationError) as caught:
        ory.login.submit_fedcm("jwt", csrf_token="ok")
    assert caught.value.message_ids == [4000006]
    assert kratos.count("POST", "/self-service/fed-cm/token") == 2  # each sent once


def test_create_fedcm_without_fedcm(kratos: MockKratos, ory: OryClient) -> None:
    kratos.on(
        "GET",
        "/self-service/fed-cm/parameters",
        httpx.Response(404, content=b"404 page not found", headers={"content-type": "text/plain"}),
    )
    with pytest.raises(NotFoundError):
        ory.login.create_fedcm()


def test_get_webauthn_javascript_returns_the_script_text(kratos: MockKratos, ory: OryClient) -> None:
    script = b";(function () { window.oryWebAuthnLogin = function () {} })()\n"
    kratos.on(
        "GET",
        "/.well-known/ory/webauthn.js",
        httpx.Response(200, content=script, headers={"content-type": "text/javascript; charset=UTF-8"}),
    )
    assert ory.get_webauthn_javascript() == script.decode()


# --- session caches hear about changes made through the client -----------------------------------------


def _cache(ory: OryClient) -> SessionCache:
    at = datetime(2026, 2, 1, 10, 0, tzinfo=UTC)  # facade_fakes' NOW: its sessions end an hour later
    return SessionCache(ory, ttl=300, now=lambda: at)


def _cached_session(kratos: MockKratos, ory: OryClient, cache: SessionCache, **credential: str) -> None:
    kratos.json("GET", "/sessions/whoami", 200, session())
    cache.whoami(**credential)
    cache.whoami(**credential)
    assert cache.misses == 1 and cache.hits == 1


def test_a_saved_settings_change_drops_the_cached_session(kratos: MockKratos, ory: OryClient) -> None:
    cache = _cache(ory)
    other = _cache(ory.with_options(max_retries=0))  # a copy's cache hears it too
    _cached_session(kratos, ory, cache, session_token="ory_st_X")
    _cached_session(kratos, ory, other, session_token="ory_st_X")
    kratos.json("GET", "/self-service/settings/api", 200, settings_flow(csrf=None))
    kratos.json("POST", "/self-service/settings", 200, settings_flow(csrf=None, state="success"))
    ory.settings.update_traits("ory_st_X", {"name": "Ada"})
    cache.whoami(session_token="ory_st_X")
    other.whoami(session_token="ory_st_X")
    assert (cache.misses, other.misses) == (2, 2)


def test_a_rejected_settings_change_keeps_the_cached_session(kratos: MockKratos, ory: OryClient) -> None:
    cache = _cache(ory)
    _cached_session(kratos, ory, cache, cookie="ory_kratos_session=s")
    rejected = settings_flow(messages=[text(4000002, "Property email is missing.")])
    kratos.json("POST", "/self-service/settings", 400, rejected)
    with pytest.raises(FlowValidationError):
        ory.settings.submit(new_flow_id(), {"method": "profile"}, cookie="ory_kratos_session=s")
    cache.whoami(cookie="ory_kratos_session=s")
    assert cache.hits == 2 and cache.misses == 1


def test_logouts_drop_the_cached_session(kratos: MockKratos, ory: OryClient) -> None:
    cache = _cache(ory)
    _cached_session(kratos, ory, cache, session_token="ory_st_X")
    kratos.on("DELETE", "/self-service/logout/api", httpx.Response(204))
    ory.sessions.logout("ory_st_X")
    kratos.routes[("GET", "/sessions/whoami")] = [json_response(401, error_body("session_inactive", 401))]
    with pytest.raises(SessionInactiveError):  # Kratos was asked: the cached copy is gone
        cache.whoami(session_token="ory_st_X")
    assert cache.misses == 2

    browser = "ory_kratos_session=b"
    kratos.routes[("GET", "/sessions/whoami")] = [json_response(200, session())]
    cache.whoami(cookie=browser)
    assert cache.backend.get(cache.key(cookie=browser) or "") is not None
    kratos.json("GET", "/self-service/logout/browser", 200, {"logout_url": "x", "logout_token": "ory_lo_T"})
    kratos.on("GET", "/self-service/logout", httpx.Response(204))
    ory.browser_logout.logout(cookie=browser)
    assert cache.backend.get(cache.key(cookie=browser) or "") is None


def test_a_cache_nobody_holds_is_not_kept_alive_by_the_client(ory: OryClient) -> None:
    listeners = ory._credential_listeners
    before = len(listeners)
    cache = SessionCache(ory, ttl=300)
    assert len(listeners) == before + 1
    del cache
    gc.collect()
    assert len(listeners) == before

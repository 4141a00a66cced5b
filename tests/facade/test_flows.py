"""Browser and native flow primitives against a mock Kratos: create, get, submit, restart, continue_with."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from facade_fakes import (
    PUBLIC,
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
from ory_kratos_api.models.login_flow import LoginFlow

from ory_facade import (
    BrowserLocationChangeRequiredError,
    CSRFViolationError,
    FlowExpiredError,
    FlowReplacedError,
    FlowValidationError,
    OryClient,
    ReturnToForbiddenError,
    SessionAlreadyAvailableError,
    SessionRefreshRequiredError,
)
from ory_facade.continue_with import ContinueWith, choose_next_step, parse_continue_with

SESSION_COOKIE = (
    "ory_kratos_session=SESSIONVALUE; Path=/; Expires=Wed, 21 Oct 2026 07:28:00 GMT; HttpOnly; SameSite=Lax"
)
CSRF_COOKIE = (
    "csrf_token_806060ca=CSRFCOOKIE; Path=/; Expires=Thu, 22 Oct 2026 07:28:00 GMT; HttpOnly; Secure"
)


def test_create_browser_login_forwards_cookie_and_query(kratos: MockKratos, ory: OryClient) -> None:
    flow = login_flow()
    kratos.json("GET", "/self-service/login/browser", 200, flow, headers=[("set-cookie", CSRF_COOKIE)])
    result = ory.login.create_browser(
        cookie="csrf_token_806060ca=old; ory_kratos_session=s",
        return_to="https://app.test/after",
        aal="aal2",
        refresh=True,
        login_challenge="challenge-1",
        identity_schema="customer",
        organization="org-1",
        via="email",
    )
    request = kratos.last()
    assert request.headers["cookie"] == "csrf_token_806060ca=old; ory_kratos_session=s"
    assert dict(request.url.params) == {
        "return_to": "https://app.test/after",
        "aal": "aal2",
        "refresh": "true",
        "login_challenge": "challenge-1",
        "identity_schema": "customer",
        "organization": "org-1",
        "via": "email",
    }
    assert result.id == flow["id"]
    assert result.csrf_token == "csrf-token-value"
    assert result.set_cookie == [CSRF_COOKIE]


def test_create_browser_registration_relays_every_set_cookie_unmerged(
    kratos: MockKratos, ory: OryClient
) -> None:
    second = "csrf_token_other=X; Path=/; Expires=Fri, 23 Oct 2026 07:28:00 GMT"
    kratos.json(
        "GET",
        "/self-service/registration/browser",
        200,
        registration_flow(),
        headers=[("set-cookie", CSRF_COOKIE), ("set-cookie", second)],
    )
    result = ory.registration.create_browser(cookie="a=b", return_to="https://app.test/welcome")
    assert result.set_cookie == [CSRF_COOKIE, second]
    # The spec declares no Cookie parameter here, but Kratos reads it (already-signed-in check, CSRF reuse).
    assert kratos.last().headers["cookie"] == "a=b"
    assert kratos.last().url.params["return_to"] == "https://app.test/welcome"


def test_create_browser_flow_when_signed_in(kratos: MockKratos, ory: OryClient) -> None:
    kratos.json("GET", "/self-service/login/browser", 400, error_body("session_already_available", 400))
    with pytest.raises(SessionAlreadyAvailableError):
        ory.login.create_browser(cookie="ory_kratos_session=s")


def test_get_flow_forwards_cookie(kratos: MockKratos, ory: OryClient) -> None:
    flow = recovery_flow(flow_type="browser")
    kratos.json("GET", "/self-service/recovery/flows", 200, flow)
    result = ory.recovery.get(flow["id"], cookie="csrf_token_x=1")
    assert kratos.last().url.params["id"] == flow["id"]
    assert kratos.last().headers["cookie"] == "csrf_token_x=1"
    assert str(result.flow.id) == flow["id"]


def test_get_flow_csrf_violation(kratos: MockKratos, ory: OryClient) -> None:
    body = error_body(
        "security_csrf_violation", 403, details={"reject_reason": "The HTTP Cookie Header was not set."}
    )
    kratos.json("GET", "/self-service/login/flows", 403, body)
    with pytest.raises(CSRFViolationError) as caught:
        ory.login.get("f-1")
    assert caught.value.details["reject_reason"].startswith("The HTTP Cookie")


def test_browser_url_for_redirect_pattern() -> None:
    client = OryClient("http://kratos:4433", browser_url="https://example.com/.ory/")
    url = client.login.browser_url(return_to="https://example.com/x", refresh=True, aal=None)
    parts = urlsplit(url)
    assert url.startswith("https://example.com/.ory/self-service/login/browser?")
    assert parse_qs(parts.query) == {"return_to": ["https://example.com/x"], "refresh": ["true"]}
    client.close()


# --- submit -------------------------------------------------------------------------------------------
def test_browser_login_submit_success(kratos: MockKratos, ory: OryClient) -> None:
    flow = ory_flow = login_flow()
    doc = session()
    success = {
        "session": doc,
        "continue_with": [{"action": "redirect_browser_to", "redirect_browser_to": "https://app.test/home"}],
    }
    kratos.json(
        "POST",
        "/self-service/login",
        200,
        success,
        headers=[("set-cookie", SESSION_COOKIE), ("set-cookie", CSRF_COOKIE)],
    )
    kratos.json("GET", "/self-service/login/flows", 200, ory_flow)
    fetched = ory.login.get(flow["id"], cookie="csrf_token_806060ca=CSRFCOOKIE").flow
    result = ory.login.submit(
        fetched,
        {"method": "password", "identifier": "ada@example.com", "password": "pw"},
        cookie="csrf_token_806060ca=CSRFCOOKIE",
    )
    request = kratos.last("POST")
    assert request.url.params["flow"] == flow["id"]
    assert request.headers["content-type"] == "application/json"
    assert request.headers["cookie"] == "csrf_token_806060ca=CSRFCOOKIE"
    assert body_of(request) == {
        "method": "password",
        "identifier": "ada@example.com",
        "password": "pw",
        # Not copied from the flow's hidden input: the token must come from the browser's own post,
        # or the server would vouch for a cross-site request.
    }
    assert result.completed
    assert result.session is not None and str(result.session.id) == doc["id"]
    assert result.session_token is None
    assert result.set_cookie == [SESSION_COOKIE, CSRF_COOKIE]
    assert result.next_step is not None and result.next_step.redirect_browser_to == "https://app.test/home"


def test_submit_with_explicit_csrf_token_and_flow_id(kratos: MockKratos, ory: OryClient) -> None:
    kratos.json("POST", "/self-service/login", 200, {"session": session()})
    ory.login.submit("f-9", {"method": "password", "csrf_token": "from-form"}, csrf_token="explicit")
    assert body_of(kratos.last())["csrf_token"] == "explicit"
    ory.login.submit("f-9", {"method": "password", "csrf_token": "from-form"})
    assert body_of(kratos.last())["csrf_token"] == "from-form"


def test_submit_validation_error_carries_flow_and_messages(kratos: MockKratos, ory: OryClient) -> None:
    rejected = login_flow(
        messages=[text(4000006, "The provided credentials are invalid, check for spelling mistakes.")],
        nodes=[
            input_node("identifier", value="ada@example.com", required=True),
            input_node(
                "password",
                type="password",
                group="password",
                messages=[text(4000002, "Property password is missing.")],
            ),
        ],
    )
    kratos.json("POST", "/self-service/login", 400, rejected)
    with pytest.raises(FlowValidationError) as caught:
        ory.login.submit(
            rejected["id"], {"method": "password", "identifier": "ada@example.com", "password": "x"}
        )
    error = caught.value
    assert str(error.flow.id) == rejected["id"]
    assert error.message_ids == [4000006, 4000002]
    assert [(m.id, m.node) for m in error.messages] == [(4000006, None), (4000002, "password")]
    assert error.status == 400
    assert "4000006" in str(error)


def test_multi_step_400_is_not_an_error(kratos: MockKratos, ory: OryClient) -> None:
    # Code login: the first submission sends a code; Kratos answers 400 with the flow and an info message.
    step = login_flow(
        state="sent_email",
        messages=[
            text(
                1010014, "An email containing a code has been sent to the email address you provided.", "info"
            )
        ],
        nodes=[input_node("code", group="code", required=True)],
    )
    kratos.json("POST", "/self-service/login", 400, step)
    result = ory.login.submit(step["id"], {"method": "code", "identifier": "ada@example.com"})
    assert not result.completed
    assert result.flow is not None and result.flow.state == "sent_email"
    assert result.status == 400
    assert result.session is None


def test_registration_code_sent_is_a_next_step(kratos: MockKratos, ory: OryClient) -> None:
    step = registration_flow(
        state="sent_email", messages=[text(1040005, "A registration code has been sent.", "info")]
    )
    kratos.json("POST", "/self-service/registration", 400, step)
    result = ory.registration.submit(step["id"], {"method": "code", "traits": {"email": "a@b.c"}})
    assert not result.completed and result.flow is not None


def test_submit_400_generic_error_is_not_mistaken_for_a_flow(kratos: MockKratos, ory: OryClient) -> None:
    kratos.json(
        "POST", "/self-service/login", 400, error_body(None, 400, "The flow query parameter is missing")
    )
    from ory_facade import BadRequestError

    with pytest.raises(BadRequestError):
        ory.login.submit("f", {"method": "password"})


def test_submit_expired_then_restart_with_use_flow_id(kratos: MockKratos, ory: OryClient) -> None:
    new_flow = login_flow()
    kratos.json(
        "POST",
        "/self-service/login",
        410,
        error_body(
            "self_service_flow_expired", 410, use_flow_id=new_flow["id"], expired_at="2026-02-01T09:00:00Z"
        ),
    )
    kratos.json("GET", "/self-service/login/flows", 200, new_flow)
    with pytest.raises(FlowExpiredError) as caught:
        ory.login.submit("old", {"method": "password"}, cookie="c=1")
    restarted = ory.login.restart(caught.value, cookie="c=1")
    assert restarted.id == new_flow["id"]
    assert kratos.last().url.params["id"] == new_flow["id"]
    assert kratos.last().headers["cookie"] == "c=1"


def test_replaced_flow_restart(kratos: MockKratos, ory: OryClient) -> None:
    replacement = settings_flow(flow_type="browser")
    kratos.json(
        "POST",
        "/self-service/settings",
        410,
        error_body("self_service_flow_replaced", 410, use_flow_id=replacement["id"]),
    )
    kratos.json("GET", "/self-service/settings/flows", 200, replacement)
    with pytest.raises(FlowReplacedError) as caught:
        ory.settings.submit("old", {"method": "profile"}, cookie="c=1")
    assert ory.settings.restart(caught.value, cookie="c=1").id == replacement["id"]


def test_restart_keeps_the_original_query_from_request_url(kratos: MockKratos, ory: OryClient) -> None:
    old = login_flow(
        request_url=f"{PUBLIC}/self-service/login/browser?return_to=https%3A%2F%2Fapp.test%2Fx&aal=aal2&refresh=true&via=email&utm=ignored"
    )
    kratos.json("GET", "/self-service/login/browser", 200, login_flow())
    ory.login.restart(LoginFlow.from_dict(old), cookie="c=1")
    request = kratos.last()
    assert request.url.path == "/self-service/login/browser"
    assert dict(request.url.params) == {
        "return_to": "https://app.test/x",
        "aal": "aal2",
        "refresh": "true",
        "via": "email",
    }


def test_restart_after_validation_error_uses_the_flow(kratos: MockKratos, ory: OryClient) -> None:
    old = registration_flow(
        request_url=f"{PUBLIC}/self-service/registration/browser?return_to=https%3A%2F%2Fapp.test%2Fw",
        messages=[text(4000007, "An account with the same identifier exists already.")],
    )
    kratos.json("POST", "/self-service/registration", 400, old)
    kratos.json("GET", "/self-service/registration/browser", 200, registration_flow())
    with pytest.raises(FlowValidationError) as caught:
        ory.registration.submit(old["id"], {"method": "password"})
    ory.registration.restart(caught.value, cookie="c=1")
    assert kratos.last().url.params["return_to"] == "https://app.test/w"


def test_restart_without_flow_uses_the_given_query(kratos: MockKratos, ory: OryClient) -> None:
    kratos.json("GET", "/self-service/login/browser", 200, login_flow())
    error = FlowExpiredError(reason="expired")
    ory.login.restart(error, cookie="c=1", query={"return_to": "https://app.test/q", "flow": "old"})
    assert dict(kratos.last().url.params) == {"return_to": "https://app.test/q"}


def test_restart_after_forbidden_return_to_drops_it(kratos: MockKratos, ory: OryClient) -> None:
    kratos.json("GET", "/self-service/login/browser", 200, login_flow())
    error = ReturnToForbiddenError(reason="Requested return_to URL is not allowed.")
    ory.login.restart(error, query={"return_to": "https://evil.test", "aal": "aal2"})
    assert dict(kratos.last().url.params) == {"aal": "aal2"}


def test_restart_of_a_native_flow_creates_a_native_flow(kratos: MockKratos, ory: OryClient) -> None:
    old = login_flow(flow_type="api", request_url=f"{PUBLIC}/self-service/login/api?refresh=true")
    kratos.json("GET", "/self-service/login/api", 200, login_flow(flow_type="api"))
    ory.login.restart(LoginFlow.from_dict(old), session_token="tok")
    assert kratos.last().url.path == "/self-service/login/api"
    assert kratos.last().url.params["refresh"] == "true"
    assert kratos.last().headers["x-session-token"] == "tok"


def test_browser_location_change_required(kratos: MockKratos, ory: OryClient) -> None:
    target = f"{PUBLIC}/self-service/methods/oidc/auth/flow?provider=github"
    kratos.json(
        "POST",
        "/self-service/login",
        422,
        error_body("browser_location_change_required", 422, redirect_browser_to=target),
        headers=[("set-cookie", CSRF_COOKIE)],
    )
    with pytest.raises(BrowserLocationChangeRequiredError) as caught:
        ory.login.submit("f", {"method": "oidc", "provider": "github"}, cookie="c=1")
    assert caught.value.redirect_browser_to == target
    assert caught.value.response is not None
    assert caught.value.response.headers.get_list("set-cookie") == [CSRF_COOKIE]


def test_settings_privileged_change_needs_refresh(kratos: MockKratos, ory: OryClient) -> None:
    redirect = f"{PUBLIC}/self-service/login/browser?refresh=true&return_to=x"
    kratos.json(
        "POST",
        "/self-service/settings",
        403,
        error_body("session_refresh_required", 403, redirect_browser_to=redirect),
    )
    with pytest.raises(SessionRefreshRequiredError) as caught:
        ory.settings.submit("f", {"method": "password", "password": "new"}, cookie="c=1")
    assert caught.value.redirect_browser_to == redirect


def test_settings_success_state_completes(kratos: MockKratos, ory: OryClient) -> None:
    done = settings_flow(
        flow_type="browser",
        state="success",
        messages=[text(1050001, "Your changes have been saved!", "info")],
        continue_with=[{"action": "redirect_browser_to", "redirect_browser_to": "https://app.test/settings"}],
    )
    kratos.json("POST", "/self-service/settings", 200, done, headers=[("set-cookie", SESSION_COOKIE)])
    result = ory.settings.submit(
        done["id"], {"method": "profile", "traits": {"email": "x@y.z"}}, cookie="c=1"
    )
    assert result.completed
    assert result.set_cookie == [SESSION_COOKIE]
    assert result.next_step is not None and result.next_step.action == "redirect_browser_to"


def test_recovery_wrong_code_answered_200_is_a_validation_error(kratos: MockKratos, ory: OryClient) -> None:
    flow = recovery_flow(
        state="sent_email",
        messages=[text(4060006, "The recovery code is invalid or has already been used. Please try again.")],
    )
    kratos.json("POST", "/self-service/recovery", 200, flow)
    with pytest.raises(FlowValidationError) as caught:
        ory.recovery.submit(flow["id"], {"method": "code", "code": "000000"})
    assert caught.value.message_ids == [4060006]
    assert caught.value.status == 200


def test_verification_sent_email_is_not_completed(kratos: MockKratos, ory: OryClient) -> None:
    flow = verification_flow(
        state="sent_email", messages=[text(1080003, "An email containing a code has been sent.", "info")]
    )
    kratos.json("POST", "/self-service/verification", 200, flow)
    result = ory.verification.submit(flow["id"], {"method": "code", "email": "a@b.c"})
    assert not result.completed
    assert result.flow is not None and result.flow.state == "sent_email"


def test_unknown_node_types_and_actions_parse(kratos: MockKratos, ory: OryClient) -> None:
    flow = login_flow()
    flow["ui"]["nodes"].append(
        {
            "type": "hologram",
            "group": "future_group",
            "attributes": {"node_type": "hologram", "beam": 3},
            "messages": [],
            "meta": {},
        }
    )
    kratos.json("GET", "/self-service/login/flows", 200, flow)
    fetched = ory.login.get(flow["id"]).flow
    assert fetched.ui.nodes is not None and fetched.ui.nodes[-1].group == "future_group"


def test_flow_with_null_nodes_parses(kratos: MockKratos, ory: OryClient) -> None:
    flow = login_flow(flow_type="api", csrf=None)
    flow["ui"]["nodes"] = None
    kratos.json("GET", "/self-service/login/flows", 200, flow)
    assert ory.login.get(flow["id"]).csrf_token is None


# --- continue_with ------------------------------------------------------------------------------------
ALL_ACTIONS = [
    {"action": "set_ory_session_token", "ory_session_token": "ory_st_SECRET"},
    {"action": "redirect_browser_to", "redirect_browser_to": "https://app.test/"},
    {
        "action": "show_verification_ui",
        "flow": {"id": "11111111-1111-4111-8111-111111111111", "verifiable_address": "a@b.c"},
    },
    {"action": "show_recovery_ui", "flow": {"id": "22222222-2222-4222-8222-222222222222"}},
    {
        "action": "show_settings_ui",
        "flow": {"id": "33333333-3333-4333-8333-333333333333", "url": "https://ui.test/settings?flow=3"},
    },
    {"action": "show_pin_entry_ui", "pin": {"length": 4}},
]


@pytest.mark.parametrize(
    ("present", "expected"),
    [
        (ALL_ACTIONS, "show_settings_ui"),
        (ALL_ACTIONS[:4] + ALL_ACTIONS[5:], "show_recovery_ui"),
        (ALL_ACTIONS[:3] + ALL_ACTIONS[5:], "show_verification_ui"),
        (ALL_ACTIONS[:2] + ALL_ACTIONS[5:], "redirect_browser_to"),
        (ALL_ACTIONS[:1] + ALL_ACTIONS[5:], "set_ory_session_token"),
        (ALL_ACTIONS[5:], None),
    ],
)
def test_next_step_priority(present: list[dict[str, object]], expected: str | None) -> None:
    for order in (present, list(reversed(present))):
        items = parse_continue_with(order)
        step = choose_next_step(items)
        assert (step.action if step else None) == expected
        assert len(items) == len(order)  # unknown actions are kept


def test_continue_with_fields_and_unknown_data() -> None:
    items = parse_continue_with([*ALL_ACTIONS, "garbage", {"no_action": 1}])
    by_action = {item.action: item for item in items}
    assert by_action["show_settings_ui"].flow_url == "https://ui.test/settings?flow=3"
    assert by_action["set_ory_session_token"].session_token == "ory_st_SECRET"
    assert not by_action["show_pin_entry_ui"].is_known
    assert by_action["show_pin_entry_ui"].data["pin"] == {"length": 4}
    assert "SECRET" not in repr(items)
    assert parse_continue_with(None) == []
    assert isinstance(items[0], ContinueWith)


def test_native_login_success_continue_with_token(kratos: MockKratos, ory: OryClient) -> None:
    kratos.json("POST", "/self-service/login", 200, {"session": session(), "session_token": "ory_st_TOKEN"})
    result = ory.login.submit("f", {"method": "password"})
    assert result.session_token == "ory_st_TOKEN"
    assert "ory_st_TOKEN" not in repr(result)
    assert "session_token=<hidden>" in repr(result)


def test_result_repr_hides_cookies_and_csrf(kratos: MockKratos, ory: OryClient) -> None:
    kratos.json(
        "GET",
        "/self-service/login/browser",
        200,
        login_flow(csrf="CSRFSECRET"),
        headers=[("set-cookie", CSRF_COOKIE)],
    )
    result = ory.login.create_browser()
    assert "CSRFSECRET" not in repr(result)
    assert "CSRFCOOKIE" not in repr(result)
    assert "1 Set-Cookie header" in repr(result)


# --- browser logout -----------------------------------------------------------------------------------
def test_browser_logout_relays_the_clearing_cookie(kratos: MockKratos, ory: OryClient) -> None:
    clear = "ory_kratos_session=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0"
    kratos.json(
        "GET",
        "/self-service/logout/browser",
        200,
        {"logout_url": f"{PUBLIC}/self-service/logout?token=LOGOUTTOKEN", "logout_token": "LOGOUTTOKEN"},
    )
    kratos.on("GET", "/self-service/logout", httpx.Response(204, headers=[("set-cookie", clear)]))
    result = ory.browser_logout.logout(cookie="ory_kratos_session=s", return_to="https://app.test/bye")
    create, perform = kratos.requests
    assert create.headers["cookie"] == "ory_kratos_session=s"
    assert perform.url.params["token"] == "LOGOUTTOKEN"
    assert perform.url.params["return_to"] == "https://app.test/bye"
    assert result.set_cookie == [clear]
    assert result.return_to == "https://app.test/bye"


def test_browser_logout_when_signed_out(kratos: MockKratos, ory: OryClient) -> None:
    from ory_facade import UnauthorizedError

    kratos.json("GET", "/self-service/logout/browser", 401, error_body(None, 401, "No active session"))
    with pytest.raises(UnauthorizedError):
        ory.browser_logout.create(cookie="x=y")


def test_registration_success_with_session(kratos: MockKratos, ory: OryClient) -> None:
    ident = identity(email="new@example.com")
    body = {
        "identity": ident,
        "session": session(identity_doc=ident),
        "continue_with": [
            {
                "action": "show_verification_ui",
                "flow": {
                    "id": "44444444-4444-4444-8444-444444444444",
                    "verifiable_address": "new@example.com",
                },
            }
        ],
    }
    kratos.json("POST", "/self-service/registration", 200, body, headers=[("set-cookie", SESSION_COOKIE)])
    result = ory.registration.submit(
        "f", {"method": "password", "traits": {"email": "new@example.com"}, "password": "pw"}
    )
    assert result.completed and result.identity is not None
    assert result.session is not None
    assert result.next_step is not None and result.next_step.flow_id == "44444444-4444-4444-8444-444444444444"
    assert result.set_cookie == [SESSION_COOKIE]


def test_submit_response_that_is_neither_flow_nor_success(kratos: MockKratos, ory: OryClient) -> None:
    from ory_facade import OryResponseError

    kratos.json("POST", "/self-service/login", 200, {"surprise": True})
    with pytest.raises(OryResponseError):
        ory.login.submit("f", {"method": "password"})
    kratos.routes.clear()
    kratos.on("POST", "/self-service/login", json_response(400, ["not", "an", "object"]))
    from ory_facade import BadRequestError

    with pytest.raises(BadRequestError):
        ory.login.submit("f", {"method": "password"})


def test_create_browser_from_query_forwards_only_known_parameters(kratos: MockKratos, ory: OryClient) -> None:
    kratos.json("GET", "/self-service/login/browser", 200, login_flow())
    incoming = {
        "return_to": "https://app.test/x",
        "refresh": "true",
        "aal": "",
        "utm_source": "mail",
        "flow": "f",
    }
    ory.login.create_browser_from_query(incoming, cookie="c=1")
    request = kratos.last()
    assert dict(request.url.params) == {"return_to": "https://app.test/x", "refresh": "true"}
    assert request.headers["cookie"] == "c=1"


def test_create_browser_from_query_for_registration(kratos: MockKratos, ory: OryClient) -> None:
    kratos.json("GET", "/self-service/registration/browser", 200, registration_flow())
    query = {"after_verification_return_to": "https://app.test/v", "aal": "aal2"}
    ory.registration.create_browser_from_query(query)
    assert dict(kratos.last().url.params) == {"after_verification_return_to": "https://app.test/v"}

"""Login flows against the fake Kratos, driven with plain httpx."""

from __future__ import annotations

import re
from typing import Any

import httpx

from ory_facade.testing import FakeKratos

from .support import (
    EMAIL,
    PASSWORD,
    csrf_of,
    location,
    message_ids,
    native_login,
    node,
    node_message_ids,
    query_of,
    set_cookie_named,
    set_cookies,
    spa_login,
)


def test_native_login_returns_a_session_token_that_whoami_accepts(
    fake_kratos: FakeKratos, api: httpx.Client, user: dict[str, Any]
) -> None:
    created = api.get("/self-service/login/api")
    assert created.status_code == 200
    assert not set_cookies(created)
    flow = created.json()
    assert flow["type"] == "api"
    assert flow["state"] == "choose_method"
    assert flow["requested_aal"] == "aal1"
    assert flow["ui"]["method"] == "POST"
    assert flow["ui"]["action"] == f"{fake_kratos.public_url}/self-service/login?flow={flow['id']}"
    # Strategies set the CSRF node on every flow; API routes skip nosurf, so its value is empty.
    assert node(flow, "csrf_token")["attributes"]["value"] == ""  # type: ignore[index]
    assert node(flow, "identifier")["attributes"]["required"] is True  # type: ignore[index]
    assert node(flow, "password")["group"] == "password"  # type: ignore[index]
    assert node(flow, "method", "password") is not None

    body = native_login(api)
    assert set(body) == {"session", "session_token", "continue_with"}
    assert body["continue_with"] is None  # no omitempty in Kratos' APIFlowResponse
    session = body["session"]
    assert session["active"] is True
    assert session["identity"]["id"] == user["id"]
    assert session["authenticator_assurance_level"] == "aal1"
    assert [m["method"] for m in session["authentication_methods"]] == ["password"]

    whoami = api.get("/sessions/whoami", headers={"X-Session-Token": body["session_token"]})
    assert whoami.status_code == 200
    assert whoami.json()["id"] == session["id"]
    assert whoami.headers["X-Kratos-Authenticated-Identity-Id"] == user["id"]
    bearer = api.get("/sessions/whoami", headers={"Authorization": f"Bearer {body['session_token']}"})
    assert bearer.status_code == 200


def test_wrong_password_is_a_400_flow_with_message_4000006(api: httpx.Client, user: dict[str, Any]) -> None:
    flow = api.get("/self-service/login/api").json()
    response = api.post(
        f"/self-service/login?flow={flow['id']}",
        json={"method": "password", "identifier": EMAIL, "password": "not the password"},
    )
    assert response.status_code == 400
    body = response.json()
    assert body["id"] == flow["id"]
    assert message_ids(body) == [4000006]
    assert body["ui"]["messages"][0]["type"] == "error"
    assert body["ui"]["messages"][0]["text"].startswith("The provided credentials are invalid")
    assert node(body, "identifier")["attributes"]["value"] == EMAIL  # type: ignore[index]
    assert "value" not in node(body, "password")["attributes"]  # type: ignore[index]
    # Unknown identifiers look exactly the same (no account enumeration).
    other = api.post(
        f"/self-service/login?flow={flow['id']}",
        json={"method": "password", "identifier": "nobody@example.com", "password": "whatever123"},
    )
    assert other.status_code == 400
    assert message_ids(other.json()) == [4000006]


def test_missing_fields_are_reported_on_their_nodes(api: httpx.Client, user: dict[str, Any]) -> None:
    flow = api.get("/self-service/login/api").json()
    response = api.post(f"/self-service/login?flow={flow['id']}", json={"method": "password"})
    assert response.status_code == 400
    body = response.json()
    assert node_message_ids(body, "identifier") == [4000002]
    assert node_message_ids(body, "password") == [4000002]
    assert node(body, "password")["messages"][0]["context"] == {"property": "password"}  # type: ignore[index]
    unknown = api.post(f"/self-service/login?flow={flow['id']}", json={"method": "magic"})
    assert unknown.status_code == 400
    assert message_ids(unknown.json()) == [4010002]


def test_spa_login_sets_anti_csrf_and_session_cookies(
    fake_kratos: FakeKratos, spa: httpx.Client, user: dict[str, Any]
) -> None:
    created = spa.get("/self-service/login/browser", params={"return_to": "http://127.0.0.1:4455/dashboard"})
    assert created.status_code == 200
    csrf_cookie = set_cookie_named(created, "csrf_token_")
    assert re.match(r"^csrf_token_[0-9a-f]{64}=", csrf_cookie)
    assert csrf_cookie.split("=", 1)[0] == fake_kratos.csrf_cookie_name
    assert "HttpOnly" in csrf_cookie
    assert "SameSite=Lax" in csrf_cookie
    assert "Path=/" in csrf_cookie
    flow = created.json()
    assert flow["type"] == "browser"
    assert flow["return_to"] == "http://127.0.0.1:4455/dashboard"
    csrf_node = node(flow, "csrf_token")
    assert csrf_node is not None
    assert csrf_node["group"] == "default"
    assert csrf_node["attributes"]["type"] == "hidden"
    # The node holds a masked token, not the cookie's value.
    assert csrf_node["attributes"]["value"] not in csrf_cookie

    response = spa.post(
        f"/self-service/login?flow={flow['id']}",
        json={"method": "password", "identifier": EMAIL, "password": PASSWORD, "csrf_token": csrf_of(flow)},
    )
    assert response.status_code == 200
    body = response.json()
    assert "session_token" not in body
    assert body["session"]["identity"]["id"] == user["id"]
    assert body["continue_with"] == [
        {"action": "redirect_browser_to", "redirect_browser_to": "http://127.0.0.1:4455/dashboard"}
    ]
    cookies = set_cookies(response)
    assert len(cookies) == 2
    session_cookie = set_cookie_named(response, "ory_kratos_session=")
    assert "HttpOnly" in session_cookie
    assert "SameSite=Lax" in session_cookie
    assert "Max-Age=" in session_cookie
    set_cookie_named(response, "csrf_token_")
    assert spa.get("/sessions/whoami").status_code == 200


def test_form_browser_login_redirects_to_ui_and_return_to(
    fake_kratos: FakeKratos, browser: httpx.Client, user: dict[str, Any]
) -> None:
    created = browser.get("/self-service/login/browser", params={"return_to": "http://127.0.0.1:4455/after"})
    target = location(created)
    assert target.startswith(fake_kratos.config.ui("login") + "?flow=")
    flow_id = query_of(target)["flow"]
    flow = browser.get("/self-service/login/flows", params={"id": flow_id})
    assert flow.status_code == 200
    wrong = browser.post(
        f"/self-service/login?flow={flow_id}",
        data={
            "method": "password",
            "identifier": EMAIL,
            "password": "wrong",
            "csrf_token": csrf_of(flow.json()),
        },
    )
    assert location(wrong) == fake_kratos.config.ui("login") + f"?flow={flow_id}"
    assert message_ids(browser.get("/self-service/login/flows", params={"id": flow_id}).json()) == [4000006]
    ok = browser.post(
        f"/self-service/login?flow={flow_id}",
        data={
            "method": "password",
            "identifier": EMAIL,
            "password": PASSWORD,
            "csrf_token": csrf_of(flow.json()),
        },
    )
    assert location(ok) == "http://127.0.0.1:4455/after"
    set_cookie_named(ok, "ory_kratos_session=")
    # A signed-in browser asking for login again is sent to the default return URL.
    again = browser.get("/self-service/login/browser")
    assert location(again) == fake_kratos.config.default_return_url


def test_csrf_mismatch_is_403_security_csrf_violation(spa: httpx.Client, user: dict[str, Any]) -> None:
    flow = spa.get("/self-service/login/browser").json()
    other = spa.get("/self-service/login/browser").json()
    # Same cookie, token of another flow: still valid (tokens are masks of the same secret).
    fine = spa.post(
        f"/self-service/login?flow={flow['id']}",
        json={"method": "password", "identifier": EMAIL, "password": "nope", "csrf_token": csrf_of(other)},
    )
    assert fine.status_code == 400
    bad = spa.post(
        f"/self-service/login?flow={flow['id']}",
        json={
            "method": "password",
            "identifier": EMAIL,
            "password": PASSWORD,
            "csrf_token": "AAAA" + "A" * 84,
        },
    )
    assert bad.status_code == 403
    error = bad.json()["error"]
    assert error["id"] == "security_csrf_violation"
    assert error["code"] == 403
    assert error["status"] == "Forbidden"
    assert "do not match" in error["details"]["reject_reason"]
    missing = spa.post(
        f"/self-service/login?flow={flow['id']}",
        json={"method": "password", "identifier": EMAIL, "password": PASSWORD},
    )
    assert missing.status_code == 403
    # v26.2.0 CSRFErrorReason only tells "token not sent" for non-JSON bodies; JSON ones read as a mismatch.
    assert "do not match" in missing.json()["error"]["details"]["reject_reason"]
    form_missing = spa.post(
        f"/self-service/login?flow={flow['id']}",
        data={"method": "password", "identifier": EMAIL, "password": PASSWORD},
    )
    assert form_missing.status_code == 403
    assert "csrf_token" in form_missing.json()["error"]["details"]["hint"]
    spa.cookies.clear()
    no_cookie = spa.post(
        f"/self-service/login?flow={flow['id']}",
        json={"method": "password", "identifier": EMAIL, "password": PASSWORD, "csrf_token": csrf_of(flow)},
    )
    assert no_cookie.status_code == 403
    assert (
        no_cookie.json()["error"]["details"]["reject_reason"] == "The HTTP Cookie Header is empty or not set."
    )
    # Fetching a browser flow needs the anti-CSRF cookie too.
    fetched = spa.get("/self-service/login/flows", params={"id": flow["id"]})
    assert fetched.status_code == 403
    assert fetched.json()["error"]["id"] == "security_csrf_violation"


def test_form_csrf_violation_redirects_to_the_error_ui(
    fake_kratos: FakeKratos, browser: httpx.Client, api: httpx.Client, user: dict[str, Any]
) -> None:
    flow_id = query_of(location(browser.get("/self-service/login/browser")))["flow"]
    response = browser.post(
        f"/self-service/login?flow={flow_id}",
        data={"method": "password", "identifier": EMAIL, "password": PASSWORD, "csrf_token": "forged"},
    )
    target = location(response)
    assert target.startswith(fake_kratos.config.ui("error") + "?id=")
    stored = api.get("/self-service/errors", params={"id": query_of(target)["id"]})
    assert stored.status_code == 200
    assert stored.json()["error"]["id"] == "security_csrf_violation"
    assert stored.json()["error"]["code"] == 403
    assert api.get("/self-service/errors", params={"id": "nope"}).status_code == 404


def test_signed_in_user_gets_session_already_available(api: httpx.Client, user: dict[str, Any]) -> None:
    token = native_login(api)["session_token"]
    response = api.get("/self-service/login/api", headers={"X-Session-Token": token})
    assert response.status_code == 400
    assert response.json()["error"]["id"] == "session_already_available"
    registration = api.get("/self-service/registration/api", headers={"X-Session-Token": token})
    assert registration.status_code == 400
    assert registration.json()["error"]["id"] == "session_already_available"
    refresh = api.get(
        "/self-service/login/api", params={"refresh": "true"}, headers={"X-Session-Token": token}
    )
    assert refresh.status_code == 200


def test_refresh_login_keeps_the_session_and_renews_authenticated_at(
    fake_kratos: FakeKratos, api: httpx.Client, user: dict[str, Any]
) -> None:
    first = native_login(api)
    token = first["session_token"]
    fake_kratos.advance_clock(120)
    flow = api.get(
        "/self-service/login/api", params={"refresh": "true"}, headers={"X-Session-Token": token}
    ).json()
    assert flow["refresh"] is True
    assert message_ids(flow) == [1010003]
    assert node(flow, "identifier")["attributes"] == {  # type: ignore[index]
        "name": "identifier",
        "type": "hidden",
        "value": EMAIL,
        "disabled": False,
        "node_type": "input",
    }
    response = api.post(
        f"/self-service/login?flow={flow['id']}",
        json={"method": "password", "identifier": EMAIL, "password": PASSWORD},
        headers={"X-Session-Token": token},
    )
    assert response.status_code == 200
    session = response.json()["session"]
    assert session["id"] == first["session"]["id"]
    assert session["authenticated_at"] > first["session"]["authenticated_at"]
    assert len(session["authentication_methods"]) == 2


def test_expired_flow_submit_is_410_with_a_fresh_flow(fake_kratos: FakeKratos, api: httpx.Client) -> None:
    flow = api.get("/self-service/login/api").json()
    fake_kratos.advance_clock(fake_kratos.config.flow_lifespan + 60)
    response = api.post(
        f"/self-service/login?flow={flow['id']}",
        json={"method": "password", "identifier": EMAIL, "password": PASSWORD},
    )
    assert response.status_code == 410
    body = response.json()
    assert body["error"]["id"] == "self_service_flow_expired"
    assert body["error"]["code"] == 410
    assert body["expired_at"] == flow["expires_at"]
    assert body["since"] >= 60 * 10**9
    fresh = api.get("/self-service/login/flows", params={"id": body["use_flow_id"]})
    assert fresh.status_code == 200
    assert fresh.json()["id"] != flow["id"]
    assert message_ids(fresh.json()) == [4010001]
    old = api.get("/self-service/login/flows", params={"id": flow["id"]})
    assert old.status_code == 410
    assert old.json()["error"]["details"]["api"].endswith("/self-service/login/api")


def test_expired_browser_flow_redirects_to_a_new_flow(
    fake_kratos: FakeKratos, browser: httpx.Client, spa: httpx.Client
) -> None:
    flow_id = query_of(location(browser.get("/self-service/login/browser")))["flow"]
    csrf = csrf_of(browser.get("/self-service/login/flows", params={"id": flow_id}).json())
    fake_kratos.advance_clock(fake_kratos.config.flow_lifespan + 1)
    fetched = browser.get("/self-service/login/flows", params={"id": flow_id})
    assert fetched.status_code == 410
    assert "/self-service/login/browser" in fetched.json()["error"]["details"]["redirect_to"]
    response = browser.post(
        f"/self-service/login?flow={flow_id}",
        data={"method": "password", "identifier": EMAIL, "password": PASSWORD, "csrf_token": csrf},
    )
    new_id = query_of(location(response))["flow"]
    assert new_id != flow_id
    spa_flow = spa.get("/self-service/login/browser").json()
    fake_kratos.advance_clock(fake_kratos.config.flow_lifespan + 1)
    spa_response = spa.post(
        f"/self-service/login?flow={spa_flow['id']}",
        json={
            "method": "password",
            "identifier": EMAIL,
            "password": PASSWORD,
            "csrf_token": csrf_of(spa_flow),
        },
    )
    assert spa_response.status_code == 410
    assert spa_response.json()["use_flow_id"] != spa_flow["id"]


def test_forbidden_return_to(api: httpx.Client, browser: httpx.Client, fake_kratos: FakeKratos) -> None:
    response = api.get("/self-service/login/browser", params={"return_to": "https://evil.example/steal"})
    assert response.status_code == 400
    assert response.json()["error"]["id"] == "self_service_flow_return_to_forbidden"
    redirected = browser.get("/self-service/login/browser", params={"return_to": "https://evil.example/"})
    assert location(redirected).startswith(fake_kratos.config.ui("error"))
    fake_kratos.configure(allowed_return_urls=("https://evil.example/",))
    assert (
        api.get("/self-service/login/browser", params={"return_to": "https://evil.example/x"}).status_code
        == 200
    )


def test_api_flow_submitted_with_cookies_is_rejected(api: httpx.Client, user: dict[str, Any]) -> None:
    flow = api.get("/self-service/login/api").json()
    response = api.post(
        f"/self-service/login?flow={flow['id']}",
        json={"method": "password", "identifier": EMAIL, "password": PASSWORD},
        headers={"Cookie": "some_cookie=1"},
    )
    assert response.status_code == 400
    assert '"Cookie" key' in response.json()["error"]["reason"]
    # Cloudflare's cookies do not count.
    cf = api.post(
        f"/self-service/login?flow={flow['id']}",
        json={"method": "password", "identifier": EMAIL, "password": PASSWORD},
        headers={"Cookie": "__cf_bm=1"},
    )
    assert cf.status_code == 200


def test_disabled_identity_can_not_log_in(fake_kratos: FakeKratos, api: httpx.Client) -> None:
    fake_kratos.create_identity(email="off@example.com", password=PASSWORD, state="inactive")
    flow = api.get("/self-service/login/api").json()
    response = api.post(
        f"/self-service/login?flow={flow['id']}",
        json={"method": "password", "identifier": "off@example.com", "password": PASSWORD},
    )
    assert response.status_code == 401
    assert response.json()["error"]["message"] == "identity is disabled"


def test_unknown_or_missing_flow(api: httpx.Client) -> None:
    missing = api.post("/self-service/login", json={"method": "password"})
    assert missing.status_code == 400
    unknown = api.post("/self-service/login?flow=00000000-0000-4000-8000-000000000000", json={})
    assert unknown.status_code == 404
    assert api.get("/self-service/login/flows", params={"id": "nope"}).status_code == 404


def test_aal2_with_totp(fake_kratos: FakeKratos, spa: httpx.Client, api: httpx.Client) -> None:
    identity = fake_kratos.create_identity(email="mfa@example.com", password=PASSWORD, with_totp=True)
    first = spa_login(spa, "mfa@example.com")
    assert first.status_code == 422
    error = first.json()
    assert error["error"]["id"] == "browser_location_change_required"
    assert query_of(error["redirect_browser_to"])["aal"] == "aal2"
    set_cookie_named(first, "ory_kratos_session=")

    whoami = spa.get("/sessions/whoami")
    assert whoami.status_code == 403
    assert whoami.json()["error"]["id"] == "session_aal2_required"
    assert "aal=aal2" in whoami.json()["redirect_browser_to"]

    flow = spa.get("/self-service/login/browser", params={"aal": "aal2"}).json()
    assert flow["requested_aal"] == "aal2"
    assert message_ids(flow) == [1010004]
    wrong = spa.post(
        f"/self-service/login?flow={flow['id']}",
        json={"method": "totp", "totp_code": "000000", "csrf_token": csrf_of(flow)},
    )
    assert wrong.status_code == 400
    # A flow-wide message (totp/login.go: NewTOTPVerifierWrongError("#/")), not one on the code input.
    assert message_ids(wrong.json()) == [4000008]
    assert node_message_ids(wrong.json(), "totp_code") == []
    ok = spa.post(
        f"/self-service/login?flow={flow['id']}",
        json={
            "method": "totp",
            "totp_code": fake_kratos.totp_code(identity["id"]),
            "csrf_token": csrf_of(flow),
        },
    )
    assert ok.status_code == 200
    assert ok.json()["session"]["authenticator_assurance_level"] == "aal2"
    assert spa.get("/sessions/whoami").json()["authenticator_assurance_level"] == "aal2"

    native = native_login(api, "mfa@example.com")
    assert "identity" not in native["session"]
    assert api.get("/self-service/login/api", params={"aal": "aal2"}).json()["error"]["id"] == (
        "session_aal1_required"
    )


def test_require_verified_address_hook_refuses_an_unverified_login(
    fake_kratos: FakeKratos, api: httpx.Client, browser: httpx.Client
) -> None:
    fake_kratos.configure(require_verified_address=True)
    fake_kratos.create_identity(email="new@example.com", password=PASSWORD)
    flow = api.get("/self-service/login/api").json()
    answer = api.post(
        f"/self-service/login?flow={flow['id']}",
        json={"method": "password", "identifier": "new@example.com", "password": PASSWORD},
    )
    assert answer.status_code == 403
    error = answer.json()["error"]
    assert error["id"] == "session_verified_address_required"
    (item,) = error["details"]["continue_with"]
    assert item["action"] == "show_verification_ui"
    assert item["flow"]["verifiable_address"] == "new@example.com"
    assert fake_kratos.last_code_for("new@example.com")  # the verification code went out
    assert api.get(f"/self-service/verification/flows?id={item['flow']['id']}").status_code == 200
    assert "session_token" not in answer.json()

    # A browser form post is sent to the verification UI instead.
    created = browser.get("/self-service/login/browser")
    flow_id = query_of(location(created))["flow"]
    page = browser.get(f"/self-service/login/flows?id={flow_id}").json()
    posted = browser.post(
        f"/self-service/login?flow={flow_id}",
        data={
            "method": "password",
            "identifier": "new@example.com",
            "password": PASSWORD,
            "csrf_token": csrf_of(page),
        },
    )
    assert posted.status_code == 303
    assert "/verification?flow=" in location(posted)
    assert not any(c.startswith(fake_kratos.session_cookie_name) for c in set_cookies(posted))


def test_require_verified_address_hook_lets_a_verified_identity_in(
    fake_kratos: FakeKratos, api: httpx.Client
) -> None:
    fake_kratos.configure(require_verified_address=True)
    fake_kratos.create_identity(email="old@example.com", password=PASSWORD, verified=True)
    flow = api.get("/self-service/login/api").json()
    answer = api.post(
        f"/self-service/login?flow={flow['id']}",
        json={"method": "password", "identifier": "old@example.com", "password": PASSWORD},
    )
    assert answer.status_code == 200 and answer.json()["session_token"]


def test_aal2_with_a_lookup_secret(fake_kratos: FakeKratos, spa: httpx.Client, user: dict[str, Any]) -> None:
    """Backup codes from a settings flow are a second factor; each code works once."""
    assert spa_login(spa).status_code == 200
    settings = spa.get("/self-service/settings/browser").json()

    def enrol(flag: str) -> dict[str, Any]:
        response = spa.post(
            f"/self-service/settings?flow={settings['id']}",
            json={"method": "lookup_secret", flag: True, "csrf_token": csrf_of(settings)},
        )
        assert response.status_code == 200, response.text
        result: dict[str, Any] = response.json()
        return result

    shown = enrol("lookup_secret_regenerate")
    listing = next(n for n in shown["ui"]["nodes"] if n["attributes"].get("id") == "lookup_secret_codes")
    codes = [s["context"]["secret"] for s in listing["attributes"]["text"]["context"]["secrets"]]
    enrol("lookup_secret_confirm")

    def second_factor(client: httpx.Client, code: str) -> httpx.Response:
        if not any(c.name == "ory_kratos_session" for c in client.cookies.jar):
            assert spa_login(client).status_code == 422  # the identity now has a second factor
        flow = client.get("/self-service/login/browser", params={"aal": "aal2"}).json()
        assert node(flow, "method", "lookup_secret") is not None
        return client.post(
            f"/self-service/login?flow={flow['id']}",
            json={"method": "lookup_secret", "lookup_secret": code, "csrf_token": csrf_of(flow)},
        )

    with httpx.Client(base_url=spa.base_url, headers={"Accept": "application/json"}) as fresh:
        wrong = second_factor(fresh, "nope1234")
        assert wrong.status_code == 400
        assert message_ids(wrong.json()) == [4000016]
        ok = second_factor(fresh, codes[0])
        assert ok.status_code == 200, ok.text
        assert ok.json()["session"]["authenticator_assurance_level"] == "aal2"
    with httpx.Client(base_url=spa.base_url, headers={"Accept": "application/json"}) as again:
        reused = second_factor(again, codes[0])
        assert reused.status_code == 400
        assert message_ids(reused.json()) == [4000012]

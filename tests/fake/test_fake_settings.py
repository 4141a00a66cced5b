"""Settings flows: profile, password, TOTP and lookup secrets, privileged sessions, identity checks, AAL."""

from __future__ import annotations

from typing import Any

import httpx

from ory_facade.testing import FakeKratos

from .support import (
    EMAIL,
    NEW_PASSWORD,
    PASSWORD,
    csrf_of,
    location,
    message_ids,
    native_login,
    node,
    node_message_ids,
    query_of,
    spa_login,
)


def _native_settings(api: httpx.Client, token: str) -> dict[str, Any]:
    response = api.get("/self-service/settings/api", headers={"X-Session-Token": token})
    assert response.status_code == 200, response.text
    flow: dict[str, Any] = response.json()
    return flow


def test_native_password_change(fake_kratos: FakeKratos, api: httpx.Client, user: dict[str, Any]) -> None:
    token = native_login(api)["session_token"]
    flow = _native_settings(api, token)
    assert flow["state"] == "show_form"
    assert flow["identity"]["id"] == user["id"]
    assert node(flow, "traits.email")["attributes"]["value"] == EMAIL  # type: ignore[index]
    assert node(flow, "traits.email")["group"] == "profile"  # type: ignore[index]
    assert node(flow, "method", "profile") is not None
    assert node(flow, "method", "password") is not None
    headers = {"X-Session-Token": token}
    response = api.post(
        f"/self-service/settings?flow={flow['id']}",
        json={"method": "password", "password": NEW_PASSWORD},
        headers=headers,
    )
    assert response.status_code == 200
    body = response.json()
    assert body["state"] == "success"
    assert message_ids(body) == [1050001]
    assert "continue_with" not in body
    assert native_login(api, EMAIL, NEW_PASSWORD)["session"]["identity"]["id"] == user["id"]
    too_short = api.post(
        f"/self-service/settings?flow={flow['id']}",
        json={"method": "password", "password": "x"},
        headers=headers,
    )
    assert too_short.status_code == 400
    assert node_message_ids(too_short.json(), "password") == [4000032]


def test_password_change_after_privileged_window_needs_refresh(
    fake_kratos: FakeKratos, api: httpx.Client, browser: httpx.Client, user: dict[str, Any]
) -> None:
    token = native_login(api)["session_token"]
    flow = _native_settings(api, token)
    fake_kratos.advance_clock(fake_kratos.config.privileged_session_max_age + 1)
    response = api.post(
        f"/self-service/settings?flow={flow['id']}",
        json={"method": "password", "password": NEW_PASSWORD},
        headers={"X-Session-Token": token},
    )
    assert response.status_code == 403
    body = response.json()
    assert body["error"]["id"] == "session_refresh_required"
    target = query_of(body["redirect_browser_to"])
    assert target["refresh"] == "true"
    assert target["return_to"].endswith(f"/self-service/settings?flow={flow['id']}")
    # A profile change that does not touch identifiers is still allowed.
    name_change = api.post(
        f"/self-service/settings?flow={flow['id']}",
        json={"method": "profile", "traits": {"email": EMAIL, "name": {"first": "Augusta"}}},
        headers={"X-Session-Token": token},
    )
    assert name_change.status_code == 200
    assert fake_kratos.identity(user["id"])["traits"]["name"] == {"first": "Augusta"}
    email_change = api.post(
        f"/self-service/settings?flow={flow['id']}",
        json={"method": "profile", "traits": {"email": "new@example.com"}},
        headers={"X-Session-Token": token},
    )
    assert email_change.status_code == 403
    assert email_change.json()["error"]["id"] == "session_refresh_required"

    # A form browser is redirected to a refresh login instead.
    flow_id = query_of(location(browser.get("/self-service/login/browser")))["flow"]
    login_flow = browser.get("/self-service/login/flows", params={"id": flow_id}).json()
    browser.post(
        f"/self-service/login?flow={flow_id}",
        data={
            "method": "password",
            "identifier": EMAIL,
            "password": PASSWORD,
            "csrf_token": csrf_of(login_flow),
        },
    )
    settings_id = query_of(location(browser.get("/self-service/settings/browser")))["flow"]
    settings_flow = browser.get("/self-service/settings/flows", params={"id": settings_id}).json()
    fake_kratos.advance_clock(fake_kratos.config.privileged_session_max_age + 1)
    redirect = browser.post(
        f"/self-service/settings?flow={settings_id}",
        data={"method": "password", "password": NEW_PASSWORD, "csrf_token": csrf_of(settings_flow)},
    )
    assert "/self-service/login/browser?refresh=true" in location(redirect)


def test_profile_validation_and_email_change(
    fake_kratos: FakeKratos, api: httpx.Client, user: dict[str, Any]
) -> None:
    token = native_login(api)["session_token"]
    flow = _native_settings(api, token)
    headers = {"X-Session-Token": token}
    invalid = api.post(
        f"/self-service/settings?flow={flow['id']}",
        json={"method": "profile", "traits": {"email": "broken"}},
        headers=headers,
    )
    assert invalid.status_code == 400
    assert node_message_ids(invalid.json(), "traits.email") == [4000001]
    assert node(invalid.json(), "traits.email")["attributes"]["value"] == "broken"  # type: ignore[index]
    changed = api.post(
        f"/self-service/settings?flow={flow['id']}",
        json={"method": "profile", "traits": {"email": "ada.new@example.com"}},
        headers=headers,
    )
    assert changed.status_code == 200
    identity = fake_kratos.identity(user["id"])
    assert [a["value"] for a in identity["verifiable_addresses"]] == ["ada.new@example.com"]
    assert identity["credentials"]["password"]["identifiers"] == ["ada.new@example.com"]
    assert native_login(api, "ada.new@example.com")["session"]["identity"]["id"] == user["id"]
    unknown = api.post(f"/self-service/settings?flow={flow['id']}", json={"method": "?"}, headers=headers)
    assert message_ids(unknown.json()) == [4010004]


def test_settings_requires_a_session(api: httpx.Client, browser: httpx.Client, spa: httpx.Client) -> None:
    response = api.get("/self-service/settings/api")  # create*SettingsFlow: session_inactive
    assert response.status_code == 401
    assert response.json()["error"]["id"] == "session_inactive"
    assert spa.get("/self-service/settings/browser").status_code == 401
    assert "/self-service/login/browser" in location(browser.get("/self-service/settings/browser"))


def test_another_identity_can_not_use_the_flow(
    fake_kratos: FakeKratos, api: httpx.Client, user: dict[str, Any]
) -> None:
    fake_kratos.create_identity(email="eve@example.com", password=PASSWORD)
    ada = native_login(api)["session_token"]
    eve = native_login(api, "eve@example.com")["session_token"]
    flow = _native_settings(api, ada)
    fetched = api.get(
        "/self-service/settings/flows", params={"id": flow["id"]}, headers={"X-Session-Token": eve}
    )
    assert fetched.status_code == 403
    assert fetched.json()["error"]["id"] == "security_identity_mismatch"
    submitted = api.post(
        f"/self-service/settings?flow={flow['id']}",
        json={"method": "password", "password": NEW_PASSWORD},
        headers={"X-Session-Token": eve},
    )
    assert submitted.status_code == 403
    assert submitted.json()["error"]["id"] == "security_identity_mismatch"


def test_settings_with_second_factor_needs_aal2(fake_kratos: FakeKratos, api: httpx.Client) -> None:
    fake_kratos.create_identity(email="mfa@example.com", password=PASSWORD, with_totp=True)
    token = native_login(api, "mfa@example.com")["session_token"]
    response = api.get("/self-service/settings/api", headers={"X-Session-Token": token})
    assert response.status_code == 403
    assert response.json()["error"]["id"] == "session_aal2_required"
    assert (
        response.json()["error"]["details"]["redirect_browser_to"] == response.json()["redirect_browser_to"]
    )
    fake_kratos.configure(settings_required_aal="aal1")
    assert api.get("/self-service/settings/api", headers={"X-Session-Token": token}).status_code == 200


def test_spa_settings_success_has_transient_continue_with(
    fake_kratos: FakeKratos, spa: httpx.Client, user: dict[str, Any]
) -> None:
    assert spa_login(spa).status_code == 200
    flow = spa.get(
        "/self-service/settings/browser", params={"return_to": "http://127.0.0.1:4455/profile"}
    ).json()
    response = spa.post(
        f"/self-service/settings?flow={flow['id']}",
        json={"method": "password", "password": NEW_PASSWORD, "csrf_token": csrf_of(flow)},
    )
    assert response.status_code == 200
    assert response.json()["continue_with"] == [
        {"action": "redirect_browser_to", "redirect_browser_to": "http://127.0.0.1:4455/profile"}
    ]
    again = spa.get("/self-service/settings/flows", params={"id": flow["id"]}).json()
    assert again["state"] == "success"
    assert "continue_with" not in again


def test_expired_settings_flow(fake_kratos: FakeKratos, api: httpx.Client, user: dict[str, Any]) -> None:
    fake_kratos.configure(session_lifespan=10 * 3600.0)
    token = native_login(api)["session_token"]
    flow = _native_settings(api, token)
    fake_kratos.advance_clock(fake_kratos.config.flow_lifespan + 1)
    headers = {"X-Session-Token": token}
    fetched = api.get("/self-service/settings/flows", params={"id": flow["id"]}, headers=headers)
    assert fetched.status_code == 410
    response = api.post(
        f"/self-service/settings?flow={flow['id']}",
        json={"method": "password", "password": NEW_PASSWORD},
        headers=headers,
    )
    assert response.status_code == 410
    new_flow = api.get(
        "/self-service/settings/flows", params={"id": response.json()["use_flow_id"]}, headers=headers
    )
    assert message_ids(new_flow.json()) == [4050001]


def _text_node(flow: dict[str, Any], node_id: str) -> dict[str, Any]:
    found = [n for n in flow["ui"]["nodes"] if n["attributes"].get("id") == node_id]
    assert found, f"no node {node_id}"
    return found[0]


def test_settings_flow_and_submit_without_a_session(
    fake_kratos: FakeKratos, api: httpx.Client, browser: httpx.Client, user: dict[str, Any]
) -> None:
    """settings.OnUnauthenticated: a 401 without an error id for JSON, a 302 to the login UI otherwise."""
    token = native_login(api)["session_token"]
    flow = _native_settings(api, token)
    for response in (
        api.get("/self-service/settings/flows", params={"id": flow["id"]}),
        api.post(f"/self-service/settings?flow={flow['id']}", json={"method": "password", "password": "x"}),
    ):
        assert response.status_code == 401
        error = response.json()["error"]
        assert "id" not in error
        assert error["reason"] == "A valid Ory Session Cookie or Ory Session Token is missing."
    page = browser.get("/self-service/settings/flows", params={"id": flow["id"]})
    assert page.status_code == 302
    assert page.headers["location"] == fake_kratos.config.ui("login")


def test_totp_enrolment_then_aal2(fake_kratos: FakeKratos, spa: httpx.Client, user: dict[str, Any]) -> None:
    assert spa_login(spa).status_code == 200
    flow = spa.get("/self-service/settings/browser").json()
    assert _text_node(flow, "totp_qr")["attributes"]["src"].startswith("data:image/png;base64,")
    secret = _text_node(flow, "totp_secret_key")["attributes"]["text"]["text"]
    assert node(flow, "lookup_secret_regenerate") is not None
    # The same key survives a failed attempt; a wrong code is reported on the code input.
    wrong = spa.post(
        f"/self-service/settings?flow={flow['id']}",
        json={"method": "totp", "totp_code": "000000", "csrf_token": csrf_of(flow)},
    )
    assert wrong.status_code == 400
    assert node_message_ids(wrong.json(), "totp_code") == [4000008]
    assert _text_node(wrong.json(), "totp_secret_key")["attributes"]["text"]["text"] == secret
    from ory_facade.testing import totp

    code = totp.code_at(secret, fake_kratos.clock.now())
    done = spa.post(
        f"/self-service/settings?flow={flow['id']}",
        json={"method": "totp", "totp_code": code, "csrf_token": csrf_of(flow)},
    )
    assert done.status_code == 200, done.text
    assert message_ids(done.json()) == [1050001]
    assert node(done.json(), "totp_unlink") is not None
    assert any(c.name == "ory_kratos_session" for c in spa.cookies.jar)
    assert "ory_kratos_session" in done.headers.get("set-cookie", "")
    whoami = spa.get("/sessions/whoami").json()
    assert whoami["authenticator_assurance_level"] == "aal2"
    assert [m["method"] for m in whoami["authentication_methods"]] == ["password", "totp"]
    assert fake_kratos.totp_code(user["id"]) == totp.code_at(secret, fake_kratos.clock.now())


def test_lookup_secret_regenerate_confirm_reveal_disable(
    fake_kratos: FakeKratos, spa: httpx.Client, user: dict[str, Any]
) -> None:
    assert spa_login(spa).status_code == 200
    flow = spa.get("/self-service/settings/browser").json()

    def post(data: dict[str, Any]) -> httpx.Response:
        return spa.post(
            f"/self-service/settings?flow={flow['id']}",
            json={"method": "lookup_secret", **data, "csrf_token": csrf_of(flow)},
        )

    too_early = post({"lookup_secret_confirm": True})
    assert too_early.status_code == 400
    shown = post({"lookup_secret_regenerate": True})
    assert shown.status_code == 200
    assert shown.json()["state"] == "show_form"
    listing = _text_node(shown.json(), "lookup_secret_codes")["attributes"]["text"]
    codes = [item["context"]["secret"] for item in listing["context"]["secrets"]]
    assert len(codes) == 12 and all(len(c) == 8 for c in codes)
    assert node(shown.json(), "lookup_secret_confirm") is not None
    confirmed = post({"lookup_secret_confirm": True})
    assert confirmed.status_code == 200
    assert message_ids(confirmed.json()) == [1050001]
    assert node(confirmed.json(), "lookup_secret_reveal") is not None
    revealed = post({"lookup_secret_reveal": True})
    listing = _text_node(revealed.json(), "lookup_secret_codes")["attributes"]["text"]
    assert [item["context"]["secret"] for item in listing["context"]["secrets"]] == codes
    disabled = post({"lookup_secret_disable": True})
    assert disabled.status_code == 200
    assert node(disabled.json(), "lookup_secret_regenerate") is not None
    assert "lookup_secret" not in fake_kratos.identity(user["id"]).get("credentials", {})


def test_settings_success_starts_verification_of_a_pending_address(
    fake_kratos: FakeKratos, api: httpx.Client, user: dict[str, Any]
) -> None:
    """v26.2.0's settings verification hook sends a code; continue_with stays without show_verification_ui."""
    token = native_login(api)["session_token"]
    flow = _native_settings(api, token)
    response = api.post(
        f"/self-service/settings?flow={flow['id']}",
        json={"method": "password", "password": NEW_PASSWORD},
        headers={"X-Session-Token": token},
    )
    assert response.status_code == 200
    assert response.json()["identity"]["verifiable_addresses"][0]["status"] == "sent"
    assert "continue_with" not in response.json()
    assert fake_kratos.last_code_for(EMAIL)

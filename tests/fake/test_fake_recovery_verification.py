"""Recovery and verification with the code method; admin recovery codes and links."""

from __future__ import annotations

from typing import Any

import httpx

from ory_facade.testing import FakeKratos

from .support import (
    EMAIL,
    NEW_PASSWORD,
    csrf_of,
    location,
    message_ids,
    node,
    node_message_ids,
    query_of,
    set_cookie_named,
    set_cookies,
)


def _send_recovery_email(client: httpx.Client, flow: dict[str, Any], email: str = EMAIL) -> httpx.Response:
    body: dict[str, Any] = {"method": "code", "email": email}
    if node(flow, "csrf_token") is not None:
        body["csrf_token"] = csrf_of(flow)
    return client.post(f"/self-service/recovery?flow={flow['id']}", json=body)


def _send_code(client: httpx.Client, kind: str, flow: dict[str, Any], code: str) -> httpx.Response:
    body: dict[str, Any] = {"method": "code", "code": code}
    if node(flow, "csrf_token") is not None:
        body["csrf_token"] = csrf_of(flow)
    return client.post(f"/self-service/{kind}?flow={flow['id']}", json=body)


def test_native_recovery_ends_in_a_privileged_session_and_settings_flow(
    fake_kratos: FakeKratos, api: httpx.Client, user: dict[str, Any]
) -> None:
    flow = api.get("/self-service/recovery/api").json()
    assert flow["state"] == "choose_method"
    assert node(flow, "email")["attributes"]["type"] == "email"  # type: ignore[index]
    sent = _send_recovery_email(api, flow)
    assert sent.status_code == 200
    sent_flow = sent.json()
    assert sent_flow["state"] == "sent_email"
    assert message_ids(sent_flow) == [1060003]
    assert sent_flow["ui"]["messages"][0]["type"] == "info"
    assert node(sent_flow, "code")["attributes"]["pattern"] == "[0-9]+"  # type: ignore[index]
    assert node(sent_flow, "email", EMAIL)["attributes"]["type"] == "submit"  # type: ignore[index]
    message = fake_kratos.courier_messages(EMAIL)[-1]
    assert message.template_type == "recovery_code_valid"
    assert message.subject == "Recover access to your account"
    code = fake_kratos.last_code_for(EMAIL)

    wrong = _send_code(api, "recovery", sent_flow, "000000" if code != "000000" else "111111")
    assert wrong.status_code == 200
    assert message_ids(wrong.json()) == [4060006]
    assert wrong.json()["state"] == "sent_email"

    done = _send_code(api, "recovery", sent_flow, code)
    assert done.status_code == 200
    body = done.json()
    assert body["state"] == "passed_challenge"
    actions = [item["action"] for item in body["continue_with"]]
    assert actions == ["set_ory_session_token", "show_settings_ui"]
    token = body["continue_with"][0]["ory_session_token"]
    settings_ref = body["continue_with"][1]["flow"]
    assert settings_ref["url"] == fake_kratos.config.ui("settings") + f"?flow={settings_ref['id']}"
    headers = {"X-Session-Token": token}
    whoami = api.get("/sessions/whoami", headers=headers).json()
    assert whoami["authentication_methods"][0]["method"] == "code_recovery"
    settings = api.get(
        "/self-service/settings/flows", params={"id": settings_ref["id"]}, headers=headers
    ).json()
    assert message_ids(settings) == [1060001]
    changed = api.post(
        f"/self-service/settings?flow={settings_ref['id']}",
        json={"method": "password", "password": NEW_PASSWORD},
        headers=headers,
    )
    assert changed.status_code == 200
    assert fake_kratos.identity(user["id"])["verifiable_addresses"][0]["verified"] is True
    # A used code: ErrCodeAlreadyUsed, and a new flow named in the error's continue_with.
    reused = _send_code(api, "recovery", sent_flow, code)
    assert reused.status_code == 400
    assert reused.json()["error"]["reason"] == "The code was already used. Please request another code."
    assert reused.json()["error"]["details"]["continue_with"][0]["action"] == "show_recovery_ui"


def test_spa_recovery_issues_a_cookie(
    fake_kratos: FakeKratos, spa: httpx.Client, user: dict[str, Any]
) -> None:
    flow = spa.get("/self-service/recovery/browser").json()
    sent = _send_recovery_email(spa, flow).json()
    done = _send_code(spa, "recovery", sent, fake_kratos.last_code_for(EMAIL))
    assert done.status_code == 200
    assert [i["action"] for i in done.json()["continue_with"]] == ["show_settings_ui"]
    set_cookie_named(done, "ory_kratos_session=")
    settings_id = done.json()["continue_with"][0]["flow"]["id"]
    assert spa.get("/self-service/settings/flows", params={"id": settings_id}).status_code == 200


def test_legacy_recovery_answers_422(
    fake_kratos: FakeKratos, spa: httpx.Client, user: dict[str, Any]
) -> None:
    fake_kratos.configure(legacy_recovery_response=True)
    flow = spa.get("/self-service/recovery/browser").json()
    sent = _send_recovery_email(spa, flow).json()
    done = _send_code(spa, "recovery", sent, fake_kratos.last_code_for(EMAIL))
    assert done.status_code == 422
    body = done.json()
    assert body["error"]["id"] == "browser_location_change_required"
    assert body["redirect_browser_to"].startswith(fake_kratos.config.ui("settings") + "?flow=")
    set_cookie_named(done, "ory_kratos_session=")


def test_form_recovery_redirects_to_settings_ui(
    fake_kratos: FakeKratos, browser: httpx.Client, user: dict[str, Any]
) -> None:
    flow_id = query_of(location(browser.get("/self-service/recovery/browser")))["flow"]
    flow = browser.get("/self-service/recovery/flows", params={"id": flow_id}).json()
    sent = browser.post(
        f"/self-service/recovery?flow={flow_id}",
        data={"method": "code", "email": EMAIL, "csrf_token": csrf_of(flow)},
    )
    assert location(sent) == fake_kratos.config.ui("recovery") + f"?flow={flow_id}"
    flow = browser.get("/self-service/recovery/flows", params={"id": flow_id}).json()
    done = browser.post(
        f"/self-service/recovery?flow={flow_id}",
        data={"method": "code", "code": fake_kratos.last_code_for(EMAIL), "csrf_token": csrf_of(flow)},
    )
    assert location(done).startswith(fake_kratos.config.ui("settings") + "?flow=")
    set_cookie_named(done, "ory_kratos_session=")


def test_unknown_address_looks_the_same_but_sends_nothing(fake_kratos: FakeKratos, api: httpx.Client) -> None:
    flow = api.get("/self-service/recovery/api").json()
    sent = _send_recovery_email(api, flow, "ghost@example.com")
    assert sent.status_code == 200
    assert sent.json()["state"] == "sent_email"
    assert fake_kratos.courier_messages() == []
    fake_kratos.configure(notify_unknown_recipients=True)
    _send_recovery_email(api, flow, "ghost@example.com")
    assert [m.template_type for m in fake_kratos.courier_messages()] == ["recovery_code_invalid"]
    try:
        fake_kratos.last_code_for("ghost@example.com")
    except LookupError:
        pass
    else:
        raise AssertionError("an invalid-recipient message carries no code")


def test_recovery_validation_and_session_check(api: httpx.Client, user: dict[str, Any]) -> None:
    flow = api.get("/self-service/recovery/api").json()
    missing = api.post(f"/self-service/recovery?flow={flow['id']}", json={"method": "code"})
    assert missing.status_code == 400
    assert node_message_ids(missing.json(), "email") == [4000002]
    login = api.get("/self-service/login/api").json()
    token = api.post(
        f"/self-service/login?flow={login['id']}",
        json={"method": "password", "identifier": EMAIL, "password": "correct horse battery staple"},
    ).json()["session_token"]
    signed_in = api.get("/self-service/recovery/api", headers={"X-Session-Token": token})
    assert signed_in.status_code == 400
    assert signed_in.json()["error"]["id"] == "session_already_available"


def test_code_expires_before_the_flow(
    fake_kratos: FakeKratos, api: httpx.Client, user: dict[str, Any]
) -> None:
    flow = api.get("/self-service/recovery/api").json()
    sent = _send_recovery_email(api, flow).json()
    fake_kratos.advance_clock(fake_kratos.config.code_lifespan + 1)
    late = _send_code(api, "recovery", sent, fake_kratos.last_code_for(EMAIL))
    assert late.status_code == 200
    assert message_ids(late.json()) == [4060006]


def test_admin_recovery_code(
    fake_kratos: FakeKratos, admin: httpx.Client, spa: httpx.Client, user: dict[str, Any]
) -> None:
    response = admin.post("/admin/recovery/code", json={"identity_id": user["id"], "expires_in": "15m"})
    assert response.status_code == 201
    body = response.json()
    assert len(body["recovery_code"]) == 6
    # The link points at the recovery UI; the admin-made flow skips CSRF checks.
    assert body["recovery_link"].startswith(fake_kratos.config.ui("recovery") + "?flow=")
    flow_id = query_of(body["recovery_link"])["flow"]
    flow = spa.get("/self-service/recovery/flows", params={"id": flow_id}).json()
    assert flow["state"] == "sent_email"
    done = _send_code(spa, "recovery", flow, body["recovery_code"])
    assert done.status_code == 200
    assert done.json()["continue_with"][-1]["action"] == "show_settings_ui"
    assert (
        admin.post("/admin/recovery/code", json={"identity_id": user["id"], "expires_in": "soon"}).status_code
        == 400
    )
    unknown = admin.post("/admin/recovery/code", json={"identity_id": "00000000-0000-4000-8000-000000000000"})
    assert unknown.status_code == 404
    assert admin.post("/admin/recovery/code", json={}).status_code == 404


def test_admin_recovery_link(
    fake_kratos: FakeKratos, admin: httpx.Client, browser: httpx.Client, user: dict[str, Any]
) -> None:
    response = admin.post("/admin/recovery/link", json={"identity_id": user["id"]})
    assert response.status_code == 200
    link = response.json()["recovery_link"]
    assert "token=" in link
    used = browser.get(link)
    assert location(used).startswith(fake_kratos.config.ui("settings") + "?flow=")
    set_cookie_named(used, "ory_kratos_session=")
    assert browser.get("/sessions/whoami").status_code == 200
    browser.cookies.clear()
    again = browser.get(link)
    retry_id = query_of(location(again))["flow"]
    assert location(again).startswith(fake_kratos.config.ui("recovery"))
    retry = browser.get("/self-service/recovery/flows", params={"id": retry_id}).json()
    assert message_ids(retry) == [4060004]


def test_verification_code_flow(fake_kratos: FakeKratos, api: httpx.Client, user: dict[str, Any]) -> None:
    flow = api.get("/self-service/verification/api").json()
    assert flow["state"] == "choose_method"
    sent = api.post(f"/self-service/verification?flow={flow['id']}", json={"method": "code", "email": EMAIL})
    assert sent.status_code == 200
    assert sent.json()["state"] == "sent_email"
    assert message_ids(sent.json()) == [1080003]
    message = fake_kratos.courier_messages(EMAIL)[-1]
    assert message.template_type == "verification_code_valid"
    assert f"/self-service/verification?code={message.code}&flow={flow['id']}" in message.body
    assert fake_kratos.identity(user["id"])["verifiable_addresses"][0]["status"] == "sent"
    wrong = _send_code(api, "verification", sent.json(), "999999" if message.code != "999999" else "111111")
    assert wrong.status_code == 200
    assert message_ids(wrong.json()) == [4070006]
    done = _send_code(api, "verification", sent.json(), fake_kratos.last_code_for(EMAIL))
    assert done.status_code == 200
    body = done.json()
    assert body["state"] == "passed_challenge"
    assert message_ids(body) == [1080002]
    anchor = body["ui"]["nodes"][-1]
    assert anchor["type"] == "a"
    assert anchor["attributes"]["href"] == fake_kratos.config.default_return_url
    address = fake_kratos.identity(user["id"])["verifiable_addresses"][0]
    assert address["verified"] is True
    assert address["status"] == "completed"
    assert "verified_at" in address
    # A finished flow is replaced: 410 with the new flow's id.
    assert body["ui"]["method"] == "GET"
    again = _send_code(api, "verification", body, "123456")
    assert again.status_code == 410
    assert again.json()["error"]["id"] == "self_service_flow_replaced"
    assert "use_flow_id" in again.json()


def test_verification_link_from_the_email(
    fake_kratos: FakeKratos, browser: httpx.Client, user: dict[str, Any]
) -> None:
    flow_id = query_of(location(browser.get("/self-service/verification/browser")))["flow"]
    flow = browser.get("/self-service/verification/flows", params={"id": flow_id}).json()
    browser.post(
        f"/self-service/verification?flow={flow_id}",
        data={"method": "code", "email": EMAIL, "csrf_token": csrf_of(flow)},
    )
    message = fake_kratos.courier_messages(EMAIL)[-1]
    link = message.body.split("following link:\n\n")[1].strip()
    followed = browser.get(link)
    assert location(followed) == fake_kratos.config.ui("verification") + f"?flow={flow_id}"
    assert fake_kratos.identity(user["id"])["verifiable_addresses"][0]["verified"] is True
    assert not set_cookies(followed)


def test_verification_validation(api: httpx.Client) -> None:
    flow = api.get("/self-service/verification/api").json()
    missing = api.post(f"/self-service/verification?flow={flow['id']}", json={"method": "code"})
    assert missing.status_code == 400
    assert node_message_ids(missing.json(), "email") == [4000002]
    wrong_method = api.post(f"/self-service/verification?flow={flow['id']}", json={"method": "link"})
    assert message_ids(wrong_method.json()) == [4010006]


def test_expired_verification_flow(fake_kratos: FakeKratos, api: httpx.Client, user: dict[str, Any]) -> None:
    flow = api.get("/self-service/verification/api").json()
    fake_kratos.advance_clock(fake_kratos.config.flow_lifespan + 1)
    fetched = api.get("/self-service/verification/flows", params={"id": flow["id"]})
    assert fetched.status_code == 410
    assert fetched.json()["error"]["id"] == "self_service_flow_expired"
    submitted = api.post(
        f"/self-service/verification?flow={flow['id']}", json={"method": "code", "email": EMAIL}
    )
    assert submitted.status_code == 410
    replacement = api.get("/self-service/verification/flows", params={"id": submitted.json()["use_flow_id"]})
    assert message_ids(replacement.json()) == [4070005]
    assert fake_kratos.courier_messages() == []

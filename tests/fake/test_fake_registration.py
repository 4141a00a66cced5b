"""Registration flows: native and browser, verification hook, session hook, validation messages."""

from __future__ import annotations

from typing import Any

import httpx

from ory_facade.testing import FakeKratos

from .support import (
    EMAIL,
    PASSWORD,
    csrf_of,
    location,
    message_ids,
    node,
    node_message_ids,
    query_of,
    set_cookie_named,
    set_cookies,
)


def _register(client: httpx.Client, flow: dict[str, Any], **body: Any) -> httpx.Response:
    payload: dict[str, Any] = {"method": "password", "password": PASSWORD, "traits": {"email": EMAIL}}
    payload.update(body)
    if node(flow, "csrf_token") is not None:
        payload.setdefault("csrf_token", csrf_of(flow))
    return client.post(f"/self-service/registration?flow={flow['id']}", json=payload)


def test_registration_flow_has_schema_nodes(api: httpx.Client) -> None:
    flow = api.get("/self-service/registration/api").json()
    assert flow["type"] == "api"
    email = node(flow, "traits.email")
    assert email is not None
    assert email["attributes"]["type"] == "email"
    assert email["attributes"]["required"] is True
    assert email["meta"]["label"]["id"] == 1070002
    assert email["meta"]["label"]["text"] == "E-Mail"
    assert node(flow, "traits.name.first") is not None
    assert node(flow, "password")["attributes"]["autocomplete"] == "new-password"  # type: ignore[index]
    assert node(flow, "method", "password")["meta"]["label"]["id"] == 1040001  # type: ignore[index]


def test_native_registration_issues_session_and_sends_verification_code(
    fake_kratos: FakeKratos, api: httpx.Client
) -> None:
    flow = api.get("/self-service/registration/api").json()
    response = _register(api, flow, traits={"email": "New@Example.com", "name": {"first": "New"}})
    assert response.status_code == 200
    body = response.json()
    assert body["identity"]["traits"]["email"] == "New@Example.com"
    assert body["identity"]["verifiable_addresses"][0]["value"] == "new@example.com"
    assert body["identity"]["verifiable_addresses"][0]["status"] == "sent"
    assert body["identity"]["verifiable_addresses"][0]["verified"] is False
    assert body["session"]["identity"]["id"] == body["identity"]["id"]
    actions = [item["action"] for item in body["continue_with"]]
    assert actions == ["show_verification_ui", "set_ory_session_token"]
    verification = body["continue_with"][0]["flow"]
    assert verification["verifiable_address"] == "new@example.com"
    assert "url" not in verification
    assert body["continue_with"][1]["ory_session_token"] == body["session_token"]

    code = fake_kratos.last_code_for("new@example.com")
    assert len(code) == 6 and code.isdigit()
    message = fake_kratos.courier_messages("new@example.com")[-1]
    assert message.template_type == "verification_code_valid"
    assert code in message.body
    vflow = api.get("/self-service/verification/flows", params={"id": verification["id"]}).json()
    assert vflow["state"] == "sent_email"
    assert message_ids(vflow) == [1080003]
    assert api.get("/sessions/whoami", headers={"X-Session-Token": body["session_token"]}).status_code == 200


def test_spa_registration_sets_cookies_and_continue_with_urls(
    fake_kratos: FakeKratos, spa: httpx.Client
) -> None:
    flow = spa.get("/self-service/registration/browser").json()
    response = _register(spa, flow)
    assert response.status_code == 200
    body = response.json()
    assert "session_token" not in body
    assert [i["action"] for i in body["continue_with"]] == ["redirect_browser_to", "show_verification_ui"]
    assert body["continue_with"][0]["redirect_browser_to"] == fake_kratos.config.default_return_url
    url = body["continue_with"][1]["flow"]["url"]
    assert url == fake_kratos.config.ui("verification") + f"?flow={body['continue_with'][1]['flow']['id']}"
    set_cookie_named(response, "ory_kratos_session=")
    set_cookie_named(response, "csrf_token_")
    assert spa.get("/sessions/whoami").status_code == 200
    # The verification flow belongs to the rotated anti-CSRF cookie the browser now has.
    vflow = spa.get("/self-service/verification/flows", params={"id": body["continue_with"][1]["flow"]["id"]})
    assert vflow.status_code == 200


def test_form_registration_redirects_to_verification_ui(
    fake_kratos: FakeKratos, browser: httpx.Client
) -> None:
    flow_id = query_of(location(browser.get("/self-service/registration/browser")))["flow"]
    flow = browser.get("/self-service/registration/flows", params={"id": flow_id}).json()
    response = browser.post(
        f"/self-service/registration?flow={flow_id}",
        data={
            "method": "password",
            "traits.email": "form@example.com",
            "traits.name.first": "Form",
            "password": PASSWORD,
            "csrf_token": csrf_of(flow),
        },
    )
    assert location(response).startswith(fake_kratos.config.ui("verification") + "?flow=")
    identity = fake_kratos.identities()[0]
    assert identity["traits"] == {"email": "form@example.com", "name": {"first": "Form"}}


def test_without_session_hook_only_the_identity_is_returned(
    fake_kratos: FakeKratos, api: httpx.Client
) -> None:
    fake_kratos.configure(session_after_registration=False, verification_after_registration=False)
    flow = api.get("/self-service/registration/api").json()
    response = _register(api, flow)
    assert response.status_code == 200
    assert set(response.json()) == {"identity"}
    assert fake_kratos.courier_messages() == []


def test_duplicate_email_is_4000007(fake_kratos: FakeKratos, api: httpx.Client, user: dict[str, Any]) -> None:
    flow = api.get("/self-service/registration/api").json()
    response = _register(api, flow, traits={"email": "ADA@example.com"})
    assert response.status_code == 400
    body = response.json()
    assert message_ids(body) == [4000007]
    assert body["ui"]["messages"][0]["text"] == (
        "An account with the same identifier (email, phone, username, ...) exists already."
    )
    assert node(body, "traits.email")["attributes"]["value"] == "ADA@example.com"  # type: ignore[index]
    assert len(fake_kratos.identities()) == 1


def test_validation_messages(api: httpx.Client) -> None:
    flow = api.get("/self-service/registration/api").json()
    missing = _register(api, flow, traits={"name": {"first": "x"}}, password="")
    assert missing.status_code == 400
    body = missing.json()
    assert node_message_ids(body, "traits.email") == [4000002]
    assert node(body, "traits.email")["messages"][0]["text"] == "Property email is missing."  # type: ignore[index]
    assert node_message_ids(body, "password") == [4000002]
    assert node(body, "traits.name.first")["attributes"]["value"] == "x"  # type: ignore[index]

    bad_email = _register(api, flow, traits={"email": "not-an-email"})
    assert node_message_ids(bad_email.json(), "traits.email") == [4000001]

    short = _register(api, flow, password="short")
    assert short.status_code == 400
    assert node_message_ids(short.json(), "password") == [4000032]
    assert node(short.json(), "password")["messages"][0]["context"] == {  # type: ignore[index]
        "min_length": 8,
        "actual_length": 5,
    }
    similar = _register(
        api, flow, traits={"email": "someone.special@example.com"}, password="someone.special1"
    )
    assert node_message_ids(similar.json(), "password") == [4000031]

    no_method = api.post(f"/self-service/registration?flow={flow['id']}", json={"traits": {"email": EMAIL}})
    assert no_method.status_code == 400
    assert message_ids(no_method.json()) == [4010003]


def test_registration_while_signed_in(api: httpx.Client, spa: httpx.Client, user: dict[str, Any]) -> None:
    flow = spa.get("/self-service/registration/browser").json()
    login_flow = spa.get("/self-service/login/browser").json()
    spa.post(
        f"/self-service/login?flow={login_flow['id']}",
        json={
            "method": "password",
            "identifier": EMAIL,
            "password": PASSWORD,
            "csrf_token": csrf_of(login_flow),
        },
    )
    refreshed = spa.get("/self-service/registration/browser")
    assert refreshed.status_code == 400
    assert refreshed.json()["error"]["id"] == "session_already_available"
    submit = _register(spa, flow, traits={"email": "second@example.com"})
    assert submit.status_code == 400
    assert submit.json()["error"]["id"] == "session_already_available"


def test_expired_registration(fake_kratos: FakeKratos, api: httpx.Client) -> None:
    flow = api.get("/self-service/registration/api").json()
    fake_kratos.advance_clock(fake_kratos.config.flow_lifespan + 5)
    response = _register(api, flow)
    assert response.status_code == 410
    replacement = api.get("/self-service/registration/flows", params={"id": response.json()["use_flow_id"]})
    assert message_ids(replacement.json()) == [4040001]
    assert not set_cookies(response)


def test_node_order_follows_registration_sort(api: httpx.Client) -> None:
    """registration.SortNodes: the password right after the first trait, the submit button last."""
    flow = api.get("/self-service/registration/api").json()
    names = [n["attributes"].get("name") for n in flow["ui"]["nodes"]]
    assert names == [
        "csrf_token",
        "traits.email",
        "password",
        "traits.name.first",
        "traits.name.last",
        "method",
    ]
    assert {n["group"] for n in flow["ui"]["nodes"] if n["attributes"]["name"].startswith("traits")} == {
        "default"
    }


def test_unknown_trait_error_sits_on_a_traits_node(api: httpx.Client) -> None:
    flow = api.get("/self-service/registration/api").json()
    response = _register(api, flow, traits={"email": EMAIL, "nickname": "ada"})
    assert response.status_code == 400
    body = response.json()
    assert message_ids(body) == []
    assert [n["attributes"]["name"] for n in body["ui"]["nodes"]][:2] == ["csrf_token", "traits"]
    assert node_message_ids(body, "traits") == [4000001]


def test_missing_object_traits_are_stored_empty(fake_kratos: FakeKratos, api: httpx.Client) -> None:
    flow = api.get("/self-service/registration/api").json()
    response = _register(api, flow)
    assert response.status_code == 200, response.text
    assert response.json()["identity"]["traits"] == {"email": EMAIL, "name": {}}


def test_form_error_redirects_with_302(browser: httpx.Client) -> None:
    """registration/error.go: a browser form error goes back to the UI with http.StatusFound."""
    flow = browser.get("/self-service/registration/browser", headers={"Accept": "application/json"}).json()
    response = browser.post(
        f"/self-service/registration?flow={flow['id']}",
        data={
            "method": "password",
            "password": PASSWORD,
            "traits.email": "nope",
            "csrf_token": csrf_of(flow),
        },
    )
    assert response.status_code == 302
    assert query_of(response.headers["location"])["flow"] == flow["id"]

"""The self-service pages of the Flask blueprint on the fake and real Kratos (server mode unless said)."""

from __future__ import annotations

import httpx
from backends import Backend
from flask.testing import FlaskClient

from ory_facade.contrib.flask import relay_set_cookies

from ..helpers import (
    CSRF_COOKIE_RE,
    NEW_PASSWORD,
    PASSWORD,
    SESSION_COOKIE_RE,
    csrf_cookie_names,
    field_value,
    path_of,
    query_of,
    totp_identity,
)
from .conftest import AppFactory, second_factor, sign_in, start_flow


def set_cookies(response: object) -> list[str]:
    return response.headers.getlist("Set-Cookie")  # type: ignore[attr-defined,no-any-return]


def test_starting_a_flow_relays_the_csrf_cookie_verbatim(client: FlaskClient) -> None:
    response = client.get("/auth/registration")
    assert response.status_code == 303
    assert path_of(response.headers["Location"]) == "/auth/registration"
    assert "flow" in query_of(response.headers["Location"])
    [cookie] = set_cookies(response)
    assert CSRF_COOKIE_RE.match(cookie), cookie


def test_flow_pages_are_not_cacheable(client: FlaskClient) -> None:
    response = client.get("/auth/login")
    page = client.get(response.headers["Location"])
    assert page.headers["Cache-Control"] == "no-store, private"
    assert 'name="csrf_token"' in page.get_data(as_text=True)


def test_login_relays_every_set_cookie_with_attributes_intact(backend: Backend, client: FlaskClient) -> None:
    backend.create_identity(email="ada@example.com", password=PASSWORD)
    done = sign_in(client, "ada@example.com")
    cookies = set_cookies(done)
    assert len(cookies) == 2  # the rotated CSRF cookie and the session cookie
    assert any(CSRF_COOKIE_RE.match(c) for c in cookies), cookies
    session_cookie = next(c for c in cookies if c.startswith("ory_kratos_session="))
    assert SESSION_COOKIE_RE.match(session_cookie), session_cookie
    # No return_to: Kratos' default return URL, which is the blueprint's index, which goes on to "/".
    assert done.headers["Location"] == "http://localhost/auth/"
    assert client.get("/auth/").headers["Location"] == "/"


def test_wrong_password_re_renders_the_form_with_kratos_message(
    backend: Backend, client: FlaskClient
) -> None:
    backend.create_identity(email="ada@example.com", password=PASSWORD)
    response = sign_in(client, "ada@example.com", "not the password")
    assert response.status_code == 400
    page = response.get_data(as_text=True)
    assert 'data-message-id="4000006"' in page
    assert 'value="ada@example.com"' in page  # the identifier is kept, the password is not


def test_csrf_mismatch_restarts_the_flow_with_a_notice(backend: Backend, client: FlaskClient) -> None:
    backend.create_identity(email="ada@example.com", password=PASSWORD)
    url, _ = start_flow(client, "login", return_to="/protected")
    forged = {
        "csrf_token": "A" * 88,
        "identifier": "ada@example.com",
        "password": PASSWORD,
        "method": "password",
    }
    response = client.post(url, data=forged)
    assert response.status_code == 303
    restarted = response.headers["Location"]
    assert query_of(restarted)["notice"] == "csrf"
    assert query_of(restarted)["flow"] != query_of(url)["flow"]
    again = client.get(restarted).get_data(as_text=True)
    assert 'data-testid="ory-notice"' in again
    # The restarted flow kept return_to and works.
    done = client.post(
        restarted,
        data={
            "csrf_token": field_value(again, "csrf_token"),
            "identifier": "ada@example.com",
            "password": PASSWORD,
            "method": "password",
        },
    )
    assert done.headers["Location"] == "http://localhost/protected"


def test_a_post_without_csrf_token_is_not_vouched_for_by_the_server(
    backend: Backend, client: FlaskClient
) -> None:
    backend.create_identity(email="ada@example.com", password=PASSWORD)
    url, _ = start_flow(client, "login")
    response = client.post(
        url, data={"identifier": "ada@example.com", "password": PASSWORD, "method": "password"}
    )
    assert response.status_code == 303
    assert query_of(response.headers["Location"])["notice"] == "csrf"
    assert not any(c.startswith("ory_kratos_session=") for c in set_cookies(response))


def test_repeated_csrf_failures_show_an_error_instead_of_looping(
    backend: Backend, client: FlaskClient
) -> None:
    url, _ = start_flow(client, "login")
    [csrf_cookie] = csrf_cookie_names([c.key for c in client._cookies.values()])
    client.delete_cookie(csrf_cookie)
    response = client.get(url + "&notice=csrf")
    assert response.status_code == 403
    assert 'data-testid="ory-error"' in response.get_data(as_text=True)


def test_unknown_flow_ids_restart(client: FlaskClient) -> None:
    response = client.get("/auth/login?flow=00000000-0000-4000-8000-000000000000")
    assert response.status_code == 303
    assert query_of(response.headers["Location"])["notice"] == "restarted"


def test_open_redirects_are_refused(backend: Backend, client: FlaskClient) -> None:
    backend.create_identity(email="ada@example.com", password=PASSWORD)
    for bad in ("https://evil.example/", "//evil.example/x", "/\\evil.example", "javascript:alert(1)"):
        done = sign_in(client, "ada@example.com", return_to=bad)
        assert done.headers["Location"] == "http://localhost/auth/", bad
        client.post(
            "/auth/logout",
            data={
                "logout_token": field_value(client.get("/auth/logout").get_data(as_text=True), "logout_token")
            },
        )


def test_allowed_hosts_extend_return_to(backend: Backend, make_app: AppFactory) -> None:
    client = make_app(ORY_ALLOWED_RETURN_TO_HOSTS=["shop.example"]).test_client()
    backend.create_identity(email="ada@example.com", password=PASSWORD)
    done = sign_in(client, "ada@example.com", return_to="https://shop.example/cart")
    assert done.headers["Location"] == "https://shop.example/cart"


def test_signed_in_users_skip_the_login_page(backend: Backend, client: FlaskClient) -> None:
    backend.create_identity(email="ada@example.com", password=PASSWORD)
    sign_in(client, "ada@example.com")
    response = client.get("/auth/login?return_to=/protected")
    assert response.status_code == 303
    assert response.headers["Location"] == "http://localhost/protected"


def test_settings_without_a_session_goes_to_login_and_back(client: FlaskClient) -> None:
    response = client.get("/auth/settings")
    assert response.status_code == 303
    assert path_of(response.headers["Location"]) == "/auth/login"
    assert query_of(response.headers["Location"])["return_to"] == "http://localhost/auth/settings"


def test_registration_continues_with_verification(backend: Backend, client: FlaskClient) -> None:
    url, page = start_flow(client, "registration")
    response = client.post(
        url,
        data={
            "csrf_token": field_value(page, "csrf_token"),
            "traits.email": "new@example.com",
            "password": PASSWORD,
            "method": "password",
        },
    )
    assert response.status_code == 303
    location = response.headers["Location"]
    assert path_of(location) == "/auth/verification"
    assert any(c.startswith("ory_kratos_session=") for c in set_cookies(response))
    verification = client.get(location).get_data(as_text=True)
    assert 'data-message-id="1080003"' in verification  # code sent
    code = backend.last_code_for("new@example.com")
    done = client.post(
        location,
        data={"csrf_token": field_value(verification, "csrf_token"), "code": code, "method": "code"},
    )
    assert done.status_code == 200
    assert 'data-message-id="1080002"' in done.get_data(as_text=True)  # verified
    assert backend.server.identities()[0]["verifiable_addresses"][0]["verified"] is True


def test_recovery_then_settings_password_change(backend: Backend, client: FlaskClient) -> None:
    backend.create_identity(email="ada@example.com", password=PASSWORD)
    url, page = start_flow(client, "recovery")
    sent = client.post(
        url,
        data={"csrf_token": field_value(page, "csrf_token"), "email": "ada@example.com", "method": "code"},
    )
    assert sent.status_code == 200
    sent_page = sent.get_data(as_text=True)
    assert 'data-message-id="1060003"' in sent_page
    wrong = client.post(
        url, data={"csrf_token": field_value(sent_page, "csrf_token"), "code": "000000", "method": "code"}
    )
    assert wrong.status_code == 400
    assert 'data-message-id="4060006"' in wrong.get_data(as_text=True)
    code = backend.last_code_for("ada@example.com")
    recovered = client.post(
        url, data={"csrf_token": field_value(sent_page, "csrf_token"), "code": code, "method": "code"}
    )
    assert recovered.status_code == 303
    settings_url = recovered.headers["Location"]
    assert path_of(settings_url) == "/auth/settings"
    assert any(SESSION_COOKIE_RE.match(c) for c in set_cookies(recovered))
    settings_page = client.get(settings_url).get_data(as_text=True)
    saved = client.post(
        settings_url,
        data={
            "csrf_token": field_value(settings_page, "csrf_token"),
            "password": NEW_PASSWORD,
            "method": "password",
        },
    )
    assert saved.status_code == 200
    assert 'data-message-id="1050001"' in saved.get_data(as_text=True)  # "Your changes have been saved"
    client.post(
        "/auth/logout",
        data={"logout_token": field_value(client.get("/auth/logout").get_data(as_text=True), "logout_token")},
    )
    assert sign_in(client, "ada@example.com", NEW_PASSWORD).status_code == 303


def test_logout_needs_the_token_and_clears_the_cookie(backend: Backend, client: FlaskClient) -> None:
    backend.create_identity(email="ada@example.com", password=PASSWORD)
    sign_in(client, "ada@example.com")
    assert client.post("/auth/logout", data={}).headers["Location"] == "/auth/logout"
    confirm = client.get("/auth/logout")
    assert confirm.status_code == 200
    done = client.post(
        "/auth/logout", data={"logout_token": field_value(confirm.get_data(as_text=True), "logout_token")}
    )
    assert done.status_code == 303
    assert done.headers["Location"] == "/"
    cleared = next(c for c in set_cookies(done) if c.startswith("ory_kratos_session="))
    assert "Max-Age=0" in cleared and "Expires=Thu, 01 Jan 1970 00:00:01 GMT" in cleared
    assert client.get("/protected").status_code == 302
    assert client.get("/auth/logout").headers["Location"] == "/"  # nothing to sign out of


def test_kratos_mode_posts_forms_straight_to_kratos(backend: Backend, make_app: AppFactory) -> None:
    client = make_app(ORY_UI_MODE="kratos").test_client()
    response = client.get("/auth/login?return_to=/protected")
    assert response.status_code == 303
    assert response.headers["Location"] == (
        f"{backend.public_url}/self-service/login/browser?return_to=http%3A%2F%2Flocalhost%2Fprotected"
    )
    created = httpx.get(response.headers["Location"])  # what the browser does next
    assert created.status_code == 303
    flow_page = created.headers["Location"]
    assert flow_page.startswith("http://localhost/auth/login?flow=")
    for header in created.headers.get_list("set-cookie"):
        name, _, rest = header.partition("=")
        client.set_cookie(name, rest.split(";", 1)[0])
    page = client.get(flow_page).get_data(as_text=True)
    assert f'action="{backend.public_url}/self-service/login?flow=' in page


def test_error_page_shows_kratos_stored_error(backend: Backend, client: FlaskClient) -> None:
    # A browser posting to Kratos without its CSRF cookie is sent to the error UI with an id.
    created = httpx.get(f"{backend.public_url}/self-service/login/api").json()
    browser = httpx.get(f"{backend.public_url}/self-service/login/browser")
    flow_id = query_of(browser.headers["Location"])["flow"]
    answer = httpx.post(
        f"{backend.public_url}/self-service/login?flow={flow_id}",
        data={"identifier": "x", "password": "y", "method": "password", "csrf_token": "nope"},
    )
    assert created["id"] and answer.status_code == 303
    error_url = answer.headers["Location"]
    assert path_of(error_url) == "/auth/error"
    page = client.get(error_url)
    assert page.status_code == 403
    assert "security_csrf_violation" in page.get_data(as_text=True) or "CSRF" in page.get_data(as_text=True)
    assert client.get("/auth/error?id=00000000-0000-4000-8000-000000000000").status_code == 404


def test_relay_set_cookies_keeps_each_header_exactly() -> None:
    from flask import Response

    headers = [
        "a=1; Path=/; Expires=Thu, 01 Jan 2099 00:00:00 GMT; Max-Age=99; HttpOnly; Secure; SameSite=None",
        "b=x/y+z==; Domain=example.com; Path=/app; SameSite=Strict; Partitioned",
    ]
    response = relay_set_cookies(Response("ok"), headers)
    assert response.headers.getlist("Set-Cookie") == headers


def test_step_up_to_aal2_through_the_pages(backend: Backend, client: FlaskClient) -> None:
    _, totp = totp_identity(backend, "mfa@example.com")
    sign_in(client, "mfa@example.com")  # the password only: aal1, while the identity has TOTP
    # Kratos refuses the settings flow (aal2 required) and names its own browser login URL: the app's
    # login page is used instead, with the same query.
    response = client.get("/auth/settings")
    assert response.status_code == 303
    location = response.headers["Location"]
    assert path_of(location) == "/auth/login"
    assert query_of(location)["aal"] == "aal2"
    query = {k: v for k, v in query_of(location).items() if k != "aal"}
    done = second_factor(client, totp(), **query)
    assert done.status_code == 303
    assert path_of(done.headers["Location"]) == "/auth/settings"
    assert client.get("/step-up").get_data(as_text=True) == "second factor ok"

"""Guards, the lazy current session, configuration and the session cache in the Flask extension."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from backends import Backend
from flask import Flask
from flask.testing import FlaskClient

from ory_facade import OryConfigurationError
from ory_facade.contrib.flask import Ory

from ..helpers import PASSWORD, count_whoami, field_value, path_of, query_of, totp_identity
from .conftest import AppFactory, second_factor, sign_in


def whoami_counter(app: Flask) -> Callable[[], int]:
    return count_whoami(app.extensions["ory_facade"].client)


def test_login_required_redirects_browsers_to_the_login_page_with_return_to(client: FlaskClient) -> None:
    response = client.get("/protected?tab=2", headers={"Accept": "text/html"})
    assert response.status_code == 302
    assert path_of(response.headers["Location"]) == "/auth/login"
    assert query_of(response.headers["Location"]) == {"return_to": "http://localhost/protected?tab=2"}


def test_login_required_answers_api_clients_with_json_401(client: FlaskClient) -> None:
    response = client.get("/api/me", headers={"Accept": "application/json"})
    assert response.status_code == 401
    body = response.get_json()
    assert body["error"]["id"] == "session_inactive"
    assert path_of(body["error"]["login_url"]) == "/auth/login"


def test_signed_in_user_reaches_protected_views(backend: Backend, client: FlaskClient) -> None:
    backend.create_identity(email="ada@example.com", password=PASSWORD)
    done = sign_in(client, "ada@example.com", return_to="/protected")
    assert done.status_code == 303
    assert done.headers["Location"] == "http://localhost/protected"
    assert client.get("/protected").get_data(as_text=True) == "hello ada@example.com"
    assert client.get("/with").get_data(as_text=True) == "block ada@example.com"
    assert client.get("/api/me", headers={"Accept": "application/json"}).get_json() == {
        "email": "ada@example.com"
    }


def test_session_token_header_is_accepted_for_api_clients(backend: Backend, client: FlaskClient) -> None:
    identity = backend.create_identity(email="app@example.com", password=PASSWORD)
    issued = backend.create_session(identity["id"], password=PASSWORD)
    response = client.get("/api/me", headers={"Accept": "application/json", "X-Session-Token": issued.token})
    assert response.status_code == 200
    assert response.get_json() == {"email": "app@example.com"}


def test_session_tokens_can_be_refused(backend: Backend, make_app: AppFactory) -> None:
    identity = backend.create_identity(email="app@example.com", password=PASSWORD)
    issued = backend.create_session(identity["id"], password=PASSWORD)
    client = make_app(ORY_ACCEPT_SESSION_TOKENS=False).test_client()
    response = client.get("/api/me", headers={"Accept": "application/json", "X-Session-Token": issued.token})
    assert response.status_code == 401


def test_aal2_required_steps_up_an_aal1_session(backend: Backend, client: FlaskClient) -> None:
    backend.create_identity(email="ada@example.com", password=PASSWORD)
    sign_in(client, "ada@example.com")
    response = client.get("/step-up")
    assert response.status_code == 302
    assert path_of(response.headers["Location"]) == "/auth/login"
    assert query_of(response.headers["Location"]) == {"aal": "aal2", "return_to": "http://localhost/step-up"}
    api = client.get("/step-up", headers={"Accept": "application/json"})
    assert api.status_code == 403
    assert api.get_json()["error"]["id"] == "session_aal2_required"


def test_aal2_required_accepts_an_aal2_session(backend: Backend, client: FlaskClient) -> None:
    _, totp = totp_identity(backend, "ada@example.com")
    sign_in(client, "ada@example.com")
    done = second_factor(client, totp())
    assert done.status_code == 303
    assert client.get("/step-up").get_data(as_text=True) == "second factor ok"


def test_kratos_requiring_aal2_on_whoami_sends_the_user_to_the_second_factor(
    backend: Backend, client: FlaskClient
) -> None:
    totp_identity(backend, "ada@example.com")
    sign_in(client, "ada@example.com")  # has TOTP, signed in with the password only (aal1)
    response = client.get("/protected")
    assert response.status_code == 302
    assert query_of(response.headers["Location"])["aal"] == "aal2"


def test_guest_only(backend: Backend, client: FlaskClient) -> None:
    assert client.get("/guest").get_data(as_text=True) == "welcome, guest"
    backend.create_identity(email="ada@example.com", password=PASSWORD)
    sign_in(client, "ada@example.com")
    response = client.get("/guest?return_to=https://evil.example/")
    assert response.status_code == 302
    assert response.headers["Location"] == "/"  # the unsafe return_to is ignored
    assert client.get("/guest?return_to=/protected").headers["Location"] == "/protected"


def test_current_session_is_lazy_and_looked_up_once_per_request(
    backend: Backend, app: Flask, client: FlaskClient
) -> None:
    whoami_calls = whoami_counter(app)
    backend.create_identity(email="ada@example.com", password=PASSWORD)
    sign_in(client, "ada@example.com")
    before = whoami_calls()
    client.get("/lazy")
    assert whoami_calls() == before
    assert client.get("/with").status_code == 200  # guard and view both read the session
    assert whoami_calls() == before + 1


def test_anonymous_visitors_cost_no_whoami(app: Flask, client: FlaskClient) -> None:
    whoami_calls = whoami_counter(app)
    assert client.get("/maybe").get_data(as_text=True) == "anonymous"
    assert whoami_calls() == 0


def test_session_cache_saves_round_trips_and_logout_invalidates_it(
    backend: Backend, make_app: AppFactory
) -> None:
    app = make_app(ORY_SESSION_CACHE_TTL=60, ORY_SESSION_COOKIE_NAME="ory_kratos_session")
    whoami_calls = whoami_counter(app)
    client = app.test_client()
    backend.create_identity(email="ada@example.com", password=PASSWORD)
    sign_in(client, "ada@example.com")
    assert client.get("/protected").status_code == 200
    before = whoami_calls()
    for _ in range(3):
        assert client.get("/protected").status_code == 200
    assert whoami_calls() == before
    confirm = client.get("/auth/logout").get_data(as_text=True)
    client.post("/auth/logout", data={"logout_token": field_value(confirm, "logout_token")})
    # Without invalidation the cached session would still open the page.
    assert client.get("/protected").status_code == 302


def test_extension_state_lives_in_app_extensions(app: Flask) -> None:
    state = app.extensions["ory_facade"]
    assert state.selfservice.settings.mode == "server"
    assert state.cache is None  # the cache is opt-in
    assert "ory.login" in app.view_functions


def test_factory_pattern_and_missing_public_url() -> None:
    ory = Ory()
    app = Flask(__name__)
    with pytest.raises(OryConfigurationError, match="ORY_PUBLIC_URL"):
        ory.init_app(app)


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [
        ("ORY_UI_MODE", "spa", "ORY_UI_MODE"),
        ("ORY_SESSION_CACHE_TTL", -1, "ORY_SESSION_CACHE_TTL"),
        ("ORY_ALLOWED_RETURN_TO_HOSTS", "example.com", "ORY_ALLOWED_RETURN_TO_HOSTS"),
        ("ORY_PUBLIC_URL", "ftp://kratos", "ORY_PUBLIC_URL"),
    ],
)
def test_invalid_configuration_is_reported_by_key(key: str, value: object, message: str) -> None:
    app = Flask(__name__)
    app.config.update(ORY_PUBLIC_URL="http://127.0.0.1:4433")
    app.config[key] = value
    with pytest.raises(OryConfigurationError, match=message):
        Ory(app)


def test_blueprint_can_be_left_out(backend: Backend, make_app: AppFactory) -> None:
    client = make_app(ORY_REGISTER_BLUEPRINT=False).test_client()
    response = client.get("/protected")
    assert response.status_code == 302
    assert response.headers["Location"].startswith(f"{backend.public_url}/self-service/login/browser?")
    assert client.get("/auth/login").status_code == 404

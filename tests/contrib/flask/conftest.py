"""A small Flask app using the extension, wired to the test's Kratos (``backend``: fake or real).

The Flask test client is ``http://localhost``: both Kratos send the browser back to its ``/auth/<page>``
pages and allow ``return_to`` anywhere on it (and on ``https://shop.example/``). Real Kratos reads that at
start, so one real server runs for this package; the fake is configured the same way per test.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from typing import Any

import pytest

flask = pytest.importorskip("flask", reason="Flask is not installed (pip install 'ory-facade[flask]')")

from backends import Backend  # noqa: E402
from flask import Flask, jsonify  # noqa: E402
from flask.testing import FlaskClient  # noqa: E402

from ory_facade.contrib.flask import (  # noqa: E402
    Ory,
    aal2_required,
    current_session,
    get_session,
    guest_only,
    login_required,
)
from ory_facade.testing.real import RealKratos  # noqa: E402

from ..helpers import PASSWORD, field_value, serve_real_kratos  # noqa: E402

AppFactory = Callable[..., Flask]
UI_URL = "http://localhost/auth"
ALLOWED_RETURN_URLS = ("http://localhost/", "https://shop.example/")


@pytest.fixture(autouse=True)
def clean_ory_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """The integration falls back to ORY_*/KRATOS_* variables: each test sees only those it sets."""
    for name in list(os.environ):
        if name.startswith(("ORY_", "KRATOS_")):
            monkeypatch.delenv(name)


@pytest.fixture(scope="package")
def real_kratos_server(pytestconfig: pytest.Config) -> Iterator[RealKratos]:
    """Real Kratos for the Flask tests (the ``backend`` fixture's ``[real]``): UI on the test client."""
    yield from serve_real_kratos(pytestconfig, ui_url=UI_URL, allowed_return_urls=ALLOWED_RETURN_URLS)


@pytest.fixture
def make_app(backend: Backend) -> Iterator[AppFactory]:
    """Build an app with extra config; Kratos' UI URL is the blueprint on the test client's host."""
    if backend.is_fake:
        backend.fake.configure(ui_url=UI_URL, allowed_return_urls=ALLOWED_RETURN_URLS)
    apps: list[Flask] = []

    def factory(**config: Any) -> Flask:
        app = Flask(__name__)
        app.config.update(
            TESTING=True,
            ORY_PUBLIC_URL=backend.public_url,
            ORY_ADMIN_URL=backend.admin_url,
            ORY_API_KEY=backend.api_key,
            **config,
        )
        Ory(app)

        @app.get("/protected")
        @login_required
        def protected() -> str:
            return f"hello {current_session.identity.traits['email']}"

        @app.get("/api/me")
        @login_required
        def api_me() -> Any:
            return jsonify(email=current_session.identity.traits["email"])

        @app.get("/step-up")
        @aal2_required
        def step_up() -> str:
            return "second factor ok"

        @app.get("/guest")
        @guest_only
        def guest() -> str:
            return "welcome, guest"

        @app.get("/with")
        def with_block() -> str:
            with login_required as session:
                return f"block {session.identity.traits['email']}"

        @app.get("/maybe")
        def maybe() -> str:
            return "anonymous" if get_session() is None else "signed in"

        @app.get("/lazy")
        def lazy() -> str:
            return "never looked at the session"

        apps.append(app)
        return app

    yield factory
    for app in apps:
        app.extensions["ory_facade"].client.close()


@pytest.fixture
def app(make_app: AppFactory) -> Flask:
    return make_app()


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    return app.test_client()


def start_flow(client: FlaskClient, kind: str, **query: str) -> tuple[str, str]:
    """GET the page without a flow, follow to the flow page; returns (flow page URL, its HTML)."""
    response = client.get(f"/auth/{kind}", query_string=query)
    assert response.status_code == 303, response.data[:300]
    location = response.headers["Location"]
    page = client.get(location)
    assert page.status_code == 200, page.data[:500]
    return location, page.get_data(as_text=True)


def sign_in(client: FlaskClient, email: str, password: str = PASSWORD, **query: str) -> Any:
    url, page = start_flow(client, "login", **query)
    return client.post(
        url,
        data={
            "csrf_token": field_value(page, "csrf_token"),
            "identifier": email,
            "password": password,
            "method": "password",
        },
    )


def second_factor(client: FlaskClient, totp_code: str, **query: str) -> Any:
    """Step a signed-in (aal1) client up to aal2 through the login page with a TOTP code."""
    url, page = start_flow(client, "login", aal="aal2", **query)
    assert 'name="totp_code"' in page, page[:500]
    return client.post(
        url,
        data={"csrf_token": field_value(page, "csrf_token"), "totp_code": totp_code, "method": "totp"},
    )

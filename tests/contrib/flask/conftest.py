"""A small Flask app using the extension, wired to the fake Kratos (``fake_kratos`` fixture)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

flask = pytest.importorskip("flask", reason="Flask is not installed (pip install 'ory-facade[flask]')")

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
from ory_facade.testing import FakeKratos  # noqa: E402

from ..helpers import PASSWORD, field_value  # noqa: E402

AppFactory = Callable[..., Flask]


@pytest.fixture
def make_app(fake_kratos: FakeKratos) -> Iterator[AppFactory]:
    """Build an app with extra config; Kratos' UI URL is the blueprint on the test client's host."""
    fake_kratos.configure(ui_url="http://localhost/auth")
    apps: list[Flask] = []

    def factory(**config: Any) -> Flask:
        app = Flask(__name__)
        app.config.update(
            TESTING=True,
            ORY_PUBLIC_URL=fake_kratos.public_url,
            ORY_ADMIN_URL=fake_kratos.admin_url,
            ORY_API_KEY=fake_kratos.api_key,
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

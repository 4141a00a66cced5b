"""Expired flows and sessions past their privileged age, through the Flask pages, on both backends.

The fake's clock is moved; real Kratos for this module is started with short lifespans
(``SHORT_LIVED`` in ``tests/contrib/helpers.py``) and the tests wait them out.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from backends import Backend
from flask.testing import FlaskClient

from ory_facade import OryClient
from ory_facade.testing.real import RealKratos

from ..helpers import (
    NEW_PASSWORD,
    PASSWORD,
    SHORT_LIVED,
    field_value,
    let_time_pass,
    path_of,
    query_of,
    serve_real_kratos,
)
from .conftest import ALLOWED_RETURN_URLS, UI_URL, sign_in, start_flow


@pytest.fixture(scope="module")
def real_kratos_server(pytestconfig: pytest.Config) -> Iterator[RealKratos]:
    """Real Kratos with flows and privileged sessions that last seconds, UI on the test client."""
    yield from serve_real_kratos(
        pytestconfig, ui_url=UI_URL, allowed_return_urls=ALLOWED_RETURN_URLS, **SHORT_LIVED
    )


def test_submitting_an_expired_flow_continues_with_use_flow_id(backend: Backend, client: FlaskClient) -> None:
    backend.create_identity(email="ada@example.com", password=PASSWORD)
    url, page = start_flow(client, "login")
    let_time_pass(backend, 2 * 3600)  # past the flow's lifespan
    response = client.post(
        url,
        data={
            "csrf_token": field_value(page, "csrf_token"),
            "identifier": "ada@example.com",
            "password": PASSWORD,
            "method": "password",
        },
    )
    assert response.status_code == 303
    replacement = query_of(response.headers["Location"])["flow"]
    assert replacement != query_of(url)["flow"]
    fresh = client.get(response.headers["Location"])
    assert fresh.status_code == 200
    assert 'data-message-id="4010001"' in fresh.get_data(as_text=True)  # "the flow expired"


def test_opening_an_expired_flow_restarts_it_keeping_return_to(backend: Backend, client: FlaskClient) -> None:
    url, _ = start_flow(client, "login", return_to="/protected")
    let_time_pass(backend, 2 * 3600)
    response = client.get(url)
    assert response.status_code == 303
    location = response.headers["Location"]
    assert query_of(location)["notice"] == "expired"
    backend.create_identity(email="ada@example.com", password=PASSWORD)
    page = client.get(location).get_data(as_text=True)
    done = client.post(
        location,
        data={
            "csrf_token": field_value(page, "csrf_token"),
            "identifier": "ada@example.com",
            "password": PASSWORD,
            "method": "password",
        },
    )
    assert done.headers["Location"] == "http://localhost/protected"


def test_privileged_settings_change_with_an_old_session_asks_to_sign_in_again(
    backend: Backend, client: FlaskClient
) -> None:
    backend.create_identity(email="ada@example.com", password=PASSWORD)
    sign_in(client, "ada@example.com")
    url, page = start_flow(client, "settings")
    let_time_pass(backend, 1000)  # past privileged_session_max_age
    response = client.post(
        url,
        data={"csrf_token": field_value(page, "csrf_token"), "password": NEW_PASSWORD, "method": "password"},
    )
    assert response.status_code == 303
    location = response.headers["Location"]
    assert path_of(location) == "/auth/login"  # Kratos' browser login URL mapped to the app's page
    assert query_of(location)["refresh"] == "true"
    assert path_of(query_of(location)["return_to"]) == "/auth/settings"
    refresh = client.get(location)
    assert refresh.status_code == 303  # a refresh login flow is created despite the session


def test_a_privileged_change_completes_after_signing_in_again_without_typing_it_twice(
    backend: Backend, client: FlaskClient
) -> None:
    """Issue 14: new password, "confirm it's you", done: Kratos resumes the change it paused."""
    backend.create_identity(email="ada@example.com", password=PASSWORD)
    sign_in(client, "ada@example.com")
    url, page = start_flow(client, "settings")
    let_time_pass(backend, 1000)  # past privileged_session_max_age
    asked = client.post(
        url,
        data={"csrf_token": field_value(page, "csrf_token"), "password": NEW_PASSWORD, "method": "password"},
    )
    assert asked.status_code == 303 and query_of(asked.headers["Location"])["refresh"] == "true"
    back = query_of(asked.headers["Location"])["return_to"]
    assert path_of(back) == "/auth/settings" and query_of(back)["resume"] == "1"
    refresh = client.get(asked.headers["Location"])
    login_page = refresh.headers["Location"]
    form = client.get(login_page).get_data(as_text=True)
    confirmed = client.post(
        login_page,
        data={
            "csrf_token": field_value(form, "csrf_token"),
            "identifier": "ada@example.com",
            "password": PASSWORD,  # the current password, once
            "method": "password",
        },
    )
    assert confirmed.status_code == 303 and confirmed.headers["Location"] == "http://localhost" + back
    resumed = client.get(back)
    assert resumed.status_code == 303
    assert query_of(resumed.headers["Location"]) == {"flow": query_of(url)["flow"]}
    done = client.get(resumed.headers["Location"]).get_data(as_text=True)
    assert 'data-message-id="1050001"' in done  # "Your changes have been saved!"
    assert "did not match" not in done
    with OryClient(backend.public_url) as ory:
        assert ory.login.with_password("ada@example.com", NEW_PASSWORD).session_token

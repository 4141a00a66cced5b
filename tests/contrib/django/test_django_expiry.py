"""An expired flow through the Django pages, on both backends.

The fake's clock is moved; real Kratos for this module is started with short lifespans (``SHORT_LIVED`` in
``tests/contrib/helpers.py``) and the test waits them out.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from backends import Backend
from django.test import Client

from ory_facade import OryClient
from ory_facade.testing.real import RealKratos

from ..helpers import NEW_PASSWORD, PASSWORD, SHORT_LIVED, let_time_pass, path_of, query_of, serve_real_kratos
from .conftest import ALLOWED_RETURN_URLS, UI_URL, post_form, sign_in, start_flow


@pytest.fixture(scope="module")
def real_kratos_server(pytestconfig: pytest.Config) -> Iterator[RealKratos]:
    """Real Kratos with flows and privileged sessions that last seconds, UI on the test client."""
    yield from serve_real_kratos(
        pytestconfig, ui_url=UI_URL, allowed_return_urls=ALLOWED_RETURN_URLS, **SHORT_LIVED
    )


def test_expired_flow_is_continued(backend: Backend, client: Client) -> None:
    backend.create_identity(email="ada@example.com", password=PASSWORD)
    url, page = start_flow(client, "login")
    let_time_pass(backend, 7200)
    response = post_form(
        client, url, page, identifier="ada@example.com", password=PASSWORD, method="password"
    )
    assert response.status_code == 303
    assert query_of(response["Location"])["flow"] != query_of(url)["flow"]
    assert b'data-message-id="4010001"' in client.get(response["Location"]).content


def test_a_privileged_change_completes_after_signing_in_again_without_typing_it_twice(
    backend: Backend, client: Client
) -> None:
    """Issue 14: new password, "confirm it's you", done: Kratos resumes the change it paused."""
    backend.create_identity(email="ada@example.com", password=PASSWORD)
    sign_in(client, "ada@example.com")
    url, page = start_flow(client, "settings")
    let_time_pass(backend, 1000)  # past privileged_session_max_age
    asked = post_form(client, url, page, password=NEW_PASSWORD, method="password")
    assert asked.status_code == 303 and query_of(asked["Location"])["refresh"] == "true"
    back = query_of(asked["Location"])["return_to"]
    assert path_of(back) == "/auth/settings" and query_of(back)["resume"] == "1"
    login_page = client.get(asked["Location"])["Location"]
    form = client.get(login_page).content.decode()
    confirmed = post_form(
        client, login_page, form, identifier="ada@example.com", password=PASSWORD, method="password"
    )
    assert confirmed.status_code == 303 and confirmed["Location"] == "http://testserver" + back
    resumed = client.get(back)
    assert resumed.status_code == 303
    assert query_of(resumed["Location"]) == {"flow": query_of(url)["flow"]}
    done = client.get(resumed["Location"]).content.decode()
    assert 'data-message-id="1050001"' in done and "did not match" not in done
    with OryClient(backend.public_url) as ory:
        assert ory.login.with_password("ada@example.com", NEW_PASSWORD).session_token

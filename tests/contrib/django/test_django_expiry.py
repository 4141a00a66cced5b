"""An expired flow through the Django pages, on both backends.

The fake's clock is moved; real Kratos for this module is started with short lifespans (``SHORT_LIVED`` in
``tests/contrib/helpers.py``) and the test waits them out.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from backends import Backend
from django.test import Client

from ory_facade.testing.real import RealKratos

from ..helpers import PASSWORD, SHORT_LIVED, let_time_pass, query_of, serve_real_kratos
from .conftest import ALLOWED_RETURN_URLS, UI_URL, post_form, start_flow


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

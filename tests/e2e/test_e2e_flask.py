"""The Flask example in headless Chromium: the full account journey, a CSRF mismatch and an expired flow,
against the fake and real Kratos."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from backends import Backend

from ory_facade.testing.real import RealKratos

from .conftest import FlaskSite, Screenshots, real_kratos_for

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def real_kratos_server(pytestconfig: pytest.Config, flask_site: FlaskSite) -> Iterator[RealKratos]:
    """Real Kratos for this module (the ``backend`` fixture's ``[real]``), its UI on the Flask example."""
    yield from real_kratos_for(pytestconfig, flask_site.url)


@pytest.fixture
def journey(browser: Any, flask_site: FlaskSite, backend: Backend) -> Any:
    from .journeys import Journey

    url = flask_site.use(backend)
    if backend.is_fake:
        backend.fake.configure(ui_url=f"{url}/auth")
    folder = "flask" if backend.is_fake else "flask-real"
    return Journey(browser, url, backend, Screenshots(browser, folder))


def test_register_logout_login_recover_change_password_login(journey: Any) -> None:
    journey.full("flask-user@example.com")


def test_csrf_mismatch_restarts_the_flow(journey: Any) -> None:
    journey.csrf_mismatch_recovers("flask-csrf@example.com")


@pytest.mark.fake_only("moves the fake's clock past the flow's lifespan (advance_clock)")
def test_expired_flow_recovers(journey: Any) -> None:
    journey.expired_flow_recovers("flask-expired@example.com")

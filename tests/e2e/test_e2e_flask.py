"""The Flask example in headless Chromium: the full account journey and a CSRF mismatch, against the fake
and real Kratos (the expired flow journey is in ``test_e2e_flask_expiry.py``)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from backends import Backend

from ory_facade.testing.real import RealKratos

from .conftest import FlaskSite, make_journey, real_kratos_for

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def real_kratos_server(pytestconfig: pytest.Config, flask_site: FlaskSite) -> Iterator[RealKratos]:
    """Real Kratos for this module (the ``backend`` fixture's ``[real]``), its UI on the Flask example."""
    yield from real_kratos_for(pytestconfig, flask_site.url)


@pytest.fixture
def journey(browser: Any, flask_site: FlaskSite, backend: Backend) -> Any:
    return make_journey(browser, flask_site.use(backend), backend, "flask")


def test_register_logout_login_recover_change_password_login(journey: Any) -> None:
    journey.full("flask-user@example.com")


def test_csrf_mismatch_restarts_the_flow(journey: Any) -> None:
    journey.csrf_mismatch_recovers("flask-csrf@example.com")

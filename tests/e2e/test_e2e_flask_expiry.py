"""The Flask example in headless Chromium: a login flow that expires while the form is open, and an expired
page reloaded, against the fake (its clock moved) and real Kratos (short lifespans, waited out)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from backends import Backend
from contrib.helpers import SHORT_LIVED

from ory_facade.testing.real import RealKratos

from .conftest import FlaskSite, make_journey, real_kratos_for

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def real_kratos_server(pytestconfig: pytest.Config, flask_site: FlaskSite) -> Iterator[RealKratos]:
    """Real Kratos whose flows last seconds, its UI on this module's Flask example."""
    yield from real_kratos_for(pytestconfig, flask_site.url, **SHORT_LIVED)


@pytest.fixture
def journey(browser: Any, flask_site: FlaskSite, backend: Backend) -> Any:
    return make_journey(browser, flask_site.use(backend), backend, "flask")


def test_expired_flow_recovers(journey: Any) -> None:
    journey.expired_flow_recovers("flask-expired@example.com")


def test_a_privileged_change_completes_after_signing_in_again(journey: Any) -> None:
    journey.reauthenticated_change_completes("flask-reauth@example.com")

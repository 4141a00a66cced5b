"""The Django example in headless Chromium: a login flow that expires while the form is open, and an
expired page reloaded, against the fake (its clock moved) and real Kratos (short lifespans, waited out)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from backends import Backend
from contrib.helpers import SHORT_LIVED

from ory_facade.testing.real import RealKratos

from .conftest import DjangoSites, make_journey, real_kratos_for

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def real_kratos_server(pytestconfig: pytest.Config, django_sites: DjangoSites) -> Iterator[RealKratos]:
    """Real Kratos whose flows last seconds, its UI on this module's Django example (started after it)."""
    yield from real_kratos_for(pytestconfig, f"http://127.0.0.1:{django_sites.port('real')}", **SHORT_LIVED)


@pytest.fixture
def journey(browser: Any, django_sites: DjangoSites, backend: Backend) -> Any:
    return make_journey(browser, django_sites.url_for(backend), backend, "django")


def test_expired_flow_recovers(journey: Any) -> None:
    journey.expired_flow_recovers("django-expired@example.com")


def test_a_privileged_change_completes_after_signing_in_again(journey: Any) -> None:
    journey.reauthenticated_change_completes("django-reauth@example.com")

"""The Django example in headless Chromium: the full account journey and a CSRF mismatch, against the fake
and real Kratos (the expired flow journey is in ``test_e2e_django_expiry.py``)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from backends import Backend

from ory_facade.testing.real import RealKratos

from .conftest import DjangoSites, make_journey, real_kratos_for

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def real_kratos_server(pytestconfig: pytest.Config, django_sites: DjangoSites) -> Iterator[RealKratos]:
    """Real Kratos for this module (the ``backend`` fixture's ``[real]``), its UI on the Django example
    (which starts after it, on the port picked here)."""
    yield from real_kratos_for(pytestconfig, f"http://127.0.0.1:{django_sites.port('real')}")


@pytest.fixture
def journey(browser: Any, django_sites: DjangoSites, backend: Backend) -> Any:
    return make_journey(browser, django_sites.url_for(backend), backend, "django")


def test_register_logout_login_recover_change_password_login(journey: Any) -> None:
    journey.full("django-user@example.com")


def test_csrf_mismatch_restarts_the_flow(journey: Any) -> None:
    journey.csrf_mismatch_recovers("django-csrf@example.com")

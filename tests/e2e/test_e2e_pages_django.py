"""The Django example's pages in headless Chromium: how they look (light/dark, desktop/phone screenshots),
labels, primary buttons, TOTP and backup codes in settings, on the fake and real Kratos (issue 14)."""

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
    yield from real_kratos_for(pytestconfig, f"http://127.0.0.1:{django_sites.port('real')}")


@pytest.fixture
def journey(browser: Any, django_sites: DjangoSites, backend: Backend) -> Any:
    return make_journey(browser, django_sites.url_for(backend), backend, "django")


def test_pages_look_like_a_product(journey: Any) -> None:
    journey.pages_look_like_a_product("django-look@example.com")

"""The Flask example's pages in headless Chromium: how they look (light/dark, desktop/phone screenshots),
labels, primary buttons, TOTP and backup codes in settings, on the fake and real Kratos (issue 14)."""

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
    yield from real_kratos_for(pytestconfig, flask_site.url)


@pytest.fixture
def journey(browser: Any, flask_site: FlaskSite, backend: Backend) -> Any:
    return make_journey(browser, flask_site.use(backend), backend, "flask")


def test_pages_look_like_a_product(journey: Any) -> None:
    journey.pages_look_like_a_product("flask-look@example.com")

"""The Flask example in headless Chromium: the full account journey, a CSRF mismatch and an expired flow."""

from __future__ import annotations

from typing import Any

import pytest

from ory_facade.testing import FakeKratos

from .conftest import Screenshots

pytestmark = pytest.mark.e2e


@pytest.fixture
def journey(browser: Any, flask_app_url: str, fake_kratos: FakeKratos) -> Any:
    from .journeys import Journey

    fake_kratos.configure(ui_url=f"{flask_app_url}/auth")
    return Journey(browser, flask_app_url, fake_kratos, Screenshots(browser, "flask"))


def test_register_logout_login_recover_change_password_login(journey: Any) -> None:
    journey.full("flask-user@example.com")


def test_csrf_mismatch_restarts_the_flow(journey: Any) -> None:
    journey.csrf_mismatch_recovers("flask-csrf@example.com")


def test_expired_flow_recovers(journey: Any) -> None:
    journey.expired_flow_recovers("flask-expired@example.com")

"""The Django example in headless Chromium: the full account journey, a CSRF mismatch and an expired flow."""

from __future__ import annotations

from typing import Any

import pytest

from ory_facade.testing import FakeKratos

from .conftest import Screenshots

pytestmark = pytest.mark.e2e


@pytest.fixture
def journey(browser: Any, django_app_url: str, fake_kratos: FakeKratos) -> Any:
    from .journeys import Journey

    fake_kratos.configure(ui_url=f"{django_app_url}/auth")
    return Journey(browser, django_app_url, fake_kratos, Screenshots(browser, "django"))


def test_register_logout_login_recover_change_password_login(journey: Any) -> None:
    journey.full("django-user@example.com")


def test_csrf_mismatch_restarts_the_flow(journey: Any) -> None:
    journey.csrf_mismatch_recovers("django-csrf@example.com")


def test_expired_flow_recovers(journey: Any) -> None:
    journey.expired_flow_recovers("django-expired@example.com")

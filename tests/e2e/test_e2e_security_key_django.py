"""The Django twin of ``test_e2e_security_key.py`` (the Django example app in its own process)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from backends import Backend

from ory_facade.testing.real import RealKratos

from .conftest import DjangoSites, make_journey, on_localhost, real_kratos_for, schema_with_webauthn

pytestmark = [pytest.mark.e2e, pytest.mark.real_only("the fake Kratos implements no WebAuthn method")]


@pytest.fixture(scope="module")
def real_kratos_server(pytestconfig: pytest.Config, django_sites: DjangoSites) -> Iterator[RealKratos]:
    origin = f"http://localhost:{django_sites.port('real')}"
    yield from real_kratos_for(
        pytestconfig, origin, webauthn_origin=origin, identity_schema=schema_with_webauthn()
    )


@pytest.fixture
def journey(browser: Any, django_sites: DjangoSites, backend: Backend) -> Any:
    app = on_localhost(django_sites.url_for(backend))
    return make_journey(browser, app, backend, "django-security-key")


def test_django_security_key_is_added_in_settings_and_signs_in(journey: Any) -> None:
    journey.security_key("django-key@example.com")


def test_django_passkey_is_added_in_settings_and_signs_in_alone(journey: Any) -> None:
    journey.passkey("django-passkey@example.com")

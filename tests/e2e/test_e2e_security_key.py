"""A security key and a passkey, added in settings and used to sign in, on the Flask example against real
Kratos started with the app's ``localhost`` origin as WebAuthn relying party and CORS origin (issue 14:
"WebAuthn/passkeys (Kratos' script node) where enabled"); the journeys are in ``journeys.py``."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from backends import Backend

from ory_facade.testing.real import RealKratos

from .conftest import FlaskSite, make_journey, on_localhost, real_kratos_for, schema_with_webauthn

pytestmark = [pytest.mark.e2e, pytest.mark.real_only("the fake Kratos implements no WebAuthn method")]


@pytest.fixture(scope="module")
def real_kratos_server(pytestconfig: pytest.Config, flask_site: FlaskSite) -> Iterator[RealKratos]:
    origin = on_localhost(flask_site.url)
    yield from real_kratos_for(
        pytestconfig, origin, webauthn_origin=origin, identity_schema=schema_with_webauthn()
    )


@pytest.fixture
def journey(browser: Any, flask_site: FlaskSite, backend: Backend) -> Any:
    return make_journey(browser, on_localhost(flask_site.use(backend)), backend, "flask-security-key")


def test_security_key_is_added_in_settings_and_signs_in(journey: Any) -> None:
    journey.security_key("flask-key@example.com")


def test_passkey_is_added_in_settings_and_signs_in_alone(journey: Any) -> None:
    journey.passkey("flask-passkey@example.com")

"""A security key (WebAuthn) and a passkey added in settings and used to sign in, in headless Chromium
with Chrome's virtual authenticator, on real Kratos, Django example (issue 14: settings renders
"WebAuthn/passkeys (Kratos' script node) where enabled"); the Flask twin is test_e2e_security_key.py.

WebAuthn needs a host name (an IP address is not a valid relying party id), so the browser visits the app
as ``http://localhost:<port>`` (the server still binds 127.0.0.1 only) and Kratos is started with that
origin as its relying party and CORS origin (its script is loaded with ``crossorigin="anonymous"``).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from backends import Backend

from ory_facade.testing.real import RealKratos

from .conftest import DjangoSites, make_journey, real_kratos_for, schema_with_webauthn

pytestmark = [pytest.mark.e2e, pytest.mark.real_only("the fake Kratos implements no WebAuthn method")]


def _localhost(url: str) -> str:
    return url.replace("://127.0.0.1:", "://localhost:")


@pytest.fixture(scope="module")
def real_kratos_server(pytestconfig: pytest.Config, django_sites: DjangoSites) -> Iterator[RealKratos]:
    origin = f"http://localhost:{django_sites.port('real')}"
    yield from real_kratos_for(
        pytestconfig, origin, webauthn_origin=origin, identity_schema=schema_with_webauthn()
    )


@pytest.fixture
def journey(browser: Any, django_sites: DjangoSites, backend: Backend) -> Any:
    return make_journey(browser, _localhost(django_sites.url_for(backend)), backend, "django-security-key")


def test_security_key_is_added_in_settings_and_signs_in(journey: Any) -> None:
    journey.security_key("django-key@example.com")


def test_passkey_is_added_in_settings_and_signs_in_alone(journey: Any) -> None:
    journey.passkey("django-passkey@example.com")

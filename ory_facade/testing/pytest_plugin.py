"""pytest fixtures for the fake Kratos (registered as the ``ory_facade`` pytest11 entry point).

* ``fake_kratos_server`` — one server per test session (fast: started once).
* ``fake_kratos`` — the same server, reset before each test; every response it sent during the test
  is checked against the OpenAPI spec (shipped in the package; needs ``openapi-schema-validator``,
  ``pip install 'ory-facade[testing]'``) and a mismatch fails the test at teardown. The session header
  says whether responses are validated, and why not.
* ``ory_client`` — an ``ory_facade.OryClient`` pointed at the fake (skipped while it does not exist).
"""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from typing import Any

import pytest

from ory_facade.testing.server import FakeKratos
from ory_facade.testing.validation import validation_unavailable

__all__ = ["fake_kratos", "fake_kratos_server", "ory_client", "pytest_report_header"]


def pytest_report_header(config: pytest.Config) -> str:
    why_not = validation_unavailable()
    if why_not is None:
        return "ory_facade fake Kratos: responses validated against the OpenAPI spec"
    return f"ory_facade fake Kratos: responses NOT validated: {why_not}"


@pytest.fixture(scope="session")
def fake_kratos_server() -> Iterator[FakeKratos]:
    """A running fake Kratos with an admin API key and response validation (when the spec is there)."""
    kratos = FakeKratos(
        api_key="ory_pat_" + secrets.token_urlsafe(24),
        validate_responses=validation_unavailable() is None,
    )
    with kratos:
        yield kratos


@pytest.fixture
def fake_kratos(fake_kratos_server: FakeKratos) -> Iterator[FakeKratos]:
    """The shared fake, with fresh state; fails the test if a response broke the spec."""
    fake_kratos_server.reset()
    yield fake_kratos_server
    violations = fake_kratos_server.take_violations()
    fake_kratos_server.clear_faults()
    if violations:
        pytest.fail(
            "fake Kratos sent responses that do not match openapi/kratos-api.json:\n"
            + "\n".join(f"  {v}" for v in violations),
            pytrace=False,
        )


@pytest.fixture
def ory_client(fake_kratos: FakeKratos) -> Iterator[Any]:
    """``ory_facade.OryClient`` for the fake (public + admin URL, API key)."""
    try:
        from ory_facade import OryClient  # type: ignore[attr-defined,unused-ignore]
    except ImportError:
        pytest.skip("ory_facade.OryClient is not available yet")
    client = OryClient(fake_kratos.public_url, admin_url=fake_kratos.admin_url, api_key=fake_kratos.api_key)
    try:
        yield client
    finally:
        close = getattr(client, "close", None)
        if callable(close):
            close()

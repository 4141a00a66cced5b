"""Fixtures for the facade tests: a clean environment, a mock Kratos and a client wired to it."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from backends import Backend
from facade_fakes import MockKratos

from ory_facade import OryClient


@pytest.fixture(autouse=True)
def clean_ory_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """``from_env`` must only see what a test sets: drop every ORY_*/KRATOS_* variable."""
    for name in list(os.environ):
        if name.startswith(("ORY_", "KRATOS_")):
            monkeypatch.delenv(name)


@pytest.fixture
def kratos() -> MockKratos:
    return MockKratos()


@pytest.fixture
def ory(kratos: MockKratos) -> Iterator[OryClient]:
    client = kratos.client(api_key="admin-secret-key")
    yield client
    client._transport.http_client.close()


# --- the fake Kratos over real HTTP (integration tests) -------------------------------------------------
# The fake's pytest plugin is registered as an entry point once the project metadata declares it; importing
# its fixtures here makes them available either way (a conftest fixture overrides a plugin one of the same
# name, so both paths use one server per test session).
from ory_facade.testing.pytest_plugin import fake_kratos, fake_kratos_server  # noqa: E402

__all__ = ["fake_kratos", "fake_kratos_server"]


@pytest.fixture
def live(backend: Backend) -> Iterator[OryClient]:
    """An ``OryClient`` for the test's Kratos (fake or real), shared by the test like in a web process."""
    with OryClient(backend.public_url, admin_url=backend.admin_url, api_key=backend.api_key) as client:
        client._transport._sleep = lambda seconds: None  # retries without real waiting
        yield client

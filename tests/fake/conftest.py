"""Fixtures for driving the fake Kratos with plain httpx: native app, SPA, form browser and admin."""

from __future__ import annotations

import http.cookiejar
import importlib
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from ory_facade.testing import FakeKratos

from .support import EMAIL, PASSWORD


def pytest_configure(config: pytest.Config) -> None:
    # Until the pytest11 entry point is installed, load the plugin here (once).
    plugin = importlib.import_module("ory_facade.testing.pytest_plugin")
    if not config.pluginmanager.is_registered(plugin) and not config.pluginmanager.has_plugin("ory_facade"):
        config.pluginmanager.register(plugin, "ory_facade")


@pytest.fixture
def api(fake_kratos: FakeKratos) -> Iterator[httpx.Client]:
    """A native app: JSON, session tokens, never cookies (its jar refuses them, like a mobile app's)."""
    with httpx.Client(base_url=fake_kratos.public_url, headers={"Accept": "application/json"}) as client:
        client.cookies.jar.set_policy(http.cookiejar.DefaultCookiePolicy(allowed_domains=[]))
        yield client


@pytest.fixture
def spa(fake_kratos: FakeKratos) -> Iterator[httpx.Client]:
    """A browser app calling Kratos with AJAX: JSON answers, cookies kept in a jar."""
    with httpx.Client(base_url=fake_kratos.public_url, headers={"Accept": "application/json"}) as client:
        yield client


@pytest.fixture
def browser(fake_kratos: FakeKratos) -> Iterator[httpx.Client]:
    """A plain browser: HTML negotiation (303 redirects), form posts, cookies kept."""
    headers = {"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"}
    with httpx.Client(base_url=fake_kratos.public_url, headers=headers) as client:
        yield client


@pytest.fixture
def admin(fake_kratos: FakeKratos) -> Iterator[httpx.Client]:
    headers = {"Authorization": f"Bearer {fake_kratos.api_key}"}
    with httpx.Client(base_url=fake_kratos.admin_url, headers=headers) as client:
        yield client


@pytest.fixture
def user(fake_kratos: FakeKratos) -> dict[str, Any]:
    return fake_kratos.create_identity(email=EMAIL, password=PASSWORD, traits={"name": {"first": "Ada"}})

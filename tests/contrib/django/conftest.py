"""A minimal Django project for the integration tests, configured in-process with ``settings.configure``.

``ORY`` points at the test's Kratos (``backend``: fake or real) per test (``override_settings``), which also
exercises the rebuild of the integration's client when the setting changes. The test client is
``http://testserver``: both Kratos send browsers back to its ``/auth/<page>`` pages and allow ``return_to``
anywhere on it. Real Kratos reads that at start, so one real server runs for this package.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

import pytest

django = pytest.importorskip("django", reason="Django is not installed (pip install 'ory-facade[django]')")

from django.conf import settings  # noqa: E402

if not settings.configured:
    settings.configure(
        DEBUG=False,
        SECRET_KEY="ory-facade-tests-not-secret",
        ALLOWED_HOSTS=["testserver", "localhost", "127.0.0.1"],
        ROOT_URLCONF=f"{__package__}.urls",
        INSTALLED_APPS=[
            "django.contrib.auth",
            "django.contrib.contenttypes",
            "django.contrib.sessions",
            "ory_facade.contrib.django",
        ],
        MIDDLEWARE=[
            "django.contrib.sessions.middleware.SessionMiddleware",
            "django.middleware.csrf.CsrfViewMiddleware",
            "django.contrib.auth.middleware.AuthenticationMiddleware",
            "ory_facade.contrib.django.middleware.OrySessionMiddleware",
        ],
        AUTHENTICATION_BACKENDS=[
            "django.contrib.auth.backends.ModelBackend",
            "ory_facade.contrib.django.backends.OryBackend",
        ],
        DATABASES={"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}},
        CACHES={"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}},
        TEMPLATES=[
            {
                "BACKEND": "django.template.backends.django.DjangoTemplates",
                "APP_DIRS": True,
                "OPTIONS": {
                    "context_processors": [
                        "django.template.context_processors.request",
                        "ory_facade.contrib.django.context_processors.ory",
                    ]
                },
            }
        ],
        USE_TZ=True,
        ORY={"PUBLIC_URL": "http://127.0.0.1:9"},  # replaced per test by the ory_settings fixture
    )
    django.setup()

from backends import Backend  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import override_settings, setup_test_environment  # noqa: E402

from ory_facade.testing.real import RealKratos  # noqa: E402

from ..helpers import PASSWORD, field_value, serve_real_kratos  # noqa: E402

UI_URL = "http://testserver/auth"
ALLOWED_RETURN_URLS = ("http://testserver/",)

_test_environment = False


@pytest.fixture(autouse=True)
def clean_ory_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """The integration falls back to ORY_*/KRATOS_* variables: each test sees only those it sets."""
    for name in list(os.environ):
        if name.startswith(("ORY_", "KRATOS_")):
            monkeypatch.delenv(name)


@pytest.fixture(scope="session", autouse=True)
def django_database() -> None:
    """Tables for django.contrib.auth in the in-memory database (created once)."""
    global _test_environment
    if not _test_environment:
        setup_test_environment()
        _test_environment = True
    from django.core.management import call_command

    call_command("migrate", run_syncdb=True, verbosity=0)


@pytest.fixture(scope="package")
def real_kratos_server(pytestconfig: pytest.Config) -> Iterator[RealKratos]:
    """Real Kratos for the Django tests (the ``backend`` fixture's ``[real]``): UI on the test client."""
    yield from serve_real_kratos(pytestconfig, ui_url=UI_URL, allowed_return_urls=ALLOWED_RETURN_URLS)


@pytest.fixture
def ory_settings(backend: Backend) -> Iterator[Any]:
    """``override(**ORY keys)`` points the integration at the test's Kratos (UI on http://testserver/auth)."""
    if backend.is_fake:
        backend.fake.configure(ui_url=UI_URL, allowed_return_urls=ALLOWED_RETURN_URLS)
    active: list[Any] = []

    def override(**extra: Any) -> None:
        for old in reversed(active):
            old.disable()
        active.clear()
        value = {
            "PUBLIC_URL": backend.public_url,
            "ADMIN_URL": backend.admin_url,
            "API_KEY": backend.api_key,
            **extra,
        }
        manager = override_settings(ORY=value)
        manager.enable()
        active.append(manager)

    override()
    yield override
    for manager in reversed(active):
        manager.disable()
    from ory_facade.contrib.django import conf

    conf.reset()


@pytest.fixture
def client(ory_settings: Any) -> Client:
    """A test client that enforces Django's CSRF checks, like a real browser request."""
    return Client(enforce_csrf_checks=True)


def start_flow(client: Client, kind: str, **query: str) -> tuple[str, str]:
    response = client.get(f"/auth/{kind}", query)
    assert response.status_code == 303, response.content[:300]
    location = response["Location"]
    page = client.get(location)
    assert page.status_code == 200, page.content[:500]
    return location, page.content.decode()


def post_form(client: Client, url: str, page: str, **fields: str) -> Any:
    """POST like the rendered form: both CSRF tokens (Django's and Kratos')."""
    data = {"csrfmiddlewaretoken": field_value(page, "csrfmiddlewaretoken"), **fields}
    if 'name="csrf_token"' in page and "csrf_token" not in fields:
        data["csrf_token"] = field_value(page, "csrf_token")
    return client.post(url, data)


def sign_in(client: Client, email: str, password: str = PASSWORD, **query: str) -> Any:
    url, page = start_flow(client, "login", **query)
    return post_form(client, url, page, identifier=email, password=password, method="password")

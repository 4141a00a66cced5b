"""Settings, system checks and lazy configuration of the Django integration."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.test.utils import override_settings

from ory_facade.contrib.django import conf
from ory_facade.contrib.django.checks import check_middleware, check_settings
from ory_facade.contrib.django.runtime import get_client


def ids(**ory: Any) -> list[str]:
    with override_settings(ORY=ory):
        return [m.id for m in check_settings()]  # type: ignore[misc]


def test_valid_settings_pass_the_checks() -> None:
    assert (
        ids(PUBLIC_URL="http://127.0.0.1:4433", ADMIN_URL="http://127.0.0.1:4434", SESSION_CACHE="default")
        == []
    )


def test_missing_setting_is_e001() -> None:
    with override_settings():
        from django.conf import settings

        del settings.ORY
        assert [m.id for m in check_settings()] == ["ory_facade.E001"]  # type: ignore[misc]
        with pytest.raises(ImproperlyConfigured, match="ORY setting is missing"):
            conf.get_settings()
    conf.reset()


@pytest.mark.parametrize(
    ("ory", "expected"),
    [
        ({}, ["ory_facade.E002"]),
        ({"PUBLIC_URL": "127.0.0.1:4433"}, ["ory_facade.E003"]),
        ({"PUBLIC_URL": "http://k", "ADMIN_URL": "ftp://k"}, ["ory_facade.E003"]),
        ({"PUBLIC_URL": "http://k", "UI_MODE": "spa"}, ["ory_facade.E004"]),
        ({"PUBLIC_URL": "http://k", "SESSION_CACHE_TTL": -5}, ["ory_facade.E005"]),
        ({"PUBLIC_URL": "http://k", "TIMEOUT": 0}, ["ory_facade.E005"]),
        ({"PUBLIC_URL": "http://k", "SESSION_CACHE": "redis"}, ["ory_facade.E006"]),
        ({"PUBLIC_URL": "http://k", "ALLOWED_RETURN_TO_HOSTS": "example.com"}, ["ory_facade.E007"]),
        ({"PUBLIC_URL": "http://k", "PUBLIC_URl": "typo"}, ["ory_facade.W001"]),
        # The cache is keyed by Kratos' session cookie: it must be named, exactly (issue 13).
        ({"PUBLIC_URL": "http://k", "SESSION_CACHE_TTL": 30}, ["ory_facade.E010"]),
        (
            {"PUBLIC_URL": "http://k", "SESSION_CACHE_TTL": 30, "SESSION_COOKIE_NAME": "ory_session_*"},
            ["ory_facade.E010"],
        ),
        ({"PUBLIC_URL": "http://k", "SESSION_COOKIE_NAME": ["ok", ""]}, ["ory_facade.E010"]),
        (
            {"PUBLIC_URL": "http://k", "SESSION_CACHE_TTL": 30, "SESSION_COOKIE_NAME": "ory_kratos_session"},
            [],
        ),
        ({"PUBLIC_URL": "http://k", "SESSION_CACHE_TTL": 0}, []),
    ],
)
def test_each_problem_has_its_id(ory: dict[str, Any], expected: list[str]) -> None:
    assert ids(**ory) == expected


def test_django_user_needs_the_backend() -> None:
    with override_settings(
        ORY={"PUBLIC_URL": "http://k", "DJANGO_USER": True},
        AUTHENTICATION_BACKENDS=["django.contrib.auth.backends.ModelBackend"],
    ):
        assert [m.id for m in check_settings()] == ["ory_facade.E008"]  # type: ignore[misc]
    assert ids(PUBLIC_URL="http://k", DJANGO_USER=True) == []  # the test settings list OryBackend


def test_middleware_checks() -> None:
    assert check_middleware() == []
    with override_settings(MIDDLEWARE=["django.contrib.auth.middleware.AuthenticationMiddleware"]):
        assert [m.id for m in check_middleware()] == ["ory_facade.W002"]  # type: ignore[misc]
    with override_settings(
        MIDDLEWARE=[
            "ory_facade.contrib.django.middleware.OrySessionMiddleware",
            "django.contrib.auth.middleware.AuthenticationMiddleware",
        ]
    ):
        assert [m.id for m in check_middleware()] == ["ory_facade.E009"]  # type: ignore[misc]


def test_checks_run_through_django() -> None:
    from django.core import checks

    with override_settings(ORY={"PUBLIC_URL": "nope"}):
        found = [m.id for m in checks.run_checks()]
    assert "ory_facade.E003" in found


def test_settings_are_read_lazily_and_name_what_is_missing() -> None:
    with (
        override_settings(ORY={"ADMIN_URL": "http://127.0.0.1:4434"}),
        pytest.raises(ImproperlyConfigured, match=r'ORY\["PUBLIC_URL"\] is missing'),
    ):
        get_client()
    conf.reset()


def test_defaults_and_rebuild_on_change() -> None:
    with override_settings(ORY={"PUBLIC_URL": "http://127.0.0.1:4433/", "API_KEY": "secret-key"}):
        settings = conf.get_settings()
        assert settings.ui_mode == "server"
        assert settings.session_cache_ttl == 0
        assert settings.default_return_to == "/"
        assert "secret-key" not in repr(settings)
        first = get_client()
        assert first.public_url == "http://127.0.0.1:4433"
        assert get_client() is first
    with override_settings(ORY={"PUBLIC_URL": "http://127.0.0.1:5555"}):
        assert get_client().public_url == "http://127.0.0.1:5555"
    conf.reset()

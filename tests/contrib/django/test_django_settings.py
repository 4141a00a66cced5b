"""Settings, system checks and lazy configuration of the Django integration."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.test.utils import override_settings

from ory_facade import OryClient
from ory_facade.contrib.django import conf
from ory_facade.contrib.django.cache import DjangoCacheBackend
from ory_facade.contrib.django.checks import check_middleware, check_settings
from ory_facade.contrib.django.runtime import get_client, get_runtime
from ory_facade.errors import OryConfigurationError


def ids(**ory: Any) -> list[str]:
    with override_settings(ORY=ory):
        return [m.id for m in check_settings()]  # type: ignore[misc]


def test_valid_settings_pass_the_checks() -> None:
    assert (
        ids(
            PUBLIC_URL="http://127.0.0.1:4433",
            ADMIN_URL="http://127.0.0.1:4434",
            SESSION_CACHE_TTL=10,
            SESSION_COOKIE_NAME="ory_kratos_session",
            SESSION_CACHE_BACKEND="default",
        )
        == []
    )


def test_missing_setting_is_e001() -> None:
    with override_settings():
        from django.conf import settings

        del settings.ORY
        assert [m.id for m in check_settings()] == ["ory_facade.E001"]  # type: ignore[misc]
        with pytest.raises(ImproperlyConfigured, match=r"ORY setting is missing.*KRATOS_PUBLIC_URL"):
            conf.get_settings()
    conf.reset()


def test_without_the_setting_the_environment_configures_it(monkeypatch: pytest.MonkeyPatch) -> None:
    """The variables OryClient.from_env reads: ORY_SDK_URL for both APIs, ORY_API_KEY."""
    monkeypatch.setenv("ORY_SDK_URL", "https://slug.projects.oryapis.com/")
    monkeypatch.setenv("ORY_API_KEY", "ory_pat_from_env")
    with override_settings():
        from django.conf import settings

        del settings.ORY
        assert check_settings() == []
        loaded = conf.get_settings()
        assert loaded.from_environment == {
            "PUBLIC_URL": "ORY_SDK_URL",
            "ADMIN_URL": "ORY_SDK_URL",
            "API_KEY": "ORY_API_KEY",
        }
        assert "ory_pat_from_env" not in repr(loaded)
        client = get_client()
        assert client.public_url == client.admin_url == "https://slug.projects.oryapis.com"
        assert client._api_key == "ory_pat_from_env"
    conf.reset()


def test_a_given_setting_wins_over_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KRATOS_PUBLIC_URL", "http://from-env:4433")
    monkeypatch.setenv("KRATOS_ADMIN_URL", "not a url")
    with override_settings(ORY={"PUBLIC_URL": "http://from-settings:4433"}):
        found = check_settings()
        # The bad variable is named as a variable, not as a setting the user never wrote.
        assert [(m.id, m.msg) for m in found] == [  # type: ignore[misc]
            (
                "ory_facade.E003",
                'KRATOS_ADMIN_URL (the environment, as ORY["ADMIN_URL"] is not set) must be an http(s) URL '
                "without query or fragment, got 'not a url'.",
            )
        ]
    monkeypatch.delenv("KRATOS_ADMIN_URL")
    with override_settings(ORY={"PUBLIC_URL": "http://from-settings:4433"}):
        assert get_client().public_url == "http://from-settings:4433"
    conf.reset()


def make_client() -> OryClient:
    """A CLIENT factory (named by its dotted path in the tests' settings)."""
    made = OryClient("http://factory.example:4433", max_retries=0)
    FACTORY_MADE.append(made)
    return made


FACTORY_MADE: list[OryClient] = []
GIVEN = OryClient("http://given.example:4433")


def test_client_setting_takes_an_instance_a_path_or_a_factory() -> None:
    with override_settings(ORY={"CLIENT": GIVEN}):
        assert get_client() is GIVEN
    with override_settings(ORY={"CLIENT": f"{__name__}.GIVEN"}):
        assert get_client() is GIVEN
    FACTORY_MADE.clear()
    with override_settings(ORY={"CLIENT": f"{__name__}:make_client"}):
        made = get_client()
        assert [made] == FACTORY_MADE and made.public_url == "http://factory.example:4433"
        assert get_client() is made  # called once per runtime
    conf.reset()
    # The factory's client was made for the runtime and closed with it; the given one is its owner's.
    assert made._transport.http_client.is_closed
    assert not GIVEN._transport.http_client.is_closed


def test_a_factory_returning_something_else_is_refused() -> None:
    with (
        override_settings(ORY={"CLIENT": f"{__name__}.not_a_client"}),
        pytest.raises(OryConfigurationError, match="returned a str, not an OryClient"),
    ):
        get_client()
    conf.reset()


def not_a_client() -> str:
    return "http://k"


def test_old_session_cache_name_still_works_with_a_deprecation_warning() -> None:
    old = {
        "PUBLIC_URL": "http://k",
        "SESSION_CACHE_TTL": 5,
        "SESSION_COOKIE_NAME": "s",
        "SESSION_CACHE": "default",
    }
    with override_settings(ORY=old):
        found = check_settings()
        assert [m.id for m in found] == ["ory_facade.W004"]  # type: ignore[misc]
        assert 'ORY["SESSION_CACHE"] is renamed ORY["SESSION_CACHE_BACKEND"]' in found[0].msg
        with pytest.warns(DeprecationWarning, match="SESSION_CACHE_BACKEND"):
            runtime = get_runtime()
        assert runtime.cache is not None
        assert isinstance(runtime.cache.backend, DjangoCacheBackend)
        assert runtime.cache.backend.alias == "default"
    with override_settings(ORY={**old, "SESSION_CACHE": "nope"}):
        assert [m.id for m in check_settings()] == ["ory_facade.W004", "ory_facade.E006"]  # type: ignore[misc]
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
        (
            {"PUBLIC_URL": "http://k", "SESSION_CACHE_BACKEND": "redis"},
            ["ory_facade.W006", "ory_facade.E006"],
        ),
        (
            {"PUBLIC_URL": "http://k", "SESSION_CACHE_BACKEND": object()},
            ["ory_facade.E006", "ory_facade.W006"],
        ),
        (
            {
                "PUBLIC_URL": "http://k",
                "SESSION_CACHE_BACKEND": "default",
                "SESSION_CACHE_REDIS_URL": "redis://r",
            },
            ["ory_facade.E006", "ory_facade.W006"],
        ),
        ({"PUBLIC_URL": "http://k", "SESSION_CACHE_BACKEND": "default"}, ["ory_facade.W006"]),
        ({"PUBLIC_URL": "http://u:p@k"}, ["ory_facade.E003"]),
        ({"PUBLIC_URL": "http://k", "MAX_RETRIES": 1.5}, ["ory_facade.E005"]),
        ({"PUBLIC_URL": "http://k", "ACCEPT_SESSION_TOKENS": "false"}, ["ory_facade.E012"]),
        ({"PUBLIC_URL": "http://k", "DJANGO_USER": 1}, ["ory_facade.E012"]),
        ({"CLIENT": "no_such_module.make_client"}, ["ory_facade.E011"]),
        ({"CLIENT": 42}, ["ory_facade.E011"]),
        ({"CLIENT": "ory_facade.OryClient"}, ["ory_facade.E011"]),
        (
            {"CLIENT": f"{__name__}.make_client", "PUBLIC_URL": "http://k", "TIMEOUT": 3},
            ["ory_facade.W005"],
        ),
        ({"CLIENT": f"{__name__}.make_client"}, []),
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
    assert sorted(ids(**ory)) == sorted(expected)


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

"""``ory_facade.contrib.settings`` and ``contrib.runtime`` without a web framework: the one validation,
the environment fallback (``OryClient.from_env``'s variables), the injected client, renamed keys."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from typing import Any

import pytest

from ory_facade import OryClient
from ory_facade.contrib import settings as shared
from ory_facade.contrib.runtime import build_runtime
from ory_facade.errors import OryConfigurationError
from ory_facade.session_cache import LRUCacheBackend


@dataclass(frozen=True)
class AppSettings(shared.OrySettings):
    mount_pages: bool = True


PLAIN = shared.Framework(name="test", spell=lambda key: f"<{key}>", settings_class=AppSettings)
RENAMING = shared.Framework(
    name="test",
    spell=lambda key: f"<{key}>",
    settings_class=AppSettings,
    renamed={"OLD_TTL": "SESSION_CACHE_TTL"},
)


@pytest.fixture(autouse=True)
def clean_ory_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in list(os.environ):
        if name.startswith(("ORY_", "KRATOS_")):
            monkeypatch.delenv(name)


def ids(values: dict[str, Any], framework: shared.Framework[Any] = PLAIN, **kw: Any) -> list[str]:
    return [p.id for p in shared.check(values, framework, **kw)]


def pages(page: str, query: Any) -> str:
    return f"/auth/{page}"


def test_defaults_and_the_framework_keys() -> None:
    loaded = shared.load({"PUBLIC_URL": " http://k:4433 "}, PLAIN, environ={})
    assert isinstance(loaded, AppSettings) and loaded.mount_pages is True
    assert (loaded.public_url, loaded.timeout, loaded.max_retries, loaded.session_cache_ttl) == (
        "http://k:4433",
        10.0,
        2,
        0.0,
    )
    assert set(PLAIN.defaults) == set(shared.DEFAULTS) | {"MOUNT_PAGES"}
    assert ids({"PUBLIC_URL": "http://k", "MOUNT_PAGES": "yes"}, environ={}) == ["ory_facade.E012"]


def test_environment_fallback_reads_what_from_env_reads() -> None:
    environ = {
        "ORY_SDK_URL": "https://slug.projects.oryapis.com",
        "KRATOS_PUBLIC_URL": "http://local:4433",
        "ORY_PROJECT_API_TOKEN": "ory_pat_env_secret",
        "KRATOS_BROWSER_URL": "https://example.com/.ory",
    }
    loaded = shared.load({}, PLAIN, environ=environ)
    reference = OryClient.from_env(environ)
    assert (loaded.public_url, loaded.admin_url, loaded.browser_url, loaded.api_key) == (
        reference.public_url,
        reference.admin_url,
        reference.browser_url,
        reference._api_key,
    )
    reference.close()
    assert loaded.from_environment == {
        "PUBLIC_URL": "KRATOS_PUBLIC_URL",
        "ADMIN_URL": "ORY_SDK_URL",
        "API_KEY": "ORY_PROJECT_API_TOKEN",
        "BROWSER_URL": "KRATOS_BROWSER_URL",
    }
    assert "ory_pat_env_secret" not in repr(loaded)
    # A given setting wins; "" counts as not given (as in from_env).
    given = shared.load({"PUBLIC_URL": "http://mine:4433", "API_KEY": ""}, PLAIN, environ=environ)
    assert given.public_url == "http://mine:4433" and given.api_key == "ory_pat_env_secret"
    assert "PUBLIC_URL" not in given.from_environment


def test_with_a_client_the_environment_is_not_read() -> None:
    with OryClient("http://given:4433") as client:
        loaded = shared.load({"CLIENT": client}, PLAIN, environ={"KRATOS_PUBLIC_URL": "bad url"})
        assert loaded.client is client and loaded.public_url is None and loaded.from_environment == {}


def test_missing_url_names_the_setting_and_the_variables() -> None:
    with pytest.raises(OryConfigurationError) as caught:
        shared.load({}, PLAIN, environ={})
    assert str(caught.value).startswith(
        "<PUBLIC_URL> is missing. (ory_facade.E002) Set it (or the environment"
    )
    assert "KRATOS_PUBLIC_URL" in str(caught.value) and "ORY_SDK_URL" in str(caught.value)


def test_a_bad_environment_value_is_named_as_the_variable() -> None:
    found = shared.check({}, PLAIN, environ={"ORY_SDK_URL": "slug.projects.oryapis.com"})
    assert [str(p) for p in found] == [
        "ORY_SDK_URL (the environment, as <PUBLIC_URL> is not set) must be an http(s) URL without query or "
        "fragment, got 'slug.projects.oryapis.com'. (ory_facade.E003)",
        "ORY_SDK_URL (the environment, as <ADMIN_URL> is not set) must be an http(s) URL without query or "
        "fragment, got 'slug.projects.oryapis.com'. (ory_facade.E003)",
    ]


def test_url_rules_are_the_clients() -> None:
    for good in ("http://k", "https://k:4433/base/", "http://127.0.0.1:4433"):
        assert ids({"PUBLIC_URL": good}, environ={}) == []
        OryClient(good).close()
    for bad in ("k:4433", "ftp://k", "http://k?x=1", "http://k#f", "http://user:pw@k"):
        assert ids({"PUBLIC_URL": bad}, environ={}) == ["ory_facade.E003"]
        with pytest.raises(OryConfigurationError):
            OryClient(bad)
    assert "user name or password" in str(shared.check({"PUBLIC_URL": "http://u:pw@k"}, PLAIN, environ={})[0])


def test_renamed_keys_work_with_a_deprecation_warning() -> None:
    assert ids({"PUBLIC_URL": "http://k", "OLD_TTL": 0}, RENAMING, environ={}) == ["ory_facade.W004"]
    with pytest.warns(DeprecationWarning, match="<OLD_TTL> is renamed <SESSION_CACHE_TTL>"):
        loaded = shared.load(
            {"PUBLIC_URL": "http://k", "OLD_TTL": 7, "SESSION_COOKIE_NAME": "s"}, RENAMING, environ={}
        )
    assert loaded.session_cache_ttl == 7
    with pytest.warns(DeprecationWarning, match="both are set and <OLD_TTL> is ignored"):
        loaded = shared.load(
            {"PUBLIC_URL": "http://k", "OLD_TTL": 7, "SESSION_CACHE_TTL": 0}, RENAMING, environ={}
        )
    assert loaded.session_cache_ttl == 0
    # Under a framework that did not rename it, the old key is just unknown.
    assert ids({"PUBLIC_URL": "http://k", "OLD_TTL": 7}, environ={}) == ["ory_facade.W001"]


def test_warnings_are_python_warnings_only_where_the_framework_asks() -> None:
    loud = shared.Framework(name="loud", spell=str, settings_class=AppSettings, warn_on_load=True)
    with pytest.warns(shared.OrySettingsWarning, match="Unknown settings: TYPO"):
        shared.load({"PUBLIC_URL": "http://k", "TYPO": 1}, loud, environ={})
    shared.load({"PUBLIC_URL": "http://k", "TYPO": 1}, PLAIN, environ={})  # filterwarnings=error: silent


def test_runtime_builds_client_cache_and_pages() -> None:
    backend = LRUCacheBackend()
    loaded = shared.load(
        {
            "PUBLIC_URL": "http://k:4433",
            "BROWSER_URL": "https://auth.example",
            "TIMEOUT": 3,
            "MAX_RETRIES": 0,
            "SESSION_CACHE_TTL": 5,
            "SESSION_CACHE_BACKEND": backend,
            "SESSION_COOKIE_NAME": ["ory_kratos_session"],
            "UI_MODE": "kratos",
            "ALLOWED_RETURN_TO_HOSTS": ["shop.example"],
        },
        PLAIN,
        environ={},
    )
    runtime = build_runtime(loaded, pages)
    assert runtime.owns_client
    assert (runtime.client.public_url, runtime.client.browser_url, runtime.client.max_retries) == (
        "http://k:4433",
        "https://auth.example",
        0,
    )
    assert runtime.client.timeout.read == 3
    assert runtime.cache is not None and runtime.cache.backend is backend and runtime.cache.ttl == 5
    assert runtime.selfservice.session_cache is runtime.cache
    assert runtime.selfservice.settings.mode == "kratos"
    assert runtime.selfservice.settings.allowed_return_to_hosts == ("shop.example",)
    runtime.close()
    assert runtime.client._transport.http_client.is_closed


def test_a_string_backend_needs_the_framework() -> None:
    assert "ory_facade.E006" in ids(
        {
            "PUBLIC_URL": "http://k",
            "SESSION_CACHE_TTL": 5,
            "SESSION_COOKIE_NAME": "s",
            "SESSION_CACHE_BACKEND": "x",
        },
        environ={},
    )
    named = shared.Framework(name="n", spell=str, settings_class=AppSettings, named_backends=True)
    loaded = shared.load(
        {
            "PUBLIC_URL": "http://k",
            "SESSION_CACHE_TTL": 5,
            "SESSION_COOKIE_NAME": "s",
            "SESSION_CACHE_BACKEND": "x",
        },
        named,
        environ={},
    )
    made: list[str] = []

    def resolve(alias: str) -> LRUCacheBackend:
        made.append(alias)
        return LRUCacheBackend()

    runtime = build_runtime(loaded, pages, named_backend=resolve)
    assert made == ["x"] and runtime.cache is not None
    runtime.close()


def test_django_and_flask_report_the_same_problems() -> None:
    """One validation: the same values give the same ids in both frameworks."""
    pytest.importorskip("django")
    pytest.importorskip("flask")
    code = r"""
import json, sys
from django.conf import settings
settings.configure(CACHES={"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}})
from ory_facade.contrib import settings as shared
from ory_facade.contrib.django.conf import FRAMEWORK as DJANGO
from ory_facade.contrib.flask.extension import FRAMEWORK as FLASK
cases = [
    {},
    {"PUBLIC_URL": "ftp://k", "UI_MODE": "spa", "TIMEOUT": -1, "MAX_RETRIES": "2"},
    {"PUBLIC_URL": "http://k", "SESSION_CACHE_TTL": 5},
    {"PUBLIC_URL": "http://k", "SESSION_COOKIE_NAME": "bad name", "ALLOWED_RETURN_TO_HOSTS": "x"},
    {"CLIENT": "nowhere.client", "ACCEPT_SESSION_TOKENS": "no"},
    {"PUBLIC_URL": "http://k", "SESSION_CACHE_REDIS_URL": "http://r", "DEFAULT_RETURN_TO": None},
]
out = []
for case in cases:
    out.append([[p.id for p in shared.check(case, fw, environ={})] for fw in (DJANGO, FLASK)])
print(json.dumps(out))
"""
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    import json

    for django_ids, flask_ids in json.loads(result.stdout):
        assert django_ids == flask_ids and django_ids


def test_public_names() -> None:
    from ory_facade.contrib import runtime

    assert set(shared.__all__) == {
        "DEFAULTS",
        "Framework",
        "OrySettings",
        "OrySettingsWarning",
        "Problem",
        "check",
        "load",
        "render",
    }
    assert set(runtime.__all__) == {"Runtime", "build_cache", "build_client", "build_runtime"}


def test_with_a_client_bad_connection_values_are_ignored_not_fatal() -> None:
    with OryClient("http://given:4433") as client, pytest.warns(shared.OrySettingsWarning, match="W005"):
        loud = shared.Framework(name="loud", spell=str, settings_class=AppSettings, warn_on_load=True)
        loaded = shared.load({"CLIENT": client, "TIMEOUT": "soon", "PUBLIC_URL": "nope"}, loud, environ={})
    assert loaded.timeout == 10.0 and loaded.client is client


def test_a_malformed_url_with_credentials_is_not_echoed() -> None:
    (problem,) = shared.check({"PUBLIC_URL": "admin:hunter2@kratos"}, PLAIN, environ={})
    assert problem.id == "ory_facade.E003" and "hunter2" not in str(problem)

"""The Flask config goes through the shared settings: the environment fills it, ``ORY_CLIENT`` injects a
client, and ``init_app`` reports every problem with the ids Django's system checks use."""

from __future__ import annotations

import warnings

import pytest
from backends import Backend
from flask import Flask

from ory_facade import OryClient
from ory_facade.contrib.flask import Ory, ory_state
from ory_facade.contrib.settings import OrySettingsWarning
from ory_facade.errors import OryConfigurationError
from ory_facade.redis_cache import RedisCacheBackend

MADE: list[OryClient] = []


def make_client() -> OryClient:
    made = OryClient("http://factory.example:4433")
    MADE.append(made)
    return made


def app_with(**config: object) -> Flask:
    app = Flask(__name__)
    app.config.update(config)
    return app


def test_environment_configures_an_app_without_ory_config(
    backend: Backend, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KRATOS_PUBLIC_URL", backend.public_url)
    monkeypatch.setenv("KRATOS_ADMIN_URL", backend.admin_url)
    if backend.api_key:
        monkeypatch.setenv("ORY_API_KEY", backend.api_key)
    app = app_with()
    Ory(app)
    with app.app_context():
        state = ory_state()
        assert state.client.public_url == backend.public_url
        assert state.settings.from_environment["PUBLIC_URL"] == "KRATOS_PUBLIC_URL"
        assert list(state.client.admin.identities.iter_all()) == []  # the admin URL (and key) work
    # The config still wins over the environment.
    other = app_with(ORY_PUBLIC_URL="http://config.example:4433")
    Ory(other)
    assert other.extensions["ory_facade"].client.public_url == "http://config.example:4433"
    for each in (app, other):
        each.extensions["ory_facade"].client.close()


def test_client_config_takes_an_instance_or_a_dotted_factory() -> None:
    with OryClient("http://given.example:4433") as given:
        app = app_with(ORY_CLIENT=given)
        Ory(app)
        assert app.extensions["ory_facade"].client is given
        assert app.extensions["ory_facade"].runtime.owns_client is False
    MADE.clear()
    app = app_with(ORY_CLIENT=f"{__name__}.make_client")
    Ory(app)
    runtime = app.extensions["ory_facade"].runtime
    assert [runtime.client] == MADE and runtime.owns_client
    runtime.close()


def test_client_with_connection_keys_warns_that_they_are_ignored() -> None:
    with OryClient("http://given.example:4433") as given:
        app = app_with(ORY_CLIENT=given, ORY_PUBLIC_URL="http://other:4433")
        with pytest.warns(OrySettingsWarning, match=r'ORY_PUBLIC_URL"\] is ignored.*ory_facade.W005'):
            Ory(app)


def test_every_error_is_listed_with_its_id() -> None:
    app = app_with(ORY_UI_MODE="spa", ORY_TIMEOUT=0, ORY_SESSION_CACHE_TTL=10)
    with pytest.raises(OryConfigurationError) as caught:
        Ory(app)
    text = str(caught.value)
    assert text.startswith("4 problems with the Flask settings:")
    for expected in (
        'app.config["ORY_PUBLIC_URL"] is missing. (ory_facade.E002) Set it (or the environment variable '
        "KRATOS_PUBLIC_URL; ORY_SDK_URL on Ory Network)",
        'app.config["ORY_UI_MODE"] must be "server" or "kratos", got \'spa\'. (ory_facade.E004)',
        'app.config["ORY_TIMEOUT"] must be a number of seconds > 0, got 0. (ory_facade.E005)',
        'app.config["ORY_SESSION_COOKIE_NAME"]. (ory_facade.E010)',
    ):
        assert expected in text
    assert "ory_facade" not in app.extensions


def test_unknown_keys_warn() -> None:
    app = app_with(ORY_PUBLIC_URl="http://k", ORY_PUBLIC_URL="http://k")
    with pytest.warns(OrySettingsWarning, match=r'Unknown settings: app.config\["ORY_PUBLIC_URl"\]'):
        Ory(app)
    app.extensions["ory_facade"].client.close()


def test_a_string_cache_backend_is_refused_and_redis_url_builds_one() -> None:
    with pytest.raises(OryConfigurationError, match=r"must be a cache backend object.*E006"):
        Ory(app_with(ORY_PUBLIC_URL="http://k", ORY_SESSION_CACHE_BACKEND="default"))
    pytest.importorskip("redis")
    app = app_with(
        ORY_PUBLIC_URL="http://k",
        ORY_SESSION_CACHE_TTL=5,
        ORY_SESSION_COOKIE_NAME="ory_kratos_session",
        ORY_SESSION_CACHE_REDIS_URL="redis://:hunter2-redis@127.0.0.1:9/0",
    )
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        Ory(app)
    state = app.extensions["ory_facade"]
    assert isinstance(state.cache.backend, RedisCacheBackend)
    assert "hunter2-redis" not in repr(state.settings)
    state.client.close()

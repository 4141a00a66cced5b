"""The ``Ory`` Flask extension: configuration, the shared client, the lazy current session."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast

from flask import Flask, current_app, g, request, url_for
from werkzeug.local import LocalProxy
from werkzeug.wrappers import Response

from ..._client import OryClient
from ...session_cache import SessionCache
from .. import settings as shared
from ..runtime import Runtime, build_runtime
from ..selfservice import KINDS, Incoming, SelfService, SessionLookup, lookup_session
from .responses import private_to_the_session

if TYPE_CHECKING:
    from ...types import SessionWithIdentity

__all__ = ["EXTENSION_KEY", "Ory", "OryState", "current_session", "get_session", "incoming", "ory_state"]

EXTENSION_KEY = "ory_facade"
_G_LOOKUP = "_ory_facade_session_lookup"
_PREFIX = "ORY_"


@dataclass(frozen=True)
class FlaskOrySettings(shared.OrySettings):
    """The validated ``ORY_*`` config: the shared settings plus Flask's own keys."""

    register_blueprint: bool = True  # mount the self-service pages
    url_prefix: str | None = "/auth"
    # str -> str: translates the pages' texts (English msgids of ory_facade.contrib.messages); default:
    # Flask-Babel's gettext when Flask-Babel is set up on the app, else English.
    translate: Callable[[str], str] | None = None


FRAMEWORK = shared.Framework(
    name="Flask",
    spell=lambda key: f'app.config["{_PREFIX}{key}"]',
    settings_class=FlaskOrySettings,
    warn_on_load=True,
)

#: Every configuration key the extension reads, with its default (the keys of
#: :mod:`ory_facade.contrib.settings`, prefixed ``ORY_``, and ``ORY_REGISTER_BLUEPRINT``,
#: ``ORY_URL_PREFIX``, ``ORY_TRANSLATE``). Unset connection keys fall back to the environment like
#: ``OryClient.from_env`` (``KRATOS_PUBLIC_URL`` or ``ORY_SDK_URL``, ``KRATOS_ADMIN_URL``,
#: ``ORY_API_KEY``...).
CONFIG_DEFAULTS: dict[str, Any] = {_PREFIX + key: value for key, value in FRAMEWORK.defaults.items()}


@dataclass(frozen=True)
class OryState:
    """What ``init_app`` stores in ``app.extensions["ory_facade"]``: the app's runtime."""

    runtime: Runtime
    settings: FlaskOrySettings

    @property
    def client(self) -> OryClient:
        return self.runtime.client

    @property
    def cache(self) -> SessionCache | None:
        return self.runtime.cache

    @property
    def selfservice(self) -> SelfService:
        return self.runtime.selfservice

    @property
    def blueprint_registered(self) -> bool:
        return self.settings.register_blueprint

    @property
    def accept_session_tokens(self) -> bool:
        return self.settings.accept_session_tokens


def ory_state() -> OryState:
    """The extension state of the current app (``RuntimeError`` when ``Ory`` was not initialised on it)."""
    try:
        return cast(OryState, current_app.extensions[EXTENSION_KEY])
    except KeyError:
        raise RuntimeError(
            "ory_facade is not initialised on this Flask app: call Ory(app) or ory.init_app(app)"
        ) from None


def _page_url(page: str, query: Mapping[str, str]) -> str:
    state = ory_state()
    if state.blueprint_registered:
        values: dict[str, Any] = dict(query)
        return url_for(f"ory.{page}", **values)
    if page in KINDS:
        return cast(str, getattr(state.client, page).browser_url(**query))
    return state.settings.after_logout_url if page == "logout" else state.settings.default_return_to


def config_values(config: Mapping[str, Any]) -> dict[str, Any]:
    """The ``ORY_*`` keys of ``config`` without the prefix (what :mod:`ory_facade.contrib.settings` reads)."""
    return {key[len(_PREFIX) :]: value for key, value in config.items() if key.startswith(_PREFIX)}


class Ory:
    """Flask extension for Ory Kratos.

    Example::

        from flask import Flask
        from ory_facade.contrib.flask import Ory, current_session, login_required

        app = Flask(__name__)
        app.config["ORY_PUBLIC_URL"] = "http://127.0.0.1:4433"   # or KRATOS_PUBLIC_URL in the environment
        ory = Ory(app)            # or ory = Ory(); ory.init_app(app) in an app factory

        @app.get("/dashboard")
        @login_required
        def dashboard() -> str:
            return f"Hello {current_session.identity.traits['email']}"

    Configuration (``app.config``): see :data:`CONFIG_DEFAULTS` and :mod:`ory_facade.contrib.settings`;
    ``ORY_CLIENT`` takes your own :class:`~ory_facade.OryClient`. ``init_app`` raises
    :class:`~ory_facade.errors.OryConfigurationError` listing every problem (with the ids Django's system
    checks use) and warns (:class:`~ory_facade.contrib.settings.OrySettingsWarning`) about unknown keys.
    The self-service pages are mounted under ``ORY_URL_PREFIX`` (``/auth/login``, ``/auth/registration``,
    ``/auth/recovery``, ``/auth/verification``, ``/auth/settings``, ``/auth/logout``, ``/auth/error``);
    point Kratos' UI URLs there.
    """

    def __init__(self, app: Flask | None = None) -> None:
        if app is not None:
            self.init_app(app)

    def init_app(self, app: Flask) -> None:
        config = app.config
        # Read before the defaults are filled in, so "set" means set by the app (CLIENT with PUBLIC_URL).
        settings = shared.load(config_values(config), FRAMEWORK)
        for key, value in CONFIG_DEFAULTS.items():
            config.setdefault(key, value)
        runtime = build_runtime(settings, _page_url)
        app.extensions[EXTENSION_KEY] = OryState(runtime=runtime, settings=settings)
        if settings.register_blueprint:
            from .views import blueprint

            app.register_blueprint(blueprint, url_prefix=settings.url_prefix or None)
        app.context_processor(_template_context)
        app.after_request(_private_when_session_used)

    @property
    def client(self) -> OryClient:
        """The current app's :class:`~ory_facade.OryClient` (inside an app context)."""
        return ory_state().client

    @property
    def session_cache(self) -> SessionCache | None:
        return ory_state().cache


def _private_when_session_used(response: Response) -> Response:
    """A response to a request whose session was looked up shows one user's data: never cached."""
    if g.get(_G_LOOKUP) is not None:
        private_to_the_session(response)
    return response


def _template_context() -> dict[str, Any]:
    state = current_app.extensions.get(EXTENSION_KEY)
    if state is None:
        return {}
    urls = {page: _page_url(page, {}) for page in (*KINDS, "logout")}
    from ..messages import translate

    return {"ory_urls": urls, "ory_session": current_session, "ory_t": translate}


def incoming() -> Incoming:
    """The current Flask request as the pages see it."""
    return Incoming(
        method=request.method,
        url=request.url,
        host=request.host,
        query=request.args.to_dict(),
        form=list(request.form.items(multi=True)) if request.method == "POST" else [],
        cookie=request.headers.get("Cookie"),
    )


def session_lookup() -> SessionLookup:
    """The request's session lookup, done at most once per request and only when asked for."""
    app_g = g._get_current_object()  # one context lookup, not one per attribute
    found = app_g.get(_G_LOOKUP)
    if isinstance(found, SessionLookup):
        return found
    state = ory_state()
    environ = request.environ  # not request.headers: its lookups are case-insensitive scans
    token = environ.get("HTTP_X_SESSION_TOKEN") if state.settings.accept_session_tokens else None
    lookup = lookup_session(state.client, state.cache, cookie=environ.get("HTTP_COOKIE"), session_token=token)
    setattr(app_g, _G_LOOKUP, lookup)
    return lookup


def get_session() -> SessionWithIdentity | None:
    """The current request's Kratos session, or None (one whoami per request at most, on first use)."""
    return session_lookup().session


#: The current request's session as a proxy; falsy when signed out (``if current_session: ...``).
current_session: SessionWithIdentity = LocalProxy(get_session)  # type: ignore[assignment]  # proxies SessionWithIdentity | None

"""The ``Ory`` Flask extension: configuration, the shared client, the lazy current session."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast

from flask import Flask, current_app, g, request, url_for
from werkzeug.local import LocalProxy
from werkzeug.wrappers import Response

from ..._client import OryClient
from ...errors import OryConfigurationError
from ...session_cache import CacheBackend, SessionCache, session_cookie_names
from ..selfservice import KINDS, Incoming, SelfService, SessionLookup, UISettings, lookup_session

if TYPE_CHECKING:
    from ...types import SessionWithIdentity

__all__ = ["EXTENSION_KEY", "Ory", "OryState", "current_session", "get_session", "incoming", "ory_state"]

EXTENSION_KEY = "ory_facade"
_G_LOOKUP = "_ory_facade_session_lookup"

#: Every configuration key the extension reads, with its default.
CONFIG_DEFAULTS: dict[str, Any] = {
    "ORY_PUBLIC_URL": None,  # required (unless ORY_CLIENT is given): Kratos' public API as the app reaches it
    "ORY_ADMIN_URL": None,
    "ORY_BROWSER_URL": None,  # Kratos' public API as browsers reach it (defaults to ORY_PUBLIC_URL)
    "ORY_API_KEY": None,  # admin API key (Ory Network); never sent to the public API
    "ORY_TIMEOUT": 10.0,
    "ORY_MAX_RETRIES": 2,
    "ORY_CLIENT": None,  # an OryClient to use instead of building one
    "ORY_UI_MODE": "server",  # "server": forms post to the app; "kratos": forms post to Kratos
    "ORY_REGISTER_BLUEPRINT": True,  # mount the self-service pages
    "ORY_URL_PREFIX": "/auth",
    "ORY_ALLOWED_RETURN_TO_HOSTS": (),  # hosts besides the request's own that return_to may name
    "ORY_REQUIRE_HTTPS_RETURN_TO": False,
    "ORY_DEFAULT_RETURN_TO": "/",
    "ORY_AFTER_LOGOUT_URL": "/",
    # Seconds a whoami answer is reused; 0 disables the cache. A logout or revocation made outside this
    # app (Kratos' own pages, an admin) is seen within this many seconds: keep it short (5-30).
    "ORY_SESSION_CACHE_TTL": 0,
    "ORY_SESSION_CACHE_BACKEND": None,  # any object with get/set/delete; default: in-process LRU
    # redis:// URL of a Redis shared by every app server (ory_facade.redis_cache; pip install redis).
    "ORY_SESSION_CACHE_REDIS_URL": None,
    # Kratos' session cookie name (its session.cookie.name; "ory_kratos_session" unless changed,
    # "ory_session_<slug>" on Ory Network), or a list of names. Required with the cache: it keys the cache.
    "ORY_SESSION_COOKIE_NAME": None,
    "ORY_ACCEPT_SESSION_TOKENS": True,  # also read X-Session-Token (native apps calling the API)
    # str -> str: translates the pages' texts (English msgids of ory_facade.contrib.messages); default:
    # Flask-Babel's gettext when Flask-Babel is set up on the app, else English.
    "ORY_TRANSLATE": None,
}


@dataclass(frozen=True)
class OryState:
    """What ``init_app`` stores in ``app.extensions["ory_facade"]``."""

    client: OryClient
    settings: UISettings
    cache: SessionCache | None
    selfservice: SelfService
    blueprint_registered: bool
    accept_session_tokens: bool


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


def _number(config: Mapping[str, Any], key: str, *, minimum: float = 0) -> float:
    value = config.get(key, CONFIG_DEFAULTS[key])
    if isinstance(value, bool) or not isinstance(value, int | float) or value < minimum:
        raise OryConfigurationError(f"app.config[{key!r}] must be a number >= {minimum}, got {value!r}")
    return float(value)


def _cookie_names(config: Mapping[str, Any]) -> tuple[str, ...]:
    """``ORY_SESSION_COOKIE_NAME`` checked: the cache is keyed by it, so it must be Kratos' own name."""
    value = config.get("ORY_SESSION_COOKIE_NAME")
    if value is None or value == "" or value == [] or value == ():
        raise OryConfigurationError(
            "app.config['ORY_SESSION_CACHE_TTL'] turns the session cache on, which needs "
            "app.config['ORY_SESSION_COOKIE_NAME']: the name of Kratos' session cookie (session.cookie.name "
            "in Kratos' config; 'ory_kratos_session' unless changed, 'ory_session_<project slug>' on Ory "
            "Network). It keys the cache, so a wrong name only costs hits, never another user's session."
        )
    try:
        return session_cookie_names(value)
    except (TypeError, ValueError) as exc:
        raise OryConfigurationError(f"app.config['ORY_SESSION_COOKIE_NAME']: {exc}") from None


class Ory:
    """Flask extension for Ory Kratos.

    Example::

        from flask import Flask
        from ory_facade.contrib.flask import Ory, current_session, login_required

        app = Flask(__name__)
        app.config["ORY_PUBLIC_URL"] = "http://127.0.0.1:4433"
        ory = Ory(app)            # or ory = Ory(); ory.init_app(app) in an app factory

        @app.get("/dashboard")
        @login_required
        def dashboard() -> str:
            return f"Hello {current_session.identity.traits['email']}"

    Configuration (``app.config``): see :data:`CONFIG_DEFAULTS`. The self-service pages are mounted under
    ``ORY_URL_PREFIX`` (``/auth/login``, ``/auth/registration``, ``/auth/recovery``, ``/auth/verification``,
    ``/auth/settings``, ``/auth/logout``, ``/auth/error``); point Kratos' UI URLs there.
    """

    def __init__(self, app: Flask | None = None) -> None:
        if app is not None:
            self.init_app(app)

    def init_app(self, app: Flask) -> None:
        config = app.config
        for key, value in CONFIG_DEFAULTS.items():
            config.setdefault(key, value)
        client = config["ORY_CLIENT"]
        if client is None:
            public_url = config["ORY_PUBLIC_URL"]
            if not public_url:
                raise OryConfigurationError(
                    "app.config['ORY_PUBLIC_URL'] is required: Kratos' public API URL, e.g. http://127.0.0.1:4433"
                )
            client = OryClient(
                public_url,
                admin_url=config["ORY_ADMIN_URL"] or None,
                api_key=config["ORY_API_KEY"] or None,
                browser_url=config["ORY_BROWSER_URL"] or None,
                timeout=_number(config, "ORY_TIMEOUT", minimum=0.001),
                max_retries=int(_number(config, "ORY_MAX_RETRIES")),
            )
        elif not isinstance(client, OryClient):
            raise OryConfigurationError("app.config['ORY_CLIENT'] must be an ory_facade.OryClient")
        mode = config["ORY_UI_MODE"]
        if mode not in ("server", "kratos"):
            raise OryConfigurationError(
                f"app.config['ORY_UI_MODE'] must be 'server' or 'kratos', got {mode!r}"
            )
        hosts = config["ORY_ALLOWED_RETURN_TO_HOSTS"]
        if isinstance(hosts, str) or not all(isinstance(h, str) for h in hosts):
            raise OryConfigurationError(
                "app.config['ORY_ALLOWED_RETURN_TO_HOSTS'] must be a list of host names"
            )
        settings = UISettings(
            mode=mode,
            allowed_return_to_hosts=tuple(hosts),
            default_return_to=str(config["ORY_DEFAULT_RETURN_TO"]),
            after_logout_url=str(config["ORY_AFTER_LOGOUT_URL"]),
            require_https_return_to=bool(config["ORY_REQUIRE_HTTPS_RETURN_TO"]),
        )
        ttl = _number(config, "ORY_SESSION_CACHE_TTL")
        backend: CacheBackend | None = config["ORY_SESSION_CACHE_BACKEND"]
        redis_url = config["ORY_SESSION_CACHE_REDIS_URL"]
        if redis_url:
            if backend is not None:
                raise OryConfigurationError(
                    "app.config: set ORY_SESSION_CACHE_BACKEND or ORY_SESSION_CACHE_REDIS_URL, not both"
                )
            from ...redis_cache import RedisCacheBackend

            backend = RedisCacheBackend.from_url(str(redis_url))
        cache = None
        if ttl > 0:
            cache = SessionCache(client, ttl=ttl, backend=backend, session_cookie_name=_cookie_names(config))
        register = bool(config["ORY_REGISTER_BLUEPRINT"])
        app.extensions[EXTENSION_KEY] = OryState(
            client=client,
            settings=settings,
            cache=cache,
            selfservice=SelfService(client, settings, _page_url, session_cache=cache),
            blueprint_registered=register,
            accept_session_tokens=bool(config["ORY_ACCEPT_SESSION_TOKENS"]),
        )
        if register:
            from .views import blueprint

            app.register_blueprint(blueprint, url_prefix=config["ORY_URL_PREFIX"] or None)
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
        from .responses import private_to_the_session

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
    found = g.get(_G_LOOKUP)
    if isinstance(found, SessionLookup):
        return found
    state = ory_state()
    token = request.headers.get("X-Session-Token") if state.accept_session_tokens else None
    lookup = lookup_session(
        state.client, state.cache, cookie=request.headers.get("Cookie"), session_token=token
    )
    setattr(g, _G_LOOKUP, lookup)
    return lookup


def get_session() -> SessionWithIdentity | None:
    """The current request's Kratos session, or None (one whoami per request at most, on first use)."""
    return session_lookup().session


#: The current request's session as a proxy; falsy when signed out (``if current_session: ...``).
current_session: SessionWithIdentity = LocalProxy(get_session)  # type: ignore[assignment]  # proxies SessionWithIdentity | None

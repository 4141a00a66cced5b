"""Settings of the Django integration: one ``ORY`` dict in ``settings.py``, read lazily and typed.

::

    ORY = {
        "PUBLIC_URL": "http://127.0.0.1:4433",   # required: Kratos' public API as the server reaches it
        "ADMIN_URL": "http://127.0.0.1:4434",    # admin API (optional)
        "BROWSER_URL": None,                     # Kratos' public API as browsers reach it
        "API_KEY": None,                         # admin API key (Ory Network)
        "TIMEOUT": 10.0,                         # seconds per attempt
        "MAX_RETRIES": 2,                        # for idempotent calls
        "UI_MODE": "server",                     # "server": forms post to Django; "kratos": to Kratos
        "ALLOWED_RETURN_TO_HOSTS": [],           # hosts besides the request's own for return_to/next
        "REQUIRE_HTTPS_RETURN_TO": False,
        "DEFAULT_RETURN_TO": "/",                # after login when nothing else is known
        "AFTER_LOGOUT_URL": "/",
        "SESSION_CACHE_TTL": 0,                  # seconds; 0 disables the whoami cache (see below)
        "SESSION_CACHE": None,                   # None: in-process LRU; else a CACHES alias ("default")
        "SESSION_COOKIE_NAME": None,             # Kratos' session cookie; required with the cache
        "ACCEPT_SESSION_TOKENS": True,           # also read X-Session-Token (native apps)
        "DJANGO_USER": False,                    # set request.user from the Ory session (OryBackend)
        "PASSWORD_MIGRATION_SECRET": None,       # shared secret of Kratos' password migration hook
    }

``SESSION_CACHE_TTL`` bounds how long a logout or revocation made outside this app (on Kratos' own pages,
by an admin) goes unseen: keep it short (5-30 s). The cache is keyed by the cookie named
``SESSION_COOKIE_NAME`` (Kratos' ``session.cookie.name``: ``ory_kratos_session`` unless changed,
``ory_session_<project slug>`` on Ory Network; a list for several).

Problems are reported by ``manage.py check`` (``ory_facade.E001``...) and, at first use, as
``ImproperlyConfigured`` naming the key.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal
from urllib.parse import urlsplit

from django.core.exceptions import ImproperlyConfigured
from django.core.signals import setting_changed

__all__ = ["DEFAULTS", "OrySettings", "Problem", "get_settings", "problems", "reset"]

DEFAULTS: dict[str, Any] = {
    "PUBLIC_URL": None,
    "ADMIN_URL": None,
    "BROWSER_URL": None,
    "API_KEY": None,
    "TIMEOUT": 10.0,
    "MAX_RETRIES": 2,
    "UI_MODE": "server",
    "ALLOWED_RETURN_TO_HOSTS": (),
    "REQUIRE_HTTPS_RETURN_TO": False,
    "DEFAULT_RETURN_TO": "/",
    "AFTER_LOGOUT_URL": "/",
    "SESSION_CACHE_TTL": 0,
    "SESSION_CACHE": None,
    "SESSION_COOKIE_NAME": None,
    "ACCEPT_SESSION_TOKENS": True,
    "DJANGO_USER": False,
    "PASSWORD_MIGRATION_SECRET": None,
}

_URL_KEYS = ("PUBLIC_URL", "ADMIN_URL", "BROWSER_URL")
_NUMBER_KEYS = ("TIMEOUT", "MAX_RETRIES", "SESSION_CACHE_TTL")
_BACKEND_PATH = "ory_facade.contrib.django.backends.OryBackend"


@dataclass(frozen=True)
class Problem:
    """A configuration problem: ``id`` is the system check id (``ory_facade.E002``)."""

    id: str
    message: str
    hint: str | None = None

    @property
    def is_error(self) -> bool:
        return ".E" in self.id


@dataclass(frozen=True)
class OrySettings:
    """The validated ``ORY`` setting (see the module docstring for each key)."""

    public_url: str
    admin_url: str | None = None
    browser_url: str | None = None
    api_key: str | None = field(default=None, repr=False)
    timeout: float = 10.0
    max_retries: int = 2
    ui_mode: Literal["server", "kratos"] = "server"
    allowed_return_to_hosts: tuple[str, ...] = ()
    require_https_return_to: bool = False
    default_return_to: str = "/"
    after_logout_url: str = "/"
    session_cache_ttl: float = 0.0
    session_cache: str | None = None
    session_cookie_name: tuple[str, ...] = ()
    accept_session_tokens: bool = True
    django_user: bool = False
    password_migration_secret: str | None = field(default=None, repr=False)


def _raw() -> Any:
    from django.conf import settings

    return getattr(settings, "ORY", None)


def _is_url(value: Any) -> bool:
    if not isinstance(value, str):
        return False
    parts = urlsplit(value.strip())
    return parts.scheme in ("http", "https") and bool(parts.netloc) and not parts.query and not parts.fragment


def problems(raw: Any = None, *, check_environment: bool = True) -> list[Problem]:
    """Every problem with the ``ORY`` setting (``raw``, default: the current settings)."""
    raw = _raw() if raw is None else raw
    if raw is None:
        return [
            Problem(
                "ory_facade.E001",
                "The ORY setting is missing.",
                'Add ORY = {"PUBLIC_URL": "http://127.0.0.1:4433"} to your settings.',
            )
        ]
    if not isinstance(raw, Mapping):
        return [Problem("ory_facade.E001", f"The ORY setting must be a dict, not {type(raw).__name__}.")]
    found: list[Problem] = []
    if not raw.get("PUBLIC_URL"):
        found.append(
            Problem(
                "ory_facade.E002",
                'ORY["PUBLIC_URL"] is missing.',
                "Set it to Kratos' public API URL as this server reaches it, e.g. http://127.0.0.1:4433.",
            )
        )
    for key in _URL_KEYS:
        value = raw.get(key)
        if value and not _is_url(value):
            found.append(
                Problem(
                    "ory_facade.E003",
                    f'ORY["{key}"] must be an http(s) URL without query or fragment, got {value!r}.',
                )
            )
    mode = raw.get("UI_MODE", DEFAULTS["UI_MODE"])
    if mode not in ("server", "kratos"):
        found.append(
            Problem("ory_facade.E004", f'ORY["UI_MODE"] must be "server" or "kratos", got {mode!r}.')
        )
    for key in _NUMBER_KEYS:
        value = raw.get(key, DEFAULTS[key])
        if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
            found.append(Problem("ory_facade.E005", f'ORY["{key}"] must be a number >= 0, got {value!r}.'))
    if raw.get("TIMEOUT", 1) == 0:
        found.append(Problem("ory_facade.E005", 'ORY["TIMEOUT"] must be more than 0 seconds.'))
    alias = raw.get("SESSION_CACHE")
    if alias is not None:
        if not isinstance(alias, str):
            found.append(Problem("ory_facade.E006", 'ORY["SESSION_CACHE"] must be a CACHES alias or None.'))
        elif check_environment:
            from django.conf import settings

            if alias not in getattr(settings, "CACHES", {}):
                found.append(
                    Problem(
                        "ory_facade.E006",
                        f'ORY["SESSION_CACHE"] names the cache {alias!r}, which is not in CACHES.',
                    )
                )
    found.extend(_cookie_name_problems(raw))
    hosts = raw.get("ALLOWED_RETURN_TO_HOSTS", ())
    if (
        isinstance(hosts, str)
        or not isinstance(hosts, list | tuple)
        or not all(isinstance(h, str) for h in hosts)
    ):
        found.append(
            Problem(
                "ory_facade.E007",
                'ORY["ALLOWED_RETURN_TO_HOSTS"] must be a list of host names.',
                'For example ["accounts.example.com", ".example.org"].',
            )
        )
    if raw.get("DJANGO_USER") and check_environment and not _backend_installed():
        found.append(
            Problem(
                "ory_facade.E008",
                'ORY["DJANGO_USER"] is on but no OryBackend is in AUTHENTICATION_BACKENDS.',
                f'Add "{_BACKEND_PATH}" (or your subclass) to AUTHENTICATION_BACKENDS.',
            )
        )
    unknown = sorted(set(raw) - set(DEFAULTS))
    if unknown:
        found.append(
            Problem(
                "ory_facade.W001",
                f"Unknown ORY keys: {', '.join(unknown)}.",
                f"Known keys: {', '.join(DEFAULTS)}.",
            )
        )
    return found


def _cookie_name_problems(raw: Mapping[str, Any]) -> list[Problem]:
    from ...session_cache import session_cookie_names

    name = raw.get("SESSION_COOKIE_NAME")
    ttl = raw.get("SESSION_CACHE_TTL", 0)
    cache_on = isinstance(ttl, int | float) and not isinstance(ttl, bool) and ttl > 0
    if name is None or name in ("", [], ()):
        if not cache_on:
            return []
        return [
            Problem(
                "ory_facade.E010",
                'ORY["SESSION_CACHE_TTL"] turns the session cache on: it needs ORY["SESSION_COOKIE_NAME"].',
                "Set it to the name of Kratos' session cookie (session.cookie.name in Kratos' config; "
                '"ory_kratos_session" unless changed, "ory_session_<project slug>" on Ory Network). It keys '
                "the cache, so a wrong name only costs hits, never another user's session.",
            )
        ]
    try:
        session_cookie_names(name)
    except (TypeError, ValueError) as exc:
        return [Problem("ory_facade.E010", f'ORY["SESSION_COOKIE_NAME"]: {exc}.')]
    return []


def _backend_installed() -> bool:
    from django.conf import settings
    from django.utils.module_loading import import_string

    from .backends import OryBackend

    for path in getattr(settings, "AUTHENTICATION_BACKENDS", ()):
        try:
            backend = import_string(path)
        except ImportError:
            continue
        if isinstance(backend, type) and issubclass(backend, OryBackend):
            return True
    return False


def _load() -> OrySettings:
    raw = _raw()
    errors = [p for p in problems(raw, check_environment=False) if p.is_error]
    if errors:
        first = errors[0]
        raise ImproperlyConfigured(f"{first.message} ({first.id}){' ' + first.hint if first.hint else ''}")
    merged = {**DEFAULTS, **raw}
    return OrySettings(
        public_url=str(merged["PUBLIC_URL"]).strip(),
        admin_url=merged["ADMIN_URL"] or None,
        browser_url=merged["BROWSER_URL"] or None,
        api_key=merged["API_KEY"] or None,
        timeout=float(merged["TIMEOUT"]),
        max_retries=int(merged["MAX_RETRIES"]),
        ui_mode=merged["UI_MODE"],
        allowed_return_to_hosts=tuple(merged["ALLOWED_RETURN_TO_HOSTS"]),
        require_https_return_to=bool(merged["REQUIRE_HTTPS_RETURN_TO"]),
        default_return_to=str(merged["DEFAULT_RETURN_TO"]),
        after_logout_url=str(merged["AFTER_LOGOUT_URL"]),
        session_cache_ttl=float(merged["SESSION_CACHE_TTL"]),
        session_cache=merged["SESSION_CACHE"],
        session_cookie_name=_names(merged["SESSION_COOKIE_NAME"]),
        accept_session_tokens=bool(merged["ACCEPT_SESSION_TOKENS"]),
        django_user=bool(merged["DJANGO_USER"]),
        password_migration_secret=merged["PASSWORD_MIGRATION_SECRET"] or None,
    )


def _names(value: Any) -> tuple[str, ...]:
    from ...session_cache import session_cookie_names

    return session_cookie_names(value or None)


_lock = threading.Lock()
_settings: OrySettings | None = None
_resetters: list[Any] = []


def get_settings() -> OrySettings:
    """The ``ORY`` setting, validated on first use (``ImproperlyConfigured`` naming the problem)."""
    global _settings
    current = _settings
    if current is None:
        with _lock:
            if _settings is None:
                _settings = _load()
            current = _settings
    return current


def on_reset(callback: Any) -> Any:
    """Register ``callback()`` to run when the settings change (tests with ``override_settings``)."""
    _resetters.append(callback)
    return callback


def reset() -> None:
    """Forget the cached settings (and the objects built from them)."""
    global _settings
    with _lock:
        _settings = None
    for callback in _resetters:
        callback()


def _on_setting_changed(*, setting: str, **kwargs: Any) -> None:
    if setting in ("ORY", "CACHES", "AUTHENTICATION_BACKENDS"):
        reset()


setting_changed.connect(_on_setting_changed, dispatch_uid="ory_facade.contrib.django.conf")

"""Settings of the Django integration: one ``ORY`` dict in ``settings.py``, read lazily and typed.

::

    ORY = {
        "PUBLIC_URL": "http://127.0.0.1:4433",   # Kratos' public API as the server reaches it
        "ADMIN_URL": "http://127.0.0.1:4434",    # admin API (optional)
        "SESSION_CACHE_TTL": 10,                 # seconds; 0 (default) disables the whoami cache
        "SESSION_COOKIE_NAME": "ory_kratos_session",
        "SESSION_CACHE_BACKEND": "default",      # a CACHES alias (or a backend object); default: in-process
        "DJANGO_USER": False,                    # set request.user from the Ory session (OryBackend)
    }

The keys are those of :mod:`ory_facade.contrib.settings`, the same as Flask's ``ORY_<KEY>`` config, plus
``DJANGO_USER``. Keys left out fall back to the environment like ``OryClient.from_env`` (``KRATOS_PUBLIC_URL``
or ``ORY_SDK_URL``, ``KRATOS_ADMIN_URL``, ``ORY_API_KEY``...), so ``ORY`` may be left out altogether.
``CLIENT`` takes your own ``OryClient`` or the dotted path of one or of a function returning one
(``"myproject.ory.make_client"``, called on first use).

``SESSION_CACHE_TTL`` bounds how long a logout or revocation made outside this app (on Kratos' own pages,
by an admin) goes unseen: keep it short (5-30 s).

Problems are reported by ``manage.py check`` (``ory_facade.E001``...) and, at first use, as
``ImproperlyConfigured`` naming the key.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from django.core.exceptions import ImproperlyConfigured
from django.core.signals import setting_changed

from ..._constants import ENV_ORY_SDK_URL, ENV_PUBLIC_URL
from ...errors import OryConfigurationError
from .. import settings as shared
from ..settings import Problem

__all__ = ["DEFAULTS", "RENAMED", "OrySettings", "Problem", "get_settings", "problems", "reset"]

_BACKEND_PATH = "ory_facade.contrib.django.backends.OryBackend"


@dataclass(frozen=True)
class OrySettings(shared.OrySettings):
    """The validated ``ORY`` setting: the shared settings plus ``DJANGO_USER``."""

    django_user: bool = False


#: Old key -> new key (the old one works, with a DeprecationWarning and ``ory_facade.W004``).
RENAMED: dict[str, str] = {"SESSION_CACHE": "SESSION_CACHE_BACKEND"}

FRAMEWORK = shared.Framework(
    name="Django",
    spell=lambda key: f'ORY["{key}"]',
    settings_class=OrySettings,
    renamed=RENAMED,
    named_backends=True,
)

#: Every key of ``ORY`` with its default.
DEFAULTS: dict[str, Any] = FRAMEWORK.defaults


def _raw() -> Any:
    from django.conf import settings

    return getattr(settings, "ORY", None)


def problems(
    raw: Any = None, *, check_environment: bool = True, environ: Mapping[str, str] | None = None
) -> list[Problem]:
    """Every problem with the ``ORY`` setting (``raw``, default: the current settings), the environment
    filling what it leaves out. ``check_environment`` also checks the rest of the Django settings
    (``CACHES``, ``AUTHENTICATION_BACKENDS``)."""
    raw = _raw() if raw is None else raw
    if raw is not None and not isinstance(raw, Mapping):
        return [Problem("ory_facade.E001", f"The ORY setting must be a dict, not {type(raw).__name__}.")]
    found = shared.check(raw or {}, FRAMEWORK, environ=environ)
    if raw is None:
        # Nothing in settings.py and nothing in the environment: say what to add where.
        found = [
            Problem(
                "ory_facade.E001",
                f"The ORY setting is missing (and neither {ENV_PUBLIC_URL} nor {ENV_ORY_SDK_URL} is set).",
                'Add ORY = {"PUBLIC_URL": "http://127.0.0.1:4433"} to your settings.',
            )
            if p.id == "ory_facade.E002"
            else p
            for p in found
        ]
    if check_environment:
        given = dict(raw or {})
        key = "SESSION_CACHE_BACKEND" if "SESSION_CACHE_BACKEND" in given else "SESSION_CACHE"
        alias = given.get(key)
        if isinstance(alias, str) and alias:
            from django.conf import settings

            if alias not in getattr(settings, "CACHES", {}):
                found.append(
                    Problem(
                        "ory_facade.E006",
                        f'ORY["{key}"] names the cache {alias!r}, which is not in CACHES.',
                    )
                )
        if given.get("DJANGO_USER") is True and not _auth_installed():
            found.append(
                Problem(
                    "ory_facade.E008",
                    'ORY["DJANGO_USER"] is on but django.contrib.auth is not in INSTALLED_APPS.',
                    'Add "django.contrib.auth" and "django.contrib.contenttypes" to INSTALLED_APPS, or turn '
                    "DJANGO_USER off (request.ory_session works without them).",
                )
            )
        elif given.get("DJANGO_USER") is True and not _backend_installed():
            found.append(
                Problem(
                    "ory_facade.E008",
                    'ORY["DJANGO_USER"] is on but no OryBackend is in AUTHENTICATION_BACKENDS.',
                    f'Add "{_BACKEND_PATH}" (or your subclass) to AUTHENTICATION_BACKENDS.',
                )
            )
    return found


def _auth_installed() -> bool:
    from django.apps import apps

    return apps.is_installed("django.contrib.auth") and apps.is_installed("django.contrib.contenttypes")


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
    found = problems(raw, check_environment=False)
    errors = [p for p in found if p.is_error]
    if errors:
        raise ImproperlyConfigured(str(errors[0]))
    try:
        return shared.load(raw or {}, FRAMEWORK, problems=found)
    except OryConfigurationError as exc:  # pragma: no cover - problems() found none above
        raise ImproperlyConfigured(str(exc)) from None


_lock = threading.Lock()
_settings: OrySettings | None = None
_resetters: list[Callable[[], None]] = []


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


def on_reset(callback: Callable[[], None]) -> Callable[[], None]:
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

"""The settings of the framework integrations, framework-free: one set of names, one validation.

Both integrations read the same keys; only where they live differs:

- Flask: ``app.config["ORY_<KEY>"]`` (``app.config["ORY_PUBLIC_URL"]``);
- Django: ``settings.ORY["<KEY>"]`` (``ORY = {"PUBLIC_URL": ...}``).

=========================  =====================================================================
``PUBLIC_URL``             Kratos' public API as the server reaches it; required unless ``CLIENT``
``ADMIN_URL``              the admin API (optional)
``BROWSER_URL``            the public API as browsers reach it (default: ``PUBLIC_URL``)
``API_KEY``                admin API key (Ory Network); never sent to the public API
``TIMEOUT``                seconds per attempt (default 10)
``MAX_RETRIES``            extra attempts for idempotent calls (default 2)
``CLIENT``                 your own :class:`~ory_facade.OryClient`, or the dotted path of one or of a
                           function returning one; the five keys above then do not apply
``UI_MODE``                ``"server"`` (forms post to the app) or ``"kratos"`` (straight to Kratos)
``ALLOWED_RETURN_TO_HOSTS`` hosts besides the request's own that ``return_to``/``next`` may name
``REQUIRE_HTTPS_RETURN_TO`` refuse ``http://`` return URLs (default False)
``DEFAULT_RETURN_TO``      after login when nothing else is known (default ``"/"``)
``AFTER_LOGOUT_URL``       after logout (default ``"/"``)
``SESSION_CACHE_TTL``      seconds a whoami answer is reused; 0 (default) turns the cache off
``SESSION_CACHE_BACKEND``  an object with ``get``/``set``/``delete`` (Django also: a ``CACHES`` alias);
                           default: an in-process LRU
``SESSION_CACHE_REDIS_URL`` ``redis://`` URL of a Redis every app server shares (needs ``redis``)
``SESSION_COOKIE_NAME``    Kratos' session cookie name (or a list); required with the cache, which it keys
``ACCEPT_SESSION_TOKENS``  also read ``X-Session-Token`` (native apps; default True)
``PASSWORD_MIGRATION_SECRET`` shared secret of Kratos' password migration hook
=========================  =====================================================================

Each framework adds its own keys (Django ``DJANGO_USER``; Flask ``REGISTER_BLUEPRINT``, ``URL_PREFIX``,
``TRANSLATE``).

Settings left unset fall back to the environment exactly as :meth:`OryClient.from_env
<ory_facade.OryClient.from_env>` reads it (``KRATOS_PUBLIC_URL`` or ``ORY_SDK_URL``, ``KRATOS_ADMIN_URL``,
``KRATOS_BROWSER_URL``, ``ORY_API_KEY``), so one deployment can configure a script, a Flask app and a
Django project the same way. A setting that is given always wins.

:func:`check` is the one validation: Django's system checks (``ory_facade.E001``...) and Flask's
``init_app`` (an :class:`~ory_facade.errors.OryConfigurationError` listing every error) report its
problems, each naming the key the way the framework spells it.
"""

from __future__ import annotations

import dataclasses
import importlib
import importlib.util
import warnings
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Generic, Literal, TypeVar, cast
from urllib.parse import urlsplit

from .._client import OryClient, _normalise_url, environment_options
from .._constants import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, ENV_ORY_SDK_URL, ENV_PUBLIC_URL
from ..errors import OryConfigurationError
from ..session_cache import session_cookie_names

if TYPE_CHECKING:
    from ..session_cache import CacheBackend
    from .selfservice import UISettings

__all__ = [
    "DEFAULTS",
    "Framework",
    "OrySettings",
    "OrySettingsWarning",
    "Problem",
    "check",
    "load",
    "render",
]


class OrySettingsWarning(UserWarning):
    """A setting that works but is probably not what was meant (an unknown key, an ignored value)."""


@dataclass(frozen=True)
class Problem:
    """One configuration problem; ``id`` is the Django system check id (``ory_facade.E002``), which the
    Flask error shows too, so both frameworks name a problem the same way."""

    id: str
    message: str
    hint: str | None = None

    @property
    def is_error(self) -> bool:
        return ".E" in self.id

    def __str__(self) -> str:
        return f"{self.message} ({self.id})" + (f" {self.hint}" if self.hint else "")


@dataclass(frozen=True)
class OrySettings:
    """The validated settings (see the module docstring); built by :func:`load`, never by hand."""

    public_url: str | None = None
    admin_url: str | None = None
    browser_url: str | None = None
    api_key: str | None = field(default=None, repr=False)
    timeout: float = DEFAULT_TIMEOUT
    max_retries: int = DEFAULT_MAX_RETRIES
    client: OryClient | Callable[[], OryClient] | None = None
    ui_mode: Literal["server", "kratos"] = "server"
    allowed_return_to_hosts: tuple[str, ...] = ()
    require_https_return_to: bool = False
    default_return_to: str = "/"
    after_logout_url: str = "/"
    session_cache_ttl: float = 0.0
    session_cache_backend: CacheBackend | str | None = None
    # A Redis URL may carry a password.
    session_cache_redis_url: str | None = field(default=None, repr=False)
    session_cookie_name: tuple[str, ...] = ()
    accept_session_tokens: bool = True
    password_migration_secret: str | None = field(default=None, repr=False)
    #: Keys taken from the environment, with the variable each came from (``{"PUBLIC_URL":
    #: "KRATOS_PUBLIC_URL"}``).
    from_environment: Mapping[str, str] = field(default_factory=dict, compare=False)

    def ui(self) -> UISettings:
        """The part the self-service pages read."""
        from .selfservice import UISettings

        return UISettings(
            mode=self.ui_mode,
            allowed_return_to_hosts=self.allowed_return_to_hosts,
            default_return_to=self.default_return_to,
            after_logout_url=self.after_logout_url,
            require_https_return_to=self.require_https_return_to,
        )


S = TypeVar("S", bound=OrySettings)

_INTERNAL = ("from_environment",)


def _keys_of(cls: type[OrySettings]) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for item in dataclasses.fields(cls):
        if item.name in _INTERNAL:
            continue
        default = item.default_factory() if item.default_factory is not dataclasses.MISSING else item.default
        found[item.name.upper()] = default
    return found


#: Every shared key with its default (each framework adds its own).
DEFAULTS: dict[str, Any] = _keys_of(OrySettings)

# Setting key -> OryClient.from_env option it falls back to.
_FROM_ENV = {
    "PUBLIC_URL": "public_url",
    "ADMIN_URL": "admin_url",
    "API_KEY": "api_key",
    "BROWSER_URL": "browser_url",
}
_CONNECTION = ("PUBLIC_URL", "ADMIN_URL", "BROWSER_URL", "API_KEY", "TIMEOUT", "MAX_RETRIES")
_URLS = ("PUBLIC_URL", "ADMIN_URL", "BROWSER_URL")
_STRINGS = ("DEFAULT_RETURN_TO", "AFTER_LOGOUT_URL")
_REDIS_SCHEMES = ("redis", "rediss", "unix")


@dataclass(frozen=True)
class Framework(Generic[S]):
    """How one framework holds the settings: how a key is spelt in messages, its own keys (the extra
    fields of ``settings_class``), renamed keys and whether a string cache backend names one of its caches."""

    name: str
    spell: Callable[[str], str]
    settings_class: type[S]
    #: old key -> new key; the old one still works, with a ``DeprecationWarning``.
    renamed: Mapping[str, str] = field(default_factory=dict)
    #: A string ``SESSION_CACHE_BACKEND`` names a cache of the framework (Django's ``CACHES``).
    named_backends: bool = False
    #: Emit the warnings (not only the deprecations) as Python warnings when loading: Flask has no system
    #: checks to show them.
    warn_on_load: bool = False

    @property
    def defaults(self) -> dict[str, Any]:
        return _keys_of(self.settings_class)


def _present(value: Any) -> bool:
    return value is not None and value != ""


def _canonical(values: Mapping[str, Any], framework: Framework[Any]) -> tuple[dict[str, Any], list[Problem]]:
    """The values under their current names, with a W004 for each old name used."""
    out = dict(values)
    found: list[Problem] = []
    for old, new in framework.renamed.items():
        if old not in out:
            continue
        value = out.pop(old)
        spell_old, spell_new = framework.spell(old), framework.spell(new)
        if new in out:
            found.append(
                Problem(
                    "ory_facade.W004",
                    f"{spell_old} is the old name of {spell_new}; both are set and {spell_old} is ignored.",
                    f"Remove {spell_old}.",
                )
            )
        else:
            out[new] = value
            found.append(
                Problem(
                    "ory_facade.W004",
                    f"{spell_old} is renamed {spell_new}; the old name still works but will go.",
                    f"Rename it to {spell_new}.",
                )
            )
    return out, found


def _with_environment(
    values: Mapping[str, Any], environ: Mapping[str, str] | None
) -> tuple[dict[str, Any], dict[str, str]]:
    merged = dict(values)
    sources: dict[str, str] = {}
    if _present(merged.get("CLIENT")):
        return merged, sources  # the client is configured; the environment is not read
    options = environment_options(environ)
    for key, option in _FROM_ENV.items():
        if not _present(merged.get(key)) and option in options:
            merged[key], sources[key] = options[option]
    return merged, sources


def _import(path: str) -> Any:
    """``package.module:attribute`` or ``package.module.attribute``."""
    module_name, sep, attribute = path.partition(":")
    if not sep:
        module_name, _, attribute = path.rpartition(".")
    if not module_name or not attribute:
        raise ImportError(f"{path!r} is not a dotted path (package.module.name)")
    target: Any = importlib.import_module(module_name)
    for part in attribute.split("."):
        target = getattr(target, part)
    return target


def resolve_client(value: Any) -> OryClient | Callable[[], OryClient]:
    """``CLIENT`` as an object: an ``OryClient``, or a function returning one (called by the runtime)."""
    target = _import(value) if isinstance(value, str) else value
    if isinstance(target, OryClient) or (callable(target) and not isinstance(target, type)):
        return cast("OryClient | Callable[[], OryClient]", target)
    if isinstance(target, type) and issubclass(target, OryClient):
        raise TypeError("names the OryClient class, not a client or a function returning one")
    raise TypeError(f"is a {type(target).__name__}, not an OryClient or a function returning one")


def _url_problem(value: Any) -> str | None:
    if not isinstance(value, str):
        return f"must be a URL string, got {type(value).__name__}"
    try:
        _normalise_url(value, "url", "-")
    except OryConfigurationError:
        if "@" in value:  # not echoed: it may hold a password (even where the URL does not parse)
            return "must not contain a user name or password (the API key has its own setting)"
        return f"must be an http(s) URL without query or fragment, got {value!r}"
    return None


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _backend_problem(value: Any, named_backends: bool) -> str | None:
    if isinstance(value, str):
        return None if named_backends else "must be a cache backend object (get/set/delete), not a string"
    missing = [name for name in ("get", "set", "delete") if not callable(getattr(value, name, None))]
    if missing:
        return f"must have get, set and delete methods; {type(value).__name__} lacks {', '.join(missing)}"
    return None


def check(
    values: Mapping[str, Any],
    framework: Framework[Any],
    *,
    environ: Mapping[str, str] | None = None,
) -> list[Problem]:
    """Every problem with the settings ``values`` (keys without the framework's prefix), the
    environment filling what they leave unset. ``environ`` defaults to ``os.environ``."""
    spell = framework.spell
    canonical, found = _canonical(values, framework)
    defaults = framework.defaults
    raw, sources = _with_environment(canonical, environ)
    merged = {**defaults, **raw}

    def named(key: str) -> str:
        variable = sources.get(key)
        return f"{variable} (the environment, as {spell(key)} is not set)" if variable else spell(key)

    client = merged["CLIENT"]
    if _present(client):
        try:
            resolve_client(client)
        except (ImportError, AttributeError, TypeError) as exc:
            found.append(
                Problem(
                    "ory_facade.E011",
                    f"{spell('CLIENT')} {exc}."
                    if isinstance(exc, TypeError)
                    else f"{spell('CLIENT')} = {client!r} cannot be imported: {exc}.",
                    "Give an OryClient, or the dotted path of one or of a function returning one "
                    '("myproject.ory.make_client").',
                )
            )
        ignored = [key for key in _CONNECTION if key in canonical and canonical[key] != defaults[key]]
        if ignored:
            found.append(
                Problem(
                    "ory_facade.W005",
                    f"{spell('CLIENT')} is set, so {', '.join(spell(k) for k in ignored)} "
                    f"{'is' if len(ignored) == 1 else 'are'} ignored.",
                    "Configure the client where it is made, and remove these settings.",
                )
            )
    elif not _present(merged["PUBLIC_URL"]):
        found.append(
            Problem(
                "ory_facade.E002",
                f"{spell('PUBLIC_URL')} is missing.",
                f"Set it (or the environment variable {ENV_PUBLIC_URL}; {ENV_ORY_SDK_URL} on Ory Network) to "
                "Kratos' public API URL as this server reaches it, e.g. http://127.0.0.1:4433; or give "
                f"{spell('CLIENT')}.",
            )
        )
    if not _present(client):
        for key in _URLS:
            value = merged[key]
            problem = _url_problem(value) if _present(value) else None
            if problem:
                found.append(Problem("ory_facade.E003", f"{named(key)} {problem}."))
        if _present(merged["API_KEY"]) and not isinstance(merged["API_KEY"], str):
            found.append(Problem("ory_facade.E012", f"{named('API_KEY')} must be a string."))
        timeout = merged["TIMEOUT"]
        if not _is_number(timeout) or timeout <= 0:
            found.append(
                Problem(
                    "ory_facade.E005", f"{spell('TIMEOUT')} must be a number of seconds > 0, got {timeout!r}."
                )
            )
        retries = merged["MAX_RETRIES"]
        if not isinstance(retries, int) or isinstance(retries, bool) or retries < 0:
            found.append(
                Problem(
                    "ory_facade.E005", f"{spell('MAX_RETRIES')} must be a whole number >= 0, got {retries!r}."
                )
            )
    mode = merged["UI_MODE"]
    if mode not in ("server", "kratos"):
        found.append(
            Problem("ory_facade.E004", f'{spell("UI_MODE")} must be "server" or "kratos", got {mode!r}.')
        )
    ttl = merged["SESSION_CACHE_TTL"]
    if not _is_number(ttl) or ttl < 0:
        found.append(
            Problem(
                "ory_facade.E005",
                f"{spell('SESSION_CACHE_TTL')} must be a number of seconds >= 0, got {ttl!r}.",
            )
        )
    found.extend(_cache_problems(merged, framework))
    hosts = merged["ALLOWED_RETURN_TO_HOSTS"]
    if (
        isinstance(hosts, str)
        or not isinstance(hosts, list | tuple | set | frozenset)
        or not all(isinstance(h, str) for h in hosts)
    ):
        found.append(
            Problem(
                "ory_facade.E007",
                f"{spell('ALLOWED_RETURN_TO_HOSTS')} must be a list of host names.",
                'For example ["accounts.example.com", ".example.org"].',
            )
        )
    for key in _STRINGS:
        if not isinstance(merged[key], str):
            found.append(Problem("ory_facade.E012", f"{spell(key)} must be a string, got {merged[key]!r}."))
    if _present(merged["PASSWORD_MIGRATION_SECRET"]) and not isinstance(
        merged["PASSWORD_MIGRATION_SECRET"], str
    ):
        found.append(Problem("ory_facade.E012", f"{spell('PASSWORD_MIGRATION_SECRET')} must be a string."))
    for key, default in defaults.items():
        if isinstance(default, bool) and not isinstance(merged[key], bool):
            found.append(
                Problem("ory_facade.E012", f"{spell(key)} must be True or False, got {merged[key]!r}.")
            )
    unknown = sorted(set(canonical) - set(defaults))
    if unknown:
        found.append(
            Problem(
                "ory_facade.W001",
                f"Unknown settings: {', '.join(spell(k) for k in unknown)}.",
                f"Known keys: {', '.join(defaults)}.",
            )
        )
    return found


def _cache_problems(merged: Mapping[str, Any], framework: Framework[Any]) -> list[Problem]:
    spell = framework.spell
    found: list[Problem] = []
    backend, redis_url = merged["SESSION_CACHE_BACKEND"], merged["SESSION_CACHE_REDIS_URL"]
    if _present(backend):
        problem = _backend_problem(backend, framework.named_backends)
        if problem:
            found.append(Problem("ory_facade.E006", f"{spell('SESSION_CACHE_BACKEND')} {problem}."))
    if _present(redis_url):
        if _present(backend):
            found.append(
                Problem(
                    "ory_facade.E006",
                    f"Set {spell('SESSION_CACHE_BACKEND')} or {spell('SESSION_CACHE_REDIS_URL')}, not both.",
                )
            )
        elif not isinstance(redis_url, str) or urlsplit(redis_url).scheme not in _REDIS_SCHEMES:
            found.append(
                Problem(
                    "ory_facade.E006",
                    f"{spell('SESSION_CACHE_REDIS_URL')} must be a redis://, rediss:// or unix:// URL.",
                )
            )
        elif importlib.util.find_spec("redis") is None:
            found.append(
                Problem(
                    "ory_facade.E006",
                    f"{spell('SESSION_CACHE_REDIS_URL')} needs redis-py, which is not installed.",
                    "pip install 'ory-facade[redis]'",
                )
            )
    ttl = merged["SESSION_CACHE_TTL"]
    cache_on = _is_number(ttl) and ttl > 0
    name = merged["SESSION_COOKIE_NAME"]
    if name is None or name in ("", [], ()):
        if cache_on:
            found.append(
                Problem(
                    "ory_facade.E010",
                    f"{spell('SESSION_CACHE_TTL')} turns the session cache on: it needs "
                    f"{spell('SESSION_COOKIE_NAME')}.",
                    "Set it to the name of Kratos' session cookie (session.cookie.name in Kratos' config; "
                    '"ory_kratos_session" unless changed, "ory_session_<project slug>" on Ory Network). It '
                    "keys the cache, so a wrong name only costs hits, never another user's session.",
                )
            )
    else:
        try:
            session_cookie_names(name)
        except (TypeError, ValueError) as exc:
            found.append(Problem("ory_facade.E010", f"{spell('SESSION_COOKIE_NAME')}: {exc}."))
    if not cache_on and (_present(backend) or _present(redis_url)) and _is_number(ttl):
        which = "SESSION_CACHE_BACKEND" if _present(backend) else "SESSION_CACHE_REDIS_URL"
        found.append(
            Problem(
                "ory_facade.W006",
                f"{spell(which)} is set but {spell('SESSION_CACHE_TTL')} is 0, so the session cache is off.",
                f"Set {spell('SESSION_CACHE_TTL')} to a few seconds (5-30) to use it.",
            )
        )
    return found


def render(problems: list[Problem], framework: Framework[Any]) -> str:
    """The errors among ``problems`` as one message (what Flask's ``init_app`` raises)."""
    errors = [p for p in problems if p.is_error]
    if len(errors) == 1:
        return str(errors[0])
    return f"{len(errors)} problems with the {framework.name} settings:\n" + "\n".join(
        f"- {p}" for p in errors
    )


def load(
    values: Mapping[str, Any],
    framework: Framework[S],
    *,
    environ: Mapping[str, str] | None = None,
    problems: list[Problem] | None = None,
) -> S:
    """Validated settings of ``framework.settings_class``; raises :class:`OryConfigurationError` naming
    every error (see :func:`check`). An old key name works with a ``DeprecationWarning``."""
    found = check(values, framework, environ=environ) if problems is None else problems
    if any(p.is_error for p in found):
        raise OryConfigurationError(render(found, framework))
    for problem in found:
        if problem.id == "ory_facade.W004":
            warnings.warn(str(problem), DeprecationWarning, stacklevel=3)
        elif framework.warn_on_load:
            warnings.warn(str(problem), OrySettingsWarning, stacklevel=3)
    canonical, _ = _canonical(values, framework)
    raw, sources = _with_environment(canonical, environ)
    merged = {**framework.defaults, **raw}
    client = merged["CLIENT"]
    common: dict[str, Any] = {
        "public_url": str(merged["PUBLIC_URL"]).strip() if _present(merged["PUBLIC_URL"]) else None,
        "admin_url": merged["ADMIN_URL"] or None,
        "browser_url": merged["BROWSER_URL"] or None,
        "api_key": merged["API_KEY"] or None,
        # With CLIENT these are not checked (W005 says they are ignored): the defaults stand in.
        "timeout": DEFAULT_TIMEOUT if _present(client) else float(merged["TIMEOUT"]),
        "max_retries": DEFAULT_MAX_RETRIES if _present(client) else int(merged["MAX_RETRIES"]),
        "client": resolve_client(client) if _present(client) else None,
        "ui_mode": merged["UI_MODE"],
        "allowed_return_to_hosts": tuple(merged["ALLOWED_RETURN_TO_HOSTS"]),
        "require_https_return_to": merged["REQUIRE_HTTPS_RETURN_TO"],
        "default_return_to": merged["DEFAULT_RETURN_TO"],
        "after_logout_url": merged["AFTER_LOGOUT_URL"],
        "session_cache_ttl": float(merged["SESSION_CACHE_TTL"]),
        "session_cache_backend": merged["SESSION_CACHE_BACKEND"]
        if _present(merged["SESSION_CACHE_BACKEND"])
        else None,
        "session_cache_redis_url": merged["SESSION_CACHE_REDIS_URL"] or None,
        "session_cookie_name": session_cookie_names(merged["SESSION_COOKIE_NAME"] or None),
        "accept_session_tokens": merged["ACCEPT_SESSION_TOKENS"],
        "password_migration_secret": merged["PASSWORD_MIGRATION_SECRET"] or None,
        "from_environment": sources,
    }
    own = {key.lower(): merged[key] for key in framework.defaults if key not in DEFAULTS}
    return framework.settings_class(**common, **own)

"""``OryClient``: configuration, lifecycle and the namespaces of the SDK."""

from __future__ import annotations

import os
from collections.abc import Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, Literal, Self, overload
from urllib.parse import urlsplit

import httpx

from ._constants import (
    DEFAULT_CONNECT_TIMEOUT,
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    ENV_ADMIN_URL,
    ENV_BROWSER_URL,
    ENV_ORY_API_KEY,
    ENV_ORY_PROJECT_API_TOKEN,
    ENV_ORY_SDK_URL,
    ENV_PUBLIC_URL,
)
from ._helpers import DeprecatedHelpers
from ._listeners import CredentialListeners
from ._pool import VerifyTypes
from ._transport import Transport, make_http_client, parse, secure_http_client
from .admin import Admin
from .errors import OryConfigurationError
from .flows import (
    FLOW_NAMES,
    BrowserLogout,
    FlowAPI,
    Login,
    Recovery,
    Registration,
    Settings,
    Verification,
)
from .sessions import Sessions

if TYPE_CHECKING:
    from ory_kratos_api.models.flow_error import FlowError

    from .types import SessionWithIdentity

__all__ = ["OryClient"]

_NOT_GIVEN: Any = object()


def _as_timeout(timeout: float | httpx.Timeout) -> httpx.Timeout:
    if isinstance(timeout, httpx.Timeout):
        return timeout
    if timeout <= 0:
        raise OryConfigurationError("timeout must be a positive number of seconds")
    return httpx.Timeout(timeout, connect=min(DEFAULT_CONNECT_TIMEOUT, timeout))


def _normalise_url(value: str | None, argument: str, env: str) -> str | None:
    if value is None:
        return None
    url = value.strip().rstrip("/")
    parts = urlsplit(url)
    if "@" in parts.netloc:
        # Credentials in a URL end up in logs and reprs; the API key has its own argument.
        raise OryConfigurationError(
            f"{argument} must not contain a user name or password (argument {argument}=..., environment "
            f"variable {env}); pass the API key as api_key=... (ORY_API_KEY) instead"
        )
    if parts.scheme not in {"http", "https"} or not parts.netloc or parts.query or parts.fragment:
        raise OryConfigurationError(
            f"{argument} must be an http(s) URL without query, like https://auth.example.com "
            f"(argument {argument}=..., environment variable {env}); got {value!r}"
        )
    return url


def environment_options(environ: Mapping[str, str] | None = None) -> dict[str, tuple[str, str]]:
    """What :meth:`OryClient.from_env` reads, as ``{option: (value, variable)}`` for each option the
    environment sets (``public_url``, ``admin_url``, ``api_key``, ``browser_url``), unvalidated.

    The framework integrations fall back to it for the settings they are not given, so both read the
    same variables with the same precedence (``KRATOS_*`` over ``ORY_SDK_URL``).
    """
    env = os.environ if environ is None else environ

    def first(*names: str) -> tuple[str, str] | None:
        for name in names:
            value = env.get(name)
            if value:
                return value, name
        return None

    found = {
        "public_url": first(ENV_PUBLIC_URL, ENV_ORY_SDK_URL),
        "admin_url": first(ENV_ADMIN_URL, ENV_ORY_SDK_URL),
        "api_key": first(ENV_ORY_API_KEY, ENV_ORY_PROJECT_API_TOKEN),
        "browser_url": first(ENV_BROWSER_URL),
    }
    return {option: item for option, item in found.items() if item is not None}


class OryClient(DeprecatedHelpers):
    """A client for Ory Kratos / Ory Identities. Create one per process and share it: it is thread-safe,
    keeps no per-user state (no cookie jar) and pools connections.

    - ``public_url``: Kratos' public API as your server reaches it (``http://kratos:4433``).
    - ``admin_url``: the admin API (``http://kratos:4434``); on Ory Network the project URL.
    - ``api_key``: sent as ``Authorization: Bearer`` on admin calls only (Ory Network).
    - ``browser_url``: the public API as browsers reach it, for redirect URLs (defaults to ``public_url``).
    - ``timeout``: seconds (or an ``httpx.Timeout``) per attempt; ``max_retries``: extra attempts for
      idempotent requests (0 disables).
    - ``verify``: TLS verification: ``True`` (default: ``SSL_CERT_FILE`` / ``SSL_CERT_DIR`` if set, else
      certifi's bundle), a path to a CA bundle (a Kratos behind a private CA), an ``ssl.SSLContext``, or
      ``False`` (tests only).
    - ``trust_env``: read ``HTTP_PROXY`` / ``HTTPS_PROXY`` / ``ALL_PROXY`` / ``NO_PROXY`` and the CA
      variables from the environment (default ``True``, as httpx does).
    - ``transport``: an ``httpx.BaseTransport`` to send through instead of the facade's pooled one
      (``httpx.MockTransport`` in tests, or a wrapped transport); ``verify``/``trust_env`` then do not apply.
    - ``http_client``: your own ``httpx.Client`` (its mounts, hooks, default headers); its cookie jar is
      replaced by one that never stores cookies, and you close it.

    Every call goes through one ``httpx.BaseTransport``, reachable as ``ory.http_client``'s transport, so
    OpenTelemetry's ``HTTPXClientInstrumentor().instrument_client(ory.http_client)`` traces every call.

    Example::

        ory = OryClient("http://127.0.0.1:4433", admin_url="http://127.0.0.1:4434")
        session = ory.whoami(cookie=request.headers.get("Cookie"))

    Namespaces: ``login``, ``registration``, ``recovery``, ``verification``, ``settings``, ``browser_logout``
    (flows; ``flow(name)`` reaches one by name), ``sessions`` (the user's sessions), ``admin``
    (identities, sessions, courier, schemas).
    """

    def __init__(
        self,
        public_url: str,
        *,
        admin_url: str | None = None,
        api_key: str | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        browser_url: str | None = None,
        http_client: httpx.Client | None = None,
        verify: VerifyTypes = True,
        trust_env: bool = True,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        if not public_url:
            raise OryConfigurationError(
                f"public_url is required: pass OryClient(public_url=...) or set {ENV_PUBLIC_URL} "
                f"(Ory Network: {ENV_ORY_SDK_URL})"
            )
        if max_retries < 0:
            raise OryConfigurationError("max_retries must be 0 or more")
        self.public_url = _normalise_url(public_url, "public_url", ENV_PUBLIC_URL) or public_url
        self.admin_url = _normalise_url(admin_url, "admin_url", ENV_ADMIN_URL)
        self.browser_url = _normalise_url(browser_url, "browser_url", ENV_BROWSER_URL) or self.public_url
        self.timeout = _as_timeout(timeout)
        self.max_retries = max_retries
        self._api_key = api_key or None
        if http_client is not None and transport is not None:
            raise OryConfigurationError("pass http_client= or transport=, not both")
        self._owns_http_client = http_client is None
        if http_client is None:
            client = make_http_client(self.timeout, verify=verify, trust_env=trust_env, transport=transport)
        else:
            client = secure_http_client(http_client)
        self._setup(
            CredentialListeners(),
            Transport(
                public_url=self.public_url,
                admin_url=self.admin_url,
                api_key=self._api_key,
                timeout=self.timeout,
                max_retries=max_retries,
                http_client=client,
                injected=http_client is not None,
            ),
        )

    def _setup(self, listeners: CredentialListeners, transport: Transport) -> None:
        # Shared with with_options copies: a change through a copy reaches caches built on the original.
        self._credential_listeners = listeners
        self._transport = transport
        url = self.browser_url
        self.login = Login(transport, url, listeners)
        self.registration = Registration(transport, url, listeners)
        self.recovery = Recovery(transport, url, listeners)
        self.verification = Verification(transport, url, listeners)
        self.settings = Settings(transport, url, listeners)
        self.browser_logout = BrowserLogout(transport, url, listeners)
        self.sessions = Sessions(transport, url, listeners)
        self.admin = Admin(transport)

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **overrides: Any) -> OryClient:
        """Configure from environment variables (``overrides`` win over them):

        - ``KRATOS_PUBLIC_URL``: public API (required unless ``ORY_SDK_URL`` is set);
        - ``KRATOS_ADMIN_URL``: admin API;
        - ``KRATOS_BROWSER_URL``: public API as browsers see it;
        - ``ORY_SDK_URL``: Ory Network project URL, used for both public and admin calls;
        - ``ORY_API_KEY`` (or ``ORY_PROJECT_API_TOKEN``): API key for admin calls.

        Example::

            ory = OryClient.from_env(timeout=5)
        """
        env = os.environ if environ is None else environ
        _normalise_url(env.get(ENV_ORY_SDK_URL) or None, ENV_ORY_SDK_URL, ENV_ORY_SDK_URL)
        found = environment_options(env)
        public_url = overrides.pop("public_url", None) or found.get("public_url", ("", ""))[0]
        if not public_url:
            raise OryConfigurationError(
                f"No Kratos URL configured: set {ENV_PUBLIC_URL} (self-hosted) or {ENV_ORY_SDK_URL} "
                f"(Ory Network), or pass public_url=..."
            )
        for option in ("admin_url", "api_key", "browser_url"):
            overrides.setdefault(option, found[option][0] if option in found else None)
        return cls(public_url, **overrides)

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout = _NOT_GIVEN,
        max_retries: int = _NOT_GIVEN,
    ) -> OryClient:
        """A copy with another timeout or retry count that shares this client's connection pool.

        Example: ``ory.with_options(max_retries=0).admin.identities.delete(identity_id)``. Closing the
        copy does not close the pool; close the original.
        """
        clone = object.__new__(OryClient)
        clone.public_url = self.public_url
        clone.admin_url = self.admin_url
        clone.browser_url = self.browser_url
        clone.timeout = self.timeout if timeout is _NOT_GIVEN else _as_timeout(timeout)
        clone.max_retries = self.max_retries if max_retries is _NOT_GIVEN else max_retries
        if clone.max_retries < 0:
            raise OryConfigurationError("max_retries must be 0 or more")
        clone._api_key = self._api_key
        clone._owns_http_client = False
        clone._setup(
            self._credential_listeners,
            self._transport.copy(timeout=clone.timeout, max_retries=clone.max_retries),
        )
        return clone

    @overload
    def flow(self, name: Literal["login"]) -> Login: ...
    @overload
    def flow(self, name: Literal["registration"]) -> Registration: ...
    @overload
    def flow(self, name: Literal["recovery"]) -> Recovery: ...
    @overload
    def flow(self, name: Literal["verification"]) -> Verification: ...
    @overload
    def flow(self, name: Literal["settings"]) -> Settings: ...
    @overload
    def flow(self, name: str) -> FlowAPI[Any]: ...

    def flow(self, name: str) -> FlowAPI[Any]:
        """The namespace of a flow kind by name (``"login"`` ... ``"settings"``, see ``FLOW_NAMES``), for
        code that gets the kind from a URL; any other name is a ``ValueError``, never another attribute."""
        if name not in FLOW_NAMES:
            raise ValueError(f"{name!r} is not a self-service flow; one of {', '.join(FLOW_NAMES)}")
        api: FlowAPI[Any] = getattr(self, name)
        return api

    def _on_credential_change(self, method: Any) -> None:
        """Call ``method(cookie=..., session_token=...)`` (a bound method, held weakly) after a settings
        change or a logout through this client or its ``with_options`` copies (``SessionCache`` does)."""
        self._credential_listeners.subscribe(method)

    def whoami(
        self,
        *,
        cookie: str | None = None,
        session_token: str | None = None,
        aal: str | None = None,
        return_to: str | None = None,
    ) -> SessionWithIdentity:
        """The session of a browser (``cookie``: the whole ``Cookie`` header) or an app (``session_token``),
        with its identity (``session.identity.traits["email"]``).

        Raises ``SessionInactiveError`` when signed out and ``AAL2RequiredError`` when a second factor is
        needed (or ``aal="aal2"`` is asked for and the session has less). See :meth:`Sessions.whoami`.
        """
        return self.sessions.whoami(cookie=cookie, session_token=session_token, aal=aal, return_to=return_to)

    def get_flow_error(self, error_id: str) -> FlowError:
        """The error a browser was sent to the error UI with (``?id=<error id>``).

        ``result.error`` is Kratos' error object (``id``, ``code``, ``message``, ``reason``, ...). Raises
        ``NotFoundError`` for an unknown or expired id.
        """
        from ory_kratos_api.api.frontend import get_flow_error
        from ory_kratos_api.models.flow_error import FlowError

        response = self._transport.call(get_flow_error._get_kwargs(id=str(error_id)))
        return parse(response, FlowError.from_dict, "a flow error")

    def get_webauthn_javascript(self) -> str:
        """Kratos' ``webauthn.js``, the script WebAuthn and passkey nodes load (a ``script`` node), to serve
        from the app's own origin when its Content-Security-Policy allows no script from Kratos'."""
        from ory_kratos_api.api.frontend import get_web_authn_java_script

        response = self._transport.call(get_web_authn_java_script._get_kwargs())
        return response.text  # JavaScript, not the JSON string the generated parser expects

    @property
    def http_client(self) -> httpx.Client:
        """The ``httpx.Client`` every call goes through (the facade's own, or the one you passed). Its
        transport is looked up on every call, so instrumenting the client traces every call::

            from opentelemetry.instrumentation.httpx import HTTPXClientInstrumentor
            HTTPXClientInstrumentor().instrument_client(ory.http_client)
        """
        return self._transport.http_client

    def close(self) -> None:
        """Close the connection pool (not an injected ``http_client``, which its owner closes)."""
        if self._owns_http_client:
            self._transport.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        key = "<set>" if self._api_key else None
        return f"OryClient(public_url={self.public_url!r}, admin_url={self.admin_url!r}, api_key={key})"

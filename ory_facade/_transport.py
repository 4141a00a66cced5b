"""The one call path: every request to Kratos is built, sent, retried, logged and mapped here.

Requests are built from the generated operations' ``_get_kwargs(...)`` (so URLs, parameters and bodies
follow the spec) but sent with the facade's own ``httpx.Client``, because the generated client stores
cookies across users, has no timeout and loses the response when parsing fails.
"""

from __future__ import annotations

import json
import logging
import random
import ssl
import time
from collections.abc import Callable, Mapping
from typing import Any, Literal, TypeVar

import httpx

# One client serves every user of a process; a jar that kept Set-Cookie would send one user's session
# cookie with the next user's request. The generated client's jar (templates/client.py.jinja) keeps
# nothing, and the facade uses the same one.
from ory_kratos_api.client import NoCookieJar

from ._constants import (
    BODY_EXCERPT_CHARS,
    INITIAL_RETRY_DELAY,
    LOGGER_NAME,
    MAX_CONNECTIONS,
    MAX_RETRY_AFTER,
    MAX_RETRY_DELAY,
    MAX_URL_LENGTH,
    RETRY_JITTER,
    RETRYABLE_STATUSES,
    USER_AGENT,
)
from ._pool import IDEMPOTENT, PooledTransport, VerifyTypes
from ._redact import excerpt, redact, redact_http_library_logs, scrub, sent_secrets
from .errors import (
    OryAPIError,
    OryConfigurationError,
    OryConnectionError,
    OryError,
    OryRequestError,
    OryResponseError,
    OryTimeoutError,
    parse_retry_after,
)

T = TypeVar("T")

#: The body of a request without one (a ``ByteStream`` holds no state: one serves every request).
_NO_BODY = httpx.ByteStream(b"")
#: Headers httpx adds or checks for a body: a request that names one itself takes httpx's full constructor.
_NO_AUTO_HEADERS = frozenset({"host", "content-length", "transfer-encoding"})

logger = logging.getLogger(LOGGER_NAME)

_IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
RetryPolicy = Literal["all", "unsent", "none"]
# Failures after which the server cannot have acted on the request.
_UNSENT_ERRORS = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
_RETRY_STATUSES: dict[RetryPolicy, frozenset[int]] = {
    "all": RETRYABLE_STATUSES,
    "unsent": frozenset({429, 503}),
    "none": frozenset(),
}


def _retry_policy(method: str, retry: bool | None) -> RetryPolicy:
    if retry is not None:
        return "all" if retry else "none"
    if method in _IDEMPOTENT_METHODS:
        return "all"
    return "unsent" if method == "DELETE" else "none"


def _may_retry_exception(policy: RetryPolicy, exc: httpx.HTTPError) -> bool:
    if _certificate_failure(exc) is not None:
        return False  # the same certificate fails the same way next time
    if policy == "all":
        return isinstance(exc, httpx.TransportError)
    return policy == "unsent" and isinstance(exc, _UNSENT_ERRORS)


def _certificate_failure(exc: BaseException) -> ssl.SSLCertVerificationError | None:
    """The certificate verification error behind ``exc`` (on any path: the pool's, httpcore's)."""
    seen: set[int] = set()
    cause: BaseException | None = exc
    while cause is not None and id(cause) not in seen:
        if isinstance(cause, ssl.SSLCertVerificationError):
            return cause
        seen.add(id(cause))
        cause = cause.__cause__ or cause.__context__
    return None


def _map_exception(exc: httpx.HTTPError, method: str, path: str) -> OryError:
    """The one place httpx exceptions become ``OryError`` subclasses."""
    name = type(exc).__name__
    logger.warning("%s %s failed: %s", method, path, name)
    if isinstance(exc, httpx.TimeoutException):
        return OryTimeoutError(
            f"Kratos did not answer {method} {path} within the timeout ({name})", method=method, url=path
        )
    if isinstance(exc, httpx.DecodingError):
        return OryResponseError(f"Could not decode the response to {method} {path} ({name})", status=0)
    certificate = _certificate_failure(exc)
    if certificate is not None:
        return OryConnectionError(
            f"Could not reach Kratos for {method} {path}: TLS certificate verification failed "
            f"({certificate.verify_message or certificate.reason}). If Kratos uses a private CA, pass its "
            "CA bundle: OryClient(verify='/path/to/ca.pem'), or set SSL_CERT_FILE (or SSL_CERT_DIR)",
            method=method,
            url=path,
        )
    return OryConnectionError(f"Could not reach Kratos for {method} {path} ({name})", method=method, url=path)


def make_http_client(
    timeout: httpx.Timeout,
    *,
    verify: VerifyTypes = True,
    trust_env: bool = True,
    transport: httpx.BaseTransport | None = None,
) -> httpx.Client:
    """The facade's own ``httpx.Client``: explicit timeout, no cookie persistence, no redirect following.

    Its transport (``PooledTransport`` unless one is given) is what the call path sends through, looked up
    on every call (``client._transport``), so wrapping it (OpenTelemetry's ``instrument_client``) sees every
    call. Proxies and CA variables are read by that transport, not by httpx's client.
    """
    redact_http_library_logs()  # httpcore logs when a proxied origin goes through httpx's HTTPTransport
    if transport is None:
        transport = PooledTransport(verify=verify, trust_env=trust_env, max_connections=MAX_CONNECTIONS)
    return httpx.Client(
        transport=transport,
        timeout=timeout,
        follow_redirects=False,
        cookies=NoCookieJar(),
        trust_env=False,
    )


def secure_http_client(client: httpx.Client) -> httpx.Client:
    """Make an injected client safe to share between users: its cookie jar is replaced by ``NoCookieJar``."""
    client.cookies = NoCookieJar()
    redact_http_library_logs()  # httpx's own path logs URLs and headers
    return client


class Transport:
    """Sends one logical request with retries and turns failures into ``OryError`` subclasses.

    Holds no per-request state, so one instance is safe to use from many threads at once.
    """

    def __init__(
        self,
        *,
        public_url: str,
        admin_url: str | None,
        api_key: str | None,
        timeout: httpx.Timeout,
        max_retries: int,
        http_client: httpx.Client,
        injected: bool = False,
    ) -> None:
        self.public_url = public_url
        self.admin_url = admin_url
        self._api_key = api_key
        self.timeout = timeout
        self.max_retries = max_retries
        self.http_client = http_client
        # An injected client is driven through its own ``send`` (its hooks, mounts, default headers); the
        # facade's own client through its transport's ``handle_request``.
        self._injected = injected
        self._timeouts: dict[str, float | None] = timeout.as_dict()
        # Parsed URLs of requests without a query, with their Host header (None: none is sent).
        self._urls: dict[str, tuple[httpx.URL, bytes | None]] = {}
        self._random = random.Random()
        self._sleep: Callable[[float], None] = time.sleep

    @property
    def has_api_key(self) -> bool:
        return bool(self._api_key)

    def copy(self, *, timeout: httpx.Timeout, max_retries: int) -> Transport:
        """A transport sharing the connection pool and credentials with different timeout/retries."""
        clone = Transport(
            public_url=self.public_url,
            admin_url=self.admin_url,
            api_key=self._api_key,
            timeout=timeout,
            max_retries=max_retries,
            http_client=self.http_client,
            injected=self._injected,
        )
        clone._sleep = self._sleep
        return clone

    # --- sending -------------------------------------------------------------------------------------
    def send(
        self, kwargs: Mapping[str, Any], *, admin: bool = False, retry: bool | None = None
    ) -> httpx.Response:
        """Send the request described by a generated ``_get_kwargs(...)`` result and return the response.

        Retries (``retry=None`` picks by method): GET/HEAD are repeated on connection errors, timeouts, 429,
        502, 503 and 504. DELETE is repeated only when Kratos surely did not act (the connection was never
        made, or 429/503). Everything else, flow submissions in particular, is sent once. ``retry=True``
        treats a request as a GET, ``retry=False`` sends it once (a GET with side effects, like logout).
        A request sent once is never sent again by the connection pool either (see ``_pool.IDEMPOTENT``).
        Status codes are not checked here.
        """
        try:
            request = self._build(kwargs, admin=admin)
        except httpx.InvalidURL as exc:  # over 64 KiB, or characters a URL cannot hold
            raise OryRequestError(
                f"the URL of {kwargs['method'].upper()} {kwargs['url'][:60]} cannot be sent ({exc})"
            ) from exc
        method = request.method
        policy = _retry_policy(method, retry)
        if policy == "all":
            request.extensions[IDEMPOTENT] = True
        attempts = 1 + (self.max_retries if policy != "none" else 0)
        path = kwargs["url"]
        for attempt in range(attempts):
            last = attempt == attempts - 1
            started = time.perf_counter()
            try:
                response = self._send_once(request, admin)
            except httpx.HTTPError as exc:
                if not last and _may_retry_exception(policy, exc):
                    self._pause(attempt, None, method, path, type(exc).__name__)
                    continue
                raise _map_exception(exc, method, path) from exc
            elapsed_ms = (time.perf_counter() - started) * 1000
            logger.debug("%s %s -> %d (%.1f ms)", method, path, response.status_code, elapsed_ms)
            if not last and response.status_code in _RETRY_STATUSES[policy]:
                retry_after = parse_retry_after(response.headers.get("retry-after"))
                if retry_after is not None and retry_after > MAX_RETRY_AFTER:
                    return response  # waiting that long inside a web request is worse than failing
                response.close()
                self._pause(attempt, retry_after, method, path, f"HTTP {response.status_code}")
                continue
            return response
        raise AssertionError("unreachable: the last attempt returns or raises")  # pragma: no cover

    def _send_once(self, request: httpx.Request, admin: bool) -> httpx.Response:
        """One attempt, through the one transport interface; the body is read."""
        if self._injected:
            # An injected client's own auth must not reach the public API either.
            auth: Any = httpx.USE_CLIENT_DEFAULT if admin else None
            return self.http_client.send(request, follow_redirects=False, auth=auth)
        # Looked up on every call: instrumentation (OpenTelemetry's instrument_client) wraps it in place.
        response = self.http_client._transport.handle_request(request)
        try:
            response.read()
        except BaseException:
            response.close()
            raise
        response.request = request
        return response

    def _build(self, kwargs: Mapping[str, Any], *, admin: bool) -> httpx.Request:
        """The one request builder: the ``httpx.Request`` for a generated ``_get_kwargs(...)`` result."""
        if admin and not self.admin_url:
            raise OryConfigurationError(
                "This is an admin API call but no admin URL is configured: pass "
                "OryClient(admin_url=...) or set KRATOS_ADMIN_URL "
                "(Ory Network: ORY_SDK_URL and ORY_API_KEY)"
            )
        headers: dict[str, Any] = {"Accept": "application/json", "User-Agent": USER_AGENT}
        extra = kwargs.get("headers")
        if extra:
            headers.update(extra)
        path = kwargs["url"]
        base = self.admin_url if admin else self.public_url
        assert base is not None
        text = base + path
        params = kwargs.get("params") or None
        cached = None if params else self._urls.get(text)
        if cached is None:
            _check_path(path)  # a cached URL's path was checked when it was cached
        _check_headers(headers)
        for name, value in list(headers.items()):
            if isinstance(value, str) and not value.isascii():
                if name.lower() != "cookie":
                    # Tokens and keys are ASCII; the value is a secret, so it is not quoted.
                    raise OryRequestError(
                        f"the {name} header value is not ASCII (no session token or key is)"
                    )
                headers[name] = header_bytes(value)
        # The API key goes to the admin URL only, even if an injected client or a caller set one.
        headers.pop("Authorization", None)
        if admin and self._api_key:
            headers["Authorization"] = f"Bearer {self._api_key}"
        method = kwargs["method"].upper()
        if len(text) > MAX_URL_LENGTH:
            raise httpx.InvalidURL("URL too long")
        if self._injected:
            request = self.http_client.build_request(
                method, text, params=params, headers=headers, json=kwargs.get("json"), timeout=self.timeout
            )
            if not admin:
                request.headers.pop("Authorization", None)  # an injected client's default auth
            return request
        if cached is not None:
            url, host = cached
        else:
            url = httpx.URL(text, params=params) if params else httpx.URL(text)
            host = url.netloc if url.host else None
            if not params:
                if len(self._urls) >= 512:
                    self._urls.clear()
                self._urls[text] = (url, host)
        body = kwargs.get("json")
        extensions = {"timeout": self._timeouts}
        if body is not None or (extra and not _NO_AUTO_HEADERS.isdisjoint(map(str.lower, extra))):
            return httpx.Request(method, url, headers=headers, json=body, extensions=extensions)
        # No body: the request httpx would build (the same headers in the same order, the same empty content),
        # built through its ``stream=`` constructor, which skips encoding a body that is not there. It costs a
        # fifth of what the full constructor does; tests/facade/test_transport.py compares the two.
        auto: list[Any] = [] if host is None else [(b"Host", host)]
        if method in ("POST", "PUT", "PATCH"):
            auto.append((b"Content-Length", b"0"))
        request = httpx.Request(
            method, url, headers=[*auto, *headers.items()], stream=_NO_BODY, extensions=extensions
        )
        # What ``read()`` stores (httpx 0.27 and 0.28), without its ``typing.Iterable`` check of the stream.
        request._content = b""
        return request

    def _pause(self, attempt: int, retry_after: float | None, method: str, path: str, cause: str) -> None:
        if retry_after is not None:
            delay = retry_after
        else:
            delay = min(INITIAL_RETRY_DELAY * 2**attempt, MAX_RETRY_DELAY)
            delay *= 1 - RETRY_JITTER * self._random.random()
        logger.info("%s %s: %s, retrying in %.2f s (attempt %d)", method, path, cause, delay, attempt + 2)
        self._sleep(delay)

    def close(self) -> None:
        self.http_client.close()

    # --- response handling ---------------------------------------------------------------------------
    def call(
        self,
        kwargs: Mapping[str, Any],
        *,
        admin: bool = False,
        retry: bool | None = None,
        ok: tuple[int, ...] = (200,),
    ) -> httpx.Response:
        """Send and raise the matching ``OryError`` unless the status is one of ``ok``."""
        response = self.send(kwargs, admin=admin, retry=retry)
        if response.status_code not in ok:
            raise error_for(response)
        return response


def header_bytes(value: str) -> bytes:
    """A ``Cookie`` header value that is not ASCII, as the bytes to send.

    WSGI (and Django, Flask, Starlette) hand headers over latin-1-decoded, so a ``Cookie`` another app on
    the domain set in UTF-8 arrives as latin-1 text: encoding it back as latin-1 sends the browser's own
    bytes (Kratos skips a cookie whose value it cannot read and still finds its own). Text that is not
    latin-1 cannot have come from a request: it goes out as UTF-8, as a browser would send it.
    """
    try:
        return value.encode("latin-1")
    except UnicodeEncodeError:
        return value.encode("utf-8")


def _check_path(path: str) -> None:
    """Refuse an empty, ``.`` or ``..`` path segment before anything is sent: an empty id turns
    ``GET /admin/identities/{id}`` into the list endpoint; dot segments are normalised away by proxies."""
    segments = path.split("?", 1)[0].split("/")[1:]
    if any(segment in ("", ".", "..") for segment in segments):
        raise OryRequestError(
            f"an id in {path.split('?', 1)[0][:200]!r} is empty or a dot segment ('.' or '..')"
        )


def _check_headers(headers: Mapping[str, Any]) -> None:
    """Refuse CR or LF in a header value (header injection), whichever HTTP client sends it."""
    for name, value in headers.items():
        if isinstance(value, str) and ("\r" in value or "\n" in value):
            raise OryRequestError(f"the {name} header value holds CR/LF, which would inject headers")


def _excerpt(response: httpx.Response, limit: int = BODY_EXCERPT_CHARS) -> str:
    """The redacted excerpt of the body, without the credentials the request carried (an upstream that
    echoes the request shows them in any format: see ``sent_secrets``)."""
    return excerpt(response.content, limit, secrets=sent_secrets(response))


def decode_json(response: httpx.Response) -> Any:
    """The JSON body, or ``OryResponseError`` with a redacted excerpt when it is not JSON."""
    try:
        return json.loads(response.content)
    except (ValueError, UnicodeDecodeError, RecursionError) as exc:  # RecursionError: absurdly deep JSON
        raise OryResponseError(
            "Kratos answered with a body that is not JSON",
            status=response.status_code,
            excerpt=_excerpt(response),
            response=response,
        ) from exc


def parse(response: httpx.Response, factory: Callable[[Any], T], what: str, body: Any = None) -> T:
    """Parse JSON with a generated model's ``from_dict``; a shape mismatch is an ``OryResponseError``."""
    data = decode_json(response) if body is None else body
    try:
        return factory(data)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        problem = exc
    # The parser's message may quote a value of the body: redacted like the excerpt.
    cause = f"{type(problem).__name__}: {problem}"
    shown = redact(cause, sent_secrets(response))
    error = OryResponseError(
        f"Kratos answered with a body that does not match {what} ({shown})",
        status=response.status_code,
        excerpt=_excerpt(response),
        response=response,
    )
    if shown != cause:
        raise error  # not chained: a logged traceback would print the cause's own text
    raise error from problem


def error_for(response: httpx.Response) -> OryAPIError | OryResponseError:
    """The exception for a response that is not the expected success.

    An error status always maps to an ``OryAPIError`` subclass (by error id, else status), even when the body
    is an HTML page from a proxy; an unexpected 1xx-3xx maps to ``OryResponseError``.
    """
    status = response.status_code
    if status >= 400:
        try:
            body = json.loads(response.content)
        except (ValueError, UnicodeDecodeError, RecursionError):
            body = None
        if not isinstance(body, dict):
            error = OryAPIError.from_body(status, None, response)
            phrase = scrub(response.reason_phrase, sent_secrets(response))
            error.reason = error.reason or f"{phrase}: {_excerpt(response, 120)}"
            return error
        return OryAPIError.from_body(status, body, response)
    if 300 <= status < 400:
        location = scrub(response.headers.get("location", "").split("?", 1)[0], sent_secrets(response))
        return OryResponseError(
            f"Kratos answered with a redirect to {location!r} instead of JSON "
            "(a browser-only endpoint, or the request lacked Accept: application/json)",
            status=status,
            response=response,
        )
    return OryResponseError(
        f"Unexpected status {status} from Kratos",
        status=status,
        excerpt=_excerpt(response),
        response=response,
    )

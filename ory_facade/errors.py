"""Exceptions raised by ory_facade, chosen by what the application should do next.

::

    OryError
    ├── OryConfigurationError            a URL or key is missing or malformed (also a ValueError)
    ├── OryRequestError                  the request cannot be sent as given, nothing sent (also a ValueError)
    ├── OryConnectionError               Kratos could not be reached (DNS, refused, reset, TLS)
    │   └── OryTimeoutError              ... or did not answer within the timeout
    ├── OryResponseError                 a 2xx/3xx answer that is not the JSON Kratos documents
    └── OryAPIError                      Kratos answered with an error (status, error id, reason, ...)
        ├── BadRequestError              400
        │   ├── SessionAlreadyAvailableError     session_already_available
        │   └── ReturnToForbiddenError           self_service_flow_return_to_forbidden
        ├── IdentityDisabledError        identity_disabled (400), or the id-less 401 "identity is disabled"
        ├── FlowValidationError          400 (or 200) carrying the flow with error messages: re-render it
        ├── UnauthorizedError            401
        │   ├── SessionInactiveError             session_inactive
        │   ├── AAL1RequiredError                session_aal1_required
        │   └── AALAlreadyFulfilledError         session_aal_already_fulfilled
        ├── ForbiddenError               403
        │   ├── CSRFViolationError               security_csrf_violation
        │   ├── SecurityIdentityMismatchError    security_identity_mismatch
        │   ├── AAL2RequiredError                session_aal2_required (redirect_browser_to)
        │   ├── SessionRefreshRequiredError      session_refresh_required (redirect_browser_to)
        │   └── AddressNotVerifiedError          session_verified_address_required (continue_with)
        ├── NotFoundError                404
        ├── ConflictError                409
        ├── GoneError                    410
        │   ├── FlowExpiredError                 self_service_flow_expired (use_flow_id)
        │   └── FlowReplacedError                self_service_flow_replaced (use_flow_id)
        ├── BrowserLocationChangeRequiredError   browser_location_change_required, 422 (redirect_browser_to)
        ├── RateLimitedError             429 (retry_after)
        └── ServerError                  5xx, including an HTML page from a proxy

The class is picked by the Kratos error id first and the HTTP status second; each class declares its
``error_id``/``status`` and the lookup table is built from those declarations, so adding a class is the only
step to support a new id. ``str(error)`` reads ``[request id] reason (error id)``; neither ``str`` nor
``repr`` contains tokens, cookies or passwords.

Example::

    try:
        result = ory.login.submit(flow_id, form, cookie=cookie)
    except FlowValidationError as exc:
        return render(request, "login.html", {"flow": exc.flow})
    except (FlowExpiredError, FlowReplacedError) as exc:
        return redirect(f"/login?flow={exc.use_flow_id}")
"""

from __future__ import annotations

import email.utils
import time
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from ._redact import scrub, scrub_json, sent_secrets

if TYPE_CHECKING:
    import httpx

    from .continue_with import ContinueWith
    from .ui import UiMessage

__all__ = [
    "AAL1RequiredError",
    "AAL2RequiredError",
    "AALAlreadyFulfilledError",
    "AddressNotVerifiedError",
    "BadRequestError",
    "BrowserLocationChangeRequired",
    "BrowserLocationChangeRequiredError",
    "CSRFViolationError",
    "ConflictError",
    "FlowExpiredError",
    "FlowReplacedError",
    "FlowValidationError",
    "ForbiddenError",
    "GoneError",
    "IdentityDisabledError",
    "NotFoundError",
    "OryAPIError",
    "OryConfigurationError",
    "OryConnectionError",
    "OryError",
    "OryRequestError",
    "OryResponseError",
    "OryTimeoutError",
    "RateLimitedError",
    "ReturnToForbiddenError",
    "SecurityIdentityMismatchError",
    "ServerError",
    "SessionAlreadyAvailableError",
    "SessionInactiveError",
    "SessionRefreshRequiredError",
    "UnauthorizedError",
    "error_class_for",
]


class OryError(Exception):
    """Base of every exception this package raises."""


class OryConfigurationError(OryError, ValueError):
    """The client is missing a URL or key, or one is malformed; the message names argument and variable."""


class OryRequestError(OryError, ValueError):
    """The request cannot be sent as given (nothing was sent): a URL over httpx's 64 KiB limit, an id that is
    empty or a dot segment, CR/LF in a header value. Usually input from a browser that should get a 400."""


class OryConnectionError(OryError):
    """Kratos could not be reached. Safe requests were already retried before this was raised."""

    def __init__(self, message: str, *, method: str = "", url: str = "") -> None:
        super().__init__(message)
        self.method = method
        self.url = url


class OryTimeoutError(OryConnectionError):
    """Kratos did not answer within the configured timeout."""


class OryResponseError(OryError):
    """Kratos (or something in front of it) answered with a body that is not the documented JSON.

    ``excerpt`` holds the start of the body with secrets redacted, to make the cause visible.
    """

    def __init__(
        self,
        message: str,
        *,
        status: int,
        excerpt: str = "",
        response: httpx.Response | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.status = status
        self.excerpt = excerpt
        self.response = response

    def __str__(self) -> str:
        tail = f": {self.excerpt}" if self.excerpt else ""
        return f"{self.message} (HTTP {self.status}){tail}"

    def __repr__(self) -> str:
        return f"{type(self).__name__}(status={self.status}, message={self.message!r})"


def _find(body: Mapping[str, Any], key: str) -> Any:
    """A field Kratos puts either at the top level of the error body or inside ``error.details``."""
    if key in body:
        return body[key]
    error = body.get("error")
    if isinstance(error, Mapping):
        if key in error:
            return error[key]
        details = error.get("details")
        if isinstance(details, Mapping) and key in details:
            return details[key]
    return None


class OryAPIError(OryError):
    """Kratos answered with an error.

    Attributes: ``status`` (HTTP), ``error_id`` (Kratos' stable id such as ``session_inactive``),
    ``reason`` (a specific explanation), ``message`` (a generic one), ``request_id``, ``details``,
    ``response`` (the raw ``httpx.Response``, or None for errors raised before any request) and ``body``
    (the decoded JSON, or an empty dict).
    """

    #: Declared by subclasses: the HTTP status and Kratos error id they stand for.
    status: int = 0
    error_id: str | None = None
    #: True for the classes picked by status when no class declares the error id.
    status_fallback: ClassVar[bool] = False

    def __init__(
        self,
        status: int | None = None,
        error_id: str | None = None,
        reason: str | None = None,
        message: str | None = None,
        request_id: str | None = None,
        details: Mapping[str, Any] | None = None,
        response: httpx.Response | None = None,
        *,
        body: Mapping[str, Any] | None = None,
    ) -> None:
        self.status = status if status is not None else type(self).status
        self.error_id = error_id if error_id is not None else type(self).error_id
        self.reason = reason
        self.message = message or ""
        self.request_id = request_id
        self.details: Mapping[str, Any] = details or {}
        self.response = response
        self.body: Mapping[str, Any] = body or {}
        super().__init__(self.__str__())

    @classmethod
    def from_body(
        cls, status: int, body: Mapping[str, Any] | None, response: httpx.Response | None = None
    ) -> OryAPIError:
        """Build the right subclass from a Kratos error body (``{"error": {...}}`` or a bare error).

        The texts taken from the body (id, reason, message, request id, details) are scrubbed of the
        credentials the request carried: a proxy that speaks JSON may echo them in any field. ``body``
        stays as received.
        """
        body = body if isinstance(body, Mapping) else {}
        nested = body.get("error")
        error: Mapping[str, Any] = nested if isinstance(nested, Mapping) else body
        error_id = error.get("id") if isinstance(error.get("id"), str) else None
        request_id = error.get("request") if isinstance(error.get("request"), str) else None
        if request_id is None and response is not None:
            request_id = response.headers.get("x-request-id")
        details = error.get("details") if isinstance(error.get("details"), Mapping) else None
        klass = error_class_for(status, error_id, _str_or_none(error.get("message")))
        secrets = sent_secrets(response) if response is not None else ()

        def clean(text: str | None) -> str | None:
            return scrub(text, secrets) if text else text

        return klass(
            status=status,
            error_id=clean(error_id),
            reason=clean(_str_or_none(error.get("reason"))),
            message=clean(_str_or_none(error.get("message"))),
            request_id=clean(request_id),
            details=scrub_json(details, secrets),
            response=response,
            body=body,
        )

    @property
    def set_cookie(self) -> list[str]:
        """``Set-Cookie`` headers of the error response, to relay like a result's.

        Kratos sets cookies on some errors, e.g. the session cookie on the 422 that sends a browser on to
        its second factor after a JSON login.
        """
        return self.response.headers.get_list("set-cookie") if self.response is not None else []

    def __str__(self) -> str:
        text = self.reason or self.message or (self.response.reason_phrase if self.response else "")
        prefix = f"[{self.request_id}] " if self.request_id else ""
        suffix = f"({self.error_id})" if self.error_id else f"(HTTP {self.status})"
        return f"{prefix}{text or 'Kratos error'} {suffix}"

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(status={self.status}, error_id={self.error_id!r}, "
            f"request_id={self.request_id!r}, reason={self.reason!r})"
        )


def _str_or_none(value: Any) -> str | None:
    return value if isinstance(value, str) else None


class _RedirectsBrowser(OryAPIError):
    """Errors whose remedy is sending the browser to ``redirect_browser_to``."""

    @property
    def redirect_browser_to(self) -> str | None:
        """Where to send the browser; Kratos puts it at the top level or in ``error.details``."""
        value = _find(self.body, "redirect_browser_to")
        return value if isinstance(value, str) else None


class _CarriesFlowId(OryAPIError):
    @property
    def use_flow_id(self) -> str | None:
        """The flow Kratos already created to continue with; None means restart the flow yourself."""
        value = _find(self.body, "use_flow_id")
        return str(value) if value else None


# --- 400 ---------------------------------------------------------------------------------------------
class BadRequestError(OryAPIError):
    """400 without a more specific Kratos error id."""

    status = 400
    status_fallback = True


class SessionAlreadyAvailableError(BadRequestError):
    """The user is already signed in: send them to ``return_to`` or home instead of a login form."""

    error_id = "session_already_available"


class ReturnToForbiddenError(BadRequestError):
    """The ``return_to`` URL is not allow-listed: restart the flow without it."""

    error_id = "self_service_flow_return_to_forbidden"


class IdentityDisabledError(OryAPIError):
    """The identity is disabled: show an error, do not retry.

    Kratos reports this either with the id ``identity_disabled`` (400) or, from its session code, as a 401
    without an id whose message is "identity is disabled"; both map here.
    """

    status = 400
    error_id = "identity_disabled"


class FlowValidationError(OryAPIError):
    """Kratos rejected a submission and returned the flow with error messages: re-render ``flow``.

    ``messages`` holds every error message of the flow and its nodes (id, text, node name), e.g.
    4000006 invalid credentials or 4000007 account exists.
    """

    status = 400

    def __init__(self, flow: Any, response: httpx.Response | None = None, *, status: int = 400) -> None:
        from .ui import messages as ui_messages

        self.flow = flow
        self.messages: list[UiMessage] = [m for m in ui_messages(flow) if m.type == "error"]
        first = self.messages[0] if self.messages else None
        super().__init__(
            status=status,
            reason=first.text if first else "The submitted form was rejected",
            message="Kratos returned the flow with validation errors",
            request_id=response.headers.get("x-request-id") if response is not None else None,
            response=response,
        )

    @property
    def message_ids(self) -> list[int]:
        """The ids of the error messages, e.g. ``[4000006]``, for branching without parsing text."""
        return [m.id for m in self.messages]

    def __str__(self) -> str:
        ids = ", ".join(str(m.id) for m in self.messages) or "no message"
        prefix = f"[{self.request_id}] " if self.request_id else ""
        return f"{prefix}{self.reason} (flow validation: {ids})"


# --- 401 ---------------------------------------------------------------------------------------------
class UnauthorizedError(OryAPIError):
    """401: no valid session or credentials (for admin calls: a missing or wrong API key)."""

    status = 401
    status_fallback = True


class SessionInactiveError(UnauthorizedError):
    """No active session: start a login flow with ``return_to`` set to the current page."""

    error_id = "session_inactive"


class AAL1RequiredError(UnauthorizedError):
    """A guard: the endpoint requires a first factor first."""

    error_id = "session_aal1_required"


class AALAlreadyFulfilledError(UnauthorizedError):
    """A guard: the session already has the requested assurance level."""

    error_id = "session_aal_already_fulfilled"


# --- 403 ---------------------------------------------------------------------------------------------
class ForbiddenError(OryAPIError):
    """403 without a more specific Kratos error id."""

    status = 403
    status_fallback = True


class CSRFViolationError(ForbiddenError):
    """CSRF cookie or token missing or mismatched: forward the whole ``Cookie`` header, restart the flow."""

    error_id = "security_csrf_violation"


class SecurityIdentityMismatchError(ForbiddenError):
    """The flow belongs to another identity: restart it."""

    error_id = "security_identity_mismatch"


class AAL2RequiredError(ForbiddenError, _RedirectsBrowser):
    """A second factor is required: redirect to ``redirect_browser_to`` (a login flow with ``aal=aal2``)."""

    error_id = "session_aal2_required"


class SessionRefreshRequiredError(ForbiddenError, _RedirectsBrowser):
    """A privileged change needs a recent login: redirect to ``redirect_browser_to`` (``refresh=true``)."""

    error_id = "session_refresh_required"


class AddressNotVerifiedError(ForbiddenError):
    """Login requires a verified address; Kratos already created a verification flow (``next_step``)."""

    error_id = "session_verified_address_required"

    @property
    def continue_with(self) -> list[ContinueWith]:
        """Every ``continue_with`` item Kratos sent (in ``error.details``), unknown actions included."""
        from .continue_with import parse_continue_with

        return parse_continue_with(_find(self.body, "continue_with"))

    @property
    def next_step(self) -> ContinueWith | None:
        """The item to act on, normally ``show_verification_ui`` with the verification flow id."""
        from .continue_with import choose_next_step

        return choose_next_step(self.continue_with)


# --- 404, 409 ----------------------------------------------------------------------------------------
class NotFoundError(OryAPIError):
    """404: the identity, session, flow or message does not exist (or is not visible to this key)."""

    status = 404
    status_fallback = True


class ConflictError(OryAPIError):
    """409: e.g. an identity with the same identifier or external id already exists."""

    status = 409
    status_fallback = True


# --- 410 ---------------------------------------------------------------------------------------------
class GoneError(OryAPIError):
    """410 without a more specific Kratos error id."""

    status = 410
    status_fallback = True


class FlowExpiredError(GoneError, _CarriesFlowId):
    """The flow expired. Continue with ``use_flow_id`` when set, else restart keeping the original query."""

    error_id = "self_service_flow_expired"

    @property
    def continue_with(self) -> list[ContinueWith]:
        """``continue_with`` items Kratos may attach to the expiry (unknown actions included)."""
        from .continue_with import parse_continue_with

        return parse_continue_with(_find(self.body, "continue_with"))


class FlowReplacedError(GoneError, _CarriesFlowId):
    """Another flow replaced this one: continue with ``use_flow_id``."""

    error_id = "self_service_flow_replaced"


# --- 422 ---------------------------------------------------------------------------------------------
class BrowserLocationChangeRequiredError(_RedirectsBrowser):
    """The next step happens in the browser (OIDC, passkeys, AAL2 after a JSON login, legacy recovery).

    Redirect the browser to ``redirect_browser_to``.
    """

    status = 422
    error_id = "browser_location_change_required"


#: The name Kratos' documentation uses.
BrowserLocationChangeRequired = BrowserLocationChangeRequiredError


# --- 429, 5xx ----------------------------------------------------------------------------------------
class RateLimitedError(OryAPIError):
    """429: too many requests. ``retry_after`` is the server's hint in seconds (None when absent)."""

    status = 429
    status_fallback = True

    @property
    def retry_after(self) -> float | None:
        if self.response is None:
            return None
        return parse_retry_after(self.response.headers.get("retry-after"))


class ServerError(OryAPIError):
    """5xx from Kratos or a proxy in front of it (an HTML 502 included). Safe requests were retried."""

    status = 500
    status_fallback = True


def parse_retry_after(value: str | None) -> float | None:
    """Seconds from a ``Retry-After`` header: delta-seconds or an HTTP date; None when absent or invalid."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        moment = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return max(0.0, moment.timestamp() - time.time())


def _all_subclasses(cls: type[OryAPIError]) -> list[type[OryAPIError]]:
    found: list[type[OryAPIError]] = []
    for sub in cls.__subclasses__():
        found.append(sub)
        found.extend(_all_subclasses(sub))
    return found


def _build_lookup() -> tuple[dict[str, type[OryAPIError]], dict[int, type[OryAPIError]]]:
    by_id: dict[str, type[OryAPIError]] = {}
    by_status: dict[int, type[OryAPIError]] = {}
    for klass in _all_subclasses(OryAPIError):
        declared_id = klass.__dict__.get("error_id")
        if declared_id:
            if declared_id in by_id and by_id[declared_id] is not klass:
                raise TypeError(f"error id {declared_id!r} declared by two classes")
            by_id[declared_id] = klass
        if klass.__dict__.get("status_fallback"):
            by_status[klass.status] = klass
    return by_id, by_status


_BY_ID, _BY_STATUS = _build_lookup()


# Errors Kratos raises without an id (herodot errors built in place); recognised by their fixed message.
_ID_BY_MESSAGE = {"identity is disabled": "identity_disabled"}


def error_class_for(status: int, error_id: str | None, message: str | None = None) -> type[OryAPIError]:
    """The exception class for a Kratos error: by error id first, then by HTTP status."""
    if not error_id and message:
        error_id = _ID_BY_MESSAGE.get(message)
    if error_id and error_id in _BY_ID:
        return _BY_ID[error_id]
    if status in _BY_STATUS:
        return _BY_STATUS[status]
    if status >= 500:
        return ServerError
    return OryAPIError

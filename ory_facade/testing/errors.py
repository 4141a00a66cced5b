"""Kratos' error envelope (herodot): ``{"error": {"id", "code", "status", "reason", "message", ...}}``.

The fake raises :class:`KratosError` inside handlers; the dispatcher turns it into the JSON body (or a
redirect to the error UI for browsers). Messages and reasons never carry secrets.
"""

from __future__ import annotations

from http import HTTPStatus
from typing import Any

from ory_facade.testing.goerrors import go_quote

__all__ = ["KratosError"]

# herodot's default ``message`` per status (``ErrorField``).
_DEFAULT_MESSAGES: dict[int, str] = {
    400: "The request was malformed or contained invalid parameters",
    401: "The request could not be authorized",
    403: "The requested action was forbidden",
    404: "The requested resource could not be found",
    409: "The resource could not be created due to a conflict",
    410: "The requested resource is no longer available because it has expired or is otherwise invalid.",
    422: "The request was well-formed but was unable to be followed due to semantic errors",
    429: "The client has sent too many requests and has been rate limited",
    500: "An internal server error occurred, please contact the system administrator",
    502: "The upstream server returned an invalid response",
    503: "The service is temporarily unavailable",
}


class KratosError(Exception):
    """An error Kratos answers with; ``extra`` holds top-level siblings of ``error`` (``use_flow_id``...)."""

    def __init__(
        self,
        code: int,
        *,
        error_id: str | None = None,
        reason: str | None = None,
        message: str | None = None,
        details: dict[str, Any] | None = None,
        extra: dict[str, Any] | None = None,
    ) -> None:
        self.code = code
        self.error_id = error_id
        self.reason = reason
        self.message = message or _DEFAULT_MESSAGES.get(code, HTTPStatus(code).phrase)
        self.details = details
        self.extra = extra or {}
        super().__init__(f"HTTP {code} {error_id or HTTPStatus(code).phrase}")

    def inner(self) -> dict[str, Any]:
        """The herodot object that sits under ``error`` (also what the error store keeps)."""
        out: dict[str, Any] = {}
        if self.error_id:
            out["id"] = self.error_id
        out["code"] = self.code
        out["status"] = HTTPStatus(self.code).phrase
        if self.reason:
            out["reason"] = self.reason
        if self.details:
            out["details"] = self.details
        out["message"] = self.message
        return out

    def body(self) -> dict[str, Any]:
        return {"error": self.inner(), **self.extra}

    # --- the errors Kratos sends, by id --------------------------------------------------------------

    @classmethod
    def bad_request(cls, reason: str, *, message: str | None = None) -> KratosError:
        return cls(400, reason=reason, message=message)

    @classmethod
    def address_not_verified(cls, continue_with: list[dict[str, Any]]) -> KratosError:
        return cls(
            403,
            error_id="session_verified_address_required",
            reason="Your email or phone address is not yet verified.",
            message="Your email or phone address is not yet verified.",
            details={"continue_with": continue_with},
        )

    @classmethod
    def not_found(cls, reason: str | None = None) -> KratosError:
        # sqlcon.ErrNoRows as Kratos renders it.
        return cls(404, reason=reason, message="Unable to locate the resource")

    @classmethod
    def conflict(cls, reason: str) -> KratosError:
        return cls(409, reason=reason)

    @classmethod
    def session_inactive(cls, reason: str = "No active session was found in this request.") -> KratosError:
        return cls(
            401,
            error_id="session_inactive",
            reason=reason,
            message="request does not have a valid authentication session",
        )

    @classmethod
    def no_session_found(cls) -> KratosError:
        # session.ErrNoSessionFound: herodot's 401 with a reason and no error id (session/handler.go).
        return cls(401, reason="No valid session credentials found in the request.")

    @classmethod
    def session_aal1_required(cls) -> KratosError:
        return cls(
            401,
            error_id="session_aal1_required",
            reason="You can not requested a higher AAL (AAL2/AAL3) without an active session.",
            message="aal2 and aal3 can only be requested if a session exists already",
        )

    @classmethod
    def already_logged_in(cls, kind: str) -> KratosError:
        reasons = {
            "login": "A valid session was detected and thus login is not possible. "
            "Did you forget to set `?refresh=true`?",
            "registration": "A valid session was detected and thus registration is not possible.",
            "recovery": "A valid session was detected and thus recovery is not possible.",
        }
        return cls(
            400,
            error_id="session_already_available",
            reason=reasons[kind],
            # recovery.ErrAlreadyLoggedIn sets no error message of its own (recovery/error.go).
            message=None if kind == "recovery" else "you are already logged in",
        )

    @classmethod
    def aal2_required(cls, redirect_to: str) -> KratosError:
        return cls(
            403,
            error_id="session_aal2_required",
            reason="An active session was found but it does not fulfill the requested Authenticator "
            "Assurance Level. Please verify yourself with a second factor to resolve this issue.",
            message="Session does not fulfill the requested Authenticator Assurance Level",
            details={"redirect_browser_to": redirect_to},
            extra={"redirect_browser_to": redirect_to},
        )

    @classmethod
    def refresh_required(cls, redirect_to: str) -> KratosError:
        return cls(
            403,
            error_id="session_refresh_required",
            reason="The login session is too old and thus not allowed to update these fields. "
            "Please re-authenticate.",
            extra={"redirect_browser_to": redirect_to},
        )

    @classmethod
    def identity_mismatch(cls) -> KratosError:
        return cls(
            403,
            error_id="security_identity_mismatch",
            reason="The request was made for another identity and has been blocked for security reasons.",
        )

    @classmethod
    def browser_location_change(cls, redirect_to: str) -> KratosError:
        return cls(
            422,
            error_id="browser_location_change_required",
            reason=f"In order to complete this flow please redirect the browser to: {redirect_to}",
            message="browser location change required",
            extra={"redirect_browser_to": redirect_to},
        )

    @classmethod
    def return_to_forbidden(cls, return_to: str) -> KratosError:
        """``return_to`` is the refused URL's ``URL.String()``; Kratos quotes it with ``%q``."""
        return cls(
            400,
            error_id="self_service_flow_return_to_forbidden",
            reason=f"Requested return_to URL {go_quote(return_to)} is not allowed.",
        )

    @classmethod
    def identity_disabled(cls, identity_id: str | None = None) -> KratosError:
        # session.ErrIdentityDisabled carries no id; the session manager adds details.identity_id.
        details = {"identity_id": identity_id} if identity_id else None
        return cls(401, reason="This account was disabled.", message="identity is disabled", details=details)

    @classmethod
    def csrf(cls, hint: str | None, reject_reason: str | None) -> KratosError:
        details: dict[str, Any] = {"docs": "https://www.ory.sh/kratos/docs/debug/csrf"}
        if hint:
            details["hint"] = hint
        if reject_reason:
            details["reject_reason"] = reject_reason
        return cls(
            403,
            error_id="security_csrf_violation",
            reason="Please retry the flow and optionally clear your cookies. The request was rejected to "
            "protect you from Cross-Site-Request-Forgery (CSRF) which could cause account takeover, leaking "
            "personal information, and other serious security issues.",
            message="the request was rejected to protect you from Cross-Site-Request-Forgery",
            details=details,
        )

    @classmethod
    def api_flow_with_cookie(cls) -> KratosError:
        # Kratos' flow.ErrCookieHeaderNeedsBrowserFlow: a plain 400 without an error id.
        return cls(
            400,
            reason='The HTTP Request Header included the "Cookie" key, indicating that this request was made '
            "by a Browser. The flow however was initiated as an API request. To prevent potential misuse and "
            "mitigate several attack vectors including CSRF, the request has been blocked. Please consult "
            "the documentation.",
        )

    @classmethod
    def api_flow_with_origin(cls) -> KratosError:
        return cls(
            400,
            reason='The HTTP Request Header included the "Origin" key, indicating that this request was made '
            "as part of an AJAX request in a Browser. The flow however was initiated as an API request. To "
            "prevent potential misuse and mitigate several attack vectors including CSRF, the request has "
            "been blocked. Please consult the documentation.",
        )

"""ory-facade: a Python SDK for the Ory Identities API (Ory Kratos).

Example::

    from ory_facade import OryClient, SessionInactiveError

    ory = OryClient.from_env()          # KRATOS_PUBLIC_URL / KRATOS_ADMIN_URL, or ORY_SDK_URL + ORY_API_KEY
    try:
        session = ory.whoami(cookie=request.headers.get("Cookie"))
    except SessionInactiveError:
        return redirect(ory.login.browser_url(return_to=request.url))

Importing this package does not import the generated models (about 170 modules); they load on first use.
"""

from __future__ import annotations

from typing import Any

from ._client import OryClient
from .continue_with import ContinueWith
from .errors import (
    AAL1RequiredError,
    AAL2RequiredError,
    AALAlreadyFulfilledError,
    AddressNotVerifiedError,
    BadRequestError,
    BrowserLocationChangeRequired,
    BrowserLocationChangeRequiredError,
    ConflictError,
    CSRFViolationError,
    FlowExpiredError,
    FlowReplacedError,
    FlowValidationError,
    ForbiddenError,
    GoneError,
    IdentityDisabledError,
    NotFoundError,
    OryAPIError,
    OryConfigurationError,
    OryConnectionError,
    OryError,
    OryRequestError,
    OryResponseError,
    OryTimeoutError,
    RateLimitedError,
    ReturnToForbiddenError,
    SecurityIdentityMismatchError,
    ServerError,
    SessionAlreadyAvailableError,
    SessionInactiveError,
    SessionRefreshRequiredError,
    UnauthorizedError,
)
from .pagination import Page
from .results import FlowResponse, LogoutResult, NativeSignIn, SubmitResult
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
    "ContinueWith",
    "FlowExpiredError",
    "FlowReplacedError",
    "FlowResponse",
    "FlowValidationError",
    "ForbiddenError",
    "GoneError",
    "IdentityDisabledError",
    "LogoutResult",
    "NativeSignIn",
    "NotFoundError",
    "OryAPIError",
    "OryClient",
    "OryConfigurationError",
    "OryConnectionError",
    "OryError",
    "OryRequestError",
    "OryResponseError",
    "OryTimeoutError",
    "Page",
    "RateLimitedError",
    "ReturnToForbiddenError",
    "SecurityIdentityMismatchError",
    "ServerError",
    "SessionAlreadyAvailableError",
    "SessionInactiveError",
    "SessionRefreshRequiredError",
    "SubmitResult",
    "UiMessage",
    "UnauthorizedError",
    "__version__",
]


def __getattr__(name: str) -> Any:
    # The version comes from package metadata, which costs a few milliseconds: read it only when asked.
    if name == "__version__":
        from ._version import package_version

        return package_version()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

"""The public surface is pinned, and importing the package stays light."""

from __future__ import annotations

import subprocess
import sys

import ory_facade

EXPECTED = {
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
    "NotFoundError",
    "OryAPIError",
    "OryClient",
    "OryConfigurationError",
    "OryRequestError",
    "OryConnectionError",
    "OryError",
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
    "NativeSignIn",
    "SubmitResult",
    "UiMessage",
    "UnauthorizedError",
    "__version__",
}


def test_all_is_pinned() -> None:
    assert set(ory_facade.__all__) == EXPECTED
    assert len(ory_facade.__all__) == len(EXPECTED)
    for name in ory_facade.__all__:
        assert getattr(ory_facade, name) is not None


def test_every_exported_exception_is_an_ory_error() -> None:
    for name in ory_facade.__all__:
        value = getattr(ory_facade, name)
        if isinstance(value, type) and issubclass(value, BaseException):
            assert issubclass(value, ory_facade.OryError), name


def test_client_namespaces() -> None:
    client = ory_facade.OryClient("http://kratos:4433")
    for name in (
        "login",
        "registration",
        "recovery",
        "verification",
        "settings",
        "browser_logout",
        "sessions",
        "admin",
    ):
        assert getattr(client, name) is not None
    for name in ("identities", "sessions", "courier", "schemas"):
        assert getattr(client.admin, name) is not None
    client.close()


def test_import_does_not_load_generated_models() -> None:
    code = (
        "import sys, ory_facade\n"
        "heavy = ('ory_kratos_api.models', 'ory_kratos_api.api')\n"
        "loaded = [m for m in sys.modules if m.startswith(heavy)]\n"
        "print(len(loaded))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "0"

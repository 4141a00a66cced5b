from typing import Literal, cast

LoginFlowActive = Literal[
    "code",
    "code_recovery",
    "link_recovery",
    "lookup_secret",
    "oidc",
    "passkey",
    "password",
    "profile",
    "saml",
    "totp",
    "webauthn",
]

LOGIN_FLOW_ACTIVE_VALUES: set[LoginFlowActive] = {
    "code",
    "code_recovery",
    "link_recovery",
    "lookup_secret",
    "oidc",
    "passkey",
    "password",
    "profile",
    "saml",
    "totp",
    "webauthn",
}


def check_login_flow_active(value: str) -> LoginFlowActive:
    """Return ``value`` typed as LoginFlowActive.

    Values the spec does not list pass through unchanged: a newer or older
    Kratos sends them, and the payload must still parse and round-trip.
    """
    return cast(LoginFlowActive, value)

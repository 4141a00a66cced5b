from typing import Literal, cast

RegistrationFlowActive = Literal[
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

REGISTRATION_FLOW_ACTIVE_VALUES: set[RegistrationFlowActive] = {
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


def check_registration_flow_active(value: str) -> RegistrationFlowActive:
    """Return ``value`` typed as RegistrationFlowActive.

    Values the spec does not list pass through unchanged: a newer or older
    Kratos sends them, and the payload must still parse and round-trip.
    """
    return cast(RegistrationFlowActive, value)

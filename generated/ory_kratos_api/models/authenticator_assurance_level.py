from typing import Literal, cast

AuthenticatorAssuranceLevel = Literal["aal0", "aal1", "aal2", "aal3"]

AUTHENTICATOR_ASSURANCE_LEVEL_VALUES: set[AuthenticatorAssuranceLevel] = {
    "aal0",
    "aal1",
    "aal2",
    "aal3",
}


def check_authenticator_assurance_level(value: str) -> AuthenticatorAssuranceLevel:
    """Return ``value`` typed as AuthenticatorAssuranceLevel.

    Values the spec does not list pass through unchanged: a newer or older
    Kratos sends them, and the payload must still parse and round-trip.
    """
    return cast(AuthenticatorAssuranceLevel, value)

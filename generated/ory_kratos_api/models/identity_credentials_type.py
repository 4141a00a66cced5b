from typing import Literal, cast

IdentityCredentialsType = Literal[
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

IDENTITY_CREDENTIALS_TYPE_VALUES: set[IdentityCredentialsType] = {
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


def check_identity_credentials_type(value: str) -> IdentityCredentialsType:
    """Return ``value`` typed as IdentityCredentialsType.

    Values the spec does not list pass through unchanged: a newer or older
    Kratos sends them, and the payload must still parse and round-trip.
    """
    return cast(IdentityCredentialsType, value)

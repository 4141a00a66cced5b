from typing import Literal, cast

DeleteIdentityCredentialsType = Literal[
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

DELETE_IDENTITY_CREDENTIALS_TYPE_VALUES: set[DeleteIdentityCredentialsType] = {
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


def check_delete_identity_credentials_type(value: str) -> DeleteIdentityCredentialsType:
    """Return ``value`` typed as DeleteIdentityCredentialsType.

    Values the spec does not list pass through unchanged: a newer or older
    Kratos sends them, and the payload must still parse and round-trip.
    """
    return cast(DeleteIdentityCredentialsType, value)

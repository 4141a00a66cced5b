from typing import Literal, cast

GetIdentityIncludeCredentialItem = Literal[
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

GET_IDENTITY_INCLUDE_CREDENTIAL_ITEM_VALUES: set[GetIdentityIncludeCredentialItem] = {
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


def check_get_identity_include_credential_item(
    value: str,
) -> GetIdentityIncludeCredentialItem:
    """Return ``value`` typed as GetIdentityIncludeCredentialItem.

    Values the spec does not list pass through unchanged: a newer or older
    Kratos sends them, and the payload must still parse and round-trip.
    """
    return cast(GetIdentityIncludeCredentialItem, value)

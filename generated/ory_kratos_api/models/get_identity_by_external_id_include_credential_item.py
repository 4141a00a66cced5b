from typing import Literal, cast

GetIdentityByExternalIdIncludeCredentialItem = Literal[
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

GET_IDENTITY_BY_EXTERNAL_ID_INCLUDE_CREDENTIAL_ITEM_VALUES: set[
    GetIdentityByExternalIdIncludeCredentialItem
] = {
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


def check_get_identity_by_external_id_include_credential_item(
    value: str,
) -> GetIdentityByExternalIdIncludeCredentialItem:
    """Return ``value`` typed as GetIdentityByExternalIdIncludeCredentialItem.

    Values the spec does not list pass through unchanged: a newer or older
    Kratos sends them, and the payload must still parse and round-trip.
    """
    return cast(GetIdentityByExternalIdIncludeCredentialItem, value)

from typing import Literal, cast

UiNodeGroup = Literal[
    "captcha",
    "code",
    "default",
    "identifier_first",
    "link",
    "lookup_secret",
    "oidc",
    "passkey",
    "password",
    "profile",
    "saml",
    "totp",
    "webauthn",
]

UI_NODE_GROUP_VALUES: set[UiNodeGroup] = {
    "captcha",
    "code",
    "default",
    "identifier_first",
    "link",
    "lookup_secret",
    "oidc",
    "passkey",
    "password",
    "profile",
    "saml",
    "totp",
    "webauthn",
}


def check_ui_node_group(value: str) -> UiNodeGroup:
    """Return ``value`` typed as UiNodeGroup.

    Values the spec does not list pass through unchanged: a newer or older
    Kratos sends them, and the payload must still parse and round-trip.
    """
    return cast(UiNodeGroup, value)

from typing import Literal, cast

SessionAuthenticationMethodMethod = Literal[
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

SESSION_AUTHENTICATION_METHOD_METHOD_VALUES: set[SessionAuthenticationMethodMethod] = {
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


def check_session_authentication_method_method(
    value: str,
) -> SessionAuthenticationMethodMethod:
    """Return ``value`` typed as SessionAuthenticationMethodMethod.

    Values the spec does not list pass through unchanged: a newer or older
    Kratos sends them, and the payload must still parse and round-trip.
    """
    return cast(SessionAuthenticationMethodMethod, value)

from typing import Literal, cast

VerifiableIdentityAddressVia = Literal["email", "sms"]

VERIFIABLE_IDENTITY_ADDRESS_VIA_VALUES: set[VerifiableIdentityAddressVia] = {
    "email",
    "sms",
}


def check_verifiable_identity_address_via(value: str) -> VerifiableIdentityAddressVia:
    """Return ``value`` typed as VerifiableIdentityAddressVia.

    Values the spec does not list pass through unchanged: a newer or older
    Kratos sends them, and the payload must still parse and round-trip.
    """
    return cast(VerifiableIdentityAddressVia, value)

from typing import Literal, cast

IdentityState = Literal["active", "inactive"]

IDENTITY_STATE_VALUES: set[IdentityState] = {
    "active",
    "inactive",
}


def check_identity_state(value: str) -> IdentityState:
    """Return ``value`` typed as IdentityState.

    Values the spec does not list pass through unchanged: a newer or older
    Kratos sends them, and the payload must still parse and round-trip.
    """
    return cast(IdentityState, value)

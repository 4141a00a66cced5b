from typing import Literal, cast

CreateIdentityBodyState = Literal["active", "inactive"]

CREATE_IDENTITY_BODY_STATE_VALUES: set[CreateIdentityBodyState] = {
    "active",
    "inactive",
}


def check_create_identity_body_state(value: str) -> CreateIdentityBodyState:
    """Return ``value`` typed as CreateIdentityBodyState.

    Values the spec does not list pass through unchanged: a newer or older
    Kratos sends them, and the payload must still parse and round-trip.
    """
    return cast(CreateIdentityBodyState, value)

from typing import Literal, cast

UpdateIdentityBodyState = Literal["active", "inactive"]

UPDATE_IDENTITY_BODY_STATE_VALUES: set[UpdateIdentityBodyState] = {
    "active",
    "inactive",
}


def check_update_identity_body_state(value: str) -> UpdateIdentityBodyState:
    """Return ``value`` typed as UpdateIdentityBodyState.

    Values the spec does not list pass through unchanged: a newer or older
    Kratos sends them, and the payload must still parse and round-trip.
    """
    return cast(UpdateIdentityBodyState, value)

from typing import Literal, cast

IdentityPatchResponseAction = Literal["create", "error"]

IDENTITY_PATCH_RESPONSE_ACTION_VALUES: set[IdentityPatchResponseAction] = {
    "create",
    "error",
}


def check_identity_patch_response_action(value: str) -> IdentityPatchResponseAction:
    """Return ``value`` typed as IdentityPatchResponseAction.

    Values the spec does not list pass through unchanged: a newer or older
    Kratos sends them, and the payload must still parse and round-trip.
    """
    return cast(IdentityPatchResponseAction, value)

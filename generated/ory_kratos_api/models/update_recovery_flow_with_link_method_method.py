from typing import Literal, cast

UpdateRecoveryFlowWithLinkMethodMethod = Literal["code", "link"]

UPDATE_RECOVERY_FLOW_WITH_LINK_METHOD_METHOD_VALUES: set[
    UpdateRecoveryFlowWithLinkMethodMethod
] = {
    "code",
    "link",
}


def check_update_recovery_flow_with_link_method_method(
    value: str,
) -> UpdateRecoveryFlowWithLinkMethodMethod:
    """Return ``value`` typed as UpdateRecoveryFlowWithLinkMethodMethod.

    Values the spec does not list pass through unchanged: a newer or older
    Kratos sends them, and the payload must still parse and round-trip.
    """
    return cast(UpdateRecoveryFlowWithLinkMethodMethod, value)

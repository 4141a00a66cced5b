from typing import Literal, cast

UpdateRecoveryFlowWithCodeMethodMethod = Literal["code", "link"]

UPDATE_RECOVERY_FLOW_WITH_CODE_METHOD_METHOD_VALUES: set[
    UpdateRecoveryFlowWithCodeMethodMethod
] = {
    "code",
    "link",
}


def check_update_recovery_flow_with_code_method_method(
    value: str,
) -> UpdateRecoveryFlowWithCodeMethodMethod:
    """Return ``value`` typed as UpdateRecoveryFlowWithCodeMethodMethod.

    Values the spec does not list pass through unchanged: a newer or older
    Kratos sends them, and the payload must still parse and round-trip.
    """
    return cast(UpdateRecoveryFlowWithCodeMethodMethod, value)

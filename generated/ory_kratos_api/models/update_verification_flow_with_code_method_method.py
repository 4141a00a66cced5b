from typing import Literal, cast

UpdateVerificationFlowWithCodeMethodMethod = Literal["code", "link"]

UPDATE_VERIFICATION_FLOW_WITH_CODE_METHOD_METHOD_VALUES: set[
    UpdateVerificationFlowWithCodeMethodMethod
] = {
    "code",
    "link",
}


def check_update_verification_flow_with_code_method_method(
    value: str,
) -> UpdateVerificationFlowWithCodeMethodMethod:
    """Return ``value`` typed as UpdateVerificationFlowWithCodeMethodMethod.

    Values the spec does not list pass through unchanged: a newer or older
    Kratos sends them, and the payload must still parse and round-trip.
    """
    return cast(UpdateVerificationFlowWithCodeMethodMethod, value)

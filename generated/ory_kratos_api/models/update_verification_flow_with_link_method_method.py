from typing import Literal, cast

UpdateVerificationFlowWithLinkMethodMethod = Literal["code", "link"]

UPDATE_VERIFICATION_FLOW_WITH_LINK_METHOD_METHOD_VALUES: set[
    UpdateVerificationFlowWithLinkMethodMethod
] = {
    "code",
    "link",
}


def check_update_verification_flow_with_link_method_method(
    value: str,
) -> UpdateVerificationFlowWithLinkMethodMethod:
    """Return ``value`` typed as UpdateVerificationFlowWithLinkMethodMethod.

    Values the spec does not list pass through unchanged: a newer or older
    Kratos sends them, and the payload must still parse and round-trip.
    """
    return cast(UpdateVerificationFlowWithLinkMethodMethod, value)

from typing import Literal, cast

VerificationFlowState = Literal["choose_method", "passed_challenge", "sent_email"]

VERIFICATION_FLOW_STATE_VALUES: set[VerificationFlowState] = {
    "choose_method",
    "passed_challenge",
    "sent_email",
}


def check_verification_flow_state(value: str) -> VerificationFlowState:
    """Return ``value`` typed as VerificationFlowState.

    Values the spec does not list pass through unchanged: a newer or older
    Kratos sends them, and the payload must still parse and round-trip.
    """
    return cast(VerificationFlowState, value)

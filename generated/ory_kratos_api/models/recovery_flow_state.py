from typing import Literal, cast

RecoveryFlowState = Literal["choose_method", "passed_challenge", "sent_email"]

RECOVERY_FLOW_STATE_VALUES: set[RecoveryFlowState] = {
    "choose_method",
    "passed_challenge",
    "sent_email",
}


def check_recovery_flow_state(value: str) -> RecoveryFlowState:
    """Return ``value`` typed as RecoveryFlowState.

    Values the spec does not list pass through unchanged: a newer or older
    Kratos sends them, and the payload must still parse and round-trip.
    """
    return cast(RecoveryFlowState, value)

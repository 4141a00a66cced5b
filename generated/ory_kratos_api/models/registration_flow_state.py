from typing import Literal, cast

RegistrationFlowState = Literal["choose_method", "passed_challenge", "sent_email"]

REGISTRATION_FLOW_STATE_VALUES: set[RegistrationFlowState] = {
    "choose_method",
    "passed_challenge",
    "sent_email",
}


def check_registration_flow_state(value: str) -> RegistrationFlowState:
    """Return ``value`` typed as RegistrationFlowState.

    Values the spec does not list pass through unchanged: a newer or older
    Kratos sends them, and the payload must still parse and round-trip.
    """
    return cast(RegistrationFlowState, value)

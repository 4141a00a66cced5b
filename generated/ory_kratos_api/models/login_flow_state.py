from typing import Literal, cast

LoginFlowState = Literal["choose_method", "passed_challenge", "sent_email"]

LOGIN_FLOW_STATE_VALUES: set[LoginFlowState] = {
    "choose_method",
    "passed_challenge",
    "sent_email",
}


def check_login_flow_state(value: str) -> LoginFlowState:
    """Return ``value`` typed as LoginFlowState.

    Values the spec does not list pass through unchanged: a newer or older
    Kratos sends them, and the payload must still parse and round-trip.
    """
    return cast(LoginFlowState, value)

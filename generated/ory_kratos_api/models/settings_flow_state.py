from typing import Literal, cast

SettingsFlowState = Literal["show_form", "success"]

SETTINGS_FLOW_STATE_VALUES: set[SettingsFlowState] = {
    "show_form",
    "success",
}


def check_settings_flow_state(value: str) -> SettingsFlowState:
    """Return ``value`` typed as SettingsFlowState.

    Values the spec does not list pass through unchanged: a newer or older
    Kratos sends them, and the payload must still parse and round-trip.
    """
    return cast(SettingsFlowState, value)

from typing import Literal, cast

UpdateRegistrationFlowWithProfileMethodScreen = Literal[
    "credential-selection", "previous"
]

UPDATE_REGISTRATION_FLOW_WITH_PROFILE_METHOD_SCREEN_VALUES: set[
    UpdateRegistrationFlowWithProfileMethodScreen
] = {
    "credential-selection",
    "previous",
}


def check_update_registration_flow_with_profile_method_screen(
    value: str,
) -> UpdateRegistrationFlowWithProfileMethodScreen:
    """Return ``value`` typed as UpdateRegistrationFlowWithProfileMethodScreen.

    Values the spec does not list pass through unchanged: a newer or older
    Kratos sends them, and the payload must still parse and round-trip.
    """
    return cast(UpdateRegistrationFlowWithProfileMethodScreen, value)

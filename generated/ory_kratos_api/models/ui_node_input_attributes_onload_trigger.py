from typing import Literal, cast

UiNodeInputAttributesOnloadTrigger = Literal[
    "oryPasskeyLogin",
    "oryPasskeyLoginAutocompleteInit",
    "oryPasskeyRegistration",
    "oryPasskeySettingsRegistration",
    "oryWebAuthnLogin",
    "oryWebAuthnRegistration",
]

UI_NODE_INPUT_ATTRIBUTES_ONLOAD_TRIGGER_VALUES: set[
    UiNodeInputAttributesOnloadTrigger
] = {
    "oryPasskeyLogin",
    "oryPasskeyLoginAutocompleteInit",
    "oryPasskeyRegistration",
    "oryPasskeySettingsRegistration",
    "oryWebAuthnLogin",
    "oryWebAuthnRegistration",
}


def check_ui_node_input_attributes_onload_trigger(
    value: str,
) -> UiNodeInputAttributesOnloadTrigger:
    """Return ``value`` typed as UiNodeInputAttributesOnloadTrigger.

    Values the spec does not list pass through unchanged: a newer or older
    Kratos sends them, and the payload must still parse and round-trip.
    """
    return cast(UiNodeInputAttributesOnloadTrigger, value)

from typing import Literal, cast

UiNodeInputAttributesOnclickTrigger = Literal[
    "oryPasskeyLogin",
    "oryPasskeyLoginAutocompleteInit",
    "oryPasskeyRegistration",
    "oryPasskeySettingsRegistration",
    "oryWebAuthnLogin",
    "oryWebAuthnRegistration",
]

UI_NODE_INPUT_ATTRIBUTES_ONCLICK_TRIGGER_VALUES: set[
    UiNodeInputAttributesOnclickTrigger
] = {
    "oryPasskeyLogin",
    "oryPasskeyLoginAutocompleteInit",
    "oryPasskeyRegistration",
    "oryPasskeySettingsRegistration",
    "oryWebAuthnLogin",
    "oryWebAuthnRegistration",
}


def check_ui_node_input_attributes_onclick_trigger(
    value: str,
) -> UiNodeInputAttributesOnclickTrigger:
    """Return ``value`` typed as UiNodeInputAttributesOnclickTrigger.

    Values the spec does not list pass through unchanged: a newer or older
    Kratos sends them, and the payload must still parse and round-trip.
    """
    return cast(UiNodeInputAttributesOnclickTrigger, value)

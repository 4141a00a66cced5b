from typing import Literal, cast

UiNodeInputAttributesAutocomplete = Literal[
    "current-password",
    "email",
    "new-password",
    "one-time-code",
    "tel",
    "url",
    "username webauthn",
]

UI_NODE_INPUT_ATTRIBUTES_AUTOCOMPLETE_VALUES: set[UiNodeInputAttributesAutocomplete] = {
    "current-password",
    "email",
    "new-password",
    "one-time-code",
    "tel",
    "url",
    "username webauthn",
}


def check_ui_node_input_attributes_autocomplete(
    value: str,
) -> UiNodeInputAttributesAutocomplete:
    """Return ``value`` typed as UiNodeInputAttributesAutocomplete.

    Values the spec does not list pass through unchanged: a newer or older
    Kratos sends them, and the payload must still parse and round-trip.
    """
    return cast(UiNodeInputAttributesAutocomplete, value)

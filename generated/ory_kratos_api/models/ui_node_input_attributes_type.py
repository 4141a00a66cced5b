from typing import Literal, cast

UiNodeInputAttributesType = Literal[
    "button",
    "checkbox",
    "date",
    "datetime-local",
    "email",
    "hidden",
    "number",
    "password",
    "submit",
    "tel",
    "text",
    "url",
]

UI_NODE_INPUT_ATTRIBUTES_TYPE_VALUES: set[UiNodeInputAttributesType] = {
    "button",
    "checkbox",
    "date",
    "datetime-local",
    "email",
    "hidden",
    "number",
    "password",
    "submit",
    "tel",
    "text",
    "url",
}


def check_ui_node_input_attributes_type(value: str) -> UiNodeInputAttributesType:
    """Return ``value`` typed as UiNodeInputAttributesType.

    Values the spec does not list pass through unchanged: a newer or older
    Kratos sends them, and the payload must still parse and round-trip.
    """
    return cast(UiNodeInputAttributesType, value)

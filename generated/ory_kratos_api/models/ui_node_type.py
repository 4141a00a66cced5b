from typing import Literal, cast

UiNodeType = Literal["a", "div", "img", "input", "script", "text"]

UI_NODE_TYPE_VALUES: set[UiNodeType] = {
    "a",
    "div",
    "img",
    "input",
    "script",
    "text",
}


def check_ui_node_type(value: str) -> UiNodeType:
    """Return ``value`` typed as UiNodeType.

    Values the spec does not list pass through unchanged: a newer or older
    Kratos sends them, and the payload must still parse and round-trip.
    """
    return cast(UiNodeType, value)

from typing import Literal, cast

UiNodeInputAttributesNodeType = Literal["input"]

UI_NODE_INPUT_ATTRIBUTES_NODE_TYPE_VALUES: set[UiNodeInputAttributesNodeType] = {
    "input",
}


def check_ui_node_input_attributes_node_type(
    value: str,
) -> UiNodeInputAttributesNodeType:
    """Check a single-value enum strictly: it discriminates union members."""
    if value in UI_NODE_INPUT_ATTRIBUTES_NODE_TYPE_VALUES:
        return cast(UiNodeInputAttributesNodeType, value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UI_NODE_INPUT_ATTRIBUTES_NODE_TYPE_VALUES!r}"
    )

from typing import Literal, cast

UiNodeDivisionAttributesNodeType = Literal["div"]

UI_NODE_DIVISION_ATTRIBUTES_NODE_TYPE_VALUES: set[UiNodeDivisionAttributesNodeType] = {
    "div",
}


def check_ui_node_division_attributes_node_type(
    value: str,
) -> UiNodeDivisionAttributesNodeType:
    """Check a single-value enum strictly: it discriminates union members."""
    if value in UI_NODE_DIVISION_ATTRIBUTES_NODE_TYPE_VALUES:
        return cast(UiNodeDivisionAttributesNodeType, value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UI_NODE_DIVISION_ATTRIBUTES_NODE_TYPE_VALUES!r}"
    )

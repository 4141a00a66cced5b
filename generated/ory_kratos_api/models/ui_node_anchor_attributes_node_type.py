from typing import Literal, cast

UiNodeAnchorAttributesNodeType = Literal["a"]

UI_NODE_ANCHOR_ATTRIBUTES_NODE_TYPE_VALUES: set[UiNodeAnchorAttributesNodeType] = {
    "a",
}


def check_ui_node_anchor_attributes_node_type(
    value: str,
) -> UiNodeAnchorAttributesNodeType:
    """Check a single-value enum strictly: it discriminates union members."""
    if value in UI_NODE_ANCHOR_ATTRIBUTES_NODE_TYPE_VALUES:
        return cast(UiNodeAnchorAttributesNodeType, value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UI_NODE_ANCHOR_ATTRIBUTES_NODE_TYPE_VALUES!r}"
    )

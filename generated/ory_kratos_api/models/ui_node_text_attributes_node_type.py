from typing import Literal, cast

UiNodeTextAttributesNodeType = Literal["text"]

UI_NODE_TEXT_ATTRIBUTES_NODE_TYPE_VALUES: set[UiNodeTextAttributesNodeType] = {
    "text",
}


def check_ui_node_text_attributes_node_type(value: str) -> UiNodeTextAttributesNodeType:
    """Check a single-value enum strictly: it discriminates union members."""
    if value in UI_NODE_TEXT_ATTRIBUTES_NODE_TYPE_VALUES:
        return cast(UiNodeTextAttributesNodeType, value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UI_NODE_TEXT_ATTRIBUTES_NODE_TYPE_VALUES!r}"
    )

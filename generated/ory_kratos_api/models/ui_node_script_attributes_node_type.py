from typing import Literal, cast

UiNodeScriptAttributesNodeType = Literal["script"]

UI_NODE_SCRIPT_ATTRIBUTES_NODE_TYPE_VALUES: set[UiNodeScriptAttributesNodeType] = {
    "script",
}


def check_ui_node_script_attributes_node_type(
    value: str,
) -> UiNodeScriptAttributesNodeType:
    """Check a single-value enum strictly: it discriminates union members."""
    if value in UI_NODE_SCRIPT_ATTRIBUTES_NODE_TYPE_VALUES:
        return cast(UiNodeScriptAttributesNodeType, value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UI_NODE_SCRIPT_ATTRIBUTES_NODE_TYPE_VALUES!r}"
    )

from typing import Literal, cast

UiNodeImageAttributesNodeType = Literal["img"]

UI_NODE_IMAGE_ATTRIBUTES_NODE_TYPE_VALUES: set[UiNodeImageAttributesNodeType] = {
    "img",
}


def check_ui_node_image_attributes_node_type(
    value: str,
) -> UiNodeImageAttributesNodeType:
    """Check a single-value enum strictly: it discriminates union members."""
    if value in UI_NODE_IMAGE_ATTRIBUTES_NODE_TYPE_VALUES:
        return cast(UiNodeImageAttributesNodeType, value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UI_NODE_IMAGE_ATTRIBUTES_NODE_TYPE_VALUES!r}"
    )

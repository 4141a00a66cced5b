from typing import Literal, cast

UiTextType = Literal["error", "info", "success"]

UI_TEXT_TYPE_VALUES: set[UiTextType] = {
    "error",
    "info",
    "success",
}


def check_ui_text_type(value: str) -> UiTextType:
    """Return ``value`` typed as UiTextType.

    Values the spec does not list pass through unchanged: a newer or older
    Kratos sends them, and the payload must still parse and round-trip.
    """
    return cast(UiTextType, value)

from typing import Literal, cast

ContinueWithSettingsUiAction = Literal["show_settings_ui"]

CONTINUE_WITH_SETTINGS_UI_ACTION_VALUES: set[ContinueWithSettingsUiAction] = {
    "show_settings_ui",
}


def check_continue_with_settings_ui_action(value: str) -> ContinueWithSettingsUiAction:
    """Check a single-value enum strictly: it discriminates union members."""
    if value in CONTINUE_WITH_SETTINGS_UI_ACTION_VALUES:
        return cast(ContinueWithSettingsUiAction, value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CONTINUE_WITH_SETTINGS_UI_ACTION_VALUES!r}"
    )

from typing import Literal, cast

ContinueWithRecoveryUiAction = Literal["show_recovery_ui"]

CONTINUE_WITH_RECOVERY_UI_ACTION_VALUES: set[ContinueWithRecoveryUiAction] = {
    "show_recovery_ui",
}


def check_continue_with_recovery_ui_action(value: str) -> ContinueWithRecoveryUiAction:
    """Check a single-value enum strictly: it discriminates union members."""
    if value in CONTINUE_WITH_RECOVERY_UI_ACTION_VALUES:
        return cast(ContinueWithRecoveryUiAction, value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CONTINUE_WITH_RECOVERY_UI_ACTION_VALUES!r}"
    )

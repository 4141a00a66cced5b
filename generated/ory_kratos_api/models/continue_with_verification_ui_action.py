from typing import Literal, cast

ContinueWithVerificationUiAction = Literal["show_verification_ui"]

CONTINUE_WITH_VERIFICATION_UI_ACTION_VALUES: set[ContinueWithVerificationUiAction] = {
    "show_verification_ui",
}


def check_continue_with_verification_ui_action(
    value: str,
) -> ContinueWithVerificationUiAction:
    """Check a single-value enum strictly: it discriminates union members."""
    if value in CONTINUE_WITH_VERIFICATION_UI_ACTION_VALUES:
        return cast(ContinueWithVerificationUiAction, value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CONTINUE_WITH_VERIFICATION_UI_ACTION_VALUES!r}"
    )

from typing import Literal, cast

ContinueWithRedirectBrowserToAction = Literal["redirect_browser_to"]

CONTINUE_WITH_REDIRECT_BROWSER_TO_ACTION_VALUES: set[
    ContinueWithRedirectBrowserToAction
] = {
    "redirect_browser_to",
}


def check_continue_with_redirect_browser_to_action(
    value: str,
) -> ContinueWithRedirectBrowserToAction:
    """Check a single-value enum strictly: it discriminates union members."""
    if value in CONTINUE_WITH_REDIRECT_BROWSER_TO_ACTION_VALUES:
        return cast(ContinueWithRedirectBrowserToAction, value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CONTINUE_WITH_REDIRECT_BROWSER_TO_ACTION_VALUES!r}"
    )

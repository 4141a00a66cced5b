from typing import Literal, cast

ContinueWithSetOrySessionTokenAction = Literal["set_ory_session_token"]

CONTINUE_WITH_SET_ORY_SESSION_TOKEN_ACTION_VALUES: set[
    ContinueWithSetOrySessionTokenAction
] = {
    "set_ory_session_token",
}


def check_continue_with_set_ory_session_token_action(
    value: str,
) -> ContinueWithSetOrySessionTokenAction:
    """Check a single-value enum strictly: it discriminates union members."""
    if value in CONTINUE_WITH_SET_ORY_SESSION_TOKEN_ACTION_VALUES:
        return cast(ContinueWithSetOrySessionTokenAction, value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CONTINUE_WITH_SET_ORY_SESSION_TOKEN_ACTION_VALUES!r}"
    )

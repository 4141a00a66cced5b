"""Kratos UI texts (``ui.messages[]`` and node labels) with Kratos' own ids and wording.

Ids and texts follow Kratos' ``text`` package; clients switch on the id, so these must match.
"""

from __future__ import annotations

from typing import Any

__all__ = ["Text", "make_text"]

Text = dict[str, Any]

INFO = "info"
ERROR = "error"
SUCCESS = "success"


def make_text(text_id: int, text: str, kind: str = INFO, context: dict[str, Any] | None = None) -> Text:
    """One ``uiText`` object."""
    out: Text = {"id": text_id, "text": text, "type": kind}
    if context is not None:
        out["context"] = context
    return out


# --- node labels -----------------------------------------------------------------------------------


def label_password() -> Text:
    return make_text(1070001, "Password")


def label_generated(title: str, name: str) -> Text:
    return make_text(1070002, title, context={"title": title, "name": name})


def label_save() -> Text:
    return make_text(1070003, "Save")


def label_id() -> Text:
    return make_text(1070004, "ID")


def label_submit() -> Text:
    return make_text(1070005, "Submit")


def label_email() -> Text:
    return make_text(1070007, "Email")


def label_resend_code() -> Text:
    return make_text(1070008, "Resend code")


def label_continue() -> Text:
    return make_text(1070009, "Continue")


def label_recovery_code() -> Text:
    return make_text(1070010, "Recovery code")


def label_verification_code() -> Text:
    return make_text(1070011, "Verification code")


def label_sign_in() -> Text:
    return make_text(1010001, "Sign in")


def label_sign_in_with_password() -> Text:
    return make_text(1010022, "Sign in with password")


def label_totp_code() -> Text:
    return make_text(1010006, "Authentication code")


def label_use_authenticator() -> Text:
    return make_text(1010009, "Use Authenticator")


def label_sign_up() -> Text:
    return make_text(1040001, "Sign up")


# --- flow messages ---------------------------------------------------------------------------------


def info_login_reauth() -> Text:
    return make_text(1010003, "Please confirm this action by verifying that it is you.")


def info_login_mfa() -> Text:
    return make_text(1010004, "Please complete the second authentication challenge.")


def info_settings_saved() -> Text:
    return make_text(1050001, "Your changes have been saved!", SUCCESS)


def info_recovery_successful(minutes_left: float, expires_at: str, expires_at_unix: int) -> Text:
    # text/message_recovery.go: the same instant under three keys (camelCase kept for old UIs).
    return make_text(
        1060001,
        "You successfully recovered your account. Please change your password or set up an alternative "
        f"login method (e.g. social sign in) within the next {minutes_left:.2f} minutes.",
        SUCCESS,
        {
            "privilegedSessionExpiresAt": expires_at,
            "privileged_session_expires_at": expires_at,
            "privileged_session_expires_at_unix": expires_at_unix,
        },
    )


def info_recovery_code_sent() -> Text:
    return make_text(
        1060003,
        "An email containing a recovery code has been sent to the email address you provided. If you have "
        "not received an email, check the spelling of the address and make sure to use the address you "
        "registered with.",
    )


def info_verification_successful() -> Text:
    return make_text(1080002, "You successfully verified your email address.", SUCCESS)


def info_verification_code_sent() -> Text:
    return make_text(
        1080003,
        "An email containing a verification code has been sent to the email address you provided. If you "
        "have not received an email, check the spelling of the address and make sure to use the address you "
        "registered with.",
    )


# --- validation errors -----------------------------------------------------------------------------


def error_generic(reason: str) -> Text:
    return make_text(4000001, reason, ERROR, {"reason": reason})


def error_required(prop: str) -> Text:
    return make_text(4000002, f"Property {prop} is missing.", ERROR, {"property": prop})


def error_min_length(min_length: int, actual: int) -> Text:
    return make_text(
        4000003,
        f"length must be >= {min_length}, but got {actual}",
        ERROR,
        {"min_length": min_length, "actual_length": actual},
    )


def error_pattern(pattern: str) -> Text:
    return make_text(4000004, f'does not match pattern "{pattern}"', ERROR, {"pattern": pattern})


def error_invalid_credentials() -> Text:
    return make_text(
        4000006,
        "The provided credentials are invalid, check for spelling mistakes in your password or username, "
        "email address, or phone number.",
        ERROR,
    )


def error_duplicate_credentials() -> Text:
    return make_text(
        4000007, "An account with the same identifier (email, phone, username, ...) exists already.", ERROR
    )


def error_totp_wrong() -> Text:
    return make_text(4000008, "The provided authentication code is invalid, please try again.", ERROR)


def error_max_length(max_length: int, actual: int) -> Text:
    return make_text(
        4000017,
        f"length must be <= {max_length}, but got {actual}",
        ERROR,
        {"max_length": max_length, "actual_length": actual},
    )


def error_wrong_type(allowed: list[str], actual: str) -> Text:
    return make_text(
        4000026,
        f"expected {' or '.join(allowed)}, but got {actual}",
        ERROR,
        {"allowed_types": allowed, "actual_type": actual},
    )


def error_password_too_similar() -> Text:
    return make_text(
        4000031, "The password can not be used because it is too similar to the identifier.", ERROR
    )


def error_password_min_length(min_length: int, actual: int) -> Text:
    return make_text(
        4000032,
        f"The password must be at least {min_length} characters long, but got {actual}.",
        ERROR,
        {"min_length": min_length, "actual_length": actual},
    )


def error_flow_expired(kind: str, minutes_ago: float, expired_at: str) -> Text:
    ids = {
        "login": 4010001,
        "registration": 4040001,
        "settings": 4050001,
        "recovery": 4060005,
        "verification": 4070005,
    }
    return make_text(
        ids[kind],
        f"The {kind} flow expired {minutes_ago:.2f} minutes ago, please try again.",
        ERROR,
        {"expired_at": expired_at},
    )


def error_no_strategy(kind: str) -> Text:
    ids = {
        "login": (4010002, "log you in with"),
        "registration": (4010003, "sign you up with"),
        "settings": (4010004, "update your settings"),
        "recovery": (4010005, "recover your account with"),
        "verification": (4010006, "verify your account with"),
    }
    text_id, what = ids[kind]
    return make_text(
        text_id, f"Could not find a strategy to {what}. Did you fill out the form correctly?", ERROR
    )


def error_recovery_code_invalid() -> Text:
    return make_text(
        4060006, "The recovery code is invalid or has already been used. Please try again.", ERROR
    )


def error_verification_code_invalid() -> Text:
    return make_text(
        4070006, "The verification code is invalid or has already been used. Please try again.", ERROR
    )


def error_recovery_retry_success() -> Text:
    return make_text(4060001, "The request was already completed successfully and can not be retried.", ERROR)


def error_verification_retry_success() -> Text:
    return make_text(4070002, "The request was already completed successfully and can not be retried.", ERROR)

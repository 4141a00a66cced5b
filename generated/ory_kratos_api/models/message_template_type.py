from typing import Literal, cast

MessageTemplateType = Literal[
    "login_code_valid",
    "recovery_code_invalid",
    "recovery_code_valid",
    "recovery_invalid",
    "recovery_valid",
    "registration_code_valid",
    "stub",
    "verification_code_invalid",
    "verification_code_valid",
    "verification_invalid",
    "verification_valid",
]

MESSAGE_TEMPLATE_TYPE_VALUES: set[MessageTemplateType] = {
    "login_code_valid",
    "recovery_code_invalid",
    "recovery_code_valid",
    "recovery_invalid",
    "recovery_valid",
    "registration_code_valid",
    "stub",
    "verification_code_invalid",
    "verification_code_valid",
    "verification_invalid",
    "verification_valid",
}


def check_message_template_type(value: str) -> MessageTemplateType:
    """Return ``value`` typed as MessageTemplateType.

    Values the spec does not list pass through unchanged: a newer or older
    Kratos sends them, and the payload must still parse and round-trip.
    """
    return cast(MessageTemplateType, value)

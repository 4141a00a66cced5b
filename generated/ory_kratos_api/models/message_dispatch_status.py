from typing import Literal, cast

MessageDispatchStatus = Literal["failed", "success"]

MESSAGE_DISPATCH_STATUS_VALUES: set[MessageDispatchStatus] = {
    "failed",
    "success",
}


def check_message_dispatch_status(value: str) -> MessageDispatchStatus:
    """Return ``value`` typed as MessageDispatchStatus.

    Values the spec does not list pass through unchanged: a newer or older
    Kratos sends them, and the payload must still parse and round-trip.
    """
    return cast(MessageDispatchStatus, value)

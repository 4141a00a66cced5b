from typing import Literal, cast

CourierMessageStatus = Literal["abandoned", "processing", "queued", "sent"]

COURIER_MESSAGE_STATUS_VALUES: set[CourierMessageStatus] = {
    "abandoned",
    "processing",
    "queued",
    "sent",
}


def check_courier_message_status(value: str) -> CourierMessageStatus:
    """Return ``value`` typed as CourierMessageStatus.

    Values the spec does not list pass through unchanged: a newer or older
    Kratos sends them, and the payload must still parse and round-trip.
    """
    return cast(CourierMessageStatus, value)

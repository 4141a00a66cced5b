from typing import Literal, cast

CourierMessageType = Literal["email", "phone"]

COURIER_MESSAGE_TYPE_VALUES: set[CourierMessageType] = {
    "email",
    "phone",
}


def check_courier_message_type(value: str) -> CourierMessageType:
    """Return ``value`` typed as CourierMessageType.

    Values the spec does not list pass through unchanged: a newer or older
    Kratos sends them, and the payload must still parse and round-trip.
    """
    return cast(CourierMessageType, value)

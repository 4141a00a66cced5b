from typing import Literal, cast

GetSessionExpandItem = Literal["devices", "identity"]

GET_SESSION_EXPAND_ITEM_VALUES: set[GetSessionExpandItem] = {
    "devices",
    "identity",
}


def check_get_session_expand_item(value: str) -> GetSessionExpandItem:
    """Return ``value`` typed as GetSessionExpandItem.

    Values the spec does not list pass through unchanged: a newer or older
    Kratos sends them, and the payload must still parse and round-trip.
    """
    return cast(GetSessionExpandItem, value)

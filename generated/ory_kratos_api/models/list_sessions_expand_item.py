from typing import Literal, cast

ListSessionsExpandItem = Literal["devices", "identity"]

LIST_SESSIONS_EXPAND_ITEM_VALUES: set[ListSessionsExpandItem] = {
    "devices",
    "identity",
}


def check_list_sessions_expand_item(value: str) -> ListSessionsExpandItem:
    """Return ``value`` typed as ListSessionsExpandItem.

    Values the spec does not list pass through unchanged: a newer or older
    Kratos sends them, and the payload must still parse and round-trip.
    """
    return cast(ListSessionsExpandItem, value)

from typing import Literal, cast

ListIdentitiesConsistency = Literal["", "eventual", "strong"]

LIST_IDENTITIES_CONSISTENCY_VALUES: set[ListIdentitiesConsistency] = {
    "",
    "eventual",
    "strong",
}


def check_list_identities_consistency(value: str) -> ListIdentitiesConsistency:
    """Return ``value`` typed as ListIdentitiesConsistency.

    Values the spec does not list pass through unchanged: a newer or older
    Kratos sends them, and the payload must still parse and round-trip.
    """
    return cast(ListIdentitiesConsistency, value)

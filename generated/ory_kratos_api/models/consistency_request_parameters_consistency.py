from typing import Literal, cast

ConsistencyRequestParametersConsistency = Literal["", "eventual", "strong"]

CONSISTENCY_REQUEST_PARAMETERS_CONSISTENCY_VALUES: set[
    ConsistencyRequestParametersConsistency
] = {
    "",
    "eventual",
    "strong",
}


def check_consistency_request_parameters_consistency(
    value: str,
) -> ConsistencyRequestParametersConsistency:
    """Return ``value`` typed as ConsistencyRequestParametersConsistency.

    Values the spec does not list pass through unchanged: a newer or older
    Kratos sends them, and the payload must still parse and round-trip.
    """
    return cast(ConsistencyRequestParametersConsistency, value)

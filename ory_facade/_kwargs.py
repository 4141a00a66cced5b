"""Small adapters between the facade's plain Python arguments and the generated ``_get_kwargs`` signatures."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from ory_kratos_api.types import Unset

T = TypeVar("T")


def opt(value: T | None) -> T | Unset:
    """None → ``UNSET``: the generated code drops UNSET parameters but would send a ``None`` header."""
    from ory_kratos_api.types import UNSET

    return UNSET if value is None else value


class RawBody:
    """A request body passed through unchanged where a generated body model is expected.

    Flow submissions forward the form as the browser posted it, so Kratos, not this SDK, validates it and
    answers with a flow that can be re-rendered with field messages (a model's ``from_dict`` would raise a
    ``KeyError`` on a missing field instead). It also lets new Kratos methods through.
    """

    def __init__(self, data: Mapping[str, Any]) -> None:
        self._data = dict(data)

    def to_dict(self) -> dict[str, Any]:
        return dict(self._data)

    def __repr__(self) -> str:
        return f"RawBody(fields={sorted(self._data)})"


def raw(data: Mapping[str, Any]) -> Any:
    """A :class:`RawBody` typed for any generated ``body=`` parameter."""
    return RawBody(data)

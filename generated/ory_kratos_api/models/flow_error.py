from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from . import _model_repr

T = TypeVar("T", bound="FlowError")
#: The properties the spec names; any other key of a payload is kept in ``additional_properties``.
_KNOWN_KEYS = frozenset(
    {
        "id",
        "created_at",
        "error",
        "updated_at",
    }
)


@_attrs_define
class FlowError:
    """
    Attributes:
        id (str):
        created_at (datetime.datetime | Unset):
        error (Any | Unset):
        updated_at (datetime.datetime | Unset):
    """

    id: str
    created_at: datetime.datetime | Unset = UNSET
    error: Any | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields, unset ones left out."""
        return _model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        error = self.error

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if error is not UNSET:
            field_dict["error"] = error
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        _iso = datetime.datetime.fromisoformat
        _v: Any
        _missing = 0  # optional properties absent: more keys than the present ones are unknown keys
        id = src_dict["id"]

        created_at: datetime.datetime | Unset
        _v = _get("created_at", UNSET)
        if _v is UNSET:
            _missing += 1
            created_at = UNSET
        elif _v is None:
            created_at = UNSET
        else:
            created_at = _iso(_v)

        error = _get("error", UNSET)
        if error is UNSET:
            _missing += 1
        elif error is None:
            error = UNSET

        updated_at: datetime.datetime | Unset
        _v = _get("updated_at", UNSET)
        if _v is UNSET:
            _missing += 1
            updated_at = UNSET
        elif _v is None:
            updated_at = UNSET
        else:
            updated_at = _iso(_v)

        flow_error = cls(
            id,
            created_at,
            error,
            updated_at,
        )
        if len(src_dict) + _missing > 4:
            flow_error.additional_properties = {
                _key: _value
                for _key, _value in src_dict.items()
                if _key not in _KNOWN_KEYS
            }
        return flow_error

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

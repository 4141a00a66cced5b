from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.message_dispatch_status import (
    MessageDispatchStatus,
)
from ..types import UNSET, Unset
from . import _model_repr

T = TypeVar("T", bound="MessageDispatch")
#: The properties the spec names; any other key of a payload is kept in ``additional_properties``.
_KNOWN_KEYS = frozenset(
    {
        "created_at",
        "id",
        "message_id",
        "status",
        "updated_at",
        "error",
    }
)


@_attrs_define
class MessageDispatch:
    """
    Attributes:
        created_at (datetime.datetime):
        id (str):
        message_id (str):
        status (MessageDispatchStatus):
        updated_at (datetime.datetime):
        error (Any | Unset):
    """

    created_at: datetime.datetime
    id: str
    message_id: str
    status: MessageDispatchStatus
    updated_at: datetime.datetime
    error: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields, unset ones left out."""
        return _model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        id = self.id

        message_id = self.message_id

        status: str = self.status

        updated_at = self.updated_at.isoformat()

        error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "id": id,
                "message_id": message_id,
                "status": status,
                "updated_at": updated_at,
            }
        )
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        _iso = datetime.datetime.fromisoformat
        _v: Any
        _missing = 0  # optional properties absent: more keys than the present ones are unknown keys
        _v = src_dict["created_at"]
        created_at = _iso(_v)

        id = src_dict["id"]

        message_id = src_dict["message_id"]

        status = src_dict["status"]

        _v = src_dict["updated_at"]
        updated_at = _iso(_v)

        error = _get("error", UNSET)
        if error is UNSET:
            _missing += 1
        elif error is None:
            error = UNSET

        message_dispatch = cls(
            created_at,
            id,
            message_id,
            status,
            updated_at,
            error,
        )
        if len(src_dict) + _missing > 6:
            message_dispatch.additional_properties = {
                _key: _value
                for _key, _value in src_dict.items()
                if _key not in _KNOWN_KEYS
            }
        return message_dispatch

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

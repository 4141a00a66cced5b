from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from . import _model_repr

T = TypeVar("T", bound="SessionDevice")
#: The properties the spec names; any other key of a payload is kept in ``additional_properties``.
_KNOWN_KEYS = frozenset(
    {
        "id",
        "ip_address",
        "location",
        "user_agent",
    }
)


@_attrs_define
class SessionDevice:
    """
    Attributes:
        id (str):
        ip_address (str | Unset):
        location (str | Unset):
        user_agent (str | Unset):
    """

    id: str
    ip_address: str | Unset = UNSET
    location: str | Unset = UNSET
    user_agent: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields, unset ones left out."""
        return _model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        ip_address = self.ip_address

        location = self.location

        user_agent = self.user_agent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if ip_address is not UNSET:
            field_dict["ip_address"] = ip_address
        if location is not UNSET:
            field_dict["location"] = location
        if user_agent is not UNSET:
            field_dict["user_agent"] = user_agent

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        _v: Any
        _missing = 0  # optional properties absent: more keys than the present ones are unknown keys
        id = src_dict["id"]

        ip_address = _get("ip_address", UNSET)
        if ip_address is UNSET:
            _missing += 1
        elif ip_address is None:
            ip_address = UNSET

        location = _get("location", UNSET)
        if location is UNSET:
            _missing += 1
        elif location is None:
            location = UNSET

        user_agent = _get("user_agent", UNSET)
        if user_agent is UNSET:
            _missing += 1
        elif user_agent is None:
            user_agent = UNSET

        session_device = cls(
            id,
            ip_address,
            location,
            user_agent,
        )
        if len(src_dict) + _missing > 4:
            session_device.additional_properties = {
                _key: _value
                for _key, _value in src_dict.items()
                if _key not in _KNOWN_KEYS
            }
        return session_device

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

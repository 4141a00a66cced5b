from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from . import _model_repr

T = TypeVar("T", bound="RecoveryCodeForIdentity")
#: The properties the spec names; any other key of a payload is kept in ``additional_properties``.
_KNOWN_KEYS = frozenset(
    {
        "recovery_code",
        "recovery_link",
        "expires_at",
    }
)


@_attrs_define
class RecoveryCodeForIdentity:
    """
    Attributes:
        recovery_code (str):
        recovery_link (str):
        expires_at (datetime.datetime | Unset):
    """

    recovery_code: str
    recovery_link: str
    expires_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields, unset ones left out; those that carry credentials are hidden."""
        return _model_repr(self, {"recovery_code", "recovery_link"})

    def to_dict(self) -> dict[str, Any]:
        recovery_code = self.recovery_code

        recovery_link = self.recovery_link

        expires_at: str | Unset = UNSET
        if not isinstance(self.expires_at, Unset):
            expires_at = self.expires_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "recovery_code": recovery_code,
                "recovery_link": recovery_link,
            }
        )
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        _iso = datetime.datetime.fromisoformat
        _v: Any
        _missing = 0  # optional properties absent: more keys than the present ones are unknown keys
        recovery_code = src_dict["recovery_code"]

        recovery_link = src_dict["recovery_link"]

        expires_at: datetime.datetime | Unset
        _v = _get("expires_at", UNSET)
        if _v is UNSET:
            _missing += 1
            expires_at = UNSET
        elif _v is None:
            expires_at = UNSET
        else:
            expires_at = _iso(_v)

        recovery_code_for_identity = cls(
            recovery_code,
            recovery_link,
            expires_at,
        )
        if len(src_dict) + _missing > 3:
            recovery_code_for_identity.additional_properties = {
                _key: _value
                for _key, _value in src_dict.items()
                if _key not in _KNOWN_KEYS
            }
        return recovery_code_for_identity

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

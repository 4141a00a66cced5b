from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.verifiable_identity_address_via import (
    VerifiableIdentityAddressVia,
)
from ..types import UNSET, Unset
from . import _model_repr

T = TypeVar("T", bound="VerifiableIdentityAddress")
#: The properties the spec names; any other key of a payload is kept in ``additional_properties``.
_KNOWN_KEYS = frozenset(
    {
        "status",
        "value",
        "verified",
        "via",
        "created_at",
        "id",
        "updated_at",
        "verified_at",
    }
)


@_attrs_define
class VerifiableIdentityAddress:
    """An address (e-mail or phone) that can be verified, with its status.

    Attributes:
        status (str):
        value (str):
        verified (bool):  Example: True.
        via (VerifiableIdentityAddressVia):  Example: email.
        created_at (datetime.datetime | Unset):  Example: 2014-01-01T23:28:56.782Z.
        id (str | Unset):
        updated_at (datetime.datetime | Unset):  Example: 2014-01-01T23:28:56.782Z.
        verified_at (datetime.datetime | None | Unset): A timestamp that may be null.
    """

    status: str
    value: str
    verified: bool
    via: VerifiableIdentityAddressVia
    created_at: datetime.datetime | Unset = UNSET
    id: str | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    verified_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields, unset ones left out."""
        return _model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        value = self.value

        verified = self.verified

        via: str = self.via

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        id = self.id

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        verified_at: None | str | Unset
        if isinstance(self.verified_at, Unset):
            verified_at = UNSET
        elif isinstance(self.verified_at, datetime.datetime):
            verified_at = self.verified_at.isoformat()
        else:
            verified_at = self.verified_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "value": value,
                "verified": verified,
                "via": via,
            }
        )
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if id is not UNSET:
            field_dict["id"] = id
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if verified_at is not UNSET:
            field_dict["verified_at"] = verified_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        _iso = datetime.datetime.fromisoformat
        _v: Any
        _missing = 0  # optional properties absent: more keys than the present ones are unknown keys
        status = src_dict["status"]

        value = src_dict["value"]

        verified = src_dict["verified"]

        via = src_dict["via"]

        created_at: datetime.datetime | Unset
        _v = _get("created_at", UNSET)
        if _v is UNSET:
            _missing += 1
            created_at = UNSET
        elif _v is None:
            created_at = UNSET
        else:
            created_at = _iso(_v)

        id = _get("id", UNSET)
        if id is UNSET:
            _missing += 1
        elif id is None:
            id = UNSET

        updated_at: datetime.datetime | Unset
        _v = _get("updated_at", UNSET)
        if _v is UNSET:
            _missing += 1
            updated_at = UNSET
        elif _v is None:
            updated_at = UNSET
        else:
            updated_at = _iso(_v)

        verified_at = _get("verified_at", UNSET)
        if verified_at is UNSET:
            _missing += 1
        elif isinstance(verified_at, str):
            try:
                verified_at = _iso(verified_at)
            except ValueError:
                pass

        verifiable_identity_address = cls(
            status,
            value,
            verified,
            via,
            created_at,
            id,
            updated_at,
            verified_at,
        )
        if len(src_dict) + _missing > 8:
            verifiable_identity_address.additional_properties = {
                _key: _value
                for _key, _value in src_dict.items()
                if _key not in _KNOWN_KEYS
            }
        return verifiable_identity_address

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

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.verifiable_identity_address_via import (
    VerifiableIdentityAddressVia,
    check_verifiable_identity_address_via,
)
from ..types import UNSET, Unset
from . import _model_repr

T = TypeVar("T", bound="VerifiableIdentityAddress")


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
        d = dict(src_dict)
        status = d.pop("status")

        value = d.pop("value")

        verified = d.pop("verified")

        via = check_verifiable_identity_address_via(d.pop("via"))

        if d.get("created_at", UNSET) is None:
            del d["created_at"]
        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        if d.get("id", UNSET) is None:
            del d["id"]
        id = d.pop("id", UNSET)

        if d.get("updated_at", UNSET) is None:
            del d["updated_at"]
        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        def _parse_verified_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemasnull_time_type_0 = datetime.datetime.fromisoformat(
                    data
                )

                return componentsschemasnull_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        verified_at = _parse_verified_at(d.pop("verified_at", UNSET))

        verifiable_identity_address = cls(
            status=status,
            value=value,
            verified=verified,
            via=via,
            created_at=created_at,
            id=id,
            updated_at=updated_at,
            verified_at=verified_at,
        )

        verifiable_identity_address.additional_properties = d
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

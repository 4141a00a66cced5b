from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.identity_credentials_type import (
    IdentityCredentialsType,
    check_identity_credentials_type,
)
from ..types import UNSET, Unset
from . import _model_repr

T = TypeVar("T", bound="IdentityCredentials")


@_attrs_define
class IdentityCredentials:
    """One credential type of an identity (password, oidc, totp, ...).

    Attributes:
        config (Any | Unset):
        created_at (datetime.datetime | Unset):
        identifiers (list[str] | Unset):
        type_ (IdentityCredentialsType | Unset):
        updated_at (datetime.datetime | Unset):
        version (int | Unset):
    """

    config: Any | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    identifiers: list[str] | Unset = UNSET
    type_: IdentityCredentialsType | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    version: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields, unset ones left out; those that carry credentials are hidden."""
        return _model_repr(self, {"config"})

    def to_dict(self) -> dict[str, Any]:
        config = self.config

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        identifiers: list[str] | Unset = UNSET
        if not isinstance(self.identifiers, Unset):
            identifiers = self.identifiers

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if config is not UNSET:
            field_dict["config"] = config
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if identifiers is not UNSET:
            field_dict["identifiers"] = identifiers
        if type_ is not UNSET:
            field_dict["type"] = type_
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        if d.get("config", UNSET) is None:
            del d["config"]
        config = d.pop("config", UNSET)

        if d.get("created_at", UNSET) is None:
            del d["created_at"]
        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        if d.get("identifiers", UNSET) is None:
            del d["identifiers"]
        identifiers = cast(list[str], d.pop("identifiers", UNSET))

        if d.get("type", UNSET) is None:
            del d["type"]
        _type_ = d.pop("type", UNSET)
        type_: IdentityCredentialsType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_identity_credentials_type(_type_)

        if d.get("updated_at", UNSET) is None:
            del d["updated_at"]
        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        if d.get("version", UNSET) is None:
            del d["version"]
        version = d.pop("version", UNSET)

        identity_credentials = cls(
            config=config,
            created_at=created_at,
            identifiers=identifiers,
            type_=type_,
            updated_at=updated_at,
            version=version,
        )

        identity_credentials.additional_properties = d
        return identity_credentials

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

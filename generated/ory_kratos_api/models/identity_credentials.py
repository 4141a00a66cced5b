from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.identity_credentials_type import (
    IdentityCredentialsType,
)
from ..types import UNSET, Unset
from . import _model_repr

T = TypeVar("T", bound="IdentityCredentials")
#: The properties the spec names; any other key of a payload is kept in ``additional_properties``.
_KNOWN_KEYS = frozenset(
    {
        "config",
        "created_at",
        "identifiers",
        "type",
        "updated_at",
        "version",
    }
)


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
        _get = src_dict.get
        _iso = datetime.datetime.fromisoformat
        _v: Any
        _missing = 0  # optional properties absent: more keys than the present ones are unknown keys
        config = _get("config", UNSET)
        if config is UNSET:
            _missing += 1
        elif config is None:
            config = UNSET

        created_at: datetime.datetime | Unset
        _v = _get("created_at", UNSET)
        if _v is UNSET:
            _missing += 1
            created_at = UNSET
        elif _v is None:
            created_at = UNSET
        else:
            created_at = _iso(_v)

        identifiers = _get("identifiers", UNSET)
        if identifiers is UNSET:
            _missing += 1
        elif identifiers is None:
            identifiers = UNSET

        type_ = _get("type", UNSET)
        if type_ is UNSET:
            _missing += 1
        elif type_ is None:
            type_ = UNSET

        updated_at: datetime.datetime | Unset
        _v = _get("updated_at", UNSET)
        if _v is UNSET:
            _missing += 1
            updated_at = UNSET
        elif _v is None:
            updated_at = UNSET
        else:
            updated_at = _iso(_v)

        version = _get("version", UNSET)
        if version is UNSET:
            _missing += 1
        elif version is None:
            version = UNSET

        identity_credentials = cls(
            config,
            created_at,
            identifiers,
            type_,
            updated_at,
            version,
        )
        if len(src_dict) + _missing > 6:
            identity_credentials.additional_properties = {
                _key: _value
                for _key, _value in src_dict.items()
                if _key not in _KNOWN_KEYS
            }
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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from . import _model_repr

T = TypeVar("T", bound="IdentityCredentialsMap")


@_attrs_define
class IdentityCredentialsMap:
    additional_properties: dict[str, IdentityCredentials] = _attrs_field(
        init=False, factory=dict
    )

    def __repr__(self) -> str:
        """The fields, unset ones left out."""
        return _model_repr(self)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        identity_credentials_map = cls()
        additional_properties = {}
        for prop_name, prop_dict in src_dict.items():
            additional_property = IdentityCredentials.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property
        identity_credentials_map.additional_properties = additional_properties
        return identity_credentials_map

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> IdentityCredentials:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: IdentityCredentials) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.identity_credentials import IdentityCredentials

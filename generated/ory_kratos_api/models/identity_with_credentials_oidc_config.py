from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from . import _model_repr

T = TypeVar("T", bound="IdentityWithCredentialsOidcConfig")
#: The properties the spec names; any other key of a payload is kept in ``additional_properties``.
_KNOWN_KEYS = frozenset(
    {
        "providers",
    }
)


@_attrs_define
class IdentityWithCredentialsOidcConfig:
    """
    Attributes:
        providers (list[IdentityWithCredentialsOidcConfigProvider] | Unset):
    """

    providers: list[IdentityWithCredentialsOidcConfigProvider] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields, unset ones left out."""
        return _model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        providers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.providers, Unset):
            providers = []
            for providers_item_data in self.providers:
                providers_item = providers_item_data.to_dict()
                providers.append(providers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if providers is not UNSET:
            field_dict["providers"] = providers

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        _v: Any
        _missing = 0  # optional properties absent: more keys than the present ones are unknown keys
        providers: list[IdentityWithCredentialsOidcConfigProvider] | Unset
        _v = _get("providers", UNSET)
        if _v is UNSET:
            _missing += 1
            providers = UNSET
        elif _v is None:
            providers = UNSET
        else:
            providers = list(
                map(IdentityWithCredentialsOidcConfigProvider.from_dict, _v)
            )

        identity_with_credentials_oidc_config = cls(
            providers,
        )
        if len(src_dict) + _missing > 1:
            identity_with_credentials_oidc_config.additional_properties = {
                _key: _value
                for _key, _value in src_dict.items()
                if _key not in _KNOWN_KEYS
            }
        return identity_with_credentials_oidc_config

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


from ..models.identity_with_credentials_oidc_config_provider import (
    IdentityWithCredentialsOidcConfigProvider,
)

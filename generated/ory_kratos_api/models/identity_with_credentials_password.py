from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from . import _model_repr

T = TypeVar("T", bound="IdentityWithCredentialsPassword")
#: The properties the spec names; any other key of a payload is kept in ``additional_properties``.
_KNOWN_KEYS = frozenset(
    {
        "config",
    }
)


@_attrs_define
class IdentityWithCredentialsPassword:
    """
    Attributes:
        config (IdentityWithCredentialsPasswordConfig | Unset):
    """

    config: IdentityWithCredentialsPasswordConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields, unset ones left out."""
        return _model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if config is not UNSET:
            field_dict["config"] = config

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        _v: Any
        _missing = 0  # optional properties absent: more keys than the present ones are unknown keys
        config: IdentityWithCredentialsPasswordConfig | Unset
        _v = _get("config", UNSET)
        if _v is UNSET:
            _missing += 1
            config = UNSET
        elif _v is None:
            config = UNSET
        else:
            config = IdentityWithCredentialsPasswordConfig.from_dict(_v)

        identity_with_credentials_password = cls(
            config,
        )
        if len(src_dict) + _missing > 1:
            identity_with_credentials_password.additional_properties = {
                _key: _value
                for _key, _value in src_dict.items()
                if _key not in _KNOWN_KEYS
            }
        return identity_with_credentials_password

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


from ..models.identity_with_credentials_password_config import (
    IdentityWithCredentialsPasswordConfig,
)

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from . import _model_repr

T = TypeVar("T", bound="UpdateSettingsFlowWithPasskeyMethod")
#: The properties the spec names; any other key of a payload is kept in ``additional_properties``.
_KNOWN_KEYS = frozenset(
    {
        "method",
        "csrf_token",
        "passkey_remove",
        "passkey_settings_register",
    }
)


@_attrs_define
class UpdateSettingsFlowWithPasskeyMethod:
    """
    Attributes:
        method (str):
        csrf_token (str | Unset):
        passkey_remove (str | Unset):
        passkey_settings_register (str | Unset):
    """

    method: str
    csrf_token: str | Unset = UNSET
    passkey_remove: str | Unset = UNSET
    passkey_settings_register: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields, unset ones left out; those that carry credentials are hidden."""
        return _model_repr(self, {"csrf_token"})

    def to_dict(self) -> dict[str, Any]:
        method = self.method

        csrf_token = self.csrf_token

        passkey_remove = self.passkey_remove

        passkey_settings_register = self.passkey_settings_register

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "method": method,
            }
        )
        if csrf_token is not UNSET:
            field_dict["csrf_token"] = csrf_token
        if passkey_remove is not UNSET:
            field_dict["passkey_remove"] = passkey_remove
        if passkey_settings_register is not UNSET:
            field_dict["passkey_settings_register"] = passkey_settings_register

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        _v: Any
        _missing = 0  # optional properties absent: more keys than the present ones are unknown keys
        method = src_dict["method"]

        csrf_token = _get("csrf_token", UNSET)
        if csrf_token is UNSET:
            _missing += 1
        elif csrf_token is None:
            csrf_token = UNSET

        passkey_remove = _get("passkey_remove", UNSET)
        if passkey_remove is UNSET:
            _missing += 1
        elif passkey_remove is None:
            passkey_remove = UNSET

        passkey_settings_register = _get("passkey_settings_register", UNSET)
        if passkey_settings_register is UNSET:
            _missing += 1
        elif passkey_settings_register is None:
            passkey_settings_register = UNSET

        update_settings_flow_with_passkey_method = cls(
            method,
            csrf_token,
            passkey_remove,
            passkey_settings_register,
        )
        if len(src_dict) + _missing > 4:
            update_settings_flow_with_passkey_method.additional_properties = {
                _key: _value
                for _key, _value in src_dict.items()
                if _key not in _KNOWN_KEYS
            }
        return update_settings_flow_with_passkey_method

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

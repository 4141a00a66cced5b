from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from . import _model_repr

T = TypeVar("T", bound="UpdateSettingsFlowWithPasskeyMethod")


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
        d = dict(src_dict)
        method = d.pop("method")

        if d.get("csrf_token", UNSET) is None:
            del d["csrf_token"]
        csrf_token = d.pop("csrf_token", UNSET)

        if d.get("passkey_remove", UNSET) is None:
            del d["passkey_remove"]
        passkey_remove = d.pop("passkey_remove", UNSET)

        if d.get("passkey_settings_register", UNSET) is None:
            del d["passkey_settings_register"]
        passkey_settings_register = d.pop("passkey_settings_register", UNSET)

        update_settings_flow_with_passkey_method = cls(
            method=method,
            csrf_token=csrf_token,
            passkey_remove=passkey_remove,
            passkey_settings_register=passkey_settings_register,
        )

        update_settings_flow_with_passkey_method.additional_properties = d
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

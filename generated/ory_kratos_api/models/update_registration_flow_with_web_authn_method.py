from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from . import _model_repr

T = TypeVar("T", bound="UpdateRegistrationFlowWithWebAuthnMethod")


@_attrs_define
class UpdateRegistrationFlowWithWebAuthnMethod:
    """
    Attributes:
        method (str):
        traits (Any):
        csrf_token (str | Unset):
        transient_payload (Any | Unset):
        webauthn_register (str | Unset):
        webauthn_register_displayname (str | Unset):
    """

    method: str
    traits: Any
    csrf_token: str | Unset = UNSET
    transient_payload: Any | Unset = UNSET
    webauthn_register: str | Unset = UNSET
    webauthn_register_displayname: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields, unset ones left out; those that carry credentials are hidden."""
        return _model_repr(self, {"csrf_token"})

    def to_dict(self) -> dict[str, Any]:
        method = self.method

        traits = self.traits

        csrf_token = self.csrf_token

        transient_payload = self.transient_payload

        webauthn_register = self.webauthn_register

        webauthn_register_displayname = self.webauthn_register_displayname

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "method": method,
                "traits": traits,
            }
        )
        if csrf_token is not UNSET:
            field_dict["csrf_token"] = csrf_token
        if transient_payload is not UNSET:
            field_dict["transient_payload"] = transient_payload
        if webauthn_register is not UNSET:
            field_dict["webauthn_register"] = webauthn_register
        if webauthn_register_displayname is not UNSET:
            field_dict["webauthn_register_displayname"] = webauthn_register_displayname

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        method = d.pop("method")

        traits = d.pop("traits")

        if d.get("csrf_token", UNSET) is None:
            del d["csrf_token"]
        csrf_token = d.pop("csrf_token", UNSET)

        if d.get("transient_payload", UNSET) is None:
            del d["transient_payload"]
        transient_payload = d.pop("transient_payload", UNSET)

        if d.get("webauthn_register", UNSET) is None:
            del d["webauthn_register"]
        webauthn_register = d.pop("webauthn_register", UNSET)

        if d.get("webauthn_register_displayname", UNSET) is None:
            del d["webauthn_register_displayname"]
        webauthn_register_displayname = d.pop("webauthn_register_displayname", UNSET)

        update_registration_flow_with_web_authn_method = cls(
            method=method,
            traits=traits,
            csrf_token=csrf_token,
            transient_payload=transient_payload,
            webauthn_register=webauthn_register,
            webauthn_register_displayname=webauthn_register_displayname,
        )

        update_registration_flow_with_web_authn_method.additional_properties = d
        return update_registration_flow_with_web_authn_method

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

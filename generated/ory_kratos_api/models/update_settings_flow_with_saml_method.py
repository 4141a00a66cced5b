from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from . import _model_repr

T = TypeVar("T", bound="UpdateSettingsFlowWithSamlMethod")


@_attrs_define
class UpdateSettingsFlowWithSamlMethod:
    """
    Attributes:
        method (str):
        csrf_token (str | Unset):
        flow (str | Unset):
        link (str | Unset):
        traits (Any | Unset):
        transient_payload (Any | Unset):
        unlink (str | Unset):
    """

    method: str
    csrf_token: str | Unset = UNSET
    flow: str | Unset = UNSET
    link: str | Unset = UNSET
    traits: Any | Unset = UNSET
    transient_payload: Any | Unset = UNSET
    unlink: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields, unset ones left out; those that carry credentials are hidden."""
        return _model_repr(self, {"csrf_token"})

    def to_dict(self) -> dict[str, Any]:
        method = self.method

        csrf_token = self.csrf_token

        flow = self.flow

        link = self.link

        traits = self.traits

        transient_payload = self.transient_payload

        unlink = self.unlink

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "method": method,
            }
        )
        if csrf_token is not UNSET:
            field_dict["csrf_token"] = csrf_token
        if flow is not UNSET:
            field_dict["flow"] = flow
        if link is not UNSET:
            field_dict["link"] = link
        if traits is not UNSET:
            field_dict["traits"] = traits
        if transient_payload is not UNSET:
            field_dict["transient_payload"] = transient_payload
        if unlink is not UNSET:
            field_dict["unlink"] = unlink

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        method = d.pop("method")

        if d.get("csrf_token", UNSET) is None:
            del d["csrf_token"]
        csrf_token = d.pop("csrf_token", UNSET)

        if d.get("flow", UNSET) is None:
            del d["flow"]
        flow = d.pop("flow", UNSET)

        if d.get("link", UNSET) is None:
            del d["link"]
        link = d.pop("link", UNSET)

        if d.get("traits", UNSET) is None:
            del d["traits"]
        traits = d.pop("traits", UNSET)

        if d.get("transient_payload", UNSET) is None:
            del d["transient_payload"]
        transient_payload = d.pop("transient_payload", UNSET)

        if d.get("unlink", UNSET) is None:
            del d["unlink"]
        unlink = d.pop("unlink", UNSET)

        update_settings_flow_with_saml_method = cls(
            method=method,
            csrf_token=csrf_token,
            flow=flow,
            link=link,
            traits=traits,
            transient_payload=transient_payload,
            unlink=unlink,
        )

        update_settings_flow_with_saml_method.additional_properties = d
        return update_settings_flow_with_saml_method

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from . import _model_repr

T = TypeVar("T", bound="UpdateSettingsFlowWithOidcMethod")


@_attrs_define
class UpdateSettingsFlowWithOidcMethod:
    """
    Attributes:
        method (str):
        flow (str | Unset):
        link (str | Unset):
        traits (Any | Unset):
        transient_payload (Any | Unset):
        unlink (str | Unset):
        upstream_parameters (Any | Unset):
    """

    method: str
    flow: str | Unset = UNSET
    link: str | Unset = UNSET
    traits: Any | Unset = UNSET
    transient_payload: Any | Unset = UNSET
    unlink: str | Unset = UNSET
    upstream_parameters: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields, unset ones left out."""
        return _model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        method = self.method

        flow = self.flow

        link = self.link

        traits = self.traits

        transient_payload = self.transient_payload

        unlink = self.unlink

        upstream_parameters = self.upstream_parameters

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "method": method,
            }
        )
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
        if upstream_parameters is not UNSET:
            field_dict["upstream_parameters"] = upstream_parameters

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        method = d.pop("method")

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

        if d.get("upstream_parameters", UNSET) is None:
            del d["upstream_parameters"]
        upstream_parameters = d.pop("upstream_parameters", UNSET)

        update_settings_flow_with_oidc_method = cls(
            method=method,
            flow=flow,
            link=link,
            traits=traits,
            transient_payload=transient_payload,
            unlink=unlink,
            upstream_parameters=upstream_parameters,
        )

        update_settings_flow_with_oidc_method.additional_properties = d
        return update_settings_flow_with_oidc_method

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

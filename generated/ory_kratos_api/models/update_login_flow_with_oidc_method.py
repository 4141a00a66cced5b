from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from . import _model_repr

T = TypeVar("T", bound="UpdateLoginFlowWithOidcMethod")


@_attrs_define
class UpdateLoginFlowWithOidcMethod:
    """
    Attributes:
        method (str):
        provider (str):
        csrf_token (str | Unset):
        id_token (str | Unset):
        id_token_nonce (str | Unset):
        traits (Any | Unset):
        transient_payload (Any | Unset):
        upstream_parameters (Any | Unset):
    """

    method: str
    provider: str
    csrf_token: str | Unset = UNSET
    id_token: str | Unset = UNSET
    id_token_nonce: str | Unset = UNSET
    traits: Any | Unset = UNSET
    transient_payload: Any | Unset = UNSET
    upstream_parameters: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields, unset ones left out; those that carry credentials are hidden."""
        return _model_repr(self, {"csrf_token"})

    def to_dict(self) -> dict[str, Any]:
        method = self.method

        provider = self.provider

        csrf_token = self.csrf_token

        id_token = self.id_token

        id_token_nonce = self.id_token_nonce

        traits = self.traits

        transient_payload = self.transient_payload

        upstream_parameters = self.upstream_parameters

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "method": method,
                "provider": provider,
            }
        )
        if csrf_token is not UNSET:
            field_dict["csrf_token"] = csrf_token
        if id_token is not UNSET:
            field_dict["id_token"] = id_token
        if id_token_nonce is not UNSET:
            field_dict["id_token_nonce"] = id_token_nonce
        if traits is not UNSET:
            field_dict["traits"] = traits
        if transient_payload is not UNSET:
            field_dict["transient_payload"] = transient_payload
        if upstream_parameters is not UNSET:
            field_dict["upstream_parameters"] = upstream_parameters

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        method = d.pop("method")

        provider = d.pop("provider")

        if d.get("csrf_token", UNSET) is None:
            del d["csrf_token"]
        csrf_token = d.pop("csrf_token", UNSET)

        if d.get("id_token", UNSET) is None:
            del d["id_token"]
        id_token = d.pop("id_token", UNSET)

        if d.get("id_token_nonce", UNSET) is None:
            del d["id_token_nonce"]
        id_token_nonce = d.pop("id_token_nonce", UNSET)

        if d.get("traits", UNSET) is None:
            del d["traits"]
        traits = d.pop("traits", UNSET)

        if d.get("transient_payload", UNSET) is None:
            del d["transient_payload"]
        transient_payload = d.pop("transient_payload", UNSET)

        if d.get("upstream_parameters", UNSET) is None:
            del d["upstream_parameters"]
        upstream_parameters = d.pop("upstream_parameters", UNSET)

        update_login_flow_with_oidc_method = cls(
            method=method,
            provider=provider,
            csrf_token=csrf_token,
            id_token=id_token,
            id_token_nonce=id_token_nonce,
            traits=traits,
            transient_payload=transient_payload,
            upstream_parameters=upstream_parameters,
        )

        update_login_flow_with_oidc_method.additional_properties = d
        return update_login_flow_with_oidc_method

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

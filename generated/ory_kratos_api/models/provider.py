from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from . import _model_repr

T = TypeVar("T", bound="Provider")


@_attrs_define
class Provider:
    """
    Attributes:
        client_id (str | Unset):
        config_url (str | Unset):
        domain_hint (str | Unset):
        fields (list[str] | Unset):
        login_hint (str | Unset):
        nonce (str | Unset):
        parameters (ProviderParameters | Unset):
    """

    client_id: str | Unset = UNSET
    config_url: str | Unset = UNSET
    domain_hint: str | Unset = UNSET
    fields: list[str] | Unset = UNSET
    login_hint: str | Unset = UNSET
    nonce: str | Unset = UNSET
    parameters: ProviderParameters | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields, unset ones left out."""
        return _model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        client_id = self.client_id

        config_url = self.config_url

        domain_hint = self.domain_hint

        fields: list[str] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = self.fields

        login_hint = self.login_hint

        nonce = self.nonce

        parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = self.parameters.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if config_url is not UNSET:
            field_dict["config_url"] = config_url
        if domain_hint is not UNSET:
            field_dict["domain_hint"] = domain_hint
        if fields is not UNSET:
            field_dict["fields"] = fields
        if login_hint is not UNSET:
            field_dict["login_hint"] = login_hint
        if nonce is not UNSET:
            field_dict["nonce"] = nonce
        if parameters is not UNSET:
            field_dict["parameters"] = parameters

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        if d.get("client_id", UNSET) is None:
            del d["client_id"]
        client_id = d.pop("client_id", UNSET)

        if d.get("config_url", UNSET) is None:
            del d["config_url"]
        config_url = d.pop("config_url", UNSET)

        if d.get("domain_hint", UNSET) is None:
            del d["domain_hint"]
        domain_hint = d.pop("domain_hint", UNSET)

        if d.get("fields", UNSET) is None:
            del d["fields"]
        fields = cast(list[str], d.pop("fields", UNSET))

        if d.get("login_hint", UNSET) is None:
            del d["login_hint"]
        login_hint = d.pop("login_hint", UNSET)

        if d.get("nonce", UNSET) is None:
            del d["nonce"]
        nonce = d.pop("nonce", UNSET)

        if d.get("parameters", UNSET) is None:
            del d["parameters"]
        _parameters = d.pop("parameters", UNSET)
        parameters: ProviderParameters | Unset
        if isinstance(_parameters, Unset):
            parameters = UNSET
        else:
            parameters = ProviderParameters.from_dict(_parameters)

        provider = cls(
            client_id=client_id,
            config_url=config_url,
            domain_hint=domain_hint,
            fields=fields,
            login_hint=login_hint,
            nonce=nonce,
            parameters=parameters,
        )

        provider.additional_properties = d
        return provider

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


from ..models.provider_parameters import ProviderParameters

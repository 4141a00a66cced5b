from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from . import _model_repr

T = TypeVar("T", bound="Provider")
#: The properties the spec names; any other key of a payload is kept in ``additional_properties``.
_KNOWN_KEYS = frozenset(
    {
        "client_id",
        "config_url",
        "domain_hint",
        "fields",
        "login_hint",
        "nonce",
        "parameters",
    }
)


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
        _get = src_dict.get
        _v: Any
        _missing = 0  # optional properties absent: more keys than the present ones are unknown keys
        client_id = _get("client_id", UNSET)
        if client_id is UNSET:
            _missing += 1
        elif client_id is None:
            client_id = UNSET

        config_url = _get("config_url", UNSET)
        if config_url is UNSET:
            _missing += 1
        elif config_url is None:
            config_url = UNSET

        domain_hint = _get("domain_hint", UNSET)
        if domain_hint is UNSET:
            _missing += 1
        elif domain_hint is None:
            domain_hint = UNSET

        fields = _get("fields", UNSET)
        if fields is UNSET:
            _missing += 1
        elif fields is None:
            fields = UNSET

        login_hint = _get("login_hint", UNSET)
        if login_hint is UNSET:
            _missing += 1
        elif login_hint is None:
            login_hint = UNSET

        nonce = _get("nonce", UNSET)
        if nonce is UNSET:
            _missing += 1
        elif nonce is None:
            nonce = UNSET

        parameters: ProviderParameters | Unset
        _v = _get("parameters", UNSET)
        if _v is UNSET:
            _missing += 1
            parameters = UNSET
        elif _v is None:
            parameters = UNSET
        else:
            parameters = ProviderParameters.from_dict(_v)

        provider = cls(
            client_id,
            config_url,
            domain_hint,
            fields,
            login_hint,
            nonce,
            parameters,
        )
        if len(src_dict) + _missing > 7:
            provider.additional_properties = {
                _key: _value
                for _key, _value in src_dict.items()
                if _key not in _KNOWN_KEYS
            }
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

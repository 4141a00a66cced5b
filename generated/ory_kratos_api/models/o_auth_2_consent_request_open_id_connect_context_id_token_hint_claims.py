from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from . import _model_repr

T = TypeVar("T", bound="OAuth2ConsentRequestOpenIDConnectContextIdTokenHintClaims")


@_attrs_define
class OAuth2ConsentRequestOpenIDConnectContextIdTokenHintClaims:
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields, unset ones left out."""
        return _model_repr(self)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        o_auth_2_consent_request_open_id_connect_context_id_token_hint_claims = cls()
        o_auth_2_consent_request_open_id_connect_context_id_token_hint_claims.additional_properties = dict(
            src_dict
        )
        return o_auth_2_consent_request_open_id_connect_context_id_token_hint_claims

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

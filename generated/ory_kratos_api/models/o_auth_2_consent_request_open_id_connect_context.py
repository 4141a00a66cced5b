from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from . import _model_repr

T = TypeVar("T", bound="OAuth2ConsentRequestOpenIDConnectContext")
#: The properties the spec names; any other key of a payload is kept in ``additional_properties``.
_KNOWN_KEYS = frozenset(
    {
        "acr_values",
        "display",
        "id_token_hint_claims",
        "login_hint",
        "ui_locales",
    }
)


@_attrs_define
class OAuth2ConsentRequestOpenIDConnectContext:
    """
    Attributes:
        acr_values (list[str] | Unset):
        display (str | Unset):
        id_token_hint_claims (OAuth2ConsentRequestOpenIDConnectContextIdTokenHintClaims | Unset):
        login_hint (str | Unset):
        ui_locales (list[str] | Unset):
    """

    acr_values: list[str] | Unset = UNSET
    display: str | Unset = UNSET
    id_token_hint_claims: (
        OAuth2ConsentRequestOpenIDConnectContextIdTokenHintClaims | Unset
    ) = UNSET
    login_hint: str | Unset = UNSET
    ui_locales: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields, unset ones left out."""
        return _model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        acr_values: list[str] | Unset = UNSET
        if not isinstance(self.acr_values, Unset):
            acr_values = self.acr_values

        display = self.display

        id_token_hint_claims: dict[str, Any] | Unset = UNSET
        if not isinstance(self.id_token_hint_claims, Unset):
            id_token_hint_claims = self.id_token_hint_claims.to_dict()

        login_hint = self.login_hint

        ui_locales: list[str] | Unset = UNSET
        if not isinstance(self.ui_locales, Unset):
            ui_locales = self.ui_locales

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if acr_values is not UNSET:
            field_dict["acr_values"] = acr_values
        if display is not UNSET:
            field_dict["display"] = display
        if id_token_hint_claims is not UNSET:
            field_dict["id_token_hint_claims"] = id_token_hint_claims
        if login_hint is not UNSET:
            field_dict["login_hint"] = login_hint
        if ui_locales is not UNSET:
            field_dict["ui_locales"] = ui_locales

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        _v: Any
        _missing = 0  # optional properties absent: more keys than the present ones are unknown keys
        acr_values = _get("acr_values", UNSET)
        if acr_values is UNSET:
            _missing += 1
        elif acr_values is None:
            acr_values = UNSET

        display = _get("display", UNSET)
        if display is UNSET:
            _missing += 1
        elif display is None:
            display = UNSET

        id_token_hint_claims: (
            OAuth2ConsentRequestOpenIDConnectContextIdTokenHintClaims | Unset
        )
        _v = _get("id_token_hint_claims", UNSET)
        if _v is UNSET:
            _missing += 1
            id_token_hint_claims = UNSET
        elif _v is None:
            id_token_hint_claims = UNSET
        else:
            id_token_hint_claims = (
                OAuth2ConsentRequestOpenIDConnectContextIdTokenHintClaims.from_dict(_v)
            )

        login_hint = _get("login_hint", UNSET)
        if login_hint is UNSET:
            _missing += 1
        elif login_hint is None:
            login_hint = UNSET

        ui_locales = _get("ui_locales", UNSET)
        if ui_locales is UNSET:
            _missing += 1
        elif ui_locales is None:
            ui_locales = UNSET

        o_auth_2_consent_request_open_id_connect_context = cls(
            acr_values,
            display,
            id_token_hint_claims,
            login_hint,
            ui_locales,
        )
        if len(src_dict) + _missing > 5:
            o_auth_2_consent_request_open_id_connect_context.additional_properties = {
                _key: _value
                for _key, _value in src_dict.items()
                if _key not in _KNOWN_KEYS
            }
        return o_auth_2_consent_request_open_id_connect_context

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


from ..models.o_auth_2_consent_request_open_id_connect_context_id_token_hint_claims import (
    OAuth2ConsentRequestOpenIDConnectContextIdTokenHintClaims,
)

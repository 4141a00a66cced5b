from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from . import _model_repr

T = TypeVar("T", bound="UpdateSettingsFlowWithLookupMethod")
#: The properties the spec names; any other key of a payload is kept in ``additional_properties``.
_KNOWN_KEYS = frozenset(
    {
        "method",
        "csrf_token",
        "lookup_secret_confirm",
        "lookup_secret_disable",
        "lookup_secret_regenerate",
        "lookup_secret_reveal",
        "transient_payload",
    }
)


@_attrs_define
class UpdateSettingsFlowWithLookupMethod:
    """
    Attributes:
        method (str):
        csrf_token (str | Unset):
        lookup_secret_confirm (bool | Unset):
        lookup_secret_disable (bool | Unset):
        lookup_secret_regenerate (bool | Unset):
        lookup_secret_reveal (bool | Unset):
        transient_payload (Any | Unset):
    """

    method: str
    csrf_token: str | Unset = UNSET
    lookup_secret_confirm: bool | Unset = UNSET
    lookup_secret_disable: bool | Unset = UNSET
    lookup_secret_regenerate: bool | Unset = UNSET
    lookup_secret_reveal: bool | Unset = UNSET
    transient_payload: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields, unset ones left out; those that carry credentials are hidden."""
        return _model_repr(self, {"csrf_token"})

    def to_dict(self) -> dict[str, Any]:
        method = self.method

        csrf_token = self.csrf_token

        lookup_secret_confirm = self.lookup_secret_confirm

        lookup_secret_disable = self.lookup_secret_disable

        lookup_secret_regenerate = self.lookup_secret_regenerate

        lookup_secret_reveal = self.lookup_secret_reveal

        transient_payload = self.transient_payload

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "method": method,
            }
        )
        if csrf_token is not UNSET:
            field_dict["csrf_token"] = csrf_token
        if lookup_secret_confirm is not UNSET:
            field_dict["lookup_secret_confirm"] = lookup_secret_confirm
        if lookup_secret_disable is not UNSET:
            field_dict["lookup_secret_disable"] = lookup_secret_disable
        if lookup_secret_regenerate is not UNSET:
            field_dict["lookup_secret_regenerate"] = lookup_secret_regenerate
        if lookup_secret_reveal is not UNSET:
            field_dict["lookup_secret_reveal"] = lookup_secret_reveal
        if transient_payload is not UNSET:
            field_dict["transient_payload"] = transient_payload

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

        lookup_secret_confirm = _get("lookup_secret_confirm", UNSET)
        if lookup_secret_confirm is UNSET:
            _missing += 1
        elif lookup_secret_confirm is None:
            lookup_secret_confirm = UNSET

        lookup_secret_disable = _get("lookup_secret_disable", UNSET)
        if lookup_secret_disable is UNSET:
            _missing += 1
        elif lookup_secret_disable is None:
            lookup_secret_disable = UNSET

        lookup_secret_regenerate = _get("lookup_secret_regenerate", UNSET)
        if lookup_secret_regenerate is UNSET:
            _missing += 1
        elif lookup_secret_regenerate is None:
            lookup_secret_regenerate = UNSET

        lookup_secret_reveal = _get("lookup_secret_reveal", UNSET)
        if lookup_secret_reveal is UNSET:
            _missing += 1
        elif lookup_secret_reveal is None:
            lookup_secret_reveal = UNSET

        transient_payload = _get("transient_payload", UNSET)
        if transient_payload is UNSET:
            _missing += 1
        elif transient_payload is None:
            transient_payload = UNSET

        update_settings_flow_with_lookup_method = cls(
            method,
            csrf_token,
            lookup_secret_confirm,
            lookup_secret_disable,
            lookup_secret_regenerate,
            lookup_secret_reveal,
            transient_payload,
        )
        if len(src_dict) + _missing > 7:
            update_settings_flow_with_lookup_method.additional_properties = {
                _key: _value
                for _key, _value in src_dict.items()
                if _key not in _KNOWN_KEYS
            }
        return update_settings_flow_with_lookup_method

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

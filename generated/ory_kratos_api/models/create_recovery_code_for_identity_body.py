from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from . import _model_repr

T = TypeVar("T", bound="CreateRecoveryCodeForIdentityBody")
#: The properties the spec names; any other key of a payload is kept in ``additional_properties``.
_KNOWN_KEYS = frozenset(
    {
        "identity_id",
        "expires_in",
        "flow_type",
    }
)


@_attrs_define
class CreateRecoveryCodeForIdentityBody:
    """
    Attributes:
        identity_id (str):
        expires_in (str | Unset):
        flow_type (str | Unset):
    """

    identity_id: str
    expires_in: str | Unset = UNSET
    flow_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields, unset ones left out."""
        return _model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        identity_id = self.identity_id

        expires_in = self.expires_in

        flow_type = self.flow_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "identity_id": identity_id,
            }
        )
        if expires_in is not UNSET:
            field_dict["expires_in"] = expires_in
        if flow_type is not UNSET:
            field_dict["flow_type"] = flow_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        _v: Any
        _missing = 0  # optional properties absent: more keys than the present ones are unknown keys
        identity_id = src_dict["identity_id"]

        expires_in = _get("expires_in", UNSET)
        if expires_in is UNSET:
            _missing += 1
        elif expires_in is None:
            expires_in = UNSET

        flow_type = _get("flow_type", UNSET)
        if flow_type is UNSET:
            _missing += 1
        elif flow_type is None:
            flow_type = UNSET

        create_recovery_code_for_identity_body = cls(
            identity_id,
            expires_in,
            flow_type,
        )
        if len(src_dict) + _missing > 3:
            create_recovery_code_for_identity_body.additional_properties = {
                _key: _value
                for _key, _value in src_dict.items()
                if _key not in _KNOWN_KEYS
            }
        return create_recovery_code_for_identity_body

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

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.authenticator_assurance_level import (
    AuthenticatorAssuranceLevel,
)
from ..models.session_authentication_method_method import (
    SessionAuthenticationMethodMethod,
)
from ..types import UNSET, Unset
from . import _model_repr

T = TypeVar("T", bound="SessionAuthenticationMethod")
#: The properties the spec names; any other key of a payload is kept in ``additional_properties``.
_KNOWN_KEYS = frozenset(
    {
        "aal",
        "completed_at",
        "method",
        "organization",
        "provider",
    }
)


@_attrs_define
class SessionAuthenticationMethod:
    """
    Attributes:
        aal (AuthenticatorAssuranceLevel | Unset):
        completed_at (datetime.datetime | Unset):
        method (SessionAuthenticationMethodMethod | Unset):
        organization (str | Unset):
        provider (str | Unset):
    """

    aal: AuthenticatorAssuranceLevel | Unset = UNSET
    completed_at: datetime.datetime | Unset = UNSET
    method: SessionAuthenticationMethodMethod | Unset = UNSET
    organization: str | Unset = UNSET
    provider: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields, unset ones left out."""
        return _model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        aal: str | Unset = UNSET
        if not isinstance(self.aal, Unset):
            aal = self.aal

        completed_at: str | Unset = UNSET
        if not isinstance(self.completed_at, Unset):
            completed_at = self.completed_at.isoformat()

        method: str | Unset = UNSET
        if not isinstance(self.method, Unset):
            method = self.method

        organization = self.organization

        provider = self.provider

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if aal is not UNSET:
            field_dict["aal"] = aal
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if method is not UNSET:
            field_dict["method"] = method
        if organization is not UNSET:
            field_dict["organization"] = organization
        if provider is not UNSET:
            field_dict["provider"] = provider

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        _iso = datetime.datetime.fromisoformat
        _v: Any
        _missing = 0  # optional properties absent: more keys than the present ones are unknown keys
        aal = _get("aal", UNSET)
        if aal is UNSET:
            _missing += 1
        elif aal is None:
            aal = UNSET

        completed_at: datetime.datetime | Unset
        _v = _get("completed_at", UNSET)
        if _v is UNSET:
            _missing += 1
            completed_at = UNSET
        elif _v is None:
            completed_at = UNSET
        else:
            completed_at = _iso(_v)

        method = _get("method", UNSET)
        if method is UNSET:
            _missing += 1
        elif method is None:
            method = UNSET

        organization = _get("organization", UNSET)
        if organization is UNSET:
            _missing += 1
        elif organization is None:
            organization = UNSET

        provider = _get("provider", UNSET)
        if provider is UNSET:
            _missing += 1
        elif provider is None:
            provider = UNSET

        session_authentication_method = cls(
            aal,
            completed_at,
            method,
            organization,
            provider,
        )
        if len(src_dict) + _missing > 5:
            session_authentication_method.additional_properties = {
                _key: _value
                for _key, _value in src_dict.items()
                if _key not in _KNOWN_KEYS
            }
        return session_authentication_method

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

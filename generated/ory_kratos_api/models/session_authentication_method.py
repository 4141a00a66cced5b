from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.authenticator_assurance_level import (
    AuthenticatorAssuranceLevel,
    check_authenticator_assurance_level,
)
from ..models.session_authentication_method_method import (
    SessionAuthenticationMethodMethod,
    check_session_authentication_method_method,
)
from ..types import UNSET, Unset
from . import _model_repr

T = TypeVar("T", bound="SessionAuthenticationMethod")


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
        d = dict(src_dict)
        if d.get("aal", UNSET) is None:
            del d["aal"]
        _aal = d.pop("aal", UNSET)
        aal: AuthenticatorAssuranceLevel | Unset
        if isinstance(_aal, Unset):
            aal = UNSET
        else:
            aal = check_authenticator_assurance_level(_aal)

        if d.get("completed_at", UNSET) is None:
            del d["completed_at"]
        _completed_at = d.pop("completed_at", UNSET)
        completed_at: datetime.datetime | Unset
        if isinstance(_completed_at, Unset):
            completed_at = UNSET
        else:
            completed_at = datetime.datetime.fromisoformat(_completed_at)

        if d.get("method", UNSET) is None:
            del d["method"]
        _method = d.pop("method", UNSET)
        method: SessionAuthenticationMethodMethod | Unset
        if isinstance(_method, Unset):
            method = UNSET
        else:
            method = check_session_authentication_method_method(_method)

        if d.get("organization", UNSET) is None:
            del d["organization"]
        organization = d.pop("organization", UNSET)

        if d.get("provider", UNSET) is None:
            del d["provider"]
        provider = d.pop("provider", UNSET)

        session_authentication_method = cls(
            aal=aal,
            completed_at=completed_at,
            method=method,
            organization=organization,
            provider=provider,
        )

        session_authentication_method.additional_properties = d
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

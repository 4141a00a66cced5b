from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from . import _model_repr

T = TypeVar("T", bound="IdentityCredentialsOidcProvider")
#: The properties the spec names; any other key of a payload is kept in ``additional_properties``.
_KNOWN_KEYS = frozenset(
    {
        "initial_access_token",
        "initial_id_token",
        "initial_refresh_token",
        "organization",
        "provider",
        "subject",
        "use_auto_link",
    }
)


@_attrs_define
class IdentityCredentialsOidcProvider:
    """
    Attributes:
        initial_access_token (str | Unset):
        initial_id_token (str | Unset):
        initial_refresh_token (str | Unset):
        organization (str | Unset):
        provider (str | Unset):
        subject (str | Unset):
        use_auto_link (bool | Unset):
    """

    initial_access_token: str | Unset = UNSET
    initial_id_token: str | Unset = UNSET
    initial_refresh_token: str | Unset = UNSET
    organization: str | Unset = UNSET
    provider: str | Unset = UNSET
    subject: str | Unset = UNSET
    use_auto_link: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields, unset ones left out."""
        return _model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        initial_access_token = self.initial_access_token

        initial_id_token = self.initial_id_token

        initial_refresh_token = self.initial_refresh_token

        organization = self.organization

        provider = self.provider

        subject = self.subject

        use_auto_link = self.use_auto_link

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if initial_access_token is not UNSET:
            field_dict["initial_access_token"] = initial_access_token
        if initial_id_token is not UNSET:
            field_dict["initial_id_token"] = initial_id_token
        if initial_refresh_token is not UNSET:
            field_dict["initial_refresh_token"] = initial_refresh_token
        if organization is not UNSET:
            field_dict["organization"] = organization
        if provider is not UNSET:
            field_dict["provider"] = provider
        if subject is not UNSET:
            field_dict["subject"] = subject
        if use_auto_link is not UNSET:
            field_dict["use_auto_link"] = use_auto_link

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        _v: Any
        _missing = 0  # optional properties absent: more keys than the present ones are unknown keys
        initial_access_token = _get("initial_access_token", UNSET)
        if initial_access_token is UNSET:
            _missing += 1
        elif initial_access_token is None:
            initial_access_token = UNSET

        initial_id_token = _get("initial_id_token", UNSET)
        if initial_id_token is UNSET:
            _missing += 1
        elif initial_id_token is None:
            initial_id_token = UNSET

        initial_refresh_token = _get("initial_refresh_token", UNSET)
        if initial_refresh_token is UNSET:
            _missing += 1
        elif initial_refresh_token is None:
            initial_refresh_token = UNSET

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

        subject = _get("subject", UNSET)
        if subject is UNSET:
            _missing += 1
        elif subject is None:
            subject = UNSET

        use_auto_link = _get("use_auto_link", UNSET)
        if use_auto_link is UNSET:
            _missing += 1
        elif use_auto_link is None:
            use_auto_link = UNSET

        identity_credentials_oidc_provider = cls(
            initial_access_token,
            initial_id_token,
            initial_refresh_token,
            organization,
            provider,
            subject,
            use_auto_link,
        )
        if len(src_dict) + _missing > 7:
            identity_credentials_oidc_provider.additional_properties = {
                _key: _value
                for _key, _value in src_dict.items()
                if _key not in _KNOWN_KEYS
            }
        return identity_credentials_oidc_provider

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

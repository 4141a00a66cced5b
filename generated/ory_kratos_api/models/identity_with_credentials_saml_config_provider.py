from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from . import _model_repr

T = TypeVar("T", bound="IdentityWithCredentialsSamlConfigProvider")
#: The properties the spec names; any other key of a payload is kept in ``additional_properties``.
_KNOWN_KEYS = frozenset(
    {
        "provider",
        "subject",
        "organization",
    }
)


@_attrs_define
class IdentityWithCredentialsSamlConfigProvider:
    """
    Attributes:
        provider (str):
        subject (str):
        organization (None | str | Unset):
    """

    provider: str
    subject: str
    organization: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields, unset ones left out."""
        return _model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        provider = self.provider

        subject = self.subject

        organization: None | str | Unset
        if isinstance(self.organization, Unset):
            organization = UNSET
        else:
            organization = self.organization

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "provider": provider,
                "subject": subject,
            }
        )
        if organization is not UNSET:
            field_dict["organization"] = organization

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        _v: Any
        _missing = 0  # optional properties absent: more keys than the present ones are unknown keys
        provider = src_dict["provider"]

        subject = src_dict["subject"]

        organization = _get("organization", UNSET)
        if organization is UNSET:
            _missing += 1

        identity_with_credentials_saml_config_provider = cls(
            provider,
            subject,
            organization,
        )
        if len(src_dict) + _missing > 3:
            identity_with_credentials_saml_config_provider.additional_properties = {
                _key: _value
                for _key, _value in src_dict.items()
                if _key not in _KNOWN_KEYS
            }
        return identity_with_credentials_saml_config_provider

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from . import _model_repr

T = TypeVar("T", bound="IdentityWithCredentials")
#: The properties the spec names; any other key of a payload is kept in ``additional_properties``.
_KNOWN_KEYS = frozenset(
    {
        "oidc",
        "password",
        "saml",
    }
)


@_attrs_define
class IdentityWithCredentials:
    """
    Attributes:
        oidc (IdentityWithCredentialsOidc | Unset):
        password (IdentityWithCredentialsPassword | Unset):
        saml (IdentityWithCredentialsSaml | Unset):
    """

    oidc: IdentityWithCredentialsOidc | Unset = UNSET
    password: IdentityWithCredentialsPassword | Unset = UNSET
    saml: IdentityWithCredentialsSaml | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields, unset ones left out; those that carry credentials are hidden."""
        return _model_repr(self, {"password"})

    def to_dict(self) -> dict[str, Any]:
        oidc: dict[str, Any] | Unset = UNSET
        if not isinstance(self.oidc, Unset):
            oidc = self.oidc.to_dict()

        password: dict[str, Any] | Unset = UNSET
        if not isinstance(self.password, Unset):
            password = self.password.to_dict()

        saml: dict[str, Any] | Unset = UNSET
        if not isinstance(self.saml, Unset):
            saml = self.saml.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if oidc is not UNSET:
            field_dict["oidc"] = oidc
        if password is not UNSET:
            field_dict["password"] = password
        if saml is not UNSET:
            field_dict["saml"] = saml

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        _v: Any
        _missing = 0  # optional properties absent: more keys than the present ones are unknown keys
        oidc: IdentityWithCredentialsOidc | Unset
        _v = _get("oidc", UNSET)
        if _v is UNSET:
            _missing += 1
            oidc = UNSET
        elif _v is None:
            oidc = UNSET
        else:
            oidc = IdentityWithCredentialsOidc.from_dict(_v)

        password: IdentityWithCredentialsPassword | Unset
        _v = _get("password", UNSET)
        if _v is UNSET:
            _missing += 1
            password = UNSET
        elif _v is None:
            password = UNSET
        else:
            password = IdentityWithCredentialsPassword.from_dict(_v)

        saml: IdentityWithCredentialsSaml | Unset
        _v = _get("saml", UNSET)
        if _v is UNSET:
            _missing += 1
            saml = UNSET
        elif _v is None:
            saml = UNSET
        else:
            saml = IdentityWithCredentialsSaml.from_dict(_v)

        identity_with_credentials = cls(
            oidc,
            password,
            saml,
        )
        if len(src_dict) + _missing > 3:
            identity_with_credentials.additional_properties = {
                _key: _value
                for _key, _value in src_dict.items()
                if _key not in _KNOWN_KEYS
            }
        return identity_with_credentials

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


from ..models.identity_with_credentials_oidc import IdentityWithCredentialsOidc
from ..models.identity_with_credentials_password import IdentityWithCredentialsPassword
from ..models.identity_with_credentials_saml import IdentityWithCredentialsSaml

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.authenticator_assurance_level import (
    AuthenticatorAssuranceLevel,
)
from ..types import UNSET, Unset
from . import _model_repr

T = TypeVar("T", bound="Session")
#: The properties the spec names; any other key of a payload is kept in ``additional_properties``.
_KNOWN_KEYS = frozenset(
    {
        "id",
        "active",
        "authenticated_at",
        "authentication_methods",
        "authenticator_assurance_level",
        "devices",
        "expires_at",
        "identity",
        "issued_at",
        "tokenized",
    }
)


@_attrs_define
class Session:
    """A signed-in state for an identity: how and when it authenticated, and until when it is valid.

    Attributes:
        id (str):
        active (bool | Unset):
        authenticated_at (datetime.datetime | Unset):
        authentication_methods (list[SessionAuthenticationMethod] | Unset):
        authenticator_assurance_level (AuthenticatorAssuranceLevel | Unset):
        devices (list[SessionDevice] | Unset):
        expires_at (datetime.datetime | Unset):
        identity (Identity | Unset): A person (or machine) known to Kratos: traits, addresses, credentials and metadata.
        issued_at (datetime.datetime | Unset):
        tokenized (str | Unset):
    """

    id: str
    active: bool | Unset = UNSET
    authenticated_at: datetime.datetime | Unset = UNSET
    authentication_methods: list[SessionAuthenticationMethod] | Unset = UNSET
    authenticator_assurance_level: AuthenticatorAssuranceLevel | Unset = UNSET
    devices: list[SessionDevice] | Unset = UNSET
    expires_at: datetime.datetime | Unset = UNSET
    identity: Identity | Unset = UNSET
    issued_at: datetime.datetime | Unset = UNSET
    tokenized: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields, unset ones left out; those that carry credentials are hidden."""
        return _model_repr(self, {"tokenized"})

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        active = self.active

        authenticated_at: str | Unset = UNSET
        if not isinstance(self.authenticated_at, Unset):
            authenticated_at = self.authenticated_at.isoformat()

        authentication_methods: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.authentication_methods, Unset):
            authentication_methods = []
            for (
                componentsschemassession_authentication_methods_item_data
            ) in self.authentication_methods:
                componentsschemassession_authentication_methods_item = (
                    componentsschemassession_authentication_methods_item_data.to_dict()
                )
                authentication_methods.append(
                    componentsschemassession_authentication_methods_item
                )

        authenticator_assurance_level: str | Unset = UNSET
        if not isinstance(self.authenticator_assurance_level, Unset):
            authenticator_assurance_level = self.authenticator_assurance_level

        devices: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.devices, Unset):
            devices = []
            for devices_item_data in self.devices:
                devices_item = devices_item_data.to_dict()
                devices.append(devices_item)

        expires_at: str | Unset = UNSET
        if not isinstance(self.expires_at, Unset):
            expires_at = self.expires_at.isoformat()

        identity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.identity, Unset):
            identity = self.identity.to_dict()

        issued_at: str | Unset = UNSET
        if not isinstance(self.issued_at, Unset):
            issued_at = self.issued_at.isoformat()

        tokenized = self.tokenized

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if active is not UNSET:
            field_dict["active"] = active
        if authenticated_at is not UNSET:
            field_dict["authenticated_at"] = authenticated_at
        if authentication_methods is not UNSET:
            field_dict["authentication_methods"] = authentication_methods
        if authenticator_assurance_level is not UNSET:
            field_dict["authenticator_assurance_level"] = authenticator_assurance_level
        if devices is not UNSET:
            field_dict["devices"] = devices
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if identity is not UNSET:
            field_dict["identity"] = identity
        if issued_at is not UNSET:
            field_dict["issued_at"] = issued_at
        if tokenized is not UNSET:
            field_dict["tokenized"] = tokenized

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        _iso = datetime.datetime.fromisoformat
        _v: Any
        _missing = 0  # optional properties absent: more keys than the present ones are unknown keys
        id = src_dict["id"]

        active = _get("active", UNSET)
        if active is UNSET:
            _missing += 1
        elif active is None:
            active = UNSET

        authenticated_at: datetime.datetime | Unset
        _v = _get("authenticated_at", UNSET)
        if _v is UNSET:
            _missing += 1
            authenticated_at = UNSET
        elif _v is None:
            authenticated_at = UNSET
        else:
            authenticated_at = _iso(_v)

        authentication_methods: list[SessionAuthenticationMethod] | Unset
        _v = _get("authentication_methods", UNSET)
        if _v is UNSET:
            _missing += 1
            authentication_methods = UNSET
        elif _v is None:
            authentication_methods = UNSET
        else:
            authentication_methods = list(
                map(SessionAuthenticationMethod.from_dict, _v)
            )

        authenticator_assurance_level = _get("authenticator_assurance_level", UNSET)
        if authenticator_assurance_level is UNSET:
            _missing += 1
        elif authenticator_assurance_level is None:
            authenticator_assurance_level = UNSET

        devices: list[SessionDevice] | Unset
        _v = _get("devices", UNSET)
        if _v is UNSET:
            _missing += 1
            devices = UNSET
        elif _v is None:
            devices = UNSET
        else:
            devices = list(map(SessionDevice.from_dict, _v))

        expires_at: datetime.datetime | Unset
        _v = _get("expires_at", UNSET)
        if _v is UNSET:
            _missing += 1
            expires_at = UNSET
        elif _v is None:
            expires_at = UNSET
        else:
            expires_at = _iso(_v)

        identity: Identity | Unset
        _v = _get("identity", UNSET)
        if _v is UNSET:
            _missing += 1
            identity = UNSET
        elif _v is None:
            identity = UNSET
        else:
            identity = Identity.from_dict(_v)

        issued_at: datetime.datetime | Unset
        _v = _get("issued_at", UNSET)
        if _v is UNSET:
            _missing += 1
            issued_at = UNSET
        elif _v is None:
            issued_at = UNSET
        else:
            issued_at = _iso(_v)

        tokenized = _get("tokenized", UNSET)
        if tokenized is UNSET:
            _missing += 1
        elif tokenized is None:
            tokenized = UNSET

        session = cls(
            id,
            active,
            authenticated_at,
            authentication_methods,
            authenticator_assurance_level,
            devices,
            expires_at,
            identity,
            issued_at,
            tokenized,
        )
        if len(src_dict) + _missing > 10:
            session.additional_properties = {
                _key: _value
                for _key, _value in src_dict.items()
                if _key not in _KNOWN_KEYS
            }
        return session

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


from ..models.identity import Identity
from ..models.session_authentication_method import SessionAuthenticationMethod
from ..models.session_device import SessionDevice

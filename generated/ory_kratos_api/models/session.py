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
from ..types import UNSET, Unset
from . import _model_repr

T = TypeVar("T", bound="Session")


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
        d = dict(src_dict)
        id = d.pop("id")

        if d.get("active", UNSET) is None:
            del d["active"]
        active = d.pop("active", UNSET)

        if d.get("authenticated_at", UNSET) is None:
            del d["authenticated_at"]
        _authenticated_at = d.pop("authenticated_at", UNSET)
        authenticated_at: datetime.datetime | Unset
        if isinstance(_authenticated_at, Unset):
            authenticated_at = UNSET
        else:
            authenticated_at = datetime.datetime.fromisoformat(_authenticated_at)

        if d.get("authentication_methods", UNSET) is None:
            del d["authentication_methods"]
        _authentication_methods = d.pop("authentication_methods", UNSET)
        authentication_methods: list[SessionAuthenticationMethod] | Unset = UNSET
        if _authentication_methods is not UNSET:
            authentication_methods = []
            for (
                componentsschemassession_authentication_methods_item_data
            ) in _authentication_methods:
                componentsschemassession_authentication_methods_item = (
                    SessionAuthenticationMethod.from_dict(
                        componentsschemassession_authentication_methods_item_data
                    )
                )

                authentication_methods.append(
                    componentsschemassession_authentication_methods_item
                )

        if d.get("authenticator_assurance_level", UNSET) is None:
            del d["authenticator_assurance_level"]
        _authenticator_assurance_level = d.pop("authenticator_assurance_level", UNSET)
        authenticator_assurance_level: AuthenticatorAssuranceLevel | Unset
        if isinstance(_authenticator_assurance_level, Unset):
            authenticator_assurance_level = UNSET
        else:
            authenticator_assurance_level = check_authenticator_assurance_level(
                _authenticator_assurance_level
            )

        if d.get("devices", UNSET) is None:
            del d["devices"]
        _devices = d.pop("devices", UNSET)
        devices: list[SessionDevice] | Unset = UNSET
        if _devices is not UNSET:
            devices = []
            for devices_item_data in _devices:
                devices_item = SessionDevice.from_dict(devices_item_data)

                devices.append(devices_item)

        if d.get("expires_at", UNSET) is None:
            del d["expires_at"]
        _expires_at = d.pop("expires_at", UNSET)
        expires_at: datetime.datetime | Unset
        if isinstance(_expires_at, Unset):
            expires_at = UNSET
        else:
            expires_at = datetime.datetime.fromisoformat(_expires_at)

        if d.get("identity", UNSET) is None:
            del d["identity"]
        _identity = d.pop("identity", UNSET)
        identity: Identity | Unset
        if isinstance(_identity, Unset):
            identity = UNSET
        else:
            identity = Identity.from_dict(_identity)

        if d.get("issued_at", UNSET) is None:
            del d["issued_at"]
        _issued_at = d.pop("issued_at", UNSET)
        issued_at: datetime.datetime | Unset
        if isinstance(_issued_at, Unset):
            issued_at = UNSET
        else:
            issued_at = datetime.datetime.fromisoformat(_issued_at)

        if d.get("tokenized", UNSET) is None:
            del d["tokenized"]
        tokenized = d.pop("tokenized", UNSET)

        session = cls(
            id=id,
            active=active,
            authenticated_at=authenticated_at,
            authentication_methods=authentication_methods,
            authenticator_assurance_level=authenticator_assurance_level,
            devices=devices,
            expires_at=expires_at,
            identity=identity,
            issued_at=issued_at,
            tokenized=tokenized,
        )

        session.additional_properties = d
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

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.identity_state import IdentityState, check_identity_state
from ..types import UNSET, Unset
from . import _model_repr

T = TypeVar("T", bound="Identity")


@_attrs_define
class Identity:
    """A person (or machine) known to Kratos: traits, addresses, credentials and metadata.

    Attributes:
        id (str):
        schema_id (str):
        schema_url (str):
        traits (dict[str, Any]):
        created_at (datetime.datetime | Unset):
        credentials (IdentityCredentialsMap | Unset):
        external_id (str | Unset):
        metadata_admin (Any | Unset):
        metadata_public (Any | Unset):
        organization_id (None | str | Unset):
        recovery_addresses (list[RecoveryIdentityAddress] | Unset):
        state (IdentityState | Unset):
        state_changed_at (datetime.datetime | None | Unset): A timestamp that may be null.
        updated_at (datetime.datetime | Unset):
        verifiable_addresses (list[VerifiableIdentityAddress] | Unset):
    """

    id: str
    schema_id: str
    schema_url: str
    traits: dict[str, Any]
    created_at: datetime.datetime | Unset = UNSET
    credentials: IdentityCredentialsMap | Unset = UNSET
    external_id: str | Unset = UNSET
    metadata_admin: Any | Unset = UNSET
    metadata_public: Any | Unset = UNSET
    organization_id: None | str | Unset = UNSET
    recovery_addresses: list[RecoveryIdentityAddress] | Unset = UNSET
    state: IdentityState | Unset = UNSET
    state_changed_at: datetime.datetime | None | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    verifiable_addresses: list[VerifiableIdentityAddress] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields, unset ones left out."""
        return _model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        schema_id = self.schema_id

        schema_url = self.schema_url

        traits = self.traits

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        credentials: dict[str, Any] | Unset = UNSET
        if not isinstance(self.credentials, Unset):
            credentials = self.credentials.to_dict()

        external_id = self.external_id

        metadata_admin = self.metadata_admin

        metadata_public = self.metadata_public

        organization_id: None | str | Unset
        if isinstance(self.organization_id, Unset):
            organization_id = UNSET
        else:
            organization_id = self.organization_id

        recovery_addresses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.recovery_addresses, Unset):
            recovery_addresses = []
            for recovery_addresses_item_data in self.recovery_addresses:
                recovery_addresses_item = recovery_addresses_item_data.to_dict()
                recovery_addresses.append(recovery_addresses_item)

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state

        state_changed_at: None | str | Unset
        if isinstance(self.state_changed_at, Unset):
            state_changed_at = UNSET
        elif isinstance(self.state_changed_at, datetime.datetime):
            state_changed_at = self.state_changed_at.isoformat()
        else:
            state_changed_at = self.state_changed_at

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        verifiable_addresses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.verifiable_addresses, Unset):
            verifiable_addresses = []
            for verifiable_addresses_item_data in self.verifiable_addresses:
                verifiable_addresses_item = verifiable_addresses_item_data.to_dict()
                verifiable_addresses.append(verifiable_addresses_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "schema_id": schema_id,
                "schema_url": schema_url,
                "traits": traits,
            }
        )
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if credentials is not UNSET:
            field_dict["credentials"] = credentials
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if metadata_admin is not UNSET:
            field_dict["metadata_admin"] = metadata_admin
        if metadata_public is not UNSET:
            field_dict["metadata_public"] = metadata_public
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if recovery_addresses is not UNSET:
            field_dict["recovery_addresses"] = recovery_addresses
        if state is not UNSET:
            field_dict["state"] = state
        if state_changed_at is not UNSET:
            field_dict["state_changed_at"] = state_changed_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if verifiable_addresses is not UNSET:
            field_dict["verifiable_addresses"] = verifiable_addresses

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        schema_id = d.pop("schema_id")

        schema_url = d.pop("schema_url")

        traits = d.pop("traits")
        if traits is None:
            traits = {}
        elif not isinstance(traits, dict):
            raise TypeError(
                f"traits must be a JSON object, not {type(traits).__name__}"
            )

        if d.get("created_at", UNSET) is None:
            del d["created_at"]
        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        if d.get("credentials", UNSET) is None:
            del d["credentials"]
        _credentials = d.pop("credentials", UNSET)
        credentials: IdentityCredentialsMap | Unset
        if isinstance(_credentials, Unset):
            credentials = UNSET
        else:
            credentials = IdentityCredentialsMap.from_dict(_credentials)

        if d.get("external_id", UNSET) is None:
            del d["external_id"]
        external_id = d.pop("external_id", UNSET)

        if d.get("metadata_admin", UNSET) is None:
            del d["metadata_admin"]
        metadata_admin = d.pop("metadata_admin", UNSET)

        if d.get("metadata_public", UNSET) is None:
            del d["metadata_public"]
        metadata_public = d.pop("metadata_public", UNSET)

        def _parse_organization_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        organization_id = _parse_organization_id(d.pop("organization_id", UNSET))

        if d.get("recovery_addresses", UNSET) is None:
            del d["recovery_addresses"]
        _recovery_addresses = d.pop("recovery_addresses", UNSET)
        recovery_addresses: list[RecoveryIdentityAddress] | Unset = UNSET
        if _recovery_addresses is not UNSET:
            recovery_addresses = []
            for recovery_addresses_item_data in _recovery_addresses:
                recovery_addresses_item = RecoveryIdentityAddress.from_dict(
                    recovery_addresses_item_data
                )

                recovery_addresses.append(recovery_addresses_item)

        if d.get("state", UNSET) is None:
            del d["state"]
        _state = d.pop("state", UNSET)
        state: IdentityState | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = check_identity_state(_state)

        def _parse_state_changed_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemasnull_time_type_0 = datetime.datetime.fromisoformat(
                    data
                )

                return componentsschemasnull_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        state_changed_at = _parse_state_changed_at(d.pop("state_changed_at", UNSET))

        if d.get("updated_at", UNSET) is None:
            del d["updated_at"]
        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        if d.get("verifiable_addresses", UNSET) is None:
            del d["verifiable_addresses"]
        _verifiable_addresses = d.pop("verifiable_addresses", UNSET)
        verifiable_addresses: list[VerifiableIdentityAddress] | Unset = UNSET
        if _verifiable_addresses is not UNSET:
            verifiable_addresses = []
            for verifiable_addresses_item_data in _verifiable_addresses:
                verifiable_addresses_item = VerifiableIdentityAddress.from_dict(
                    verifiable_addresses_item_data
                )

                verifiable_addresses.append(verifiable_addresses_item)

        identity = cls(
            id=id,
            schema_id=schema_id,
            schema_url=schema_url,
            traits=traits,
            created_at=created_at,
            credentials=credentials,
            external_id=external_id,
            metadata_admin=metadata_admin,
            metadata_public=metadata_public,
            organization_id=organization_id,
            recovery_addresses=recovery_addresses,
            state=state,
            state_changed_at=state_changed_at,
            updated_at=updated_at,
            verifiable_addresses=verifiable_addresses,
        )

        identity.additional_properties = d
        return identity

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


from ..models.identity_credentials_map import IdentityCredentialsMap
from ..models.recovery_identity_address import RecoveryIdentityAddress
from ..models.verifiable_identity_address import VerifiableIdentityAddress

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.identity_state import IdentityState
from ..types import UNSET, Unset
from . import _model_repr

T = TypeVar("T", bound="Identity")
#: The properties the spec names; any other key of a payload is kept in ``additional_properties``.
_KNOWN_KEYS = frozenset(
    {
        "id",
        "schema_id",
        "schema_url",
        "traits",
        "created_at",
        "credentials",
        "external_id",
        "metadata_admin",
        "metadata_public",
        "organization_id",
        "recovery_addresses",
        "state",
        "state_changed_at",
        "updated_at",
        "verifiable_addresses",
    }
)


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
        _get = src_dict.get
        _iso = datetime.datetime.fromisoformat
        _v: Any
        _missing = 0  # optional properties absent: more keys than the present ones are unknown keys
        id = src_dict["id"]

        schema_id = src_dict["schema_id"]

        schema_url = src_dict["schema_url"]

        traits = src_dict["traits"]
        if traits is None:
            traits = {}
        elif not isinstance(traits, dict):
            raise TypeError(
                f"traits must be a JSON object, not {type(traits).__name__}"
            )

        created_at: datetime.datetime | Unset
        _v = _get("created_at", UNSET)
        if _v is UNSET:
            _missing += 1
            created_at = UNSET
        elif _v is None:
            created_at = UNSET
        else:
            created_at = _iso(_v)

        credentials: IdentityCredentialsMap | Unset
        _v = _get("credentials", UNSET)
        if _v is UNSET:
            _missing += 1
            credentials = UNSET
        elif _v is None:
            credentials = UNSET
        else:
            credentials = IdentityCredentialsMap.from_dict(_v)

        external_id = _get("external_id", UNSET)
        if external_id is UNSET:
            _missing += 1
        elif external_id is None:
            external_id = UNSET

        metadata_admin = _get("metadata_admin", UNSET)
        if metadata_admin is UNSET:
            _missing += 1
        elif metadata_admin is None:
            metadata_admin = UNSET

        metadata_public = _get("metadata_public", UNSET)
        if metadata_public is UNSET:
            _missing += 1
        elif metadata_public is None:
            metadata_public = UNSET

        organization_id = _get("organization_id", UNSET)
        if organization_id is UNSET:
            _missing += 1

        recovery_addresses: list[RecoveryIdentityAddress] | Unset
        _v = _get("recovery_addresses", UNSET)
        if _v is UNSET:
            _missing += 1
            recovery_addresses = UNSET
        elif _v is None:
            recovery_addresses = UNSET
        else:
            recovery_addresses = list(map(RecoveryIdentityAddress.from_dict, _v))

        state = _get("state", UNSET)
        if state is UNSET:
            _missing += 1
        elif state is None:
            state = UNSET

        state_changed_at = _get("state_changed_at", UNSET)
        if state_changed_at is UNSET:
            _missing += 1
        elif isinstance(state_changed_at, str):
            try:
                state_changed_at = _iso(state_changed_at)
            except ValueError:
                pass

        updated_at: datetime.datetime | Unset
        _v = _get("updated_at", UNSET)
        if _v is UNSET:
            _missing += 1
            updated_at = UNSET
        elif _v is None:
            updated_at = UNSET
        else:
            updated_at = _iso(_v)

        verifiable_addresses: list[VerifiableIdentityAddress] | Unset
        _v = _get("verifiable_addresses", UNSET)
        if _v is UNSET:
            _missing += 1
            verifiable_addresses = UNSET
        elif _v is None:
            verifiable_addresses = UNSET
        else:
            verifiable_addresses = list(map(VerifiableIdentityAddress.from_dict, _v))

        identity = cls(
            id,
            schema_id,
            schema_url,
            traits,
            created_at,
            credentials,
            external_id,
            metadata_admin,
            metadata_public,
            organization_id,
            recovery_addresses,
            state,
            state_changed_at,
            updated_at,
            verifiable_addresses,
        )
        if len(src_dict) + _missing > 15:
            identity.additional_properties = {
                _key: _value
                for _key, _value in src_dict.items()
                if _key not in _KNOWN_KEYS
            }
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

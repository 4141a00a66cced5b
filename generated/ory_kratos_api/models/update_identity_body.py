from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_identity_body_state import (
    UpdateIdentityBodyState,
)
from ..types import UNSET, Unset
from . import _model_repr

T = TypeVar("T", bound="UpdateIdentityBody")
#: The properties the spec names; any other key of a payload is kept in ``additional_properties``.
_KNOWN_KEYS = frozenset(
    {
        "schema_id",
        "state",
        "traits",
        "credentials",
        "external_id",
        "metadata_admin",
        "metadata_public",
    }
)


@_attrs_define
class UpdateIdentityBody:
    """
    Attributes:
        schema_id (str):
        state (UpdateIdentityBodyState):
        traits (Any):
        credentials (IdentityWithCredentials | Unset):
        external_id (str | Unset):
        metadata_admin (Any | Unset):
        metadata_public (Any | Unset):
    """

    schema_id: str
    state: UpdateIdentityBodyState
    traits: Any
    credentials: IdentityWithCredentials | Unset = UNSET
    external_id: str | Unset = UNSET
    metadata_admin: Any | Unset = UNSET
    metadata_public: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields, unset ones left out."""
        return _model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        schema_id = self.schema_id

        state: str = self.state

        traits = self.traits

        credentials: dict[str, Any] | Unset = UNSET
        if not isinstance(self.credentials, Unset):
            credentials = self.credentials.to_dict()

        external_id = self.external_id

        metadata_admin = self.metadata_admin

        metadata_public = self.metadata_public

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "schema_id": schema_id,
                "state": state,
                "traits": traits,
            }
        )
        if credentials is not UNSET:
            field_dict["credentials"] = credentials
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if metadata_admin is not UNSET:
            field_dict["metadata_admin"] = metadata_admin
        if metadata_public is not UNSET:
            field_dict["metadata_public"] = metadata_public

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        _v: Any
        _missing = 0  # optional properties absent: more keys than the present ones are unknown keys
        schema_id = src_dict["schema_id"]

        state = src_dict["state"]

        traits = src_dict["traits"]

        credentials: IdentityWithCredentials | Unset
        _v = _get("credentials", UNSET)
        if _v is UNSET:
            _missing += 1
            credentials = UNSET
        elif _v is None:
            credentials = UNSET
        else:
            credentials = IdentityWithCredentials.from_dict(_v)

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

        update_identity_body = cls(
            schema_id,
            state,
            traits,
            credentials,
            external_id,
            metadata_admin,
            metadata_public,
        )
        if len(src_dict) + _missing > 7:
            update_identity_body.additional_properties = {
                _key: _value
                for _key, _value in src_dict.items()
                if _key not in _KNOWN_KEYS
            }
        return update_identity_body

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


from ..models.identity_with_credentials import IdentityWithCredentials

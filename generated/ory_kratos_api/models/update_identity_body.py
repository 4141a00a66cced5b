from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_identity_body_state import (
    UpdateIdentityBodyState,
    check_update_identity_body_state,
)
from ..types import UNSET, Unset
from . import _model_repr

T = TypeVar("T", bound="UpdateIdentityBody")


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
        d = dict(src_dict)
        schema_id = d.pop("schema_id")

        state = check_update_identity_body_state(d.pop("state"))

        traits = d.pop("traits")

        if d.get("credentials", UNSET) is None:
            del d["credentials"]
        _credentials = d.pop("credentials", UNSET)
        credentials: IdentityWithCredentials | Unset
        if isinstance(_credentials, Unset):
            credentials = UNSET
        else:
            credentials = IdentityWithCredentials.from_dict(_credentials)

        if d.get("external_id", UNSET) is None:
            del d["external_id"]
        external_id = d.pop("external_id", UNSET)

        if d.get("metadata_admin", UNSET) is None:
            del d["metadata_admin"]
        metadata_admin = d.pop("metadata_admin", UNSET)

        if d.get("metadata_public", UNSET) is None:
            del d["metadata_public"]
        metadata_public = d.pop("metadata_public", UNSET)

        update_identity_body = cls(
            schema_id=schema_id,
            state=state,
            traits=traits,
            credentials=credentials,
            external_id=external_id,
            metadata_admin=metadata_admin,
            metadata_public=metadata_public,
        )

        update_identity_body.additional_properties = d
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

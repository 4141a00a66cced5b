from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from . import _model_repr

T = TypeVar("T", bound="IdentityPatch")
#: The properties the spec names; any other key of a payload is kept in ``additional_properties``.
_KNOWN_KEYS = frozenset(
    {
        "create",
        "patch_id",
    }
)


@_attrs_define
class IdentityPatch:
    """
    Attributes:
        create (CreateIdentityBody | Unset):
        patch_id (str | Unset):
    """

    create: CreateIdentityBody | Unset = UNSET
    patch_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields, unset ones left out."""
        return _model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        create: dict[str, Any] | Unset = UNSET
        if not isinstance(self.create, Unset):
            create = self.create.to_dict()

        patch_id = self.patch_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if create is not UNSET:
            field_dict["create"] = create
        if patch_id is not UNSET:
            field_dict["patch_id"] = patch_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        _v: Any
        _missing = 0  # optional properties absent: more keys than the present ones are unknown keys
        create: CreateIdentityBody | Unset
        _v = _get("create", UNSET)
        if _v is UNSET:
            _missing += 1
            create = UNSET
        elif _v is None:
            create = UNSET
        else:
            create = CreateIdentityBody.from_dict(_v)

        patch_id = _get("patch_id", UNSET)
        if patch_id is UNSET:
            _missing += 1
        elif patch_id is None:
            patch_id = UNSET

        identity_patch = cls(
            create,
            patch_id,
        )
        if len(src_dict) + _missing > 2:
            identity_patch.additional_properties = {
                _key: _value
                for _key, _value in src_dict.items()
                if _key not in _KNOWN_KEYS
            }
        return identity_patch

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


from ..models.create_identity_body import CreateIdentityBody

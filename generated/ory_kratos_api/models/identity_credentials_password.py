from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from . import _model_repr

T = TypeVar("T", bound="IdentityCredentialsPassword")
#: The properties the spec names; any other key of a payload is kept in ``additional_properties``.
_KNOWN_KEYS = frozenset(
    {
        "hashed_password",
        "use_password_migration_hook",
    }
)


@_attrs_define
class IdentityCredentialsPassword:
    """
    Attributes:
        hashed_password (str | Unset):
        use_password_migration_hook (bool | Unset):
    """

    hashed_password: str | Unset = UNSET
    use_password_migration_hook: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields, unset ones left out; those that carry credentials are hidden."""
        return _model_repr(self, {"hashed_password"})

    def to_dict(self) -> dict[str, Any]:
        hashed_password = self.hashed_password

        use_password_migration_hook = self.use_password_migration_hook

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if hashed_password is not UNSET:
            field_dict["hashed_password"] = hashed_password
        if use_password_migration_hook is not UNSET:
            field_dict["use_password_migration_hook"] = use_password_migration_hook

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        _v: Any
        _missing = 0  # optional properties absent: more keys than the present ones are unknown keys
        hashed_password = _get("hashed_password", UNSET)
        if hashed_password is UNSET:
            _missing += 1
        elif hashed_password is None:
            hashed_password = UNSET

        use_password_migration_hook = _get("use_password_migration_hook", UNSET)
        if use_password_migration_hook is UNSET:
            _missing += 1
        elif use_password_migration_hook is None:
            use_password_migration_hook = UNSET

        identity_credentials_password = cls(
            hashed_password,
            use_password_migration_hook,
        )
        if len(src_dict) + _missing > 2:
            identity_credentials_password.additional_properties = {
                _key: _value
                for _key, _value in src_dict.items()
                if _key not in _KNOWN_KEYS
            }
        return identity_credentials_password

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from . import _model_repr

T = TypeVar("T", bound="LogoutFlow")
#: The properties the spec names; any other key of a payload is kept in ``additional_properties``.
_KNOWN_KEYS = frozenset(
    {
        "logout_token",
        "logout_url",
    }
)


@_attrs_define
class LogoutFlow:
    """What a browser needs to log out: the URL to visit and its token.

    Attributes:
        logout_token (str):
        logout_url (str):
    """

    logout_token: str
    logout_url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields, unset ones left out; those that carry credentials are hidden."""
        return _model_repr(self, {"logout_token", "logout_url"})

    def to_dict(self) -> dict[str, Any]:
        logout_token = self.logout_token

        logout_url = self.logout_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "logout_token": logout_token,
                "logout_url": logout_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _v: Any
        logout_token = src_dict["logout_token"]

        logout_url = src_dict["logout_url"]

        logout_flow = cls(
            logout_token,
            logout_url,
        )
        if len(src_dict) > 2:
            logout_flow.additional_properties = {
                _key: _value
                for _key, _value in src_dict.items()
                if _key not in _KNOWN_KEYS
            }
        return logout_flow

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

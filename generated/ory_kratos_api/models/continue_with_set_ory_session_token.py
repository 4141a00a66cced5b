from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.continue_with_set_ory_session_token_action import (
    ContinueWithSetOrySessionTokenAction,
    check_continue_with_set_ory_session_token_action,
)
from . import _model_repr

T = TypeVar("T", bound="ContinueWithSetOrySessionToken")
#: The properties the spec names; any other key of a payload is kept in ``additional_properties``.
_KNOWN_KEYS = frozenset(
    {
        "action",
        "ory_session_token",
    }
)


@_attrs_define
class ContinueWithSetOrySessionToken:
    """
    Attributes:
        action (ContinueWithSetOrySessionTokenAction):
        ory_session_token (str):
    """

    action: ContinueWithSetOrySessionTokenAction
    ory_session_token: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields, unset ones left out; those that carry credentials are hidden."""
        return _model_repr(self, {"ory_session_token"})

    def to_dict(self) -> dict[str, Any]:
        action: str = self.action

        ory_session_token = self.ory_session_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
                "ory_session_token": ory_session_token,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _v: Any
        action = check_continue_with_set_ory_session_token_action(src_dict["action"])

        ory_session_token = src_dict["ory_session_token"]

        continue_with_set_ory_session_token = cls(
            action,
            ory_session_token,
        )
        if len(src_dict) > 2:
            continue_with_set_ory_session_token.additional_properties = {
                _key: _value
                for _key, _value in src_dict.items()
                if _key not in _KNOWN_KEYS
            }
        return continue_with_set_ory_session_token

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

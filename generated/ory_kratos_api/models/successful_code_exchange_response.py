from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from . import _model_repr

T = TypeVar("T", bound="SuccessfulCodeExchangeResponse")
#: The properties the spec names; any other key of a payload is kept in ``additional_properties``.
_KNOWN_KEYS = frozenset(
    {
        "session",
        "session_token",
    }
)


@_attrs_define
class SuccessfulCodeExchangeResponse:
    """
    Attributes:
        session (Session): A signed-in state for an identity: how and when it authenticated, and until when it is valid.
        session_token (str | Unset):
    """

    session: Session
    session_token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields, unset ones left out; those that carry credentials are hidden."""
        return _model_repr(self, {"session_token"})

    def to_dict(self) -> dict[str, Any]:
        session = self.session.to_dict()

        session_token = self.session_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "session": session,
            }
        )
        if session_token is not UNSET:
            field_dict["session_token"] = session_token

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        _v: Any
        _missing = 0  # optional properties absent: more keys than the present ones are unknown keys
        _v = src_dict["session"]
        session = Session.from_dict(_v)

        session_token = _get("session_token", UNSET)
        if session_token is UNSET:
            _missing += 1
        elif session_token is None:
            session_token = UNSET

        successful_code_exchange_response = cls(
            session,
            session_token,
        )
        if len(src_dict) + _missing > 2:
            successful_code_exchange_response.additional_properties = {
                _key: _value
                for _key, _value in src_dict.items()
                if _key not in _KNOWN_KEYS
            }
        return successful_code_exchange_response

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


from ..models.session import Session

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from . import _model_repr

T = TypeVar("T", bound="GenericError")
#: The properties the spec names; any other key of a payload is kept in ``additional_properties``.
_KNOWN_KEYS = frozenset(
    {
        "message",
        "code",
        "debug",
        "details",
        "id",
        "reason",
        "request",
        "status",
    }
)


@_attrs_define
class GenericError:
    """An error: id (stable, machine-readable), code, status, reason, message, details.

    Attributes:
        message (str):  Example: The resource could not be found.
        code (int | Unset):  Example: 404.
        debug (str | Unset):  Example: SQL field "foo" is not a bool..
        details (Any | Unset):
        id (str | Unset):
        reason (str | Unset):  Example: User with ID 1234 does not exist..
        request (str | Unset):  Example: d7ef54b1-ec15-46e6-bccb-524b82c035e6.
        status (str | Unset):  Example: Not Found.
    """

    message: str
    code: int | Unset = UNSET
    debug: str | Unset = UNSET
    details: Any | Unset = UNSET
    id: str | Unset = UNSET
    reason: str | Unset = UNSET
    request: str | Unset = UNSET
    status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields, unset ones left out."""
        return _model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        code = self.code

        debug = self.debug

        details = self.details

        id = self.id

        reason = self.reason

        request = self.request

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
            }
        )
        if code is not UNSET:
            field_dict["code"] = code
        if debug is not UNSET:
            field_dict["debug"] = debug
        if details is not UNSET:
            field_dict["details"] = details
        if id is not UNSET:
            field_dict["id"] = id
        if reason is not UNSET:
            field_dict["reason"] = reason
        if request is not UNSET:
            field_dict["request"] = request
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        _v: Any
        _missing = 0  # optional properties absent: more keys than the present ones are unknown keys
        message = src_dict["message"]

        code = _get("code", UNSET)
        if code is UNSET:
            _missing += 1
        elif code is None:
            code = UNSET

        debug = _get("debug", UNSET)
        if debug is UNSET:
            _missing += 1
        elif debug is None:
            debug = UNSET

        details = _get("details", UNSET)
        if details is UNSET:
            _missing += 1
        elif details is None:
            details = UNSET

        id = _get("id", UNSET)
        if id is UNSET:
            _missing += 1
        elif id is None:
            id = UNSET

        reason = _get("reason", UNSET)
        if reason is UNSET:
            _missing += 1
        elif reason is None:
            reason = UNSET

        request = _get("request", UNSET)
        if request is UNSET:
            _missing += 1
        elif request is None:
            request = UNSET

        status = _get("status", UNSET)
        if status is UNSET:
            _missing += 1
        elif status is None:
            status = UNSET

        generic_error = cls(
            message,
            code,
            debug,
            details,
            id,
            reason,
            request,
            status,
        )
        if len(src_dict) + _missing > 8:
            generic_error.additional_properties = {
                _key: _value
                for _key, _value in src_dict.items()
                if _key not in _KNOWN_KEYS
            }
        return generic_error

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

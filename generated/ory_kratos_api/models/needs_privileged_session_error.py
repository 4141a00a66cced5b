from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from . import _model_repr

T = TypeVar("T", bound="NeedsPrivilegedSessionError")
#: The properties the spec names; any other key of a payload is kept in ``additional_properties``.
_KNOWN_KEYS = frozenset(
    {
        "redirect_browser_to",
        "error",
    }
)


@_attrs_define
class NeedsPrivilegedSessionError:
    """
    Attributes:
        redirect_browser_to (str):
        error (GenericError | Unset): An error: id (stable, machine-readable), code, status, reason, message, details.
    """

    redirect_browser_to: str
    error: GenericError | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields, unset ones left out."""
        return _model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        redirect_browser_to = self.redirect_browser_to

        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "redirect_browser_to": redirect_browser_to,
            }
        )
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        _v: Any
        _missing = 0  # optional properties absent: more keys than the present ones are unknown keys
        redirect_browser_to = src_dict["redirect_browser_to"]

        error: GenericError | Unset
        _v = _get("error", UNSET)
        if _v is UNSET:
            _missing += 1
            error = UNSET
        elif _v is None:
            error = UNSET
        else:
            error = GenericError.from_dict(_v)

        needs_privileged_session_error = cls(
            redirect_browser_to,
            error,
        )
        if len(src_dict) + _missing > 2:
            needs_privileged_session_error.additional_properties = {
                _key: _value
                for _key, _value in src_dict.items()
                if _key not in _KNOWN_KEYS
            }
        return needs_privileged_session_error

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


from ..models.generic_error import GenericError

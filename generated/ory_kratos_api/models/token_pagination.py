from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from . import _model_repr

T = TypeVar("T", bound="TokenPagination")
#: The properties the spec names; any other key of a payload is kept in ``additional_properties``.
_KNOWN_KEYS = frozenset(
    {
        "page_size",
        "page_token",
    }
)


@_attrs_define
class TokenPagination:
    """
    Attributes:
        page_size (int | Unset):  Default: 250.
        page_token (str | Unset):
    """

    page_size: int | Unset = 250
    page_token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields, unset ones left out."""
        return _model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        page_size = self.page_size

        page_token = self.page_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if page_size is not UNSET:
            field_dict["page_size"] = page_size
        if page_token is not UNSET:
            field_dict["page_token"] = page_token

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        _v: Any
        _missing = 0  # optional properties absent: more keys than the present ones are unknown keys
        page_size = _get("page_size", UNSET)
        if page_size is UNSET:
            _missing += 1
        elif page_size is None:
            page_size = UNSET

        page_token = _get("page_token", UNSET)
        if page_token is UNSET:
            _missing += 1
        elif page_token is None:
            page_token = UNSET

        token_pagination = cls(
            page_size,
            page_token,
        )
        if len(src_dict) + _missing > 2:
            token_pagination.additional_properties = {
                _key: _value
                for _key, _value in src_dict.items()
                if _key not in _KNOWN_KEYS
            }
        return token_pagination

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

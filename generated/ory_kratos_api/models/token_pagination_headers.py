from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from . import _model_repr

T = TypeVar("T", bound="TokenPaginationHeaders")
#: The properties the spec names; any other key of a payload is kept in ``additional_properties``.
_KNOWN_KEYS = frozenset(
    {
        "link",
        "x-total-count",
    }
)


@_attrs_define
class TokenPaginationHeaders:
    """
    Attributes:
        link (str | Unset):
        x_total_count (str | Unset):
    """

    link: str | Unset = UNSET
    x_total_count: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields, unset ones left out."""
        return _model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        link = self.link

        x_total_count = self.x_total_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if link is not UNSET:
            field_dict["link"] = link
        if x_total_count is not UNSET:
            field_dict["x-total-count"] = x_total_count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        _v: Any
        _missing = 0  # optional properties absent: more keys than the present ones are unknown keys
        link = _get("link", UNSET)
        if link is UNSET:
            _missing += 1
        elif link is None:
            link = UNSET

        x_total_count = _get("x-total-count", UNSET)
        if x_total_count is UNSET:
            _missing += 1
        elif x_total_count is None:
            x_total_count = UNSET

        token_pagination_headers = cls(
            link,
            x_total_count,
        )
        if len(src_dict) + _missing > 2:
            token_pagination_headers.additional_properties = {
                _key: _value
                for _key, _value in src_dict.items()
                if _key not in _KNOWN_KEYS
            }
        return token_pagination_headers

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

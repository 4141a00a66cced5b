from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ui_node_anchor_attributes_node_type import (
    UiNodeAnchorAttributesNodeType,
    check_ui_node_anchor_attributes_node_type,
)
from . import _model_repr

T = TypeVar("T", bound="UiNodeAnchorAttributes")
#: The properties the spec names; any other key of a payload is kept in ``additional_properties``.
_KNOWN_KEYS = frozenset(
    {
        "href",
        "id",
        "node_type",
        "title",
    }
)


@_attrs_define
class UiNodeAnchorAttributes:
    """
    Attributes:
        href (str):
        id (str):
        node_type (UiNodeAnchorAttributesNodeType):
        title (None | UiText):
    """

    href: str
    id: str
    node_type: UiNodeAnchorAttributesNodeType
    title: None | UiText
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields, unset ones left out."""
        return _model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        href = self.href

        id = self.id

        node_type: str = self.node_type

        title: dict[str, Any] | None
        if isinstance(self.title, UiText):
            title = self.title.to_dict()
        else:
            title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "href": href,
                "id": id,
                "node_type": node_type,
                "title": title,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _v: Any
        href = src_dict["href"]

        id = src_dict["id"]

        node_type = check_ui_node_anchor_attributes_node_type(src_dict["node_type"])

        def _parse_title(data: object) -> None | UiText:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                title_type_0 = UiText.from_dict(data)

                return title_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UiText, data)

        title = _parse_title(src_dict["title"])

        ui_node_anchor_attributes = cls(
            href,
            id,
            node_type,
            title,
        )
        if len(src_dict) > 4:
            ui_node_anchor_attributes.additional_properties = {
                _key: _value
                for _key, _value in src_dict.items()
                if _key not in _KNOWN_KEYS
            }
        return ui_node_anchor_attributes

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


from ..models.ui_text import UiText

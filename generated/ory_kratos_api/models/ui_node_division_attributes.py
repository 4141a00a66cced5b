from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ui_node_division_attributes_node_type import (
    UiNodeDivisionAttributesNodeType,
    check_ui_node_division_attributes_node_type,
)
from ..types import UNSET, Unset
from . import _model_repr

T = TypeVar("T", bound="UiNodeDivisionAttributes")
#: The properties the spec names; any other key of a payload is kept in ``additional_properties``.
_KNOWN_KEYS = frozenset(
    {
        "id",
        "node_type",
        "class",
        "data",
    }
)


@_attrs_define
class UiNodeDivisionAttributes:
    """
    Attributes:
        id (str):
        node_type (UiNodeDivisionAttributesNodeType):
        class_ (str | Unset):
        data (UiNodeDivisionAttributesData | Unset):
    """

    id: str
    node_type: UiNodeDivisionAttributesNodeType
    class_: str | Unset = UNSET
    data: UiNodeDivisionAttributesData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields, unset ones left out."""
        return _model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        node_type: str = self.node_type

        class_ = self.class_

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "node_type": node_type,
            }
        )
        if class_ is not UNSET:
            field_dict["class"] = class_
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        _v: Any
        _missing = 0  # optional properties absent: more keys than the present ones are unknown keys
        id = src_dict["id"]

        node_type = check_ui_node_division_attributes_node_type(src_dict["node_type"])

        class_ = _get("class", UNSET)
        if class_ is UNSET:
            _missing += 1
        elif class_ is None:
            class_ = UNSET

        data: UiNodeDivisionAttributesData | Unset
        _v = _get("data", UNSET)
        if _v is UNSET:
            _missing += 1
            data = UNSET
        elif _v is None:
            data = UNSET
        else:
            data = UiNodeDivisionAttributesData.from_dict(_v)

        ui_node_division_attributes = cls(
            id,
            node_type,
            class_,
            data,
        )
        if len(src_dict) + _missing > 4:
            ui_node_division_attributes.additional_properties = {
                _key: _value
                for _key, _value in src_dict.items()
                if _key not in _KNOWN_KEYS
            }
        return ui_node_division_attributes

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


from ..models.ui_node_division_attributes_data import UiNodeDivisionAttributesData

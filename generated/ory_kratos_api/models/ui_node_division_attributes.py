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
        d = dict(src_dict)
        id = d.pop("id")

        node_type = check_ui_node_division_attributes_node_type(d.pop("node_type"))

        if d.get("class", UNSET) is None:
            del d["class"]
        class_ = d.pop("class", UNSET)

        if d.get("data", UNSET) is None:
            del d["data"]
        _data = d.pop("data", UNSET)
        data: UiNodeDivisionAttributesData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = UiNodeDivisionAttributesData.from_dict(_data)

        ui_node_division_attributes = cls(
            id=id,
            node_type=node_type,
            class_=class_,
            data=data,
        )

        ui_node_division_attributes.additional_properties = d
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

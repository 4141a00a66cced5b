from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from . import _model_repr

T = TypeVar("T", bound="UiContainer")


@_attrs_define
class UiContainer:
    """The form to render: action URL, method, messages and input nodes.

    Attributes:
        action (str):
        method (str):
        nodes (list[UiNode] | None):
        messages (list[UiText] | Unset):
    """

    action: str
    method: str
    nodes: list[UiNode] | None
    messages: list[UiText] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields, unset ones left out."""
        return _model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        action = self.action

        method = self.method

        nodes: list[dict[str, Any]] | None
        if isinstance(self.nodes, list):
            nodes = []
            for componentsschemasui_nodes_type_0_item_data in self.nodes:
                componentsschemasui_nodes_type_0_item = (
                    componentsschemasui_nodes_type_0_item_data.to_dict()
                )
                nodes.append(componentsschemasui_nodes_type_0_item)

        else:
            nodes = self.nodes

        messages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.messages, Unset):
            messages = []
            for componentsschemasui_texts_item_data in self.messages:
                componentsschemasui_texts_item = (
                    componentsschemasui_texts_item_data.to_dict()
                )
                messages.append(componentsschemasui_texts_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
                "method": method,
                "nodes": nodes,
            }
        )
        if messages is not UNSET:
            field_dict["messages"] = messages

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        action = d.pop("action")

        method = d.pop("method")

        def _parse_nodes(data: object) -> list[UiNode] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemasui_nodes_type_0 = []
                _componentsschemasui_nodes_type_0 = data
                for (
                    componentsschemasui_nodes_type_0_item_data
                ) in _componentsschemasui_nodes_type_0:
                    componentsschemasui_nodes_type_0_item = UiNode.from_dict(
                        componentsschemasui_nodes_type_0_item_data
                    )

                    componentsschemasui_nodes_type_0.append(
                        componentsschemasui_nodes_type_0_item
                    )

                return componentsschemasui_nodes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[UiNode] | None, data)

        nodes = _parse_nodes(d.pop("nodes"))

        if d.get("messages", UNSET) is None:
            del d["messages"]
        _messages = d.pop("messages", UNSET)
        messages: list[UiText] | Unset = UNSET
        if _messages is not UNSET:
            messages = []
            for componentsschemasui_texts_item_data in _messages:
                componentsschemasui_texts_item = UiText.from_dict(
                    componentsschemasui_texts_item_data
                )

                messages.append(componentsschemasui_texts_item)

        ui_container = cls(
            action=action,
            method=method,
            nodes=nodes,
            messages=messages,
        )

        ui_container.additional_properties = d
        return ui_container

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


from ..models.ui_node import UiNode
from ..models.ui_text import UiText

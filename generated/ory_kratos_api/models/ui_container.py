from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from . import _model_repr

T = TypeVar("T", bound="UiContainer")
#: The properties the spec names; any other key of a payload is kept in ``additional_properties``.
_KNOWN_KEYS = frozenset(
    {
        "action",
        "method",
        "nodes",
        "messages",
    }
)


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
        _get = src_dict.get
        _v: Any
        _missing = 0  # optional properties absent: more keys than the present ones are unknown keys
        action = src_dict["action"]

        method = src_dict["method"]

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

        nodes = _parse_nodes(src_dict["nodes"])

        messages: list[UiText] | Unset
        _v = _get("messages", UNSET)
        if _v is UNSET:
            _missing += 1
            messages = UNSET
        elif _v is None:
            messages = UNSET
        else:
            messages = list(map(UiText.from_dict, _v))

        ui_container = cls(
            action,
            method,
            nodes,
            messages,
        )
        if len(src_dict) + _missing > 4:
            ui_container.additional_properties = {
                _key: _value
                for _key, _value in src_dict.items()
                if _key not in _KNOWN_KEYS
            }
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

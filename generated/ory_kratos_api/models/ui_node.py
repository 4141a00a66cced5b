from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ui_node_group import UiNodeGroup
from ..models.ui_node_type import UiNodeType
from . import _model_repr

T = TypeVar("T", bound="UiNode")
#: The properties the spec names; any other key of a payload is kept in ``additional_properties``.
_KNOWN_KEYS = frozenset(
    {
        "attributes",
        "group",
        "messages",
        "meta",
        "type",
    }
)


@_attrs_define
class UiNode:
    """One element of a flow's form: input, text, image, anchor, script or div.

    Attributes:
        attributes (UiNodeAnchorAttributes | UiNodeDivisionAttributes | UiNodeImageAttributes | UiNodeInputAttributes |
            UiNodeScriptAttributes | UiNodeTextAttributes | UiNodeUnknownAttributes):
        group (UiNodeGroup):
        messages (list[UiText]):
        meta (UiNodeMeta):
        type_ (UiNodeType):
    """

    attributes: (
        UiNodeAnchorAttributes
        | UiNodeDivisionAttributes
        | UiNodeImageAttributes
        | UiNodeInputAttributes
        | UiNodeScriptAttributes
        | UiNodeTextAttributes
        | UiNodeUnknownAttributes
    )
    group: UiNodeGroup
    messages: list[UiText]
    meta: UiNodeMeta
    type_: UiNodeType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields, unset ones left out."""
        return _model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        attributes: dict[str, Any]
        if (
            isinstance(self.attributes, UiNodeInputAttributes)
            or isinstance(self.attributes, UiNodeTextAttributes)
            or isinstance(self.attributes, UiNodeImageAttributes)
            or isinstance(self.attributes, UiNodeAnchorAttributes)
            or isinstance(self.attributes, UiNodeScriptAttributes)
            or isinstance(self.attributes, UiNodeDivisionAttributes)
        ):
            attributes = self.attributes.to_dict()
        else:
            attributes = self.attributes.to_dict()

        group: str = self.group

        messages = []
        for componentsschemasui_texts_item_data in self.messages:
            componentsschemasui_texts_item = (
                componentsschemasui_texts_item_data.to_dict()
            )
            messages.append(componentsschemasui_texts_item)

        meta = self.meta.to_dict()

        type_: str = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "attributes": attributes,
                "group": group,
                "messages": messages,
                "meta": meta,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _v: Any

        def _parse_attributes(
            data: object,
        ) -> (
            UiNodeAnchorAttributes
            | UiNodeDivisionAttributes
            | UiNodeImageAttributes
            | UiNodeInputAttributes
            | UiNodeScriptAttributes
            | UiNodeTextAttributes
            | UiNodeUnknownAttributes
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemasui_node_attributes_type_0 = (
                    UiNodeInputAttributes.from_dict(data)
                )

                return componentsschemasui_node_attributes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemasui_node_attributes_type_1 = (
                    UiNodeTextAttributes.from_dict(data)
                )

                return componentsschemasui_node_attributes_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemasui_node_attributes_type_2 = (
                    UiNodeImageAttributes.from_dict(data)
                )

                return componentsschemasui_node_attributes_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemasui_node_attributes_type_3 = (
                    UiNodeAnchorAttributes.from_dict(data)
                )

                return componentsschemasui_node_attributes_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemasui_node_attributes_type_4 = (
                    UiNodeScriptAttributes.from_dict(data)
                )

                return componentsschemasui_node_attributes_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemasui_node_attributes_type_5 = (
                    UiNodeDivisionAttributes.from_dict(data)
                )

                return componentsschemasui_node_attributes_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemasui_node_attributes_type_6 = (
                UiNodeUnknownAttributes.from_dict(data)
            )

            return componentsschemasui_node_attributes_type_6

        attributes = _parse_attributes(src_dict["attributes"])

        group = src_dict["group"]

        _v = src_dict["messages"]
        messages = list(map(UiText.from_dict, _v))

        _v = src_dict["meta"]
        meta = UiNodeMeta.from_dict(_v)

        type_ = src_dict["type"]

        ui_node = cls(
            attributes,
            group,
            messages,
            meta,
            type_,
        )
        if len(src_dict) > 5:
            ui_node.additional_properties = {
                _key: _value
                for _key, _value in src_dict.items()
                if _key not in _KNOWN_KEYS
            }
        return ui_node

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


from ..models.ui_node_anchor_attributes import UiNodeAnchorAttributes
from ..models.ui_node_division_attributes import UiNodeDivisionAttributes
from ..models.ui_node_image_attributes import UiNodeImageAttributes
from ..models.ui_node_input_attributes import UiNodeInputAttributes
from ..models.ui_node_meta import UiNodeMeta
from ..models.ui_node_script_attributes import UiNodeScriptAttributes
from ..models.ui_node_text_attributes import UiNodeTextAttributes
from ..models.ui_node_unknown_attributes import UiNodeUnknownAttributes
from ..models.ui_text import UiText

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ui_node_script_attributes_node_type import (
    UiNodeScriptAttributesNodeType,
    check_ui_node_script_attributes_node_type,
)
from ..types import UNSET, Unset
from . import _model_repr

T = TypeVar("T", bound="UiNodeScriptAttributes")
#: The properties the spec names; any other key of a payload is kept in ``additional_properties``.
_KNOWN_KEYS = frozenset(
    {
        "async",
        "crossorigin",
        "id",
        "integrity",
        "node_type",
        "referrerpolicy",
        "type",
        "nonce",
        "src",
    }
)


@_attrs_define
class UiNodeScriptAttributes:
    """
    Attributes:
        async_ (bool):
        crossorigin (str):
        id (str):
        integrity (str):
        node_type (UiNodeScriptAttributesNodeType):
        referrerpolicy (str):
        type_ (str):
        nonce (str | Unset):
        src (str | Unset):
    """

    async_: bool
    crossorigin: str
    id: str
    integrity: str
    node_type: UiNodeScriptAttributesNodeType
    referrerpolicy: str
    type_: str
    nonce: str | Unset = UNSET
    src: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields, unset ones left out."""
        return _model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        async_ = self.async_

        crossorigin = self.crossorigin

        id = self.id

        integrity = self.integrity

        node_type: str = self.node_type

        referrerpolicy = self.referrerpolicy

        type_ = self.type_

        nonce = self.nonce

        src = self.src

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "async": async_,
                "crossorigin": crossorigin,
                "id": id,
                "integrity": integrity,
                "node_type": node_type,
                "referrerpolicy": referrerpolicy,
                "type": type_,
            }
        )
        if nonce is not UNSET:
            field_dict["nonce"] = nonce
        if src is not UNSET:
            field_dict["src"] = src

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        _v: Any
        _missing = 0  # optional properties absent: more keys than the present ones are unknown keys
        async_ = src_dict["async"]

        crossorigin = src_dict["crossorigin"]

        id = src_dict["id"]

        integrity = src_dict["integrity"]

        node_type = check_ui_node_script_attributes_node_type(src_dict["node_type"])

        referrerpolicy = src_dict["referrerpolicy"]

        type_ = src_dict["type"]

        nonce = _get("nonce", UNSET)
        if nonce is UNSET:
            _missing += 1
        elif nonce is None:
            nonce = UNSET

        src = _get("src", UNSET)
        if src is UNSET:
            _missing += 1
        elif src is None:
            src = UNSET

        ui_node_script_attributes = cls(
            async_,
            crossorigin,
            id,
            integrity,
            node_type,
            referrerpolicy,
            type_,
            nonce,
            src,
        )
        if len(src_dict) + _missing > 9:
            ui_node_script_attributes.additional_properties = {
                _key: _value
                for _key, _value in src_dict.items()
                if _key not in _KNOWN_KEYS
            }
        return ui_node_script_attributes

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

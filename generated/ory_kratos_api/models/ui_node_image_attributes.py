from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ui_node_image_attributes_node_type import (
    UiNodeImageAttributesNodeType,
    check_ui_node_image_attributes_node_type,
)
from . import _model_repr

T = TypeVar("T", bound="UiNodeImageAttributes")
#: The properties the spec names; any other key of a payload is kept in ``additional_properties``.
_KNOWN_KEYS = frozenset(
    {
        "height",
        "id",
        "node_type",
        "src",
        "width",
    }
)


@_attrs_define
class UiNodeImageAttributes:
    """
    Attributes:
        height (int):
        id (str):
        node_type (UiNodeImageAttributesNodeType):
        src (str):
        width (int):
    """

    height: int
    id: str
    node_type: UiNodeImageAttributesNodeType
    src: str
    width: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields, unset ones left out; ``src`` is hidden for the TOTP QR code (``totp_qr``, a data URL
        of the otpauth URL with the secret) and for any data URL."""
        return _model_repr(
            self,
            {"src"} if self.id == "totp_qr" or self.src.startswith("data:") else (),
        )

    def to_dict(self) -> dict[str, Any]:
        height = self.height

        id = self.id

        node_type: str = self.node_type

        src = self.src

        width = self.width

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "height": height,
                "id": id,
                "node_type": node_type,
                "src": src,
                "width": width,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _v: Any
        height = src_dict["height"]

        id = src_dict["id"]

        node_type = check_ui_node_image_attributes_node_type(src_dict["node_type"])

        src = src_dict["src"]

        width = src_dict["width"]

        ui_node_image_attributes = cls(
            height,
            id,
            node_type,
            src,
            width,
        )
        if len(src_dict) > 5:
            ui_node_image_attributes.additional_properties = {
                _key: _value
                for _key, _value in src_dict.items()
                if _key not in _KNOWN_KEYS
            }
        return ui_node_image_attributes

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ui_node_text_attributes_node_type import (
    UiNodeTextAttributesNodeType,
    check_ui_node_text_attributes_node_type,
)
from . import _model_repr

T = TypeVar("T", bound="UiNodeTextAttributes")
#: The properties the spec names; any other key of a payload is kept in ``additional_properties``.
_KNOWN_KEYS = frozenset(
    {
        "id",
        "node_type",
        "text",
    }
)


@_attrs_define
class UiNodeTextAttributes:
    """
    Attributes:
        id (str):
        node_type (UiNodeTextAttributesNodeType):
        text (None | UiText):
    """

    id: str
    node_type: UiNodeTextAttributesNodeType
    text: None | UiText
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields, unset ones left out; for the nodes that show a secret, the TOTP key (``totp_secret_key``)
        and the lookup codes (``lookup_secret_codes``), the text's ``text`` and ``context`` are hidden whatever
        the message id."""
        if "secret" not in self.id or self.text is None:
            return _model_repr(self)
        return _model_repr(
            self, shown={"text": _model_repr(self.text, {"text", "context"})}
        )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        node_type: str = self.node_type

        text: dict[str, Any] | None
        if isinstance(self.text, UiText):
            text = self.text.to_dict()
        else:
            text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "node_type": node_type,
                "text": text,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _v: Any
        id = src_dict["id"]

        node_type = check_ui_node_text_attributes_node_type(src_dict["node_type"])

        def _parse_text(data: object) -> None | UiText:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                text_type_0 = UiText.from_dict(data)

                return text_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UiText, data)

        text = _parse_text(src_dict["text"])

        ui_node_text_attributes = cls(
            id,
            node_type,
            text,
        )
        if len(src_dict) > 3:
            ui_node_text_attributes.additional_properties = {
                _key: _value
                for _key, _value in src_dict.items()
                if _key not in _KNOWN_KEYS
            }
        return ui_node_text_attributes

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ui_text_type import UiTextType
from ..types import UNSET, Unset
from . import _model_repr

T = TypeVar("T", bound="UiText")
#: The properties the spec names; any other key of a payload is kept in ``additional_properties``.
_KNOWN_KEYS = frozenset(
    {
        "id",
        "text",
        "type",
        "context",
    }
)


@_attrs_define
class UiText:
    """A message with a stable numeric id (use it to translate) and a type: info, error or success.

    Attributes:
        id (int):
        text (str):
        type_ (UiTextType):
        context (Any | Unset):
    """

    id: int
    text: str
    type_: UiTextType
    context: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields, unset ones left out; ``text`` and ``context`` are hidden for the messages that carry a
        secret: 1050006 (the TOTP key), 1050009 (a lookup code), 1050015 (the list of lookup codes), and any
        whose context has a ``secret`` or ``secrets`` entry."""
        secret = self.id in (1050006, 1050009, 1050015) or (
            isinstance(self.context, Mapping)
            and ("secret" in self.context or "secrets" in self.context)
        )
        return _model_repr(self, {"text", "context"} if secret else ())

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        text = self.text

        type_: str = self.type_

        context = self.context

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "text": text,
                "type": type_,
            }
        )
        if context is not UNSET:
            field_dict["context"] = context

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        _v: Any
        _missing = 0  # optional properties absent: more keys than the present ones are unknown keys
        id = src_dict["id"]

        text = src_dict["text"]

        type_ = src_dict["type"]

        context = _get("context", UNSET)
        if context is UNSET:
            _missing += 1
        elif context is None:
            context = UNSET

        ui_text = cls(
            id,
            text,
            type_,
            context,
        )
        if len(src_dict) + _missing > 4:
            ui_text.additional_properties = {
                _key: _value
                for _key, _value in src_dict.items()
                if _key not in _KNOWN_KEYS
            }
        return ui_text

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ui_node_input_attributes_autocomplete import (
    UiNodeInputAttributesAutocomplete,
)
from ..models.ui_node_input_attributes_node_type import (
    UiNodeInputAttributesNodeType,
    check_ui_node_input_attributes_node_type,
)
from ..models.ui_node_input_attributes_onclick_trigger import (
    UiNodeInputAttributesOnclickTrigger,
)
from ..models.ui_node_input_attributes_onload_trigger import (
    UiNodeInputAttributesOnloadTrigger,
)
from ..models.ui_node_input_attributes_type import (
    UiNodeInputAttributesType,
)
from ..types import UNSET, Unset
from . import _model_repr

T = TypeVar("T", bound="UiNodeInputAttributes")
#: The properties the spec names; any other key of a payload is kept in ``additional_properties``.
_KNOWN_KEYS = frozenset(
    {
        "disabled",
        "name",
        "node_type",
        "type",
        "autocomplete",
        "label",
        "maxlength",
        "onclick",
        "onclickTrigger",
        "onload",
        "onloadTrigger",
        "pattern",
        "required",
        "value",
    }
)


@_attrs_define
class UiNodeInputAttributes:
    """
    Attributes:
        disabled (bool):
        name (str):
        node_type (UiNodeInputAttributesNodeType):
        type_ (UiNodeInputAttributesType):
        autocomplete (UiNodeInputAttributesAutocomplete | Unset):
        label (UiText | Unset): A message with a stable numeric id (use it to translate) and a type: info, error or
            success.
        maxlength (int | Unset):
        onclick (str | Unset):
        onclick_trigger (UiNodeInputAttributesOnclickTrigger | Unset):
        onload (str | Unset):
        onload_trigger (UiNodeInputAttributesOnloadTrigger | Unset):
        pattern (str | Unset):
        required (bool | Unset):
        value (Any | Unset):
    """

    disabled: bool
    name: str
    node_type: UiNodeInputAttributesNodeType
    type_: UiNodeInputAttributesType
    autocomplete: UiNodeInputAttributesAutocomplete | Unset = UNSET
    label: UiText | Unset = UNSET
    maxlength: int | Unset = UNSET
    onclick: str | Unset = UNSET
    onclick_trigger: UiNodeInputAttributesOnclickTrigger | Unset = UNSET
    onload: str | Unset = UNSET
    onload_trigger: UiNodeInputAttributesOnloadTrigger | Unset = UNSET
    pattern: str | Unset = UNSET
    required: bool | Unset = UNSET
    value: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields, unset ones left out; ``value`` is hidden for a hidden or password input and for one
        named like a secret (CSRF token, password, codes, lookup secrets, tokens)."""
        name = self.name.lower()
        secret = (
            self.type_ in ("hidden", "password")
            or name.endswith("code")
            or any(word in name for word in ("password", "secret", "token", "csrf"))
        )
        return _model_repr(self, {"value"} if secret else ())

    def to_dict(self) -> dict[str, Any]:
        disabled = self.disabled

        name = self.name

        node_type: str = self.node_type

        type_: str = self.type_

        autocomplete: str | Unset = UNSET
        if not isinstance(self.autocomplete, Unset):
            autocomplete = self.autocomplete

        label: dict[str, Any] | Unset = UNSET
        if not isinstance(self.label, Unset):
            label = self.label.to_dict()

        maxlength = self.maxlength

        onclick = self.onclick

        onclick_trigger: str | Unset = UNSET
        if not isinstance(self.onclick_trigger, Unset):
            onclick_trigger = self.onclick_trigger

        onload = self.onload

        onload_trigger: str | Unset = UNSET
        if not isinstance(self.onload_trigger, Unset):
            onload_trigger = self.onload_trigger

        pattern = self.pattern

        required = self.required

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "disabled": disabled,
                "name": name,
                "node_type": node_type,
                "type": type_,
            }
        )
        if autocomplete is not UNSET:
            field_dict["autocomplete"] = autocomplete
        if label is not UNSET:
            field_dict["label"] = label
        if maxlength is not UNSET:
            field_dict["maxlength"] = maxlength
        if onclick is not UNSET:
            field_dict["onclick"] = onclick
        if onclick_trigger is not UNSET:
            field_dict["onclickTrigger"] = onclick_trigger
        if onload is not UNSET:
            field_dict["onload"] = onload
        if onload_trigger is not UNSET:
            field_dict["onloadTrigger"] = onload_trigger
        if pattern is not UNSET:
            field_dict["pattern"] = pattern
        if required is not UNSET:
            field_dict["required"] = required
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        _v: Any
        _missing = 0  # optional properties absent: more keys than the present ones are unknown keys
        disabled = src_dict["disabled"]

        name = src_dict["name"]

        node_type = check_ui_node_input_attributes_node_type(src_dict["node_type"])

        type_ = src_dict["type"]

        autocomplete = _get("autocomplete", UNSET)
        if autocomplete is UNSET:
            _missing += 1
        elif autocomplete is None:
            autocomplete = UNSET

        label: UiText | Unset
        _v = _get("label", UNSET)
        if _v is UNSET:
            _missing += 1
            label = UNSET
        elif _v is None:
            label = UNSET
        else:
            label = UiText.from_dict(_v)

        maxlength = _get("maxlength", UNSET)
        if maxlength is UNSET:
            _missing += 1
        elif maxlength is None:
            maxlength = UNSET

        onclick = _get("onclick", UNSET)
        if onclick is UNSET:
            _missing += 1
        elif onclick is None:
            onclick = UNSET

        onclick_trigger = _get("onclickTrigger", UNSET)
        if onclick_trigger is UNSET:
            _missing += 1
        elif onclick_trigger is None:
            onclick_trigger = UNSET

        onload = _get("onload", UNSET)
        if onload is UNSET:
            _missing += 1
        elif onload is None:
            onload = UNSET

        onload_trigger = _get("onloadTrigger", UNSET)
        if onload_trigger is UNSET:
            _missing += 1
        elif onload_trigger is None:
            onload_trigger = UNSET

        pattern = _get("pattern", UNSET)
        if pattern is UNSET:
            _missing += 1
        elif pattern is None:
            pattern = UNSET

        required = _get("required", UNSET)
        if required is UNSET:
            _missing += 1
        elif required is None:
            required = UNSET

        value = _get("value", UNSET)
        if value is UNSET:
            _missing += 1
        elif value is None:
            value = UNSET

        ui_node_input_attributes = cls(
            disabled,
            name,
            node_type,
            type_,
            autocomplete,
            label,
            maxlength,
            onclick,
            onclick_trigger,
            onload,
            onload_trigger,
            pattern,
            required,
            value,
        )
        if len(src_dict) + _missing > 14:
            ui_node_input_attributes.additional_properties = {
                _key: _value
                for _key, _value in src_dict.items()
                if _key not in _KNOWN_KEYS
            }
        return ui_node_input_attributes

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ui_node_input_attributes_autocomplete import (
    UiNodeInputAttributesAutocomplete,
    check_ui_node_input_attributes_autocomplete,
)
from ..models.ui_node_input_attributes_node_type import (
    UiNodeInputAttributesNodeType,
    check_ui_node_input_attributes_node_type,
)
from ..models.ui_node_input_attributes_onclick_trigger import (
    UiNodeInputAttributesOnclickTrigger,
    check_ui_node_input_attributes_onclick_trigger,
)
from ..models.ui_node_input_attributes_onload_trigger import (
    UiNodeInputAttributesOnloadTrigger,
    check_ui_node_input_attributes_onload_trigger,
)
from ..models.ui_node_input_attributes_type import (
    UiNodeInputAttributesType,
    check_ui_node_input_attributes_type,
)
from ..types import UNSET, Unset
from . import _model_repr

T = TypeVar("T", bound="UiNodeInputAttributes")


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
        d = dict(src_dict)
        disabled = d.pop("disabled")

        name = d.pop("name")

        node_type = check_ui_node_input_attributes_node_type(d.pop("node_type"))

        type_ = check_ui_node_input_attributes_type(d.pop("type"))

        if d.get("autocomplete", UNSET) is None:
            del d["autocomplete"]
        _autocomplete = d.pop("autocomplete", UNSET)
        autocomplete: UiNodeInputAttributesAutocomplete | Unset
        if isinstance(_autocomplete, Unset):
            autocomplete = UNSET
        else:
            autocomplete = check_ui_node_input_attributes_autocomplete(_autocomplete)

        if d.get("label", UNSET) is None:
            del d["label"]
        _label = d.pop("label", UNSET)
        label: UiText | Unset
        if isinstance(_label, Unset):
            label = UNSET
        else:
            label = UiText.from_dict(_label)

        if d.get("maxlength", UNSET) is None:
            del d["maxlength"]
        maxlength = d.pop("maxlength", UNSET)

        if d.get("onclick", UNSET) is None:
            del d["onclick"]
        onclick = d.pop("onclick", UNSET)

        if d.get("onclickTrigger", UNSET) is None:
            del d["onclickTrigger"]
        _onclick_trigger = d.pop("onclickTrigger", UNSET)
        onclick_trigger: UiNodeInputAttributesOnclickTrigger | Unset
        if isinstance(_onclick_trigger, Unset):
            onclick_trigger = UNSET
        else:
            onclick_trigger = check_ui_node_input_attributes_onclick_trigger(
                _onclick_trigger
            )

        if d.get("onload", UNSET) is None:
            del d["onload"]
        onload = d.pop("onload", UNSET)

        if d.get("onloadTrigger", UNSET) is None:
            del d["onloadTrigger"]
        _onload_trigger = d.pop("onloadTrigger", UNSET)
        onload_trigger: UiNodeInputAttributesOnloadTrigger | Unset
        if isinstance(_onload_trigger, Unset):
            onload_trigger = UNSET
        else:
            onload_trigger = check_ui_node_input_attributes_onload_trigger(
                _onload_trigger
            )

        if d.get("pattern", UNSET) is None:
            del d["pattern"]
        pattern = d.pop("pattern", UNSET)

        if d.get("required", UNSET) is None:
            del d["required"]
        required = d.pop("required", UNSET)

        if d.get("value", UNSET) is None:
            del d["value"]
        value = d.pop("value", UNSET)

        ui_node_input_attributes = cls(
            disabled=disabled,
            name=name,
            node_type=node_type,
            type_=type_,
            autocomplete=autocomplete,
            label=label,
            maxlength=maxlength,
            onclick=onclick,
            onclick_trigger=onclick_trigger,
            onload=onload,
            onload_trigger=onload_trigger,
            pattern=pattern,
            required=required,
            value=value,
        )

        ui_node_input_attributes.additional_properties = d
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

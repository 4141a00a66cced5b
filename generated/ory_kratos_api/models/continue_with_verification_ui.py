from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.continue_with_verification_ui_action import (
    ContinueWithVerificationUiAction,
    check_continue_with_verification_ui_action,
)
from . import _model_repr

T = TypeVar("T", bound="ContinueWithVerificationUi")
#: The properties the spec names; any other key of a payload is kept in ``additional_properties``.
_KNOWN_KEYS = frozenset(
    {
        "action",
        "flow",
    }
)


@_attrs_define
class ContinueWithVerificationUi:
    """
    Attributes:
        action (ContinueWithVerificationUiAction):
        flow (ContinueWithVerificationUiFlow):
    """

    action: ContinueWithVerificationUiAction
    flow: ContinueWithVerificationUiFlow
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields, unset ones left out."""
        return _model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        action: str = self.action

        flow = self.flow.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
                "flow": flow,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _v: Any
        action = check_continue_with_verification_ui_action(src_dict["action"])

        _v = src_dict["flow"]
        flow = ContinueWithVerificationUiFlow.from_dict(_v)

        continue_with_verification_ui = cls(
            action,
            flow,
        )
        if len(src_dict) > 2:
            continue_with_verification_ui.additional_properties = {
                _key: _value
                for _key, _value in src_dict.items()
                if _key not in _KNOWN_KEYS
            }
        return continue_with_verification_ui

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


from ..models.continue_with_verification_ui_flow import ContinueWithVerificationUiFlow

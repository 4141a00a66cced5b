from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.continue_with_recovery_ui_action import (
    ContinueWithRecoveryUiAction,
    check_continue_with_recovery_ui_action,
)
from . import _model_repr

T = TypeVar("T", bound="ContinueWithRecoveryUi")


@_attrs_define
class ContinueWithRecoveryUi:
    """
    Attributes:
        action (ContinueWithRecoveryUiAction):
        flow (ContinueWithRecoveryUiFlow):
    """

    action: ContinueWithRecoveryUiAction
    flow: ContinueWithRecoveryUiFlow
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
        d = dict(src_dict)
        action = check_continue_with_recovery_ui_action(d.pop("action"))

        flow = ContinueWithRecoveryUiFlow.from_dict(d.pop("flow"))

        continue_with_recovery_ui = cls(
            action=action,
            flow=flow,
        )

        continue_with_recovery_ui.additional_properties = d
        return continue_with_recovery_ui

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


from ..models.continue_with_recovery_ui_flow import ContinueWithRecoveryUiFlow

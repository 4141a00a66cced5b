from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_recovery_flow_with_code_method_method import (
    UpdateRecoveryFlowWithCodeMethodMethod,
)
from ..types import UNSET, Unset
from . import _model_repr

T = TypeVar("T", bound="UpdateRecoveryFlowWithCodeMethod")
#: The properties the spec names; any other key of a payload is kept in ``additional_properties``.
_KNOWN_KEYS = frozenset(
    {
        "method",
        "code",
        "csrf_token",
        "email",
        "recovery_address",
        "recovery_confirm_address",
        "recovery_select_address",
        "screen",
        "transient_payload",
    }
)


@_attrs_define
class UpdateRecoveryFlowWithCodeMethod:
    """
    Attributes:
        method (UpdateRecoveryFlowWithCodeMethodMethod):
        code (str | Unset):
        csrf_token (str | Unset):
        email (str | Unset):
        recovery_address (str | Unset):
        recovery_confirm_address (str | Unset):
        recovery_select_address (str | Unset):
        screen (str | Unset):
        transient_payload (Any | Unset):
    """

    method: UpdateRecoveryFlowWithCodeMethodMethod
    code: str | Unset = UNSET
    csrf_token: str | Unset = UNSET
    email: str | Unset = UNSET
    recovery_address: str | Unset = UNSET
    recovery_confirm_address: str | Unset = UNSET
    recovery_select_address: str | Unset = UNSET
    screen: str | Unset = UNSET
    transient_payload: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields, unset ones left out; those that carry credentials are hidden."""
        return _model_repr(self, {"code", "csrf_token"})

    def to_dict(self) -> dict[str, Any]:
        method: str = self.method

        code = self.code

        csrf_token = self.csrf_token

        email = self.email

        recovery_address = self.recovery_address

        recovery_confirm_address = self.recovery_confirm_address

        recovery_select_address = self.recovery_select_address

        screen = self.screen

        transient_payload = self.transient_payload

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "method": method,
            }
        )
        if code is not UNSET:
            field_dict["code"] = code
        if csrf_token is not UNSET:
            field_dict["csrf_token"] = csrf_token
        if email is not UNSET:
            field_dict["email"] = email
        if recovery_address is not UNSET:
            field_dict["recovery_address"] = recovery_address
        if recovery_confirm_address is not UNSET:
            field_dict["recovery_confirm_address"] = recovery_confirm_address
        if recovery_select_address is not UNSET:
            field_dict["recovery_select_address"] = recovery_select_address
        if screen is not UNSET:
            field_dict["screen"] = screen
        if transient_payload is not UNSET:
            field_dict["transient_payload"] = transient_payload

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        _v: Any
        _missing = 0  # optional properties absent: more keys than the present ones are unknown keys
        method = src_dict["method"]

        code = _get("code", UNSET)
        if code is UNSET:
            _missing += 1
        elif code is None:
            code = UNSET

        csrf_token = _get("csrf_token", UNSET)
        if csrf_token is UNSET:
            _missing += 1
        elif csrf_token is None:
            csrf_token = UNSET

        email = _get("email", UNSET)
        if email is UNSET:
            _missing += 1
        elif email is None:
            email = UNSET

        recovery_address = _get("recovery_address", UNSET)
        if recovery_address is UNSET:
            _missing += 1
        elif recovery_address is None:
            recovery_address = UNSET

        recovery_confirm_address = _get("recovery_confirm_address", UNSET)
        if recovery_confirm_address is UNSET:
            _missing += 1
        elif recovery_confirm_address is None:
            recovery_confirm_address = UNSET

        recovery_select_address = _get("recovery_select_address", UNSET)
        if recovery_select_address is UNSET:
            _missing += 1
        elif recovery_select_address is None:
            recovery_select_address = UNSET

        screen = _get("screen", UNSET)
        if screen is UNSET:
            _missing += 1
        elif screen is None:
            screen = UNSET

        transient_payload = _get("transient_payload", UNSET)
        if transient_payload is UNSET:
            _missing += 1
        elif transient_payload is None:
            transient_payload = UNSET

        update_recovery_flow_with_code_method = cls(
            method,
            code,
            csrf_token,
            email,
            recovery_address,
            recovery_confirm_address,
            recovery_select_address,
            screen,
            transient_payload,
        )
        if len(src_dict) + _missing > 9:
            update_recovery_flow_with_code_method.additional_properties = {
                _key: _value
                for _key, _value in src_dict.items()
                if _key not in _KNOWN_KEYS
            }
        return update_recovery_flow_with_code_method

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

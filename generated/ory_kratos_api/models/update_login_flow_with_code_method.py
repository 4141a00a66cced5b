from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from . import _model_repr

T = TypeVar("T", bound="UpdateLoginFlowWithCodeMethod")
#: The properties the spec names; any other key of a payload is kept in ``additional_properties``.
_KNOWN_KEYS = frozenset(
    {
        "csrf_token",
        "method",
        "address",
        "code",
        "identifier",
        "resend",
        "transient_payload",
    }
)


@_attrs_define
class UpdateLoginFlowWithCodeMethod:
    """
    Attributes:
        csrf_token (str):
        method (str):
        address (str | Unset):
        code (str | Unset):
        identifier (str | Unset):
        resend (str | Unset):
        transient_payload (Any | Unset):
    """

    csrf_token: str
    method: str
    address: str | Unset = UNSET
    code: str | Unset = UNSET
    identifier: str | Unset = UNSET
    resend: str | Unset = UNSET
    transient_payload: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields, unset ones left out; those that carry credentials are hidden."""
        return _model_repr(self, {"code", "csrf_token"})

    def to_dict(self) -> dict[str, Any]:
        csrf_token = self.csrf_token

        method = self.method

        address = self.address

        code = self.code

        identifier = self.identifier

        resend = self.resend

        transient_payload = self.transient_payload

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "csrf_token": csrf_token,
                "method": method,
            }
        )
        if address is not UNSET:
            field_dict["address"] = address
        if code is not UNSET:
            field_dict["code"] = code
        if identifier is not UNSET:
            field_dict["identifier"] = identifier
        if resend is not UNSET:
            field_dict["resend"] = resend
        if transient_payload is not UNSET:
            field_dict["transient_payload"] = transient_payload

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        _v: Any
        _missing = 0  # optional properties absent: more keys than the present ones are unknown keys
        csrf_token = src_dict["csrf_token"]

        method = src_dict["method"]

        address = _get("address", UNSET)
        if address is UNSET:
            _missing += 1
        elif address is None:
            address = UNSET

        code = _get("code", UNSET)
        if code is UNSET:
            _missing += 1
        elif code is None:
            code = UNSET

        identifier = _get("identifier", UNSET)
        if identifier is UNSET:
            _missing += 1
        elif identifier is None:
            identifier = UNSET

        resend = _get("resend", UNSET)
        if resend is UNSET:
            _missing += 1
        elif resend is None:
            resend = UNSET

        transient_payload = _get("transient_payload", UNSET)
        if transient_payload is UNSET:
            _missing += 1
        elif transient_payload is None:
            transient_payload = UNSET

        update_login_flow_with_code_method = cls(
            csrf_token,
            method,
            address,
            code,
            identifier,
            resend,
            transient_payload,
        )
        if len(src_dict) + _missing > 7:
            update_login_flow_with_code_method.additional_properties = {
                _key: _value
                for _key, _value in src_dict.items()
                if _key not in _KNOWN_KEYS
            }
        return update_login_flow_with_code_method

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

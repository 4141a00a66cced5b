from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from . import _model_repr

T = TypeVar("T", bound="UpdateLoginFlowWithIdentifierFirstMethod")


@_attrs_define
class UpdateLoginFlowWithIdentifierFirstMethod:
    """
    Attributes:
        identifier (str):
        method (str):
        csrf_token (str | Unset):
        transient_payload (Any | Unset):
    """

    identifier: str
    method: str
    csrf_token: str | Unset = UNSET
    transient_payload: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields, unset ones left out; those that carry credentials are hidden."""
        return _model_repr(self, {"csrf_token"})

    def to_dict(self) -> dict[str, Any]:
        identifier = self.identifier

        method = self.method

        csrf_token = self.csrf_token

        transient_payload = self.transient_payload

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "identifier": identifier,
                "method": method,
            }
        )
        if csrf_token is not UNSET:
            field_dict["csrf_token"] = csrf_token
        if transient_payload is not UNSET:
            field_dict["transient_payload"] = transient_payload

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        identifier = d.pop("identifier")

        method = d.pop("method")

        if d.get("csrf_token", UNSET) is None:
            del d["csrf_token"]
        csrf_token = d.pop("csrf_token", UNSET)

        if d.get("transient_payload", UNSET) is None:
            del d["transient_payload"]
        transient_payload = d.pop("transient_payload", UNSET)

        update_login_flow_with_identifier_first_method = cls(
            identifier=identifier,
            method=method,
            csrf_token=csrf_token,
            transient_payload=transient_payload,
        )

        update_login_flow_with_identifier_first_method.additional_properties = d
        return update_login_flow_with_identifier_first_method

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

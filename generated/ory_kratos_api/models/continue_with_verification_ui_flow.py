from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from . import _model_repr

T = TypeVar("T", bound="ContinueWithVerificationUiFlow")


@_attrs_define
class ContinueWithVerificationUiFlow:
    """
    Attributes:
        id (str):
        verifiable_address (str):
        url (str | Unset):
    """

    id: str
    verifiable_address: str
    url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields, unset ones left out."""
        return _model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        verifiable_address = self.verifiable_address

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "verifiable_address": verifiable_address,
            }
        )
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        verifiable_address = d.pop("verifiable_address")

        if d.get("url", UNSET) is None:
            del d["url"]
        url = d.pop("url", UNSET)

        continue_with_verification_ui_flow = cls(
            id=id,
            verifiable_address=verifiable_address,
            url=url,
        )

        continue_with_verification_ui_flow.additional_properties = d
        return continue_with_verification_ui_flow

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

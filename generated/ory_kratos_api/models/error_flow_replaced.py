from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from . import _model_repr

T = TypeVar("T", bound="ErrorFlowReplaced")


@_attrs_define
class ErrorFlowReplaced:
    """
    Attributes:
        error (GenericError | Unset): An error: id (stable, machine-readable), code, status, reason, message, details.
        use_flow_id (str | Unset):
    """

    error: GenericError | Unset = UNSET
    use_flow_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields, unset ones left out."""
        return _model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        use_flow_id = self.use_flow_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if error is not UNSET:
            field_dict["error"] = error
        if use_flow_id is not UNSET:
            field_dict["use_flow_id"] = use_flow_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        if d.get("error", UNSET) is None:
            del d["error"]
        _error = d.pop("error", UNSET)
        error: GenericError | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = GenericError.from_dict(_error)

        if d.get("use_flow_id", UNSET) is None:
            del d["use_flow_id"]
        use_flow_id = d.pop("use_flow_id", UNSET)

        error_flow_replaced = cls(
            error=error,
            use_flow_id=use_flow_id,
        )

        error_flow_replaced.additional_properties = d
        return error_flow_replaced

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


from ..models.generic_error import GenericError

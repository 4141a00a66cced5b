from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from . import _model_repr

T = TypeVar("T", bound="ErrorFlowReplaced")
#: The properties the spec names; any other key of a payload is kept in ``additional_properties``.
_KNOWN_KEYS = frozenset(
    {
        "error",
        "use_flow_id",
    }
)


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
        _get = src_dict.get
        _v: Any
        _missing = 0  # optional properties absent: more keys than the present ones are unknown keys
        error: GenericError | Unset
        _v = _get("error", UNSET)
        if _v is UNSET:
            _missing += 1
            error = UNSET
        elif _v is None:
            error = UNSET
        else:
            error = GenericError.from_dict(_v)

        use_flow_id = _get("use_flow_id", UNSET)
        if use_flow_id is UNSET:
            _missing += 1
        elif use_flow_id is None:
            use_flow_id = UNSET

        error_flow_replaced = cls(
            error,
            use_flow_id,
        )
        if len(src_dict) + _missing > 2:
            error_flow_replaced.additional_properties = {
                _key: _value
                for _key, _value in src_dict.items()
                if _key not in _KNOWN_KEYS
            }
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

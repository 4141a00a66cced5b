from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from . import _model_repr

T = TypeVar("T", bound="SelfServiceFlowExpiredError")
#: The properties the spec names; any other key of a payload is kept in ``additional_properties``.
_KNOWN_KEYS = frozenset(
    {
        "error",
        "expired_at",
        "since",
        "use_flow_id",
    }
)


@_attrs_define
class SelfServiceFlowExpiredError:
    """
    Attributes:
        error (GenericError | Unset): An error: id (stable, machine-readable), code, status, reason, message, details.
        expired_at (datetime.datetime | Unset):
        since (int | Unset):
        use_flow_id (str | Unset):
    """

    error: GenericError | Unset = UNSET
    expired_at: datetime.datetime | Unset = UNSET
    since: int | Unset = UNSET
    use_flow_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields, unset ones left out."""
        return _model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        expired_at: str | Unset = UNSET
        if not isinstance(self.expired_at, Unset):
            expired_at = self.expired_at.isoformat()

        since = self.since

        use_flow_id = self.use_flow_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if error is not UNSET:
            field_dict["error"] = error
        if expired_at is not UNSET:
            field_dict["expired_at"] = expired_at
        if since is not UNSET:
            field_dict["since"] = since
        if use_flow_id is not UNSET:
            field_dict["use_flow_id"] = use_flow_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        _iso = datetime.datetime.fromisoformat
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

        expired_at: datetime.datetime | Unset
        _v = _get("expired_at", UNSET)
        if _v is UNSET:
            _missing += 1
            expired_at = UNSET
        elif _v is None:
            expired_at = UNSET
        else:
            expired_at = _iso(_v)

        since = _get("since", UNSET)
        if since is UNSET:
            _missing += 1
        elif since is None:
            since = UNSET

        use_flow_id = _get("use_flow_id", UNSET)
        if use_flow_id is UNSET:
            _missing += 1
        elif use_flow_id is None:
            use_flow_id = UNSET

        self_service_flow_expired_error = cls(
            error,
            expired_at,
            since,
            use_flow_id,
        )
        if len(src_dict) + _missing > 4:
            self_service_flow_expired_error.additional_properties = {
                _key: _value
                for _key, _value in src_dict.items()
                if _key not in _KNOWN_KEYS
            }
        return self_service_flow_expired_error

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

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from . import _model_repr

T = TypeVar("T", bound="VerificationFlow")
#: The properties the spec names; any other key of a payload is kept in ``additional_properties``.
_KNOWN_KEYS = frozenset(
    {
        "id",
        "state",
        "type",
        "ui",
        "active",
        "expires_at",
        "issued_at",
        "request_url",
        "return_to",
        "transient_payload",
    }
)


@_attrs_define
class VerificationFlow:
    """An address verification attempt (code or link sent to the address).

    Attributes:
        id (str):
        state (Any):
        type_ (str):
        ui (UiContainer): The form to render: action URL, method, messages and input nodes.
        active (str | Unset):
        expires_at (datetime.datetime | Unset):
        issued_at (datetime.datetime | Unset):
        request_url (str | Unset):
        return_to (str | Unset):
        transient_payload (Any | Unset):
    """

    id: str
    state: Any
    type_: str
    ui: UiContainer
    active: str | Unset = UNSET
    expires_at: datetime.datetime | Unset = UNSET
    issued_at: datetime.datetime | Unset = UNSET
    request_url: str | Unset = UNSET
    return_to: str | Unset = UNSET
    transient_payload: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields, unset ones left out."""
        return _model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        state = self.state

        type_ = self.type_

        ui = self.ui.to_dict()

        active = self.active

        expires_at: str | Unset = UNSET
        if not isinstance(self.expires_at, Unset):
            expires_at = self.expires_at.isoformat()

        issued_at: str | Unset = UNSET
        if not isinstance(self.issued_at, Unset):
            issued_at = self.issued_at.isoformat()

        request_url = self.request_url

        return_to = self.return_to

        transient_payload = self.transient_payload

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "state": state,
                "type": type_,
                "ui": ui,
            }
        )
        if active is not UNSET:
            field_dict["active"] = active
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if issued_at is not UNSET:
            field_dict["issued_at"] = issued_at
        if request_url is not UNSET:
            field_dict["request_url"] = request_url
        if return_to is not UNSET:
            field_dict["return_to"] = return_to
        if transient_payload is not UNSET:
            field_dict["transient_payload"] = transient_payload

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        _iso = datetime.datetime.fromisoformat
        _v: Any
        _missing = 0  # optional properties absent: more keys than the present ones are unknown keys
        id = src_dict["id"]

        state = src_dict["state"]

        type_ = src_dict["type"]

        _v = src_dict["ui"]
        ui = UiContainer.from_dict(_v)

        active = _get("active", UNSET)
        if active is UNSET:
            _missing += 1
        elif active is None:
            active = UNSET

        expires_at: datetime.datetime | Unset
        _v = _get("expires_at", UNSET)
        if _v is UNSET:
            _missing += 1
            expires_at = UNSET
        elif _v is None:
            expires_at = UNSET
        else:
            expires_at = _iso(_v)

        issued_at: datetime.datetime | Unset
        _v = _get("issued_at", UNSET)
        if _v is UNSET:
            _missing += 1
            issued_at = UNSET
        elif _v is None:
            issued_at = UNSET
        else:
            issued_at = _iso(_v)

        request_url = _get("request_url", UNSET)
        if request_url is UNSET:
            _missing += 1
        elif request_url is None:
            request_url = UNSET

        return_to = _get("return_to", UNSET)
        if return_to is UNSET:
            _missing += 1
        elif return_to is None:
            return_to = UNSET

        transient_payload = _get("transient_payload", UNSET)
        if transient_payload is UNSET:
            _missing += 1
        elif transient_payload is None:
            transient_payload = UNSET

        verification_flow = cls(
            id,
            state,
            type_,
            ui,
            active,
            expires_at,
            issued_at,
            request_url,
            return_to,
            transient_payload,
        )
        if len(src_dict) + _missing > 10:
            verification_flow.additional_properties = {
                _key: _value
                for _key, _value in src_dict.items()
                if _key not in _KNOWN_KEYS
            }
        return verification_flow

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


from ..models.ui_container import UiContainer

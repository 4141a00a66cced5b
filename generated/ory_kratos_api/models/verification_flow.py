from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from . import _model_repr

T = TypeVar("T", bound="VerificationFlow")


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
        d = dict(src_dict)
        id = d.pop("id")

        state = d.pop("state")

        type_ = d.pop("type")

        ui = UiContainer.from_dict(d.pop("ui"))

        if d.get("active", UNSET) is None:
            del d["active"]
        active = d.pop("active", UNSET)

        if d.get("expires_at", UNSET) is None:
            del d["expires_at"]
        _expires_at = d.pop("expires_at", UNSET)
        expires_at: datetime.datetime | Unset
        if isinstance(_expires_at, Unset):
            expires_at = UNSET
        else:
            expires_at = datetime.datetime.fromisoformat(_expires_at)

        if d.get("issued_at", UNSET) is None:
            del d["issued_at"]
        _issued_at = d.pop("issued_at", UNSET)
        issued_at: datetime.datetime | Unset
        if isinstance(_issued_at, Unset):
            issued_at = UNSET
        else:
            issued_at = datetime.datetime.fromisoformat(_issued_at)

        if d.get("request_url", UNSET) is None:
            del d["request_url"]
        request_url = d.pop("request_url", UNSET)

        if d.get("return_to", UNSET) is None:
            del d["return_to"]
        return_to = d.pop("return_to", UNSET)

        if d.get("transient_payload", UNSET) is None:
            del d["transient_payload"]
        transient_payload = d.pop("transient_payload", UNSET)

        verification_flow = cls(
            id=id,
            state=state,
            type_=type_,
            ui=ui,
            active=active,
            expires_at=expires_at,
            issued_at=issued_at,
            request_url=request_url,
            return_to=return_to,
            transient_payload=transient_payload,
        )

        verification_flow.additional_properties = d
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

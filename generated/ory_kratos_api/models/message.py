from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.courier_message_status import (
    CourierMessageStatus,
    check_courier_message_status,
)
from ..models.courier_message_type import CourierMessageType, check_courier_message_type
from ..models.message_template_type import (
    MessageTemplateType,
    check_message_template_type,
)
from ..types import UNSET, Unset
from . import _model_repr

T = TypeVar("T", bound="Message")


@_attrs_define
class Message:
    """A courier message (e-mail or SMS) with its delivery state.

    Attributes:
        body (str):
        created_at (datetime.datetime):
        id (str):
        recipient (str):
        send_count (int):
        status (CourierMessageStatus):
        subject (str):
        template_type (MessageTemplateType):
        type_ (CourierMessageType):
        updated_at (datetime.datetime):
        channel (str | Unset):
        dispatches (list[MessageDispatch] | Unset):
    """

    body: str
    created_at: datetime.datetime
    id: str
    recipient: str
    send_count: int
    status: CourierMessageStatus
    subject: str
    template_type: MessageTemplateType
    type_: CourierMessageType
    updated_at: datetime.datetime
    channel: str | Unset = UNSET
    dispatches: list[MessageDispatch] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields, unset ones left out."""
        return _model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        body = self.body

        created_at = self.created_at.isoformat()

        id = self.id

        recipient = self.recipient

        send_count = self.send_count

        status: str = self.status

        subject = self.subject

        template_type: str = self.template_type

        type_: str = self.type_

        updated_at = self.updated_at.isoformat()

        channel = self.channel

        dispatches: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.dispatches, Unset):
            dispatches = []
            for dispatches_item_data in self.dispatches:
                dispatches_item = dispatches_item_data.to_dict()
                dispatches.append(dispatches_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "body": body,
                "created_at": created_at,
                "id": id,
                "recipient": recipient,
                "send_count": send_count,
                "status": status,
                "subject": subject,
                "template_type": template_type,
                "type": type_,
                "updated_at": updated_at,
            }
        )
        if channel is not UNSET:
            field_dict["channel"] = channel
        if dispatches is not UNSET:
            field_dict["dispatches"] = dispatches

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        body = d.pop("body")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        id = d.pop("id")

        recipient = d.pop("recipient")

        send_count = d.pop("send_count")

        status = check_courier_message_status(d.pop("status"))

        subject = d.pop("subject")

        template_type = check_message_template_type(d.pop("template_type"))

        type_ = check_courier_message_type(d.pop("type"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        if d.get("channel", UNSET) is None:
            del d["channel"]
        channel = d.pop("channel", UNSET)

        if d.get("dispatches", UNSET) is None:
            del d["dispatches"]
        _dispatches = d.pop("dispatches", UNSET)
        dispatches: list[MessageDispatch] | Unset = UNSET
        if _dispatches is not UNSET:
            dispatches = []
            for dispatches_item_data in _dispatches:
                dispatches_item = MessageDispatch.from_dict(dispatches_item_data)

                dispatches.append(dispatches_item)

        message = cls(
            body=body,
            created_at=created_at,
            id=id,
            recipient=recipient,
            send_count=send_count,
            status=status,
            subject=subject,
            template_type=template_type,
            type_=type_,
            updated_at=updated_at,
            channel=channel,
            dispatches=dispatches,
        )

        message.additional_properties = d
        return message

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


from ..models.message_dispatch import MessageDispatch

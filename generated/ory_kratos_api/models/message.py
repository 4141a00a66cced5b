from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.courier_message_status import (
    CourierMessageStatus,
)
from ..models.courier_message_type import CourierMessageType
from ..models.message_template_type import (
    MessageTemplateType,
)
from ..types import UNSET, Unset
from . import _model_repr

T = TypeVar("T", bound="Message")
#: The properties the spec names; any other key of a payload is kept in ``additional_properties``.
_KNOWN_KEYS = frozenset(
    {
        "body",
        "created_at",
        "id",
        "recipient",
        "send_count",
        "status",
        "subject",
        "template_type",
        "type",
        "updated_at",
        "channel",
        "dispatches",
    }
)


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
        _get = src_dict.get
        _iso = datetime.datetime.fromisoformat
        _v: Any
        _missing = 0  # optional properties absent: more keys than the present ones are unknown keys
        body = src_dict["body"]

        _v = src_dict["created_at"]
        created_at = _iso(_v)

        id = src_dict["id"]

        recipient = src_dict["recipient"]

        send_count = src_dict["send_count"]

        status = src_dict["status"]

        subject = src_dict["subject"]

        template_type = src_dict["template_type"]

        type_ = src_dict["type"]

        _v = src_dict["updated_at"]
        updated_at = _iso(_v)

        channel = _get("channel", UNSET)
        if channel is UNSET:
            _missing += 1
        elif channel is None:
            channel = UNSET

        dispatches: list[MessageDispatch] | Unset
        _v = _get("dispatches", UNSET)
        if _v is UNSET:
            _missing += 1
            dispatches = UNSET
        elif _v is None:
            dispatches = UNSET
        else:
            dispatches = list(map(MessageDispatch.from_dict, _v))

        message = cls(
            body,
            created_at,
            id,
            recipient,
            send_count,
            status,
            subject,
            template_type,
            type_,
            updated_at,
            channel,
            dispatches,
        )
        if len(src_dict) + _missing > 12:
            message.additional_properties = {
                _key: _value
                for _key, _value in src_dict.items()
                if _key not in _KNOWN_KEYS
            }
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

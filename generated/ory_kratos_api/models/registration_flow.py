from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.registration_flow_active import (
    RegistrationFlowActive,
)
from ..types import UNSET, Unset
from . import _model_repr

T = TypeVar("T", bound="RegistrationFlow")
#: The properties the spec names; any other key of a payload is kept in ``additional_properties``.
_KNOWN_KEYS = frozenset(
    {
        "expires_at",
        "id",
        "issued_at",
        "request_url",
        "state",
        "type",
        "ui",
        "active",
        "identity_schema",
        "oauth2_login_challenge",
        "oauth2_login_request",
        "organization_id",
        "return_to",
        "session_token_exchange_code",
        "transient_payload",
    }
)


@_attrs_define
class RegistrationFlow:
    """A sign-up attempt; render its ui, submit to ui.action.

    Attributes:
        expires_at (datetime.datetime):
        id (str):
        issued_at (datetime.datetime):
        request_url (str):
        state (Any):
        type_ (str):
        ui (UiContainer): The form to render: action URL, method, messages and input nodes.
        active (RegistrationFlowActive | Unset):
        identity_schema (str | Unset):
        oauth2_login_challenge (str | Unset):
        oauth2_login_request (OAuth2LoginRequest | Unset):
        organization_id (None | str | Unset):
        return_to (str | Unset):
        session_token_exchange_code (str | Unset):
        transient_payload (Any | Unset):
    """

    expires_at: datetime.datetime
    id: str
    issued_at: datetime.datetime
    request_url: str
    state: Any
    type_: str
    ui: UiContainer
    active: RegistrationFlowActive | Unset = UNSET
    identity_schema: str | Unset = UNSET
    oauth2_login_challenge: str | Unset = UNSET
    oauth2_login_request: OAuth2LoginRequest | Unset = UNSET
    organization_id: None | str | Unset = UNSET
    return_to: str | Unset = UNSET
    session_token_exchange_code: str | Unset = UNSET
    transient_payload: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields, unset ones left out; those that carry credentials are hidden."""
        return _model_repr(self, {"session_token_exchange_code"})

    def to_dict(self) -> dict[str, Any]:
        expires_at = self.expires_at.isoformat()

        id = self.id

        issued_at = self.issued_at.isoformat()

        request_url = self.request_url

        state = self.state

        type_ = self.type_

        ui = self.ui.to_dict()

        active: str | Unset = UNSET
        if not isinstance(self.active, Unset):
            active = self.active

        identity_schema = self.identity_schema

        oauth2_login_challenge = self.oauth2_login_challenge

        oauth2_login_request: dict[str, Any] | Unset = UNSET
        if not isinstance(self.oauth2_login_request, Unset):
            oauth2_login_request = self.oauth2_login_request.to_dict()

        organization_id: None | str | Unset
        if isinstance(self.organization_id, Unset):
            organization_id = UNSET
        else:
            organization_id = self.organization_id

        return_to = self.return_to

        session_token_exchange_code = self.session_token_exchange_code

        transient_payload = self.transient_payload

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "expires_at": expires_at,
                "id": id,
                "issued_at": issued_at,
                "request_url": request_url,
                "state": state,
                "type": type_,
                "ui": ui,
            }
        )
        if active is not UNSET:
            field_dict["active"] = active
        if identity_schema is not UNSET:
            field_dict["identity_schema"] = identity_schema
        if oauth2_login_challenge is not UNSET:
            field_dict["oauth2_login_challenge"] = oauth2_login_challenge
        if oauth2_login_request is not UNSET:
            field_dict["oauth2_login_request"] = oauth2_login_request
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if return_to is not UNSET:
            field_dict["return_to"] = return_to
        if session_token_exchange_code is not UNSET:
            field_dict["session_token_exchange_code"] = session_token_exchange_code
        if transient_payload is not UNSET:
            field_dict["transient_payload"] = transient_payload

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        _iso = datetime.datetime.fromisoformat
        _v: Any
        _missing = 0  # optional properties absent: more keys than the present ones are unknown keys
        _v = src_dict["expires_at"]
        expires_at = _iso(_v)

        id = src_dict["id"]

        _v = src_dict["issued_at"]
        issued_at = _iso(_v)

        request_url = src_dict["request_url"]

        state = src_dict["state"]

        type_ = src_dict["type"]

        _v = src_dict["ui"]
        ui = UiContainer.from_dict(_v)

        active = _get("active", UNSET)
        if active is UNSET:
            _missing += 1
        elif active is None:
            active = UNSET

        identity_schema = _get("identity_schema", UNSET)
        if identity_schema is UNSET:
            _missing += 1
        elif identity_schema is None:
            identity_schema = UNSET

        oauth2_login_challenge = _get("oauth2_login_challenge", UNSET)
        if oauth2_login_challenge is UNSET:
            _missing += 1
        elif oauth2_login_challenge is None:
            oauth2_login_challenge = UNSET

        oauth2_login_request: OAuth2LoginRequest | Unset
        _v = _get("oauth2_login_request", UNSET)
        if _v is UNSET:
            _missing += 1
            oauth2_login_request = UNSET
        elif _v is None:
            oauth2_login_request = UNSET
        else:
            oauth2_login_request = OAuth2LoginRequest.from_dict(_v)

        organization_id = _get("organization_id", UNSET)
        if organization_id is UNSET:
            _missing += 1

        return_to = _get("return_to", UNSET)
        if return_to is UNSET:
            _missing += 1
        elif return_to is None:
            return_to = UNSET

        session_token_exchange_code = _get("session_token_exchange_code", UNSET)
        if session_token_exchange_code is UNSET:
            _missing += 1
        elif session_token_exchange_code is None:
            session_token_exchange_code = UNSET

        transient_payload = _get("transient_payload", UNSET)
        if transient_payload is UNSET:
            _missing += 1
        elif transient_payload is None:
            transient_payload = UNSET

        registration_flow = cls(
            expires_at,
            id,
            issued_at,
            request_url,
            state,
            type_,
            ui,
            active,
            identity_schema,
            oauth2_login_challenge,
            oauth2_login_request,
            organization_id,
            return_to,
            session_token_exchange_code,
            transient_payload,
        )
        if len(src_dict) + _missing > 15:
            registration_flow.additional_properties = {
                _key: _value
                for _key, _value in src_dict.items()
                if _key not in _KNOWN_KEYS
            }
        return registration_flow

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


from ..models.o_auth_2_login_request import OAuth2LoginRequest
from ..models.ui_container import UiContainer

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.authenticator_assurance_level import (
    AuthenticatorAssuranceLevel,
    check_authenticator_assurance_level,
)
from ..models.login_flow_active import LoginFlowActive, check_login_flow_active
from ..types import UNSET, Unset
from . import _model_repr

T = TypeVar("T", bound="LoginFlow")


@_attrs_define
class LoginFlow:
    """A sign-in attempt; render its ui, submit to ui.action.

    Attributes:
        expires_at (datetime.datetime):
        id (str):
        issued_at (datetime.datetime):
        request_url (str):
        state (Any):
        type_ (str):
        ui (UiContainer): The form to render: action URL, method, messages and input nodes.
        active (LoginFlowActive | Unset):
        created_at (datetime.datetime | Unset):
        identity_schema (str | Unset):
        oauth2_login_challenge (str | Unset):
        oauth2_login_request (OAuth2LoginRequest | Unset):
        organization_id (None | str | Unset):
        refresh (bool | Unset):
        requested_aal (AuthenticatorAssuranceLevel | Unset):
        return_to (str | Unset):
        session_token_exchange_code (str | Unset):
        transient_payload (Any | Unset):
        updated_at (datetime.datetime | Unset):
    """

    expires_at: datetime.datetime
    id: str
    issued_at: datetime.datetime
    request_url: str
    state: Any
    type_: str
    ui: UiContainer
    active: LoginFlowActive | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    identity_schema: str | Unset = UNSET
    oauth2_login_challenge: str | Unset = UNSET
    oauth2_login_request: OAuth2LoginRequest | Unset = UNSET
    organization_id: None | str | Unset = UNSET
    refresh: bool | Unset = UNSET
    requested_aal: AuthenticatorAssuranceLevel | Unset = UNSET
    return_to: str | Unset = UNSET
    session_token_exchange_code: str | Unset = UNSET
    transient_payload: Any | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
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

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

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

        refresh = self.refresh

        requested_aal: str | Unset = UNSET
        if not isinstance(self.requested_aal, Unset):
            requested_aal = self.requested_aal

        return_to = self.return_to

        session_token_exchange_code = self.session_token_exchange_code

        transient_payload = self.transient_payload

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

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
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if identity_schema is not UNSET:
            field_dict["identity_schema"] = identity_schema
        if oauth2_login_challenge is not UNSET:
            field_dict["oauth2_login_challenge"] = oauth2_login_challenge
        if oauth2_login_request is not UNSET:
            field_dict["oauth2_login_request"] = oauth2_login_request
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if refresh is not UNSET:
            field_dict["refresh"] = refresh
        if requested_aal is not UNSET:
            field_dict["requested_aal"] = requested_aal
        if return_to is not UNSET:
            field_dict["return_to"] = return_to
        if session_token_exchange_code is not UNSET:
            field_dict["session_token_exchange_code"] = session_token_exchange_code
        if transient_payload is not UNSET:
            field_dict["transient_payload"] = transient_payload
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        expires_at = datetime.datetime.fromisoformat(d.pop("expires_at"))

        id = d.pop("id")

        issued_at = datetime.datetime.fromisoformat(d.pop("issued_at"))

        request_url = d.pop("request_url")

        state = d.pop("state")

        type_ = d.pop("type")

        ui = UiContainer.from_dict(d.pop("ui"))

        if d.get("active", UNSET) is None:
            del d["active"]
        _active = d.pop("active", UNSET)
        active: LoginFlowActive | Unset
        if isinstance(_active, Unset):
            active = UNSET
        else:
            active = check_login_flow_active(_active)

        if d.get("created_at", UNSET) is None:
            del d["created_at"]
        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        if d.get("identity_schema", UNSET) is None:
            del d["identity_schema"]
        identity_schema = d.pop("identity_schema", UNSET)

        if d.get("oauth2_login_challenge", UNSET) is None:
            del d["oauth2_login_challenge"]
        oauth2_login_challenge = d.pop("oauth2_login_challenge", UNSET)

        if d.get("oauth2_login_request", UNSET) is None:
            del d["oauth2_login_request"]
        _oauth2_login_request = d.pop("oauth2_login_request", UNSET)
        oauth2_login_request: OAuth2LoginRequest | Unset
        if isinstance(_oauth2_login_request, Unset):
            oauth2_login_request = UNSET
        else:
            oauth2_login_request = OAuth2LoginRequest.from_dict(_oauth2_login_request)

        def _parse_organization_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        organization_id = _parse_organization_id(d.pop("organization_id", UNSET))

        if d.get("refresh", UNSET) is None:
            del d["refresh"]
        refresh = d.pop("refresh", UNSET)

        if d.get("requested_aal", UNSET) is None:
            del d["requested_aal"]
        _requested_aal = d.pop("requested_aal", UNSET)
        requested_aal: AuthenticatorAssuranceLevel | Unset
        if isinstance(_requested_aal, Unset):
            requested_aal = UNSET
        else:
            requested_aal = check_authenticator_assurance_level(_requested_aal)

        if d.get("return_to", UNSET) is None:
            del d["return_to"]
        return_to = d.pop("return_to", UNSET)

        if d.get("session_token_exchange_code", UNSET) is None:
            del d["session_token_exchange_code"]
        session_token_exchange_code = d.pop("session_token_exchange_code", UNSET)

        if d.get("transient_payload", UNSET) is None:
            del d["transient_payload"]
        transient_payload = d.pop("transient_payload", UNSET)

        if d.get("updated_at", UNSET) is None:
            del d["updated_at"]
        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        login_flow = cls(
            expires_at=expires_at,
            id=id,
            issued_at=issued_at,
            request_url=request_url,
            state=state,
            type_=type_,
            ui=ui,
            active=active,
            created_at=created_at,
            identity_schema=identity_schema,
            oauth2_login_challenge=oauth2_login_challenge,
            oauth2_login_request=oauth2_login_request,
            organization_id=organization_id,
            refresh=refresh,
            requested_aal=requested_aal,
            return_to=return_to,
            session_token_exchange_code=session_token_exchange_code,
            transient_payload=transient_payload,
            updated_at=updated_at,
        )

        login_flow.additional_properties = d
        return login_flow

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

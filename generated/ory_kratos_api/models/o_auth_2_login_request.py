from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from . import _model_repr

T = TypeVar("T", bound="OAuth2LoginRequest")


@_attrs_define
class OAuth2LoginRequest:
    """
    Attributes:
        challenge (str | Unset):
        client (OAuth2Client | Unset):
        oidc_context (OAuth2ConsentRequestOpenIDConnectContext | Unset):
        request_url (str | Unset):
        requested_access_token_audience (list[str] | Unset):
        requested_scope (list[str] | Unset):
        session_id (str | Unset):
        skip (bool | Unset):
        subject (str | Unset):
    """

    challenge: str | Unset = UNSET
    client: OAuth2Client | Unset = UNSET
    oidc_context: OAuth2ConsentRequestOpenIDConnectContext | Unset = UNSET
    request_url: str | Unset = UNSET
    requested_access_token_audience: list[str] | Unset = UNSET
    requested_scope: list[str] | Unset = UNSET
    session_id: str | Unset = UNSET
    skip: bool | Unset = UNSET
    subject: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields, unset ones left out."""
        return _model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        challenge = self.challenge

        client: dict[str, Any] | Unset = UNSET
        if not isinstance(self.client, Unset):
            client = self.client.to_dict()

        oidc_context: dict[str, Any] | Unset = UNSET
        if not isinstance(self.oidc_context, Unset):
            oidc_context = self.oidc_context.to_dict()

        request_url = self.request_url

        requested_access_token_audience: list[str] | Unset = UNSET
        if not isinstance(self.requested_access_token_audience, Unset):
            requested_access_token_audience = self.requested_access_token_audience

        requested_scope: list[str] | Unset = UNSET
        if not isinstance(self.requested_scope, Unset):
            requested_scope = self.requested_scope

        session_id = self.session_id

        skip = self.skip

        subject = self.subject

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if challenge is not UNSET:
            field_dict["challenge"] = challenge
        if client is not UNSET:
            field_dict["client"] = client
        if oidc_context is not UNSET:
            field_dict["oidc_context"] = oidc_context
        if request_url is not UNSET:
            field_dict["request_url"] = request_url
        if requested_access_token_audience is not UNSET:
            field_dict["requested_access_token_audience"] = (
                requested_access_token_audience
            )
        if requested_scope is not UNSET:
            field_dict["requested_scope"] = requested_scope
        if session_id is not UNSET:
            field_dict["session_id"] = session_id
        if skip is not UNSET:
            field_dict["skip"] = skip
        if subject is not UNSET:
            field_dict["subject"] = subject

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        if d.get("challenge", UNSET) is None:
            del d["challenge"]
        challenge = d.pop("challenge", UNSET)

        if d.get("client", UNSET) is None:
            del d["client"]
        _client = d.pop("client", UNSET)
        client: OAuth2Client | Unset
        if isinstance(_client, Unset):
            client = UNSET
        else:
            client = OAuth2Client.from_dict(_client)

        if d.get("oidc_context", UNSET) is None:
            del d["oidc_context"]
        _oidc_context = d.pop("oidc_context", UNSET)
        oidc_context: OAuth2ConsentRequestOpenIDConnectContext | Unset
        if isinstance(_oidc_context, Unset):
            oidc_context = UNSET
        else:
            oidc_context = OAuth2ConsentRequestOpenIDConnectContext.from_dict(
                _oidc_context
            )

        if d.get("request_url", UNSET) is None:
            del d["request_url"]
        request_url = d.pop("request_url", UNSET)

        if d.get("requested_access_token_audience", UNSET) is None:
            del d["requested_access_token_audience"]
        requested_access_token_audience = cast(
            list[str], d.pop("requested_access_token_audience", UNSET)
        )

        if d.get("requested_scope", UNSET) is None:
            del d["requested_scope"]
        requested_scope = cast(list[str], d.pop("requested_scope", UNSET))

        if d.get("session_id", UNSET) is None:
            del d["session_id"]
        session_id = d.pop("session_id", UNSET)

        if d.get("skip", UNSET) is None:
            del d["skip"]
        skip = d.pop("skip", UNSET)

        if d.get("subject", UNSET) is None:
            del d["subject"]
        subject = d.pop("subject", UNSET)

        o_auth_2_login_request = cls(
            challenge=challenge,
            client=client,
            oidc_context=oidc_context,
            request_url=request_url,
            requested_access_token_audience=requested_access_token_audience,
            requested_scope=requested_scope,
            session_id=session_id,
            skip=skip,
            subject=subject,
        )

        o_auth_2_login_request.additional_properties = d
        return o_auth_2_login_request

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


from ..models.o_auth_2_client import OAuth2Client
from ..models.o_auth_2_consent_request_open_id_connect_context import (
    OAuth2ConsentRequestOpenIDConnectContext,
)

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from . import _model_repr

T = TypeVar("T", bound="OAuth2LoginRequest")
#: The properties the spec names; any other key of a payload is kept in ``additional_properties``.
_KNOWN_KEYS = frozenset(
    {
        "challenge",
        "client",
        "oidc_context",
        "request_url",
        "requested_access_token_audience",
        "requested_scope",
        "session_id",
        "skip",
        "subject",
    }
)


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
        _get = src_dict.get
        _v: Any
        _missing = 0  # optional properties absent: more keys than the present ones are unknown keys
        challenge = _get("challenge", UNSET)
        if challenge is UNSET:
            _missing += 1
        elif challenge is None:
            challenge = UNSET

        client: OAuth2Client | Unset
        _v = _get("client", UNSET)
        if _v is UNSET:
            _missing += 1
            client = UNSET
        elif _v is None:
            client = UNSET
        else:
            client = OAuth2Client.from_dict(_v)

        oidc_context: OAuth2ConsentRequestOpenIDConnectContext | Unset
        _v = _get("oidc_context", UNSET)
        if _v is UNSET:
            _missing += 1
            oidc_context = UNSET
        elif _v is None:
            oidc_context = UNSET
        else:
            oidc_context = OAuth2ConsentRequestOpenIDConnectContext.from_dict(_v)

        request_url = _get("request_url", UNSET)
        if request_url is UNSET:
            _missing += 1
        elif request_url is None:
            request_url = UNSET

        requested_access_token_audience = _get("requested_access_token_audience", UNSET)
        if requested_access_token_audience is UNSET:
            _missing += 1
        elif requested_access_token_audience is None:
            requested_access_token_audience = UNSET

        requested_scope = _get("requested_scope", UNSET)
        if requested_scope is UNSET:
            _missing += 1
        elif requested_scope is None:
            requested_scope = UNSET

        session_id = _get("session_id", UNSET)
        if session_id is UNSET:
            _missing += 1
        elif session_id is None:
            session_id = UNSET

        skip = _get("skip", UNSET)
        if skip is UNSET:
            _missing += 1
        elif skip is None:
            skip = UNSET

        subject = _get("subject", UNSET)
        if subject is UNSET:
            _missing += 1
        elif subject is None:
            subject = UNSET

        o_auth_2_login_request = cls(
            challenge,
            client,
            oidc_context,
            request_url,
            requested_access_token_audience,
            requested_scope,
            session_id,
            skip,
            subject,
        )
        if len(src_dict) + _missing > 9:
            o_auth_2_login_request.additional_properties = {
                _key: _value
                for _key, _value in src_dict.items()
                if _key not in _KNOWN_KEYS
            }
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

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from . import _model_repr

T = TypeVar("T", bound="OAuth2Client")
#: The properties the spec names; any other key of a payload is kept in ``additional_properties``.
_KNOWN_KEYS = frozenset(
    {
        "access_token_strategy",
        "allowed_cors_origins",
        "audience",
        "authorization_code_grant_access_token_lifespan",
        "authorization_code_grant_id_token_lifespan",
        "authorization_code_grant_refresh_token_lifespan",
        "backchannel_logout_session_required",
        "backchannel_logout_uri",
        "client_credentials_grant_access_token_lifespan",
        "client_id",
        "client_name",
        "client_secret",
        "client_secret_expires_at",
        "client_uri",
        "contacts",
        "created_at",
        "frontchannel_logout_session_required",
        "frontchannel_logout_uri",
        "grant_types",
        "implicit_grant_access_token_lifespan",
        "implicit_grant_id_token_lifespan",
        "jwks",
        "jwks_uri",
        "jwt_bearer_grant_access_token_lifespan",
        "logo_uri",
        "metadata",
        "owner",
        "policy_uri",
        "post_logout_redirect_uris",
        "redirect_uris",
        "refresh_token_grant_access_token_lifespan",
        "refresh_token_grant_id_token_lifespan",
        "refresh_token_grant_refresh_token_lifespan",
        "registration_access_token",
        "registration_client_uri",
        "request_object_signing_alg",
        "request_uris",
        "response_types",
        "scope",
        "sector_identifier_uri",
        "skip_consent",
        "skip_logout_consent",
        "subject_type",
        "token_endpoint_auth_method",
        "token_endpoint_auth_signing_alg",
        "tos_uri",
        "updated_at",
        "userinfo_signed_response_alg",
    }
)


@_attrs_define
class OAuth2Client:
    """
    Attributes:
        access_token_strategy (str | Unset):
        allowed_cors_origins (list[str] | Unset):
        audience (list[str] | Unset):
        authorization_code_grant_access_token_lifespan (str | Unset):
        authorization_code_grant_id_token_lifespan (str | Unset):
        authorization_code_grant_refresh_token_lifespan (str | Unset):
        backchannel_logout_session_required (bool | Unset):
        backchannel_logout_uri (str | Unset):
        client_credentials_grant_access_token_lifespan (str | Unset):
        client_id (str | Unset):
        client_name (str | Unset):
        client_secret (str | Unset):
        client_secret_expires_at (int | Unset):
        client_uri (str | Unset):
        contacts (list[str] | Unset):
        created_at (datetime.datetime | Unset):
        frontchannel_logout_session_required (bool | Unset):
        frontchannel_logout_uri (str | Unset):
        grant_types (list[str] | Unset):
        implicit_grant_access_token_lifespan (str | Unset):
        implicit_grant_id_token_lifespan (str | Unset):
        jwks (Any | Unset):
        jwks_uri (str | Unset):
        jwt_bearer_grant_access_token_lifespan (str | Unset):
        logo_uri (str | Unset):
        metadata (Any | Unset):
        owner (str | Unset):
        policy_uri (str | Unset):
        post_logout_redirect_uris (list[str] | Unset):
        redirect_uris (list[str] | Unset):
        refresh_token_grant_access_token_lifespan (str | Unset):
        refresh_token_grant_id_token_lifespan (str | Unset):
        refresh_token_grant_refresh_token_lifespan (str | Unset):
        registration_access_token (str | Unset):
        registration_client_uri (str | Unset):
        request_object_signing_alg (str | Unset):
        request_uris (list[str] | Unset):
        response_types (list[str] | Unset):
        scope (str | Unset):
        sector_identifier_uri (str | Unset):
        skip_consent (bool | Unset):
        skip_logout_consent (bool | Unset):
        subject_type (str | Unset):
        token_endpoint_auth_method (str | Unset):
        token_endpoint_auth_signing_alg (str | Unset):
        tos_uri (str | Unset):
        updated_at (datetime.datetime | Unset):
        userinfo_signed_response_alg (str | Unset):
    """

    access_token_strategy: str | Unset = UNSET
    allowed_cors_origins: list[str] | Unset = UNSET
    audience: list[str] | Unset = UNSET
    authorization_code_grant_access_token_lifespan: str | Unset = UNSET
    authorization_code_grant_id_token_lifespan: str | Unset = UNSET
    authorization_code_grant_refresh_token_lifespan: str | Unset = UNSET
    backchannel_logout_session_required: bool | Unset = UNSET
    backchannel_logout_uri: str | Unset = UNSET
    client_credentials_grant_access_token_lifespan: str | Unset = UNSET
    client_id: str | Unset = UNSET
    client_name: str | Unset = UNSET
    client_secret: str | Unset = UNSET
    client_secret_expires_at: int | Unset = UNSET
    client_uri: str | Unset = UNSET
    contacts: list[str] | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    frontchannel_logout_session_required: bool | Unset = UNSET
    frontchannel_logout_uri: str | Unset = UNSET
    grant_types: list[str] | Unset = UNSET
    implicit_grant_access_token_lifespan: str | Unset = UNSET
    implicit_grant_id_token_lifespan: str | Unset = UNSET
    jwks: Any | Unset = UNSET
    jwks_uri: str | Unset = UNSET
    jwt_bearer_grant_access_token_lifespan: str | Unset = UNSET
    logo_uri: str | Unset = UNSET
    metadata: Any | Unset = UNSET
    owner: str | Unset = UNSET
    policy_uri: str | Unset = UNSET
    post_logout_redirect_uris: list[str] | Unset = UNSET
    redirect_uris: list[str] | Unset = UNSET
    refresh_token_grant_access_token_lifespan: str | Unset = UNSET
    refresh_token_grant_id_token_lifespan: str | Unset = UNSET
    refresh_token_grant_refresh_token_lifespan: str | Unset = UNSET
    registration_access_token: str | Unset = UNSET
    registration_client_uri: str | Unset = UNSET
    request_object_signing_alg: str | Unset = UNSET
    request_uris: list[str] | Unset = UNSET
    response_types: list[str] | Unset = UNSET
    scope: str | Unset = UNSET
    sector_identifier_uri: str | Unset = UNSET
    skip_consent: bool | Unset = UNSET
    skip_logout_consent: bool | Unset = UNSET
    subject_type: str | Unset = UNSET
    token_endpoint_auth_method: str | Unset = UNSET
    token_endpoint_auth_signing_alg: str | Unset = UNSET
    tos_uri: str | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    userinfo_signed_response_alg: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields, unset ones left out."""
        return _model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        access_token_strategy = self.access_token_strategy

        allowed_cors_origins: list[str] | Unset = UNSET
        if not isinstance(self.allowed_cors_origins, Unset):
            allowed_cors_origins = self.allowed_cors_origins

        audience: list[str] | Unset = UNSET
        if not isinstance(self.audience, Unset):
            audience = self.audience

        authorization_code_grant_access_token_lifespan = (
            self.authorization_code_grant_access_token_lifespan
        )

        authorization_code_grant_id_token_lifespan = (
            self.authorization_code_grant_id_token_lifespan
        )

        authorization_code_grant_refresh_token_lifespan = (
            self.authorization_code_grant_refresh_token_lifespan
        )

        backchannel_logout_session_required = self.backchannel_logout_session_required

        backchannel_logout_uri = self.backchannel_logout_uri

        client_credentials_grant_access_token_lifespan = (
            self.client_credentials_grant_access_token_lifespan
        )

        client_id = self.client_id

        client_name = self.client_name

        client_secret = self.client_secret

        client_secret_expires_at = self.client_secret_expires_at

        client_uri = self.client_uri

        contacts: list[str] | Unset = UNSET
        if not isinstance(self.contacts, Unset):
            contacts = self.contacts

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        frontchannel_logout_session_required = self.frontchannel_logout_session_required

        frontchannel_logout_uri = self.frontchannel_logout_uri

        grant_types: list[str] | Unset = UNSET
        if not isinstance(self.grant_types, Unset):
            grant_types = self.grant_types

        implicit_grant_access_token_lifespan = self.implicit_grant_access_token_lifespan

        implicit_grant_id_token_lifespan = self.implicit_grant_id_token_lifespan

        jwks = self.jwks

        jwks_uri = self.jwks_uri

        jwt_bearer_grant_access_token_lifespan = (
            self.jwt_bearer_grant_access_token_lifespan
        )

        logo_uri = self.logo_uri

        metadata = self.metadata

        owner = self.owner

        policy_uri = self.policy_uri

        post_logout_redirect_uris: list[str] | Unset = UNSET
        if not isinstance(self.post_logout_redirect_uris, Unset):
            post_logout_redirect_uris = self.post_logout_redirect_uris

        redirect_uris: list[str] | Unset = UNSET
        if not isinstance(self.redirect_uris, Unset):
            redirect_uris = self.redirect_uris

        refresh_token_grant_access_token_lifespan = (
            self.refresh_token_grant_access_token_lifespan
        )

        refresh_token_grant_id_token_lifespan = (
            self.refresh_token_grant_id_token_lifespan
        )

        refresh_token_grant_refresh_token_lifespan = (
            self.refresh_token_grant_refresh_token_lifespan
        )

        registration_access_token = self.registration_access_token

        registration_client_uri = self.registration_client_uri

        request_object_signing_alg = self.request_object_signing_alg

        request_uris: list[str] | Unset = UNSET
        if not isinstance(self.request_uris, Unset):
            request_uris = self.request_uris

        response_types: list[str] | Unset = UNSET
        if not isinstance(self.response_types, Unset):
            response_types = self.response_types

        scope = self.scope

        sector_identifier_uri = self.sector_identifier_uri

        skip_consent = self.skip_consent

        skip_logout_consent = self.skip_logout_consent

        subject_type = self.subject_type

        token_endpoint_auth_method = self.token_endpoint_auth_method

        token_endpoint_auth_signing_alg = self.token_endpoint_auth_signing_alg

        tos_uri = self.tos_uri

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        userinfo_signed_response_alg = self.userinfo_signed_response_alg

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if access_token_strategy is not UNSET:
            field_dict["access_token_strategy"] = access_token_strategy
        if allowed_cors_origins is not UNSET:
            field_dict["allowed_cors_origins"] = allowed_cors_origins
        if audience is not UNSET:
            field_dict["audience"] = audience
        if authorization_code_grant_access_token_lifespan is not UNSET:
            field_dict["authorization_code_grant_access_token_lifespan"] = (
                authorization_code_grant_access_token_lifespan
            )
        if authorization_code_grant_id_token_lifespan is not UNSET:
            field_dict["authorization_code_grant_id_token_lifespan"] = (
                authorization_code_grant_id_token_lifespan
            )
        if authorization_code_grant_refresh_token_lifespan is not UNSET:
            field_dict["authorization_code_grant_refresh_token_lifespan"] = (
                authorization_code_grant_refresh_token_lifespan
            )
        if backchannel_logout_session_required is not UNSET:
            field_dict["backchannel_logout_session_required"] = (
                backchannel_logout_session_required
            )
        if backchannel_logout_uri is not UNSET:
            field_dict["backchannel_logout_uri"] = backchannel_logout_uri
        if client_credentials_grant_access_token_lifespan is not UNSET:
            field_dict["client_credentials_grant_access_token_lifespan"] = (
                client_credentials_grant_access_token_lifespan
            )
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if client_name is not UNSET:
            field_dict["client_name"] = client_name
        if client_secret is not UNSET:
            field_dict["client_secret"] = client_secret
        if client_secret_expires_at is not UNSET:
            field_dict["client_secret_expires_at"] = client_secret_expires_at
        if client_uri is not UNSET:
            field_dict["client_uri"] = client_uri
        if contacts is not UNSET:
            field_dict["contacts"] = contacts
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if frontchannel_logout_session_required is not UNSET:
            field_dict["frontchannel_logout_session_required"] = (
                frontchannel_logout_session_required
            )
        if frontchannel_logout_uri is not UNSET:
            field_dict["frontchannel_logout_uri"] = frontchannel_logout_uri
        if grant_types is not UNSET:
            field_dict["grant_types"] = grant_types
        if implicit_grant_access_token_lifespan is not UNSET:
            field_dict["implicit_grant_access_token_lifespan"] = (
                implicit_grant_access_token_lifespan
            )
        if implicit_grant_id_token_lifespan is not UNSET:
            field_dict["implicit_grant_id_token_lifespan"] = (
                implicit_grant_id_token_lifespan
            )
        if jwks is not UNSET:
            field_dict["jwks"] = jwks
        if jwks_uri is not UNSET:
            field_dict["jwks_uri"] = jwks_uri
        if jwt_bearer_grant_access_token_lifespan is not UNSET:
            field_dict["jwt_bearer_grant_access_token_lifespan"] = (
                jwt_bearer_grant_access_token_lifespan
            )
        if logo_uri is not UNSET:
            field_dict["logo_uri"] = logo_uri
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if owner is not UNSET:
            field_dict["owner"] = owner
        if policy_uri is not UNSET:
            field_dict["policy_uri"] = policy_uri
        if post_logout_redirect_uris is not UNSET:
            field_dict["post_logout_redirect_uris"] = post_logout_redirect_uris
        if redirect_uris is not UNSET:
            field_dict["redirect_uris"] = redirect_uris
        if refresh_token_grant_access_token_lifespan is not UNSET:
            field_dict["refresh_token_grant_access_token_lifespan"] = (
                refresh_token_grant_access_token_lifespan
            )
        if refresh_token_grant_id_token_lifespan is not UNSET:
            field_dict["refresh_token_grant_id_token_lifespan"] = (
                refresh_token_grant_id_token_lifespan
            )
        if refresh_token_grant_refresh_token_lifespan is not UNSET:
            field_dict["refresh_token_grant_refresh_token_lifespan"] = (
                refresh_token_grant_refresh_token_lifespan
            )
        if registration_access_token is not UNSET:
            field_dict["registration_access_token"] = registration_access_token
        if registration_client_uri is not UNSET:
            field_dict["registration_client_uri"] = registration_client_uri
        if request_object_signing_alg is not UNSET:
            field_dict["request_object_signing_alg"] = request_object_signing_alg
        if request_uris is not UNSET:
            field_dict["request_uris"] = request_uris
        if response_types is not UNSET:
            field_dict["response_types"] = response_types
        if scope is not UNSET:
            field_dict["scope"] = scope
        if sector_identifier_uri is not UNSET:
            field_dict["sector_identifier_uri"] = sector_identifier_uri
        if skip_consent is not UNSET:
            field_dict["skip_consent"] = skip_consent
        if skip_logout_consent is not UNSET:
            field_dict["skip_logout_consent"] = skip_logout_consent
        if subject_type is not UNSET:
            field_dict["subject_type"] = subject_type
        if token_endpoint_auth_method is not UNSET:
            field_dict["token_endpoint_auth_method"] = token_endpoint_auth_method
        if token_endpoint_auth_signing_alg is not UNSET:
            field_dict["token_endpoint_auth_signing_alg"] = (
                token_endpoint_auth_signing_alg
            )
        if tos_uri is not UNSET:
            field_dict["tos_uri"] = tos_uri
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if userinfo_signed_response_alg is not UNSET:
            field_dict["userinfo_signed_response_alg"] = userinfo_signed_response_alg

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        _iso = datetime.datetime.fromisoformat
        _v: Any
        _missing = 0  # optional properties absent: more keys than the present ones are unknown keys
        access_token_strategy = _get("access_token_strategy", UNSET)
        if access_token_strategy is UNSET:
            _missing += 1
        elif access_token_strategy is None:
            access_token_strategy = UNSET

        allowed_cors_origins = _get("allowed_cors_origins", UNSET)
        if allowed_cors_origins is UNSET:
            _missing += 1
        elif allowed_cors_origins is None:
            allowed_cors_origins = UNSET

        audience = _get("audience", UNSET)
        if audience is UNSET:
            _missing += 1
        elif audience is None:
            audience = UNSET

        authorization_code_grant_access_token_lifespan = _get(
            "authorization_code_grant_access_token_lifespan", UNSET
        )
        if authorization_code_grant_access_token_lifespan is UNSET:
            _missing += 1
        elif authorization_code_grant_access_token_lifespan is None:
            authorization_code_grant_access_token_lifespan = UNSET

        authorization_code_grant_id_token_lifespan = _get(
            "authorization_code_grant_id_token_lifespan", UNSET
        )
        if authorization_code_grant_id_token_lifespan is UNSET:
            _missing += 1
        elif authorization_code_grant_id_token_lifespan is None:
            authorization_code_grant_id_token_lifespan = UNSET

        authorization_code_grant_refresh_token_lifespan = _get(
            "authorization_code_grant_refresh_token_lifespan", UNSET
        )
        if authorization_code_grant_refresh_token_lifespan is UNSET:
            _missing += 1
        elif authorization_code_grant_refresh_token_lifespan is None:
            authorization_code_grant_refresh_token_lifespan = UNSET

        backchannel_logout_session_required = _get(
            "backchannel_logout_session_required", UNSET
        )
        if backchannel_logout_session_required is UNSET:
            _missing += 1
        elif backchannel_logout_session_required is None:
            backchannel_logout_session_required = UNSET

        backchannel_logout_uri = _get("backchannel_logout_uri", UNSET)
        if backchannel_logout_uri is UNSET:
            _missing += 1
        elif backchannel_logout_uri is None:
            backchannel_logout_uri = UNSET

        client_credentials_grant_access_token_lifespan = _get(
            "client_credentials_grant_access_token_lifespan", UNSET
        )
        if client_credentials_grant_access_token_lifespan is UNSET:
            _missing += 1
        elif client_credentials_grant_access_token_lifespan is None:
            client_credentials_grant_access_token_lifespan = UNSET

        client_id = _get("client_id", UNSET)
        if client_id is UNSET:
            _missing += 1
        elif client_id is None:
            client_id = UNSET

        client_name = _get("client_name", UNSET)
        if client_name is UNSET:
            _missing += 1
        elif client_name is None:
            client_name = UNSET

        client_secret = _get("client_secret", UNSET)
        if client_secret is UNSET:
            _missing += 1
        elif client_secret is None:
            client_secret = UNSET

        client_secret_expires_at = _get("client_secret_expires_at", UNSET)
        if client_secret_expires_at is UNSET:
            _missing += 1
        elif client_secret_expires_at is None:
            client_secret_expires_at = UNSET

        client_uri = _get("client_uri", UNSET)
        if client_uri is UNSET:
            _missing += 1
        elif client_uri is None:
            client_uri = UNSET

        contacts = _get("contacts", UNSET)
        if contacts is UNSET:
            _missing += 1
        elif contacts is None:
            contacts = UNSET

        created_at: datetime.datetime | Unset
        _v = _get("created_at", UNSET)
        if _v is UNSET:
            _missing += 1
            created_at = UNSET
        elif _v is None:
            created_at = UNSET
        else:
            created_at = _iso(_v)

        frontchannel_logout_session_required = _get(
            "frontchannel_logout_session_required", UNSET
        )
        if frontchannel_logout_session_required is UNSET:
            _missing += 1
        elif frontchannel_logout_session_required is None:
            frontchannel_logout_session_required = UNSET

        frontchannel_logout_uri = _get("frontchannel_logout_uri", UNSET)
        if frontchannel_logout_uri is UNSET:
            _missing += 1
        elif frontchannel_logout_uri is None:
            frontchannel_logout_uri = UNSET

        grant_types = _get("grant_types", UNSET)
        if grant_types is UNSET:
            _missing += 1
        elif grant_types is None:
            grant_types = UNSET

        implicit_grant_access_token_lifespan = _get(
            "implicit_grant_access_token_lifespan", UNSET
        )
        if implicit_grant_access_token_lifespan is UNSET:
            _missing += 1
        elif implicit_grant_access_token_lifespan is None:
            implicit_grant_access_token_lifespan = UNSET

        implicit_grant_id_token_lifespan = _get(
            "implicit_grant_id_token_lifespan", UNSET
        )
        if implicit_grant_id_token_lifespan is UNSET:
            _missing += 1
        elif implicit_grant_id_token_lifespan is None:
            implicit_grant_id_token_lifespan = UNSET

        jwks = _get("jwks", UNSET)
        if jwks is UNSET:
            _missing += 1
        elif jwks is None:
            jwks = UNSET

        jwks_uri = _get("jwks_uri", UNSET)
        if jwks_uri is UNSET:
            _missing += 1
        elif jwks_uri is None:
            jwks_uri = UNSET

        jwt_bearer_grant_access_token_lifespan = _get(
            "jwt_bearer_grant_access_token_lifespan", UNSET
        )
        if jwt_bearer_grant_access_token_lifespan is UNSET:
            _missing += 1
        elif jwt_bearer_grant_access_token_lifespan is None:
            jwt_bearer_grant_access_token_lifespan = UNSET

        logo_uri = _get("logo_uri", UNSET)
        if logo_uri is UNSET:
            _missing += 1
        elif logo_uri is None:
            logo_uri = UNSET

        metadata = _get("metadata", UNSET)
        if metadata is UNSET:
            _missing += 1
        elif metadata is None:
            metadata = UNSET

        owner = _get("owner", UNSET)
        if owner is UNSET:
            _missing += 1
        elif owner is None:
            owner = UNSET

        policy_uri = _get("policy_uri", UNSET)
        if policy_uri is UNSET:
            _missing += 1
        elif policy_uri is None:
            policy_uri = UNSET

        post_logout_redirect_uris = _get("post_logout_redirect_uris", UNSET)
        if post_logout_redirect_uris is UNSET:
            _missing += 1
        elif post_logout_redirect_uris is None:
            post_logout_redirect_uris = UNSET

        redirect_uris = _get("redirect_uris", UNSET)
        if redirect_uris is UNSET:
            _missing += 1
        elif redirect_uris is None:
            redirect_uris = UNSET

        refresh_token_grant_access_token_lifespan = _get(
            "refresh_token_grant_access_token_lifespan", UNSET
        )
        if refresh_token_grant_access_token_lifespan is UNSET:
            _missing += 1
        elif refresh_token_grant_access_token_lifespan is None:
            refresh_token_grant_access_token_lifespan = UNSET

        refresh_token_grant_id_token_lifespan = _get(
            "refresh_token_grant_id_token_lifespan", UNSET
        )
        if refresh_token_grant_id_token_lifespan is UNSET:
            _missing += 1
        elif refresh_token_grant_id_token_lifespan is None:
            refresh_token_grant_id_token_lifespan = UNSET

        refresh_token_grant_refresh_token_lifespan = _get(
            "refresh_token_grant_refresh_token_lifespan", UNSET
        )
        if refresh_token_grant_refresh_token_lifespan is UNSET:
            _missing += 1
        elif refresh_token_grant_refresh_token_lifespan is None:
            refresh_token_grant_refresh_token_lifespan = UNSET

        registration_access_token = _get("registration_access_token", UNSET)
        if registration_access_token is UNSET:
            _missing += 1
        elif registration_access_token is None:
            registration_access_token = UNSET

        registration_client_uri = _get("registration_client_uri", UNSET)
        if registration_client_uri is UNSET:
            _missing += 1
        elif registration_client_uri is None:
            registration_client_uri = UNSET

        request_object_signing_alg = _get("request_object_signing_alg", UNSET)
        if request_object_signing_alg is UNSET:
            _missing += 1
        elif request_object_signing_alg is None:
            request_object_signing_alg = UNSET

        request_uris = _get("request_uris", UNSET)
        if request_uris is UNSET:
            _missing += 1
        elif request_uris is None:
            request_uris = UNSET

        response_types = _get("response_types", UNSET)
        if response_types is UNSET:
            _missing += 1
        elif response_types is None:
            response_types = UNSET

        scope = _get("scope", UNSET)
        if scope is UNSET:
            _missing += 1
        elif scope is None:
            scope = UNSET

        sector_identifier_uri = _get("sector_identifier_uri", UNSET)
        if sector_identifier_uri is UNSET:
            _missing += 1
        elif sector_identifier_uri is None:
            sector_identifier_uri = UNSET

        skip_consent = _get("skip_consent", UNSET)
        if skip_consent is UNSET:
            _missing += 1
        elif skip_consent is None:
            skip_consent = UNSET

        skip_logout_consent = _get("skip_logout_consent", UNSET)
        if skip_logout_consent is UNSET:
            _missing += 1
        elif skip_logout_consent is None:
            skip_logout_consent = UNSET

        subject_type = _get("subject_type", UNSET)
        if subject_type is UNSET:
            _missing += 1
        elif subject_type is None:
            subject_type = UNSET

        token_endpoint_auth_method = _get("token_endpoint_auth_method", UNSET)
        if token_endpoint_auth_method is UNSET:
            _missing += 1
        elif token_endpoint_auth_method is None:
            token_endpoint_auth_method = UNSET

        token_endpoint_auth_signing_alg = _get("token_endpoint_auth_signing_alg", UNSET)
        if token_endpoint_auth_signing_alg is UNSET:
            _missing += 1
        elif token_endpoint_auth_signing_alg is None:
            token_endpoint_auth_signing_alg = UNSET

        tos_uri = _get("tos_uri", UNSET)
        if tos_uri is UNSET:
            _missing += 1
        elif tos_uri is None:
            tos_uri = UNSET

        updated_at: datetime.datetime | Unset
        _v = _get("updated_at", UNSET)
        if _v is UNSET:
            _missing += 1
            updated_at = UNSET
        elif _v is None:
            updated_at = UNSET
        else:
            updated_at = _iso(_v)

        userinfo_signed_response_alg = _get("userinfo_signed_response_alg", UNSET)
        if userinfo_signed_response_alg is UNSET:
            _missing += 1
        elif userinfo_signed_response_alg is None:
            userinfo_signed_response_alg = UNSET

        o_auth_2_client = cls(
            access_token_strategy,
            allowed_cors_origins,
            audience,
            authorization_code_grant_access_token_lifespan,
            authorization_code_grant_id_token_lifespan,
            authorization_code_grant_refresh_token_lifespan,
            backchannel_logout_session_required,
            backchannel_logout_uri,
            client_credentials_grant_access_token_lifespan,
            client_id,
            client_name,
            client_secret,
            client_secret_expires_at,
            client_uri,
            contacts,
            created_at,
            frontchannel_logout_session_required,
            frontchannel_logout_uri,
            grant_types,
            implicit_grant_access_token_lifespan,
            implicit_grant_id_token_lifespan,
            jwks,
            jwks_uri,
            jwt_bearer_grant_access_token_lifespan,
            logo_uri,
            metadata,
            owner,
            policy_uri,
            post_logout_redirect_uris,
            redirect_uris,
            refresh_token_grant_access_token_lifespan,
            refresh_token_grant_id_token_lifespan,
            refresh_token_grant_refresh_token_lifespan,
            registration_access_token,
            registration_client_uri,
            request_object_signing_alg,
            request_uris,
            response_types,
            scope,
            sector_identifier_uri,
            skip_consent,
            skip_logout_consent,
            subject_type,
            token_endpoint_auth_method,
            token_endpoint_auth_signing_alg,
            tos_uri,
            updated_at,
            userinfo_signed_response_alg,
        )
        if len(src_dict) + _missing > 48:
            o_auth_2_client.additional_properties = {
                _key: _value
                for _key, _value in src_dict.items()
                if _key not in _KNOWN_KEYS
            }
        return o_auth_2_client

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

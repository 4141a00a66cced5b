from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from . import _model_repr

T = TypeVar("T", bound="OAuth2Client")


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
        d = dict(src_dict)
        if d.get("access_token_strategy", UNSET) is None:
            del d["access_token_strategy"]
        access_token_strategy = d.pop("access_token_strategy", UNSET)

        if d.get("allowed_cors_origins", UNSET) is None:
            del d["allowed_cors_origins"]
        allowed_cors_origins = cast(list[str], d.pop("allowed_cors_origins", UNSET))

        if d.get("audience", UNSET) is None:
            del d["audience"]
        audience = cast(list[str], d.pop("audience", UNSET))

        if d.get("authorization_code_grant_access_token_lifespan", UNSET) is None:
            del d["authorization_code_grant_access_token_lifespan"]
        authorization_code_grant_access_token_lifespan = d.pop(
            "authorization_code_grant_access_token_lifespan", UNSET
        )

        if d.get("authorization_code_grant_id_token_lifespan", UNSET) is None:
            del d["authorization_code_grant_id_token_lifespan"]
        authorization_code_grant_id_token_lifespan = d.pop(
            "authorization_code_grant_id_token_lifespan", UNSET
        )

        if d.get("authorization_code_grant_refresh_token_lifespan", UNSET) is None:
            del d["authorization_code_grant_refresh_token_lifespan"]
        authorization_code_grant_refresh_token_lifespan = d.pop(
            "authorization_code_grant_refresh_token_lifespan", UNSET
        )

        if d.get("backchannel_logout_session_required", UNSET) is None:
            del d["backchannel_logout_session_required"]
        backchannel_logout_session_required = d.pop(
            "backchannel_logout_session_required", UNSET
        )

        if d.get("backchannel_logout_uri", UNSET) is None:
            del d["backchannel_logout_uri"]
        backchannel_logout_uri = d.pop("backchannel_logout_uri", UNSET)

        if d.get("client_credentials_grant_access_token_lifespan", UNSET) is None:
            del d["client_credentials_grant_access_token_lifespan"]
        client_credentials_grant_access_token_lifespan = d.pop(
            "client_credentials_grant_access_token_lifespan", UNSET
        )

        if d.get("client_id", UNSET) is None:
            del d["client_id"]
        client_id = d.pop("client_id", UNSET)

        if d.get("client_name", UNSET) is None:
            del d["client_name"]
        client_name = d.pop("client_name", UNSET)

        if d.get("client_secret", UNSET) is None:
            del d["client_secret"]
        client_secret = d.pop("client_secret", UNSET)

        if d.get("client_secret_expires_at", UNSET) is None:
            del d["client_secret_expires_at"]
        client_secret_expires_at = d.pop("client_secret_expires_at", UNSET)

        if d.get("client_uri", UNSET) is None:
            del d["client_uri"]
        client_uri = d.pop("client_uri", UNSET)

        if d.get("contacts", UNSET) is None:
            del d["contacts"]
        contacts = cast(list[str], d.pop("contacts", UNSET))

        if d.get("created_at", UNSET) is None:
            del d["created_at"]
        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        if d.get("frontchannel_logout_session_required", UNSET) is None:
            del d["frontchannel_logout_session_required"]
        frontchannel_logout_session_required = d.pop(
            "frontchannel_logout_session_required", UNSET
        )

        if d.get("frontchannel_logout_uri", UNSET) is None:
            del d["frontchannel_logout_uri"]
        frontchannel_logout_uri = d.pop("frontchannel_logout_uri", UNSET)

        if d.get("grant_types", UNSET) is None:
            del d["grant_types"]
        grant_types = cast(list[str], d.pop("grant_types", UNSET))

        if d.get("implicit_grant_access_token_lifespan", UNSET) is None:
            del d["implicit_grant_access_token_lifespan"]
        implicit_grant_access_token_lifespan = d.pop(
            "implicit_grant_access_token_lifespan", UNSET
        )

        if d.get("implicit_grant_id_token_lifespan", UNSET) is None:
            del d["implicit_grant_id_token_lifespan"]
        implicit_grant_id_token_lifespan = d.pop(
            "implicit_grant_id_token_lifespan", UNSET
        )

        if d.get("jwks", UNSET) is None:
            del d["jwks"]
        jwks = d.pop("jwks", UNSET)

        if d.get("jwks_uri", UNSET) is None:
            del d["jwks_uri"]
        jwks_uri = d.pop("jwks_uri", UNSET)

        if d.get("jwt_bearer_grant_access_token_lifespan", UNSET) is None:
            del d["jwt_bearer_grant_access_token_lifespan"]
        jwt_bearer_grant_access_token_lifespan = d.pop(
            "jwt_bearer_grant_access_token_lifespan", UNSET
        )

        if d.get("logo_uri", UNSET) is None:
            del d["logo_uri"]
        logo_uri = d.pop("logo_uri", UNSET)

        if d.get("metadata", UNSET) is None:
            del d["metadata"]
        metadata = d.pop("metadata", UNSET)

        if d.get("owner", UNSET) is None:
            del d["owner"]
        owner = d.pop("owner", UNSET)

        if d.get("policy_uri", UNSET) is None:
            del d["policy_uri"]
        policy_uri = d.pop("policy_uri", UNSET)

        if d.get("post_logout_redirect_uris", UNSET) is None:
            del d["post_logout_redirect_uris"]
        post_logout_redirect_uris = cast(
            list[str], d.pop("post_logout_redirect_uris", UNSET)
        )

        if d.get("redirect_uris", UNSET) is None:
            del d["redirect_uris"]
        redirect_uris = cast(list[str], d.pop("redirect_uris", UNSET))

        if d.get("refresh_token_grant_access_token_lifespan", UNSET) is None:
            del d["refresh_token_grant_access_token_lifespan"]
        refresh_token_grant_access_token_lifespan = d.pop(
            "refresh_token_grant_access_token_lifespan", UNSET
        )

        if d.get("refresh_token_grant_id_token_lifespan", UNSET) is None:
            del d["refresh_token_grant_id_token_lifespan"]
        refresh_token_grant_id_token_lifespan = d.pop(
            "refresh_token_grant_id_token_lifespan", UNSET
        )

        if d.get("refresh_token_grant_refresh_token_lifespan", UNSET) is None:
            del d["refresh_token_grant_refresh_token_lifespan"]
        refresh_token_grant_refresh_token_lifespan = d.pop(
            "refresh_token_grant_refresh_token_lifespan", UNSET
        )

        if d.get("registration_access_token", UNSET) is None:
            del d["registration_access_token"]
        registration_access_token = d.pop("registration_access_token", UNSET)

        if d.get("registration_client_uri", UNSET) is None:
            del d["registration_client_uri"]
        registration_client_uri = d.pop("registration_client_uri", UNSET)

        if d.get("request_object_signing_alg", UNSET) is None:
            del d["request_object_signing_alg"]
        request_object_signing_alg = d.pop("request_object_signing_alg", UNSET)

        if d.get("request_uris", UNSET) is None:
            del d["request_uris"]
        request_uris = cast(list[str], d.pop("request_uris", UNSET))

        if d.get("response_types", UNSET) is None:
            del d["response_types"]
        response_types = cast(list[str], d.pop("response_types", UNSET))

        if d.get("scope", UNSET) is None:
            del d["scope"]
        scope = d.pop("scope", UNSET)

        if d.get("sector_identifier_uri", UNSET) is None:
            del d["sector_identifier_uri"]
        sector_identifier_uri = d.pop("sector_identifier_uri", UNSET)

        if d.get("skip_consent", UNSET) is None:
            del d["skip_consent"]
        skip_consent = d.pop("skip_consent", UNSET)

        if d.get("skip_logout_consent", UNSET) is None:
            del d["skip_logout_consent"]
        skip_logout_consent = d.pop("skip_logout_consent", UNSET)

        if d.get("subject_type", UNSET) is None:
            del d["subject_type"]
        subject_type = d.pop("subject_type", UNSET)

        if d.get("token_endpoint_auth_method", UNSET) is None:
            del d["token_endpoint_auth_method"]
        token_endpoint_auth_method = d.pop("token_endpoint_auth_method", UNSET)

        if d.get("token_endpoint_auth_signing_alg", UNSET) is None:
            del d["token_endpoint_auth_signing_alg"]
        token_endpoint_auth_signing_alg = d.pop(
            "token_endpoint_auth_signing_alg", UNSET
        )

        if d.get("tos_uri", UNSET) is None:
            del d["tos_uri"]
        tos_uri = d.pop("tos_uri", UNSET)

        if d.get("updated_at", UNSET) is None:
            del d["updated_at"]
        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        if d.get("userinfo_signed_response_alg", UNSET) is None:
            del d["userinfo_signed_response_alg"]
        userinfo_signed_response_alg = d.pop("userinfo_signed_response_alg", UNSET)

        o_auth_2_client = cls(
            access_token_strategy=access_token_strategy,
            allowed_cors_origins=allowed_cors_origins,
            audience=audience,
            authorization_code_grant_access_token_lifespan=authorization_code_grant_access_token_lifespan,
            authorization_code_grant_id_token_lifespan=authorization_code_grant_id_token_lifespan,
            authorization_code_grant_refresh_token_lifespan=authorization_code_grant_refresh_token_lifespan,
            backchannel_logout_session_required=backchannel_logout_session_required,
            backchannel_logout_uri=backchannel_logout_uri,
            client_credentials_grant_access_token_lifespan=client_credentials_grant_access_token_lifespan,
            client_id=client_id,
            client_name=client_name,
            client_secret=client_secret,
            client_secret_expires_at=client_secret_expires_at,
            client_uri=client_uri,
            contacts=contacts,
            created_at=created_at,
            frontchannel_logout_session_required=frontchannel_logout_session_required,
            frontchannel_logout_uri=frontchannel_logout_uri,
            grant_types=grant_types,
            implicit_grant_access_token_lifespan=implicit_grant_access_token_lifespan,
            implicit_grant_id_token_lifespan=implicit_grant_id_token_lifespan,
            jwks=jwks,
            jwks_uri=jwks_uri,
            jwt_bearer_grant_access_token_lifespan=jwt_bearer_grant_access_token_lifespan,
            logo_uri=logo_uri,
            metadata=metadata,
            owner=owner,
            policy_uri=policy_uri,
            post_logout_redirect_uris=post_logout_redirect_uris,
            redirect_uris=redirect_uris,
            refresh_token_grant_access_token_lifespan=refresh_token_grant_access_token_lifespan,
            refresh_token_grant_id_token_lifespan=refresh_token_grant_id_token_lifespan,
            refresh_token_grant_refresh_token_lifespan=refresh_token_grant_refresh_token_lifespan,
            registration_access_token=registration_access_token,
            registration_client_uri=registration_client_uri,
            request_object_signing_alg=request_object_signing_alg,
            request_uris=request_uris,
            response_types=response_types,
            scope=scope,
            sector_identifier_uri=sector_identifier_uri,
            skip_consent=skip_consent,
            skip_logout_consent=skip_logout_consent,
            subject_type=subject_type,
            token_endpoint_auth_method=token_endpoint_auth_method,
            token_endpoint_auth_signing_alg=token_endpoint_auth_signing_alg,
            tos_uri=tos_uri,
            updated_at=updated_at,
            userinfo_signed_response_alg=userinfo_signed_response_alg,
        )

        o_auth_2_client.additional_properties = d
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

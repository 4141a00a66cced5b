"""Admin API for identities: ``ory.admin.identities``.

Needs ``admin_url`` (and on Ory Network an API key). Bodies are forwarded as given so Kratos validates
them against the identity schema and answers with a precise ``BadRequestError``/``ConflictError``.

Example::

    identity = ory.admin.identities.create({"email": "ada@example.com"}, password="correct horse battery")
    ory.admin.identities.patch(identity.id, [{"op": "replace", "path": "/state", "value": "inactive"}])
    for each in ory.admin.identities.iter_all(credentials_identifier="ada@example.com"):
        ...
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, cast

from ._constants import DEFAULT_PAGE_SIZE
from ._kwargs import opt, raw
from ._transport import Transport, parse
from .pagination import Page, fetch_page, iterate_pages

if TYPE_CHECKING:
    from uuid import UUID

    from ory_kratos_api.models.identity import Identity
    from ory_kratos_api.models.identity_patch_response import IdentityPatchResponse
    from ory_kratos_api.models.recovery_code_for_identity import RecoveryCodeForIdentity
    from ory_kratos_api.models.recovery_link_for_identity import RecoveryLinkForIdentity
    from ory_kratos_api.models.session import Session

__all__ = ["Identities", "identity_body"]


def identity_body(
    traits: Mapping[str, Any],
    *,
    schema_id: str = "default",
    password: str | None = None,
    hashed_password: str | None = None,
    credentials: Mapping[str, Any] | None = None,
    external_id: str | None = None,
    state: str | None = None,
    metadata_public: Any = None,
    metadata_admin: Any = None,
    verifiable_addresses: Sequence[Mapping[str, Any]] | None = None,
    recovery_addresses: Sequence[Mapping[str, Any]] | None = None,
    organization_id: str | None = None,
) -> dict[str, Any]:
    """The JSON body of ``createIdentity``; also the element of ``batch_patch``.

    ``password`` sets a cleartext password, ``hashed_password`` imports a hash (bcrypt, argon2, pbkdf2,
    ...); ``credentials`` is Kratos' full ``credentials`` object (OIDC/SAML imports) and is merged with them.
    """
    body: dict[str, Any] = {"schema_id": schema_id, "traits": dict(traits)}
    creds: dict[str, Any] = {
        k: dict(v) if isinstance(v, Mapping) else v for k, v in (credentials or {}).items()
    }
    if password is not None or hashed_password is not None:
        config: dict[str, Any] = dict(creds.get("password", {}).get("config", {}))
        if password is not None:
            config["password"] = password
        if hashed_password is not None:
            config["hashed_password"] = hashed_password
        creds["password"] = {**creds.get("password", {}), "config": config}
    optional = {
        "credentials": creds or None,
        "external_id": external_id,
        "state": state,
        "metadata_public": metadata_public,
        "metadata_admin": metadata_admin,
        "verifiable_addresses": [dict(a) for a in verifiable_addresses] if verifiable_addresses else None,
        "recovery_addresses": [dict(a) for a in recovery_addresses] if recovery_addresses else None,
        "organization_id": organization_id,
    }
    body.update({k: v for k, v in optional.items() if v is not None})
    return body


def _identity(data: Any) -> Identity:
    from ory_kratos_api.models.identity import Identity

    return Identity.from_dict(data)


class Identities:
    """``ory.admin.identities``: create, read, update, patch, delete and list identities."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    def create(self, traits: Mapping[str, Any], **options: Any) -> Identity:
        """Create an identity; ``options`` are those of :func:`identity_body` (``password=``, ``schema_id=``,
        ``hashed_password=``, ``credentials=``, ``external_id=``, ``state=``, ``verifiable_addresses=``, ...).

        Raises ``ConflictError`` when an identifier or external id is taken, ``BadRequestError`` when the
        traits do not match the schema.
        """
        from ory_kratos_api.api.identity import create_identity as op

        body = identity_body(traits, **options)
        response = self._transport.call(op._get_kwargs(body=raw(body)), admin=True, ok=(201,))
        return parse(response, _identity, "Identity")

    def get(self, identity_id: str | UUID, *, include_credential: Sequence[str] | None = None) -> Identity:
        """One identity; ``include_credential=["password", "oidc"]`` adds credential details."""
        from ory_kratos_api.api.identity import get_identity as op

        kwargs = op._get_kwargs(
            id=str(identity_id),
            include_credential=opt(cast(Any, list(include_credential)) if include_credential else None),
        )
        return parse(self._transport.call(kwargs, admin=True), _identity, "Identity")

    def get_by_external_id(
        self, external_id: str, *, include_credential: Sequence[str] | None = None
    ) -> Identity:
        """The identity with this ``external_id`` (``NotFoundError`` when none)."""
        from ory_kratos_api.api.identity import get_identity_by_external_id as op

        kwargs = op._get_kwargs(
            external_id=external_id,
            include_credential=opt(cast(Any, list(include_credential)) if include_credential else None),
        )
        return parse(self._transport.call(kwargs, admin=True), _identity, "Identity")

    def find_by_identifier(self, identifier: str) -> Identity | None:
        """The identity whose credential identifier (e.g. email) is exactly ``identifier``, or None."""
        page = self.list_page(credentials_identifier=identifier, page_size=1)
        return page.items[0] if page.items else None

    def update(
        self,
        identity_id: str | UUID,
        *,
        schema_id: str,
        traits: Mapping[str, Any],
        state: str,
        metadata_public: Any = None,
        metadata_admin: Any = None,
        credentials: Mapping[str, Any] | None = None,
        external_id: str | None = None,
    ) -> Identity:
        """Replace an identity (PUT: ``schema_id``, ``traits`` and ``state`` are required; to change one
        field use :meth:`patch`)."""
        from ory_kratos_api.api.identity import update_identity as op

        body: dict[str, Any] = {"schema_id": schema_id, "traits": dict(traits), "state": state}
        optional = {
            "metadata_public": metadata_public,
            "metadata_admin": metadata_admin,
            "credentials": dict(credentials) if credentials else None,
            "external_id": external_id,
        }
        body.update({k: v for k, v in optional.items() if v is not None})
        kwargs = op._get_kwargs(id=str(identity_id), body=raw(body))
        return parse(self._transport.call(kwargs, admin=True), _identity, "Identity")

    def patch(self, identity_id: str | UUID, operations: Sequence[Mapping[str, Any]]) -> Identity:
        """Apply JSON Patch operations: ``[{"op": "replace", "path": "/traits/email", "value": ...}]``."""
        from ory_kratos_api.api.identity import patch_identity as op

        kwargs = op._get_kwargs(id=str(identity_id), body=[raw(o) for o in operations])
        return parse(self._transport.call(kwargs, admin=True), _identity, "Identity")

    def batch_patch(self, creates: Sequence[Mapping[str, Any]]) -> list[IdentityPatchResponse]:
        """Create many identities in one request (bodies as built by :func:`identity_body`).

        Returns one result per body, in order, each with ``action`` (``create``/``error``), ``identity``
        (the new id) and the ``patch_id`` generated here to correlate them.
        """
        from ory_kratos_api.api.identity import batch_patch_identities as op
        from ory_kratos_api.models.batch_patch_identities_response import BatchPatchIdentitiesResponse

        patches = [{"create": dict(body), "patch_id": str(uuid.uuid4())} for body in creates]
        kwargs = op._get_kwargs(body=raw({"identities": patches}))
        response = self._transport.call(kwargs, admin=True, ok=(200, 207))
        result = parse(response, BatchPatchIdentitiesResponse.from_dict, "BatchPatchIdentitiesResponse")
        return list(result.identities or [])

    def delete(self, identity_id: str | UUID) -> None:
        """Delete an identity and everything attached to it (irreversible)."""
        from ory_kratos_api.api.identity import delete_identity as op

        self._transport.call(op._get_kwargs(id=str(identity_id)), admin=True, ok=(204,))

    def delete_credentials(
        self, identity_id: str | UUID, credential_type: str, *, identifier: str | None = None
    ) -> None:
        """Remove one credential type (``totp``, ``webauthn``, ``lookup_secret``, ``oidc`` with
        ``identifier``, ...) from an identity, e.g. to reset a lost second factor."""
        from ory_kratos_api.api.identity import delete_identity_credentials as op

        kwargs = op._get_kwargs(
            id=str(identity_id), type_=cast(Any, credential_type), identifier=opt(identifier)
        )
        self._transport.call(kwargs, admin=True, ok=(204,))

    def list_page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        credentials_identifier: str | None = None,
        ids: Sequence[str] | None = None,
        organization_id: str | None = None,
        include_credential: Sequence[str] | None = None,
    ) -> Page[Identity]:
        """One page of identities; ``page.next_page_token`` continues (see :meth:`iter_all`)."""
        from ory_kratos_api.api.identity import list_identities as op
        from ory_kratos_api.models.identity import Identity

        kwargs = op._get_kwargs(
            page_size=opt(page_size),
            page_token=opt(page_token),
            credentials_identifier=opt(credentials_identifier),
            ids=opt(list(ids) if ids else None),
            organization_id=opt(organization_id),
            include_credential=opt(list(include_credential) if include_credential else None),
        )
        # Identity.from_dict itself, not _identity: its import statement would run once per identity.
        return fetch_page(self._transport, kwargs, Identity.from_dict, "Identity")

    def iter_all(
        self,
        *,
        page_size: int = DEFAULT_PAGE_SIZE,
        credentials_identifier: str | None = None,
        ids: Sequence[str] | None = None,
        organization_id: str | None = None,
    ) -> Iterator[Identity]:
        """Every identity (matching the filters), following ``Link: rel=next`` lazily."""
        return iterate_pages(
            lambda token: self.list_page(
                page_size=page_size,
                page_token=token,
                credentials_identifier=credentials_identifier,
                ids=ids,
                organization_id=organization_id,
            )
        )

    # --- recovery -------------------------------------------------------------------------------------
    def create_recovery_code(
        self, identity_id: str | UUID, *, expires_in: str | None = None, flow_type: str | None = None
    ) -> RecoveryCodeForIdentity:
        """A one-time recovery code and the link to enter it (e.g. for support staff); ``expires_in`` like
        ``"1h"``, ``flow_type`` ``"browser"`` (default) or ``"api"``."""
        from ory_kratos_api.api.identity import create_recovery_code_for_identity as op
        from ory_kratos_api.models.recovery_code_for_identity import RecoveryCodeForIdentity

        body = {"identity_id": str(identity_id), "expires_in": expires_in, "flow_type": flow_type}
        kwargs = op._get_kwargs(body=raw({k: v for k, v in body.items() if v is not None}))
        response = self._transport.call(kwargs, admin=True, ok=(201,))
        return parse(response, RecoveryCodeForIdentity.from_dict, "RecoveryCodeForIdentity")

    def create_recovery_link(
        self, identity_id: str | UUID, *, expires_in: str | None = None, return_to: str | None = None
    ) -> RecoveryLinkForIdentity:
        """A one-time recovery link (the ``link`` recovery method must be enabled)."""
        from ory_kratos_api.api.identity import create_recovery_link_for_identity as op
        from ory_kratos_api.models.recovery_link_for_identity import RecoveryLinkForIdentity

        body = {"identity_id": str(identity_id), "expires_in": expires_in}
        kwargs = op._get_kwargs(
            body=raw({k: v for k, v in body.items() if v is not None}), return_to=opt(return_to)
        )
        response = self._transport.call(kwargs, admin=True, ok=(200, 201))
        return parse(response, RecoveryLinkForIdentity.from_dict, "RecoveryLinkForIdentity")

    # --- sessions of one identity ---------------------------------------------------------------------
    def list_sessions_page(
        self,
        identity_id: str | UUID,
        *,
        active: bool | None = None,
        page_size: int | None = None,
        page_token: str | None = None,
    ) -> Page[Session]:
        from ory_kratos_api.api.identity import list_identity_sessions as op
        from ory_kratos_api.models.session import Session

        kwargs = op._get_kwargs(
            id=str(identity_id), active=opt(active), page_size=opt(page_size), page_token=opt(page_token)
        )
        return fetch_page(self._transport, kwargs, Session.from_dict, "Session")

    def iter_sessions(
        self, identity_id: str | UUID, *, active: bool | None = None, page_size: int = DEFAULT_PAGE_SIZE
    ) -> Iterator[Session]:
        """Every session of one identity (``active=True`` for the signed-in ones), each once.

        Kratos pages this list by offset like the user's own session list (see ``Sessions.iter_all``), so
        a repeated page is skipped: keep ``page_size`` above the sessions one identity can have.
        """
        return iterate_pages(
            lambda token: self.list_sessions_page(
                identity_id, active=active, page_size=page_size, page_token=token
            ),
            key=lambda session: str(session.id),
        )

    def delete_sessions(self, identity_id: str | UUID) -> None:
        """Sign the identity out everywhere."""
        from ory_kratos_api.api.identity import delete_identity_sessions as op

        self._transport.call(op._get_kwargs(id=str(identity_id)), admin=True, retry=True, ok=(204,))

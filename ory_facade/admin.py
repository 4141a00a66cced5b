"""The admin API: ``ory.admin`` (identities, sessions, courier messages, schemas, health, version).

Admin calls go to ``admin_url`` and carry ``Authorization: Bearer <api_key>`` when a key is configured;
the key is never sent to the public URL.

Example::

    ory = OryClient.from_env()            # KRATOS_ADMIN_URL, or ORY_SDK_URL + ORY_API_KEY
    for message in ory.admin.courier.iter_all(recipient="ada@example.com"):
        print(message.subject)
    ory.admin.sessions.disable(session_id)
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any, cast

from ._constants import DEFAULT_PAGE_SIZE
from ._kwargs import opt
from ._transport import Transport, decode_json, parse
from .identities import Identities
from .pagination import Page, fetch_page, iterate_pages

if TYPE_CHECKING:
    from uuid import UUID

    from ory_kratos_api.models.identity_schema_container import IdentitySchemaContainer
    from ory_kratos_api.models.message import Message
    from ory_kratos_api.models.session import Session

__all__ = ["Admin", "AdminSessions", "Courier", "Schemas"]


def _session(data: Any) -> Session:
    from ory_kratos_api.models.session import Session

    return Session.from_dict(data)


class AdminSessions:
    """``ory.admin.sessions``: any identity's sessions."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    def get(self, session_id: str | UUID, *, expand: Sequence[str] | None = None) -> Session:
        """One session; ``expand=["identity", "devices"]`` includes them."""
        from ory_kratos_api.api.identity import get_session as op

        kwargs = op._get_kwargs(id=str(session_id), expand=opt(cast(Any, list(expand)) if expand else None))
        return parse(self._transport.call(kwargs, admin=True), _session, "Session")

    def list_page(
        self,
        *,
        active: bool | None = None,
        expand: Sequence[str] | None = None,
        page_size: int | None = None,
        page_token: str | None = None,
    ) -> Page[Session]:
        from ory_kratos_api.api.identity import list_sessions as op

        kwargs = op._get_kwargs(
            active=opt(active),
            expand=opt(cast(Any, list(expand)) if expand else None),
            page_size=opt(page_size),
            page_token=opt(page_token),
        )
        return fetch_page(self._transport, kwargs, _session, "Session")

    def iter_all(
        self,
        *,
        active: bool | None = None,
        expand: Sequence[str] | None = None,
        page_size: int = DEFAULT_PAGE_SIZE,
    ) -> Iterator[Session]:
        """Every session (``active=True``: only the signed-in ones), fetched page by page."""
        return iterate_pages(
            lambda token: self.list_page(active=active, expand=expand, page_size=page_size, page_token=token)
        )

    def extend(self, session_id: str | UUID) -> Session | None:
        """Push the session's expiry out by the configured lifespan. Returns the session when Kratos sends
        it (older versions), None for the newer empty 204 answer."""
        from ory_kratos_api.api.identity import extend_session as op

        response = self._transport.call(
            op._get_kwargs(id=str(session_id)), admin=True, retry=True, ok=(200, 204)
        )
        return None if response.status_code == 204 else parse(response, _session, "Session")

    def disable(self, session_id: str | UUID) -> None:
        """Sign this session out."""
        from ory_kratos_api.api.identity import disable_session as op

        self._transport.call(op._get_kwargs(id=str(session_id)), admin=True, ok=(204,))


class Courier:
    """``ory.admin.courier``: the emails/SMS Kratos sent or queued (codes, links)."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    def get(self, message_id: str | UUID) -> Message:
        from ory_kratos_api.api.courier import get_courier_message as op
        from ory_kratos_api.models.message import Message

        return parse(
            self._transport.call(op._get_kwargs(id=str(message_id)), admin=True), Message.from_dict, "Message"
        )

    def list_page(
        self,
        *,
        status: str | None = None,
        recipient: str | None = None,
        page_size: int | None = None,
        page_token: str | None = None,
    ) -> Page[Message]:
        from ory_kratos_api.api.courier import list_courier_messages as op
        from ory_kratos_api.models.message import Message

        kwargs = op._get_kwargs(
            status=opt(cast(Any, status)),
            recipient=opt(recipient),
            page_size=opt(page_size),
            page_token=opt(page_token),
        )
        return fetch_page(self._transport, kwargs, Message.from_dict, "Message")

    def iter_all(
        self, *, status: str | None = None, recipient: str | None = None, page_size: int = DEFAULT_PAGE_SIZE
    ) -> Iterator[Message]:
        """Every message (newest first, as Kratos orders them), optionally by ``status``/``recipient``."""
        return iterate_pages(
            lambda token: self.list_page(
                status=status, recipient=recipient, page_size=page_size, page_token=token
            )
        )


class Schemas:
    """``ory.admin.schemas``: the identity JSON schemas, read on the public port (Kratos' admin port only
    redirects ``/schemas`` to its ``/admin/`` prefix, and Ory Network serves them publicly)."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    def list_page(
        self, *, page_size: int | None = None, page_token: str | None = None
    ) -> Page[IdentitySchemaContainer]:
        from ory_kratos_api.api.identity import list_identity_schemas as op
        from ory_kratos_api.models.identity_schema_container import IdentitySchemaContainer

        kwargs = op._get_kwargs(page_size=opt(page_size), page_token=opt(page_token))
        return fetch_page(
            self._transport, kwargs, IdentitySchemaContainer.from_dict, "IdentitySchemaContainer", admin=False
        )

    def iter_all(self, *, page_size: int = DEFAULT_PAGE_SIZE) -> Iterator[IdentitySchemaContainer]:
        return iterate_pages(lambda token: self.list_page(page_size=page_size, page_token=token))

    def get(self, schema_id: str) -> dict[str, Any]:
        """The JSON schema document itself."""
        from ory_kratos_api.api.identity import get_identity_schema as op

        response = self._transport.call(op._get_kwargs(id=schema_id))
        return parse(response, dict, "a JSON schema object")


class Admin:
    """``ory.admin``: ``identities``, ``sessions``, ``courier``, ``schemas`` and health/version."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport
        self.identities = Identities(transport)
        self.sessions = AdminSessions(transport)
        self.courier = Courier(transport)
        self.schemas = Schemas(transport)

    def is_alive(self) -> bool:
        """True when the admin endpoint answers ``/health/alive`` with 200 (connection errors raise)."""
        from ory_kratos_api.api.metadata import is_alive as op

        return self._transport.send(_admin_prefixed(op._get_kwargs()), admin=True).status_code == 200

    def is_ready(self) -> bool:
        """True when Kratos reports ready (database reachable, migrations applied)."""
        from ory_kratos_api.api.metadata import is_ready as op

        response = self._transport.send(_admin_prefixed(op._get_kwargs()), admin=True, retry=False)
        return response.status_code == 200

    def version(self) -> str:
        """The Kratos version string, e.g. ``"v26.2.0"``."""
        from ory_kratos_api.api.metadata import get_version as op

        response = self._transport.call(_admin_prefixed(op._get_kwargs()), admin=True)
        body = decode_json(response)
        version = body.get("version") if isinstance(body, dict) else None
        if not isinstance(version, str):
            from .errors import OryResponseError

            raise OryResponseError("/version answered without a version string", status=response.status_code)
        return version


def _admin_prefixed(kwargs: dict[str, Any]) -> dict[str, Any]:
    """The metadata endpoints on the admin port: Kratos serves them under ``/admin`` there and answers the
    bare path (as the spec spells it) with a 307 to the prefixed one."""
    return {**kwargs, "url": "/admin" + str(kwargs["url"])}

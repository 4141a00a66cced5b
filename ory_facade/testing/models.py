"""The fake's state objects and their Kratos JSON shapes.

Everything here is plain data; the handlers mutate it under the server's single lock.
``__repr__`` of objects holding secrets (tokens, codes, hashes) is overridden so nothing leaks into logs.
"""

from __future__ import annotations

import base64
import copy
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from ory_facade.testing.clock import format_time

__all__ = [
    "AuthMethod",
    "Code",
    "CourierMessage",
    "Credential",
    "Device",
    "Flow",
    "Identity",
    "RecoveryAddress",
    "RecoveryLink",
    "Session",
    "StoredError",
    "VerifiableAddress",
]

JSON = dict[str, Any]


@dataclass
class Credential:
    type: str
    identifiers: list[str]
    config: JSON
    created_at: datetime
    updated_at: datetime
    version: int = 0

    def __repr__(self) -> str:
        return f"Credential(type={self.type!r}, identifiers={len(self.identifiers)})"

    def to_json(self, *, with_config: bool) -> JSON:
        out: JSON = {
            "type": self.type,
            "identifiers": list(self.identifiers),
            "version": self.version,
            "created_at": format_time(self.created_at),
            "updated_at": format_time(self.updated_at),
        }
        if with_config:
            out["config"] = copy.deepcopy(self.config)
        return out


@dataclass
class VerifiableAddress:
    id: str
    value: str
    via: str
    verified: bool
    status: str
    created_at: datetime
    updated_at: datetime
    verified_at: datetime | None = None

    def to_json(self) -> JSON:
        out: JSON = {
            "id": self.id,
            "value": self.value,
            "verified": self.verified,
            "via": self.via,
            "status": self.status,
            "created_at": format_time(self.created_at),
            "updated_at": format_time(self.updated_at),
        }
        if self.verified_at is not None:
            out["verified_at"] = format_time(self.verified_at)
        return out


@dataclass
class RecoveryAddress:
    id: str
    value: str
    via: str
    created_at: datetime
    updated_at: datetime

    def to_json(self) -> JSON:
        return {
            "id": self.id,
            "value": self.value,
            "via": self.via,
            "created_at": format_time(self.created_at),
            "updated_at": format_time(self.updated_at),
        }


@dataclass
class Identity:
    id: str
    schema_id: str
    traits: Any
    state: str
    created_at: datetime
    updated_at: datetime
    state_changed_at: datetime | None = None
    credentials: dict[str, Credential] = field(default_factory=dict)
    verifiable_addresses: list[VerifiableAddress] = field(default_factory=list)
    recovery_addresses: list[RecoveryAddress] = field(default_factory=list)
    metadata_public: Any = None
    metadata_admin: Any = None
    external_id: str | None = None

    def __repr__(self) -> str:
        return f"Identity(id={self.id!r}, state={self.state!r})"

    @property
    def password_hash(self) -> str | None:
        cred = self.credentials.get("password")
        if cred is None:
            return None
        value = cred.config.get("hashed_password")
        return str(value) if value else None

    @property
    def totp_secret(self) -> str | None:
        cred = self.credentials.get("totp")
        if cred is None:
            return None
        url = str(cred.config.get("totp_url", ""))
        for part in url.partition("?")[2].split("&"):
            key, _, value = part.partition("=")
            if key == "secret":
                return value
        return None

    @property
    def available_aal(self) -> str:
        """``aal2`` when the identity has a second factor (the fake knows TOTP and lookup secrets)."""
        return "aal2" if self.totp_secret or "lookup_secret" in self.credentials else "aal1"

    def to_json(
        self,
        public_url: str,
        *,
        admin: bool,
        credentials: bool = False,
        declassify: frozenset[str] = frozenset(),
    ) -> JSON:
        schema_ref = base64.urlsafe_b64encode(self.schema_id.encode()).decode().rstrip("=")
        out: JSON = {
            "id": self.id,
            "schema_id": self.schema_id,
            "schema_url": f"{public_url}/schemas/{schema_ref}",
            "state": self.state,
            "traits": copy.deepcopy(self.traits),
            "verifiable_addresses": [a.to_json() for a in self.verifiable_addresses],
            "recovery_addresses": [a.to_json() for a in self.recovery_addresses],
            "metadata_public": copy.deepcopy(self.metadata_public),
            "created_at": format_time(self.created_at),
            "updated_at": format_time(self.updated_at),
            "organization_id": None,
        }
        if self.state_changed_at is not None:
            out["state_changed_at"] = format_time(self.state_changed_at)
        if admin and self.metadata_admin is not None:  # omitempty
            out["metadata_admin"] = copy.deepcopy(self.metadata_admin)
        if self.external_id:  # omitempty; public answers keep it (only credentials and metadata_admin go)
            out["external_id"] = self.external_id
        if admin and credentials and self.credentials:
            out["credentials"] = {
                kind: cred.to_json(with_config=kind in declassify) for kind, cred in self.credentials.items()
            }
        return out


@dataclass
class AuthMethod:
    method: str
    aal: str
    completed_at: datetime

    def to_json(self) -> JSON:
        return {"method": self.method, "aal": self.aal, "completed_at": format_time(self.completed_at)}


@dataclass
class Device:
    id: str
    ip_address: str
    user_agent: str
    location: str = ""

    def to_json(self) -> JSON:
        return {
            "id": self.id,
            "ip_address": self.ip_address,
            "user_agent": self.user_agent,
            "location": self.location,
        }


@dataclass
class Session:
    id: str
    identity_id: str
    token: str
    cookie_value: str
    logout_token: str
    active: bool
    issued_at: datetime
    authenticated_at: datetime
    expires_at: datetime
    aal: str
    methods: list[AuthMethod] = field(default_factory=list)
    devices: list[Device] = field(default_factory=list)

    def __repr__(self) -> str:
        return f"Session(id={self.id!r}, active={self.active!r}, aal={self.aal!r})"

    def is_usable(self, now: datetime) -> bool:
        return self.active and self.expires_at > now

    def to_json(self, identity: JSON | None, *, devices: bool = True, now: datetime | None = None) -> JSON:
        active = self.active if now is None else self.is_usable(now)
        out: JSON = {
            "id": self.id,
            "active": active,
            "expires_at": format_time(self.expires_at),
            "authenticated_at": format_time(self.authenticated_at),
            "authenticator_assurance_level": self.aal,
            "authentication_methods": [m.to_json() for m in self.methods],
            "issued_at": format_time(self.issued_at),
        }
        if identity is not None:
            out["identity"] = identity
        if devices:
            out["devices"] = [d.to_json() for d in self.devices]
        return out


@dataclass
class Flow:
    """Any self-service flow; ``kind`` is login, registration, settings, recovery or verification."""

    kind: str
    id: str
    type: str
    issued_at: datetime
    expires_at: datetime
    request_url: str
    return_to: str
    csrf_secret: str
    state: str
    ui: JSON
    active: str | None = None
    refresh: bool = False
    requested_aal: str = "aal1"
    identity_id: str | None = None
    session_id: str | None = None
    continue_with: list[JSON] = field(default_factory=list)
    updated_at: datetime | None = None
    recovered_identity_id: str | None = None
    # Kratos' flow.InternalContext: server-side only (the TOTP key a settings flow offers...).
    internal_context: JSON = field(default_factory=dict)

    def __repr__(self) -> str:
        return f"Flow(kind={self.kind!r}, id={self.id!r}, type={self.type!r}, state={self.state!r})"

    def is_expired(self, now: datetime) -> bool:
        return self.expires_at <= now

    def to_json(self, identity: JSON | None = None) -> JSON:
        out: JSON = {
            "id": self.id,
            "type": self.type,
            "expires_at": format_time(self.expires_at),
            "issued_at": format_time(self.issued_at),
            "request_url": self.request_url,
            "ui": copy.deepcopy(self.ui),
            "state": self.state,
        }
        if self.return_to:
            out["return_to"] = self.return_to
        if self.active:
            out["active"] = self.active
        if self.kind == "login":
            out["created_at"] = format_time(self.issued_at)
            out["updated_at"] = format_time(self.updated_at or self.issued_at)
            out["refresh"] = self.refresh
            out["requested_aal"] = self.requested_aal
            out["organization_id"] = None
        elif self.kind == "registration":
            out["organization_id"] = None
        elif self.kind == "settings":
            out["identity"] = identity
        if self.kind in ("settings", "recovery") and self.continue_with:
            out["continue_with"] = copy.deepcopy(self.continue_with)
        return out


@dataclass
class Code:
    """A one-time code sent by the courier for a recovery or verification flow."""

    kind: str
    code: str
    flow_id: str
    address: str
    identity_id: str | None
    expires_at: datetime
    used: bool = False
    admin_created: bool = False

    def __repr__(self) -> str:
        return f"Code(kind={self.kind!r}, flow_id={self.flow_id!r}, used={self.used!r})"


@dataclass
class RecoveryLink:
    token: str
    flow_id: str
    identity_id: str
    expires_at: datetime
    used: bool = False

    def __repr__(self) -> str:
        return f"RecoveryLink(flow_id={self.flow_id!r}, used={self.used!r})"


@dataclass
class CourierMessage:
    """An email the fake "sent"; ``code`` is the one-time code in it, for test helpers."""

    id: str
    recipient: str
    subject: str
    body: str
    template_type: str
    created_at: datetime
    updated_at: datetime
    code: str | None = None
    status: str = "queued"
    type: str = "email"
    send_count: int = 0

    def __repr__(self) -> str:
        return f"CourierMessage(id={self.id!r}, template_type={self.template_type!r}, status={self.status!r})"

    def to_json(self) -> JSON:
        return {
            "id": self.id,
            "status": self.status,
            "type": self.type,
            "recipient": self.recipient,
            "body": self.body,
            "subject": self.subject,
            "template_type": self.template_type,
            "send_count": self.send_count,
            "created_at": format_time(self.created_at),
            "updated_at": format_time(self.updated_at),
            "channel": "email",  # dispatches is omitempty: left out while there are none
        }


@dataclass
class StoredError:
    id: str
    error: JSON
    created_at: datetime

    def to_json(self) -> JSON:
        return {
            "id": self.id,
            "error": copy.deepcopy(self.error),
            "created_at": format_time(self.created_at),
            "updated_at": format_time(self.created_at),
        }

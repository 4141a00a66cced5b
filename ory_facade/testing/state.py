"""Everything the fake remembers between requests; guarded by the server's single lock."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ory_facade.testing.models import (
    Code,
    CourierMessage,
    Flow,
    Identity,
    RecoveryLink,
    Session,
    StoredError,
)

__all__ = ["State"]


@dataclass
class State:
    identities: dict[str, Identity] = field(default_factory=dict)
    sessions: dict[str, Session] = field(default_factory=dict)
    flows: dict[str, Flow] = field(default_factory=dict)
    codes: list[Code] = field(default_factory=list)
    links: dict[str, RecoveryLink] = field(default_factory=dict)
    messages: list[CourierMessage] = field(default_factory=list)
    errors: dict[str, StoredError] = field(default_factory=dict)
    # Kratos' continuity containers (continuity/manager_cookie.go), keyed by the ory_kratos_continuity
    # cookie's value: a settings change paused for a refresh login, resumed by GET /self-service/settings.
    continuity: dict[str, dict[str, Any]] = field(default_factory=dict)

    def __repr__(self) -> str:
        # Recovery links are keyed by their token: never print the containers themselves.
        return (
            f"State(identities={len(self.identities)}, sessions={len(self.sessions)}, "
            f"flows={len(self.flows)}, messages={len(self.messages)})"
        )

    def identity_by_identifier(self, identifier: str) -> Identity | None:
        wanted = identifier.strip().lower()
        for identity in self.identities.values():
            cred = identity.credentials.get("password")
            if cred is not None and wanted in (i.lower() for i in cred.identifiers):
                return identity
        return None

    def identity_by_address(self, address: str, *, recovery: bool) -> Identity | None:
        wanted = address.strip().lower()
        for identity in self.identities.values():
            values = (
                [a.value for a in identity.recovery_addresses]
                if recovery
                else [a.value for a in identity.verifiable_addresses]
            )
            if wanted in (v.lower() for v in values):
                return identity
        return None

    def session_by_token(self, token: str) -> Session | None:
        for session in self.sessions.values():
            if session.token == token:
                return session
        return None

    def session_by_cookie(self, value: str) -> Session | None:
        for session in self.sessions.values():
            if session.cookie_value == value:
                return session
        return None

    def sessions_of(self, identity_id: str) -> list[Session]:
        return [s for s in self.sessions.values() if s.identity_id == identity_id]

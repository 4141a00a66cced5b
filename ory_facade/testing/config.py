"""Switches of the fake Kratos; each mirrors a Kratos configuration key (named in the comment)."""

from __future__ import annotations

import copy
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from ory_facade.testing.identity_schema import DEFAULT_IDENTITY_SCHEMA

__all__ = ["FakeKratosConfig"]

AALRequirement = Literal["aal1", "highest_available"]


def _default_schema() -> dict[str, Any]:
    return copy.deepcopy(DEFAULT_IDENTITY_SCHEMA)


@dataclass(frozen=True)
class FakeKratosConfig:
    """Configuration; change it on a running fake with ``FakeKratos.configure(**changes)``."""

    # selfservice.flows.*.ui_url are derived: <ui_url>/login, /registration, /settings, /recovery,
    # /verification, /error; default_browser_return_url is <ui_url>/.
    ui_url: str = "http://127.0.0.1:4455"
    # selfservice.allowed_return_urls (prefix match); the UI origin is always allowed.
    allowed_return_urls: tuple[str, ...] = ()
    # Ory Network style admin API key; None means the admin API is open (self-hosted Kratos).
    api_key: str | None = field(default=None, repr=False)
    # identity.schemas (one schema) and identity.default_schema_id.
    identity_schema: Mapping[str, Any] = field(default_factory=_default_schema)
    identity_schema_id: str = "default"
    # selfservice.flows.*.lifespan, in seconds.
    flow_lifespan: float = 3600.0
    # selfservice.methods.code.config.lifespan.
    code_lifespan: float = 900.0
    # session.lifespan.
    session_lifespan: float = 86400.0
    # selfservice.flows.settings.privileged_session_max_age.
    privileged_session_max_age: float = 900.0
    # selfservice.flows.registration.after.password.hooks contains "session".
    session_after_registration: bool = True
    # selfservice.flows.verification.enabled + the show_verification_ui hook after registration.
    verification_after_registration: bool = True
    # selfservice.flows.login.after.password.hooks contains "require_verified_address".
    require_verified_address: bool = False
    # feature_flags.use_continue_with_transitions=false: recovery ends with 422/303 to the settings UI.
    legacy_recovery_response: bool = False
    # session.whoami.required_aal and selfservice.flows.settings.required_aal.
    whoami_required_aal: AALRequirement = "highest_available"
    settings_required_aal: AALRequirement = "highest_available"
    # selfservice.methods.password.config.{min_password_length,identifier_similarity_check_enabled}.
    password_min_length: int = 8
    password_identifier_similarity_check: bool = True
    # selfservice.flows.{recovery,verification}.notify_unknown_recipients.
    notify_unknown_recipients: bool = False
    # Without a courier worker messages stay "queued"; with one they are "sent" right away.
    courier_delivers: bool = True
    # session.cookie.name.
    session_cookie_name: str = "ory_kratos_session"
    # selfservice.methods.password.config.migrate_hook.config when enabled (url, headers, auth as in
    # Kratos: {"type": "api_key", "config": {"name", "value", "in": "header"|"cookie"}} or
    # {"type": "basic_auth", "config": {"user", "password"}}); None: disabled.
    password_migration_hook: Mapping[str, Any] | None = field(default=None, repr=False)
    version: str = "v26.2.0"

    def ui(self, kind: str) -> str:
        return f"{self.ui_url.rstrip('/')}/{kind}"

    @property
    def default_return_url(self) -> str:
        return self.ui_url.rstrip("/") + "/"

"""The one-call helpers' old names on ``OryClient``, kept for one release; each warns and delegates.

The helpers live in their namespaces now (``ory.login.with_password``, ``ory.recovery.start``, ...).
Remove this module, and ``DeprecatedHelpers`` from ``OryClient``'s bases, in the release after 26.2.0.0.
"""

from __future__ import annotations

import warnings
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ory_kratos_api.models.login_flow import LoginFlow
    from ory_kratos_api.models.recovery_flow import RecoveryFlow
    from ory_kratos_api.models.registration_flow import RegistrationFlow
    from ory_kratos_api.models.settings_flow import SettingsFlow
    from ory_kratos_api.models.verification_flow import VerificationFlow

    from .flows import Login, Recovery, Registration, Settings, Verification
    from .results import SubmitResult
    from .sessions import Sessions

#: Each deprecated ``OryClient`` method and what replaces it (the CHANGELOG lists the same).
RENAMED = {
    "login_with_password": "login.with_password",
    "register": "registration.with_password",
    "start_recovery": "recovery.start",
    "complete_recovery": "recovery.complete",
    "verify": "verification.start",
    "complete_verification": "verification.complete",
    "change_password": "settings.change_password",
    "update_profile": "settings.update_traits",
    "logout": "sessions.logout",
}


def _warn(old: str) -> None:
    warnings.warn(
        f"OryClient.{old}() is deprecated and will be removed in the next release; "
        f"use ory.{RENAMED[old]}() instead",
        DeprecationWarning,
        stacklevel=3,
    )


class DeprecatedHelpers:
    """Mixed into ``OryClient``."""

    login: Login
    registration: Registration
    recovery: Recovery
    verification: Verification
    settings: Settings
    sessions: Sessions

    def login_with_password(
        self, identifier: str, password: str, *, session_token: str | None = None, aal: str | None = None
    ) -> SubmitResult[LoginFlow]:
        """Deprecated: ``ory.login.with_password``."""
        _warn("login_with_password")
        return self.login.with_password(identifier, password, session_token=session_token, aal=aal)

    def register(
        self, traits: Mapping[str, Any], password: str, *, identity_schema: str | None = None
    ) -> SubmitResult[RegistrationFlow]:
        """Deprecated: ``ory.registration.with_password``."""
        _warn("register")
        return self.registration.with_password(traits, password, identity_schema=identity_schema)

    def start_recovery(self, email: str) -> RecoveryFlow:
        """Deprecated: ``ory.recovery.start``."""
        _warn("start_recovery")
        return self.recovery.start(email)

    def complete_recovery(self, flow: RecoveryFlow | str, code: str) -> SubmitResult[RecoveryFlow]:
        """Deprecated: ``ory.recovery.complete``."""
        _warn("complete_recovery")
        return self.recovery.complete(flow, code)

    def verify(self, email: str) -> VerificationFlow:
        """Deprecated: ``ory.verification.start``."""
        _warn("verify")
        return self.verification.start(email)

    def complete_verification(
        self, flow: VerificationFlow | str, code: str
    ) -> SubmitResult[VerificationFlow]:
        """Deprecated: ``ory.verification.complete``."""
        _warn("complete_verification")
        return self.verification.complete(flow, code)

    def change_password(self, session_token: str, new_password: str) -> SubmitResult[SettingsFlow]:
        """Deprecated: ``ory.settings.change_password``."""
        _warn("change_password")
        return self.settings.change_password(session_token, new_password)

    def update_profile(
        self, session_token: str, traits: Mapping[str, Any], *, replace: bool = False
    ) -> SubmitResult[SettingsFlow]:
        """Deprecated: ``ory.settings.update_traits``."""
        _warn("update_profile")
        return self.settings.update_traits(session_token, traits, replace=replace)

    def logout(self, session_token: str) -> None:
        """Deprecated: ``ory.sessions.logout``."""
        _warn("logout")
        self.sessions.logout(session_token)

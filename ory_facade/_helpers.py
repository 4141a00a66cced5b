"""One-call helpers for native (session-token) use: scripts, tests, mobile back ends, the demo.

Each is a short composition of the flow primitives, so anything they do can be done step by step too.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .results import SubmitResult
from .ui import nodes_by_group

if TYPE_CHECKING:
    from ory_kratos_api.models.login_flow import LoginFlow
    from ory_kratos_api.models.recovery_flow import RecoveryFlow
    from ory_kratos_api.models.registration_flow import RegistrationFlow
    from ory_kratos_api.models.settings_flow import SettingsFlow
    from ory_kratos_api.models.verification_flow import VerificationFlow

    from ._transport import Transport
    from .flows import Login, Recovery, Registration, Settings, Verification


class OneCallHelpers:
    """Mixed into ``OryClient``."""

    _transport: Transport
    login: Login
    registration: Registration
    recovery: Recovery
    verification: Verification
    settings: Settings

    def login_with_password(
        self, identifier: str, password: str, *, session_token: str | None = None, aal: str | None = None
    ) -> SubmitResult[LoginFlow]:
        """Sign in with identifier and password; ``result.session_token`` and ``result.session`` are set.

        Raises ``FlowValidationError`` (``message_ids`` ``[4000006]``) for wrong credentials.

        Example::

            result = ory.login_with_password("ada@example.com", "correct horse battery")
            session = ory.whoami(session_token=result.session_token)
        """
        if not identifier or not password:
            raise ValueError("login_with_password needs a non-empty identifier and password")
        flow = self.login.create_native(session_token=session_token, aal=aal).flow
        body = {"method": "password", "identifier": identifier, "password": password}
        return self.login.submit(flow, body, session_token=session_token)

    def register(
        self, traits: Mapping[str, Any], password: str, *, identity_schema: str | None = None
    ) -> SubmitResult[RegistrationFlow]:
        """Create an account with traits and a password.

        ``result.identity`` is set; ``session``/``session_token`` too when the session hook is enabled.
        Works with one-step and profile-first (two-step) registration. Raises ``FlowValidationError``
        (``[4000007]`` when the account exists).
        """
        flow = self.registration.create_native(identity_schema=identity_schema).flow
        body = {"method": "password", "traits": dict(traits), "password": password}
        result = self.registration.submit(flow, body)
        if (
            not result.completed
            and result.flow is not None
            and nodes_by_group(result.flow, "password", include_default=False)
        ):
            # Profile-first registration: the first answer asks for the password of the same traits.
            result = self.registration.submit(result.flow, body)
        return result

    def start_recovery(self, email: str) -> RecoveryFlow:
        """Send a recovery code to ``email``; returns the flow (``sent_email``) for ``complete_recovery``.

        Kratos answers the same whether or not the address exists, so this does not reveal accounts.
        """
        flow = self.recovery.create_native().flow
        result = self.recovery.submit(flow, {"method": "code", "email": email})
        return result.flow or flow

    def complete_recovery(self, flow: RecoveryFlow | str, code: str) -> SubmitResult[RecoveryFlow]:
        """Submit the recovery code. On success ``result.session_token`` is a fresh privileged session and
        ``result.next_step`` is ``show_settings_ui`` naming the settings flow to set a new password in.

        Raises ``FlowValidationError`` (``[4060006]``) for a wrong or used code.
        """
        return self.recovery.submit(flow, {"method": "code", "code": code})

    def verify(self, email: str) -> VerificationFlow:
        """Send a verification code to ``email``; returns the flow for ``complete_verification``."""
        flow = self.verification.create_native().flow
        result = self.verification.submit(flow, {"method": "code", "email": email})
        return result.flow or flow

    def complete_verification(
        self, flow: VerificationFlow | str, code: str
    ) -> SubmitResult[VerificationFlow]:
        """Submit the verification code; ``result.completed`` is True once the address is verified."""
        return self.verification.submit(flow, {"method": "code", "code": code})

    def change_password(self, session_token: str, new_password: str) -> SubmitResult[SettingsFlow]:
        """Set a new password for the session's identity (``SessionRefreshRequiredError`` if too old)."""
        flow = self.settings.create_native(session_token=session_token).flow
        body = {"method": "password", "password": new_password}
        return self.settings.submit(flow, body, session_token=session_token)

    def update_profile(
        self, session_token: str, traits: Mapping[str, Any], *, replace: bool = False
    ) -> SubmitResult[SettingsFlow]:
        """Change traits. By default ``traits`` is merged (shallowly) into the current traits, so
        ``update_profile(token, {"name": "Ada"})`` keeps the email; ``replace=True`` sends them as given.
        """
        flow = self.settings.create_native(session_token=session_token).flow
        current = flow.identity.traits if isinstance(flow.identity.traits, Mapping) else {}
        merged = dict(traits) if replace else {**current, **traits}
        body = {"method": "profile", "traits": merged}
        return self.settings.submit(flow, body, session_token=session_token)

    def logout(self, session_token: str) -> None:
        """Revoke a native session token (browser sessions: ``ory.browser_logout``)."""
        from ory_kratos_api.api.frontend import perform_native_logout as op
        from ory_kratos_api.models.perform_native_logout_body import PerformNativeLogoutBody

        kwargs = op._get_kwargs(body=PerformNativeLogoutBody(session_token=session_token))
        self._transport.call(kwargs, retry=False, ok=(204,))

"""Self-service flows: login, registration, recovery, verification, settings and browser logout.

Each flow kind is a namespace on the client (``ory.login``, ``ory.registration``, ``ory.recovery``,
``ory.verification``, ``ory.settings``, ``ory.browser_logout``) with the same verbs:

- ``create_browser(cookie=..., return_to=..., ...)``: a flow for a browser, created by your server. Relay
  ``result.set_cookie`` (the CSRF cookie) to the browser.
- ``create_native(...)``: a flow for a native app or a script (session tokens, no cookies).
- ``get(flow_id, cookie=...)``: the flow named in ``?flow=<id>``.
- ``submit(flow, body, cookie=..., csrf_token=...)``: post the form as JSON; returns a ``SubmitResult``.
- ``restart(error_or_flow, cookie=...)``: continue after ``FlowExpiredError`` & co. keeping the query.
- ``browser_url(**query)``: where to redirect a browser so Kratos creates the flow itself.

A server-side login view (Django)::

    def login(request):
        cookie = request.headers.get("Cookie")
        if request.method == "GET":
            flow = ory.login.get(request.GET["flow"], cookie=cookie).flow
            return render(request, "login.html", {"flow": flow})
        try:
            result = ory.login.submit(request.GET["flow"], ui.form_to_body(request.POST), cookie=cookie)
        except FlowValidationError as exc:
            return render(request, "login.html", {"flow": exc.flow}, status=400)
        except (FlowExpiredError, FlowReplacedError) as exc:
            return redirect(f"/login?flow={ory.login.restart(exc, cookie=cookie).id}")
        response = redirect(result.next_step.redirect_browser_to if result.next_step else "/")
        relay_set_cookies(response, result.set_cookie)  # from ory_facade.contrib.django.cookies
        return response
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode

from ._constants import LOGIN_QUERY, REGISTRATION_QUERY
from ._flow_base import FlowAPI, set_cookies, with_cookie
from ._kwargs import opt
from ._transport import Transport, parse
from .continue_with import parse_continue_with
from .errors import OryRequestError
from .results import FlowResponse, LogoutResult, SubmitResult

if TYPE_CHECKING:
    import httpx
    from ory_kratos_api.models.login_flow import LoginFlow
    from ory_kratos_api.models.logout_flow import LogoutFlow
    from ory_kratos_api.models.recovery_flow import RecoveryFlow
    from ory_kratos_api.models.registration_flow import RegistrationFlow
    from ory_kratos_api.models.settings_flow import SettingsFlow
    from ory_kratos_api.models.verification_flow import VerificationFlow

__all__ = ["BrowserLogout", "Login", "Recovery", "Registration", "Settings", "Verification"]


class Login(FlowAPI["LoginFlow"]):
    """``ory.login``: login flows (password, code, OIDC, passkey, second factors with ``aal="aal2"``)."""

    kind = "login"
    query_params = LOGIN_QUERY

    def _parse_flow(self, data: Any) -> LoginFlow:
        from ory_kratos_api.models.login_flow import LoginFlow

        return LoginFlow.from_dict(data)

    def create_browser(
        self,
        *,
        cookie: str | None = None,
        return_to: str | None = None,
        aal: str | None = None,
        refresh: bool | None = None,
        login_challenge: str | None = None,
        identity_schema: str | None = None,
        organization: str | None = None,
        via: str | None = None,
    ) -> FlowResponse[LoginFlow]:
        """A browser login flow. Forward the ``Cookie`` header: with a session, ``aal="aal2"`` or
        ``refresh=True`` Kratos upgrades/re-authenticates it; without those it raises
        ``SessionAlreadyAvailableError``.
        """
        from ory_kratos_api.api.frontend import create_browser_login_flow as op

        return self._create(
            op._get_kwargs(
                cookie=opt(cookie),
                return_to=opt(return_to),
                aal=opt(aal),
                refresh=opt(refresh),
                login_challenge=opt(login_challenge),
                identity_schema=opt(identity_schema),
                organization=opt(organization),
                via=opt(via),
            )
        )

    def create_native(
        self,
        *,
        session_token: str | None = None,
        return_to: str | None = None,
        aal: str | None = None,
        refresh: bool | None = None,
        identity_schema: str | None = None,
        organization: str | None = None,
        via: str | None = None,
        return_session_token_exchange_code: bool | None = None,
    ) -> FlowResponse[LoginFlow]:
        """A native login flow; pass ``session_token`` with ``aal="aal2"`` or ``refresh=True``."""
        from ory_kratos_api.api.frontend import create_native_login_flow as op

        return self._create(
            op._get_kwargs(
                x_session_token=opt(session_token),
                return_to=opt(return_to),
                aal=opt(aal),
                refresh=opt(refresh),
                identity_schema=opt(identity_schema),
                organization=opt(organization),
                via=opt(via),
                return_session_token_exchange_code=opt(return_session_token_exchange_code),
            )
        )

    def _get_kwargs(self, flow_id: str, cookie: str | None, session_token: str | None) -> dict[str, Any]:
        from ory_kratos_api.api.frontend import get_login_flow as op

        return op._get_kwargs(id=flow_id, cookie=opt(cookie))

    def _update_kwargs(
        self, flow_id: str, body: Any, cookie: str | None, session_token: str | None
    ) -> dict[str, Any]:
        from ory_kratos_api.api.frontend import update_login_flow as op

        return op._get_kwargs(flow=flow_id, body=body, cookie=opt(cookie), x_session_token=opt(session_token))

    def _create_from_query(
        self, params: dict[str, Any], *, native: bool, cookie: str | None, session_token: str | None
    ) -> FlowResponse[LoginFlow]:
        if native:
            params.pop("login_challenge", None)
            return self.create_native(session_token=session_token, **params)
        return self.create_browser(cookie=cookie, **params)

    def _success(self, response: httpx.Response, body: Any) -> SubmitResult[LoginFlow]:
        from ory_kratos_api.models.successful_native_login import SuccessfulNativeLogin

        raw = parse(response, SuccessfulNativeLogin.from_dict, "SuccessfulNativeLogin", body)
        continue_with = parse_continue_with(body.get("continue_with"))
        token = raw.session_token if isinstance(raw.session_token, str) else None
        token = token or next((c.session_token for c in continue_with if c.session_token), None)
        return SubmitResult(
            completed=True,
            session=raw.session,
            session_token=token,
            continue_with=continue_with,
            set_cookie=set_cookies(response),
            status=response.status_code,
            raw=raw,
            response=response,
        )


class Registration(FlowAPI["RegistrationFlow"]):
    """``ory.registration``: sign-up flows (one-step or profile-first, password, code, OIDC, passkey)."""

    kind = "registration"
    query_params = REGISTRATION_QUERY

    def _parse_flow(self, data: Any) -> RegistrationFlow:
        from ory_kratos_api.models.registration_flow import RegistrationFlow

        return RegistrationFlow.from_dict(data)

    def create_browser(
        self,
        *,
        cookie: str | None = None,
        return_to: str | None = None,
        login_challenge: str | None = None,
        after_verification_return_to: str | None = None,
        organization: str | None = None,
        identity_schema: str | None = None,
    ) -> FlowResponse[RegistrationFlow]:
        """A browser registration flow. Relay ``set_cookie``: it carries the CSRF cookie for this flow."""
        from ory_kratos_api.api.frontend import create_browser_registration_flow as op

        kwargs = op._get_kwargs(
            return_to=opt(return_to),
            login_challenge=opt(login_challenge),
            after_verification_return_to=opt(after_verification_return_to),
            organization=opt(organization),
            identity_schema=opt(identity_schema),
        )
        return self._create(with_cookie(kwargs, cookie))

    def create_native(
        self,
        *,
        return_to: str | None = None,
        organization: str | None = None,
        identity_schema: str | None = None,
        return_session_token_exchange_code: bool | None = None,
    ) -> FlowResponse[RegistrationFlow]:
        from ory_kratos_api.api.frontend import create_native_registration_flow as op

        return self._create(
            op._get_kwargs(
                return_to=opt(return_to),
                organization=opt(organization),
                identity_schema=opt(identity_schema),
                return_session_token_exchange_code=opt(return_session_token_exchange_code),
            )
        )

    def _get_kwargs(self, flow_id: str, cookie: str | None, session_token: str | None) -> dict[str, Any]:
        from ory_kratos_api.api.frontend import get_registration_flow as op

        return op._get_kwargs(id=flow_id, cookie=opt(cookie))

    def _update_kwargs(
        self, flow_id: str, body: Any, cookie: str | None, session_token: str | None
    ) -> dict[str, Any]:
        from ory_kratos_api.api.frontend import update_registration_flow as op

        return op._get_kwargs(flow=flow_id, body=body, cookie=opt(cookie))

    def _create_from_query(
        self, params: dict[str, Any], *, native: bool, cookie: str | None, session_token: str | None
    ) -> FlowResponse[RegistrationFlow]:
        if native:
            params.pop("login_challenge", None)
            params.pop("after_verification_return_to", None)
            return self.create_native(**params)
        return self.create_browser(cookie=cookie, **params)

    def _success(self, response: httpx.Response, body: Any) -> SubmitResult[RegistrationFlow]:
        from ory_kratos_api.models.successful_native_registration import SuccessfulNativeRegistration
        from ory_kratos_api.types import Unset

        raw = parse(response, SuccessfulNativeRegistration.from_dict, "SuccessfulNativeRegistration", body)
        continue_with = parse_continue_with(body.get("continue_with"))
        token = raw.session_token if isinstance(raw.session_token, str) else None
        token = token or next((c.session_token for c in continue_with if c.session_token), None)
        return SubmitResult(
            completed=True,
            identity=raw.identity,
            session=None if isinstance(raw.session, Unset) else raw.session,
            session_token=token,
            continue_with=continue_with,
            set_cookie=set_cookies(response),
            status=response.status_code,
            raw=raw,
            response=response,
        )


class Recovery(FlowAPI["RecoveryFlow"]):
    """``ory.recovery``: account recovery. Submitting ``{"method": "code", "email": ...}`` answers with the
    flow in state ``sent_email``; submitting the code answers ``passed_challenge`` with ``continue_with``
    ``show_settings_ui`` (and, for native flows, ``set_ory_session_token``).
    """

    kind = "recovery"
    success_states = frozenset({"passed_challenge"})

    def _parse_flow(self, data: Any) -> RecoveryFlow:
        from ory_kratos_api.models.recovery_flow import RecoveryFlow

        return RecoveryFlow.from_dict(data)

    def create_browser(
        self, *, cookie: str | None = None, return_to: str | None = None
    ) -> FlowResponse[RecoveryFlow]:
        """A browser recovery flow. Relay ``set_cookie``: it carries the CSRF cookie for this flow."""
        from ory_kratos_api.api.frontend import create_browser_recovery_flow as op

        return self._create(with_cookie(op._get_kwargs(return_to=opt(return_to)), cookie))

    def create_native(self) -> FlowResponse[RecoveryFlow]:
        from ory_kratos_api.api.frontend import create_native_recovery_flow as op

        return self._create(op._get_kwargs())

    def _get_kwargs(self, flow_id: str, cookie: str | None, session_token: str | None) -> dict[str, Any]:
        from ory_kratos_api.api.frontend import get_recovery_flow as op

        return op._get_kwargs(id=flow_id, cookie=opt(cookie))

    def _update_kwargs(
        self, flow_id: str, body: Any, cookie: str | None, session_token: str | None
    ) -> dict[str, Any]:
        from ory_kratos_api.api.frontend import update_recovery_flow as op

        return op._get_kwargs(flow=flow_id, body=body, cookie=opt(cookie))

    def _create_from_query(
        self, params: dict[str, Any], *, native: bool, cookie: str | None, session_token: str | None
    ) -> FlowResponse[RecoveryFlow]:
        return self.create_native() if native else self.create_browser(cookie=cookie, **params)


class Verification(FlowAPI["VerificationFlow"]):
    """``ory.verification``: address verification; the same two steps as recovery (address, then code)."""

    kind = "verification"
    success_states = frozenset({"passed_challenge"})

    def _parse_flow(self, data: Any) -> VerificationFlow:
        from ory_kratos_api.models.verification_flow import VerificationFlow

        return VerificationFlow.from_dict(data)

    def create_browser(
        self, *, cookie: str | None = None, return_to: str | None = None
    ) -> FlowResponse[VerificationFlow]:
        """A browser verification flow. Relay ``set_cookie``: it carries the CSRF cookie for this flow."""
        from ory_kratos_api.api.frontend import create_browser_verification_flow as op

        return self._create(with_cookie(op._get_kwargs(return_to=opt(return_to)), cookie))

    def create_native(self, *, return_to: str | None = None) -> FlowResponse[VerificationFlow]:
        from ory_kratos_api.api.frontend import create_native_verification_flow as op

        return self._create(op._get_kwargs(return_to=opt(return_to)))

    def _get_kwargs(self, flow_id: str, cookie: str | None, session_token: str | None) -> dict[str, Any]:
        from ory_kratos_api.api.frontend import get_verification_flow as op

        return op._get_kwargs(id=flow_id, cookie=opt(cookie))

    def _update_kwargs(
        self, flow_id: str, body: Any, cookie: str | None, session_token: str | None
    ) -> dict[str, Any]:
        from ory_kratos_api.api.frontend import update_verification_flow as op

        return op._get_kwargs(flow=flow_id, body=body, cookie=opt(cookie))

    def _create_from_query(
        self, params: dict[str, Any], *, native: bool, cookie: str | None, session_token: str | None
    ) -> FlowResponse[VerificationFlow]:
        if native:
            return self.create_native(**params)
        return self.create_browser(cookie=cookie, **params)


class Settings(FlowAPI["SettingsFlow"]):
    """``ory.settings``: profile, password and second-factor changes for the signed-in user.

    A privileged change (password) with an old session raises ``SessionRefreshRequiredError``; redirect
    to its ``redirect_browser_to`` (a login flow with ``refresh=true``).
    """

    kind = "settings"
    success_states = frozenset({"success"})

    def _parse_flow(self, data: Any) -> SettingsFlow:
        from ory_kratos_api.models.settings_flow import SettingsFlow

        return SettingsFlow.from_dict(data)

    def create_browser(
        self, *, cookie: str | None, return_to: str | None = None
    ) -> FlowResponse[SettingsFlow]:
        """A browser settings flow for the session in ``cookie`` (``SessionInactiveError`` without one)."""
        from ory_kratos_api.api.frontend import create_browser_settings_flow as op

        return self._create(op._get_kwargs(cookie=opt(cookie), return_to=opt(return_to)))

    def create_native(self, *, session_token: str) -> FlowResponse[SettingsFlow]:
        from ory_kratos_api.api.frontend import create_native_settings_flow as op

        return self._create(op._get_kwargs(x_session_token=opt(session_token)))

    def get(  # settings also accept a session token
        self, flow_id: str, *, cookie: str | None = None, session_token: str | None = None
    ) -> FlowResponse[SettingsFlow]:
        return self._create(self._get_kwargs(str(flow_id), cookie, session_token))

    def resume_browser(self, flow_id: str, *, cookie: str | None) -> list[str]:
        """Apply a change Kratos paused for a refresh login, once the browser has signed in again.

        Kratos keeps a privileged change refused for an old session (behind its ``ory_kratos_continuity``
        cookie) and applies it when the browser comes back to the flow's URL with a GET, the ``return_to``
        of the refresh login. A server-side UI does that GET for the browser: pass the browser's cookies
        (with the refreshed session), relay the returned ``Set-Cookie`` headers, then show the flow (its
        ``state`` is ``success``, or it carries the messages of a refused change). Only call it on that way
        back: without a paused change Kratos adds an error message to the flow.
        """
        if not flow_id or str(flow_id) in (".", ".."):
            raise OryRequestError("flow_id is empty or a dot segment")
        kwargs = {
            "method": "get",
            "url": "/self-service/settings",
            "params": {"flow": str(flow_id)},
            # A browser's GET: Kratos decodes no body from a JSON GET, so the paused change needs HTML.
            "headers": {"Accept": "text/html", **({"Cookie": cookie} if cookie else {})},
        }
        response = self._transport.call(kwargs, retry=False, ok=(200, 302, 303))
        return set_cookies(response)

    def _get_kwargs(self, flow_id: str, cookie: str | None, session_token: str | None) -> dict[str, Any]:
        from ory_kratos_api.api.frontend import get_settings_flow as op

        return op._get_kwargs(id=flow_id, cookie=opt(cookie), x_session_token=opt(session_token))

    def _update_kwargs(
        self, flow_id: str, body: Any, cookie: str | None, session_token: str | None
    ) -> dict[str, Any]:
        from ory_kratos_api.api.frontend import update_settings_flow as op

        return op._get_kwargs(flow=flow_id, body=body, cookie=opt(cookie), x_session_token=opt(session_token))

    def _create_from_query(
        self, params: dict[str, Any], *, native: bool, cookie: str | None, session_token: str | None
    ) -> FlowResponse[SettingsFlow]:
        if native or (session_token and not cookie):
            if not session_token:
                raise ValueError("restarting a native settings flow needs session_token")
            return self.create_native(session_token=session_token)
        if not cookie:
            raise ValueError("restarting a browser settings flow needs the Cookie header (cookie=...)")
        return self.create_browser(cookie=cookie, **params)


class BrowserLogout:
    """``ory.browser_logout``: sign a browser out.

    Either redirect to ``create(cookie=...).logout_url`` (or ``browser_url(token)``: Kratos clears the
    cookie itself), or call ``logout(cookie=...)`` from your server and relay ``set_cookie``.
    """

    def __init__(self, transport: Transport, browser_url: str = "") -> None:
        self._transport = transport
        self._browser_url = browser_url

    def browser_url(self, logout_token: str, *, return_to: str | None = None) -> str:
        """Kratos' logout URL for a token from :meth:`create` (what ``LogoutFlow.logout_url`` holds, built
        from the client's ``browser_url``): send the browser there and Kratos signs it out."""
        query = {"token": logout_token, **({"return_to": return_to} if return_to else {})}
        return f"{self._browser_url}/self-service/logout?{urlencode(query)}"

    def create(self, *, cookie: str | None, return_to: str | None = None) -> LogoutFlow:
        """A logout URL and token for the session in ``cookie`` (``UnauthorizedError`` when signed out)."""
        from ory_kratos_api.api.frontend import create_browser_logout_flow as op
        from ory_kratos_api.models.logout_flow import LogoutFlow

        response = self._transport.call(op._get_kwargs(cookie=opt(cookie), return_to=opt(return_to)))
        return parse(response, LogoutFlow.from_dict, "LogoutFlow")

    def submit(
        self, logout_token: str, *, cookie: str | None = None, return_to: str | None = None
    ) -> LogoutResult:
        """Complete a logout with its token; relay ``set_cookie`` (it expires the session cookie)."""
        from ory_kratos_api.api.frontend import update_logout_flow as op

        kwargs = op._get_kwargs(token=logout_token, return_to=opt(return_to), cookie=opt(cookie))
        # A GET with a side effect (the token is single-use): sent once.
        response = self._transport.call(kwargs, retry=False, ok=(204,))
        return LogoutResult(set_cookies(response), return_to, response)

    def logout(self, *, cookie: str | None, return_to: str | None = None) -> LogoutResult:
        """``create`` then ``submit`` in one call."""
        flow = self.create(cookie=cookie, return_to=return_to)
        return self.submit(flow.logout_token, cookie=cookie, return_to=return_to)

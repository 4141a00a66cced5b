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

And one-call native helpers, each a short composition of those: ``ory.login.with_password``,
``ory.registration.with_password``, ``ory.recovery.start`` / ``.complete``, ``ory.verification.start`` /
``.complete``, ``ory.settings.change_password`` / ``.update_traits``. Every kind follows one record of its
generated operations (``ory_facade._flow_kinds``).

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

import dataclasses
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal
from urllib.parse import urlencode

from ._flow_base import FlowAPI, set_cookies, with_cookie
from ._kwargs import opt
from ._listeners import CredentialListeners
from ._transport import Transport, decode_json, parse
from .continue_with import parse_continue_with
from .errors import OryRequestError, OryResponseError
from .results import F, FedcmParameters, FlowResponse, LogoutResult, NativeSignIn, SubmitResult
from .ui import nodes_by_group

if TYPE_CHECKING:
    import httpx
    from ory_kratos_api.models.login_flow import LoginFlow
    from ory_kratos_api.models.logout_flow import LogoutFlow
    from ory_kratos_api.models.recovery_flow import RecoveryFlow
    from ory_kratos_api.models.registration_flow import RegistrationFlow
    from ory_kratos_api.models.settings_flow import SettingsFlow
    from ory_kratos_api.models.verification_flow import VerificationFlow

__all__ = [
    "FLOW_NAMES",
    "BrowserLogout",
    "FlowAPI",
    "FlowName",
    "Login",
    "Recovery",
    "Registration",
    "Settings",
    "Verification",
]

FlowName = Literal["login", "registration", "recovery", "verification", "settings"]
#: The self-service flow kinds, each a namespace of the client (``ory.flow(name)`` reaches one by name).
FLOW_NAMES: tuple[FlowName, ...] = ("login", "registration", "recovery", "verification", "settings")


def _signed_in(response: httpx.Response, body: Any, raw: Any, **found: Any) -> SubmitResult[Any]:
    """A login or registration that answered with a session or an identity instead of a flow."""
    continue_with = parse_continue_with(body.get("continue_with"))
    token = raw.session_token if isinstance(raw.session_token, str) else None
    token = token or next((c.session_token for c in continue_with if c.session_token), None)
    return SubmitResult(
        completed=True,
        session_token=token,
        continue_with=continue_with,
        set_cookie=set_cookies(response),
        status=response.status_code,
        raw=raw,
        response=response,
        **found,
    )


class Login(FlowAPI["LoginFlow"]):
    """``ory.login``: login flows (password, code, OIDC, passkey, FedCM; second factors: ``aal="aal2"``)."""

    kind = "login"

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
        return self._new(
            self._spec.create_browser,
            cookie=cookie,
            return_to=return_to,
            aal=aal,
            refresh=refresh,
            login_challenge=login_challenge,
            identity_schema=identity_schema,
            organization=organization,
            via=via,
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
        return self._new(
            self._spec.create_native,
            session_token=session_token,
            return_to=return_to,
            aal=aal,
            refresh=refresh,
            identity_schema=identity_schema,
            organization=organization,
            via=via,
            return_session_token_exchange_code=return_session_token_exchange_code,
        )

    def with_password(
        self, identifier: str, password: str, *, session_token: str | None = None, aal: str | None = None
    ) -> NativeSignIn:
        """Sign in natively with identifier and password; ``result.session_token`` (a ``str``) and
        ``result.session`` are set.

        Raises ``FlowValidationError`` (``message_ids`` ``[4000006]``) for wrong credentials.

        Example::

            result = ory.login.with_password("ada@example.com", "correct horse battery")
            session = ory.whoami(session_token=result.session_token)
        """
        if not identifier or not password:
            raise ValueError("login.with_password needs a non-empty identifier and password")
        flow = self.create_native(session_token=session_token, aal=aal).flow
        body = {"method": "password", "identifier": identifier, "password": password}
        result = self.submit(flow, body, session_token=session_token)
        if result.session_token is None:
            status = result.response.status_code if result.response is not None else result.status
            raise OryResponseError(
                "Kratos finished a native password sign-in without a session token", status=status
            )
        values = {f.name: getattr(result, f.name) for f in dataclasses.fields(result)}
        return NativeSignIn(**values)

    def exchange_session_token(self, init_code: str, return_to_code: str) -> SubmitResult[LoginFlow]:
        """The session token of a native sign-in that finished in a browser (social sign-in from an app).

        ``init_code`` is the flow's ``session_token_exchange_code`` (create it with
        ``return_session_token_exchange_code=True``); ``return_to_code`` is the ``code`` query parameter
        Kratos appended to ``return_to``. Sent once: the codes are single-use. ``NotFoundError`` while
        the browser has not finished (or for unknown codes).
        """
        from ory_kratos_api.api.frontend import exchange_session_token as op
        from ory_kratos_api.models.successful_native_login import SuccessfulNativeLogin

        if not init_code or not return_to_code:
            raise ValueError("login.exchange_session_token needs both init_code and return_to_code")
        kwargs = op._get_kwargs(init_code=init_code, return_to_code=return_to_code)
        response = self._transport.call(kwargs, retry=False)
        body = decode_json(response)
        raw = parse(response, SuccessfulNativeLogin.from_dict, "SuccessfulNativeLogin", body)
        return _signed_in(response, body, raw, session=raw.session)

    def create_fedcm(self, *, cookie: str | None = None) -> FedcmParameters:
        """What a browser needs to sign in with FedCM (``navigator.credentials.get``): the configured
        providers and the CSRF token; relay ``set_cookie`` (the CSRF cookie the token is checked against).

        Kratos serves this only where FedCM is configured; v1.3.1 has no such route (``NotFoundError``).
        """
        from ory_kratos_api.api.frontend import create_fedcm_flow as op
        from ory_kratos_api.models.create_fedcm_flow_response import CreateFedcmFlowResponse
        from ory_kratos_api.types import Unset

        response = self._transport.call(with_cookie(op._get_kwargs(), cookie))
        raw = parse(response, CreateFedcmFlowResponse.from_dict, "CreateFedcmFlowResponse")
        return FedcmParameters(
            providers=[] if isinstance(raw.providers, Unset) else list(raw.providers),
            csrf_token=None if isinstance(raw.csrf_token, Unset) else raw.csrf_token,
            set_cookie=set_cookies(response),
            raw=raw,
            response=response,
        )

    def submit_fedcm(
        self, token: str, *, csrf_token: str, nonce: str | None = None, cookie: str | None = None
    ) -> SubmitResult[LoginFlow]:
        """Sign in with the token a browser's FedCM dialog returned (and the ``csrf_token`` of
        :meth:`create_fedcm`); answered like :meth:`submit`, and sent once."""
        from ory_kratos_api.api.frontend import update_fedcm_flow as op
        from ory_kratos_api.models.update_fedcm_flow_body import UpdateFedcmFlowBody

        body = UpdateFedcmFlowBody(csrf_token=csrf_token, token=token, nonce=opt(nonce))
        response = self._transport.send(with_cookie(op._get_kwargs(body=body), cookie))
        return self._interpret(response)

    def _success(self, response: httpx.Response, body: Any) -> SubmitResult[LoginFlow]:
        from ory_kratos_api.models.successful_native_login import SuccessfulNativeLogin

        raw = parse(response, SuccessfulNativeLogin.from_dict, "SuccessfulNativeLogin", body)
        return _signed_in(response, body, raw, session=raw.session)


class Registration(FlowAPI["RegistrationFlow"]):
    """``ory.registration``: sign-up flows (one-step or profile-first, password, code, OIDC, passkey)."""

    kind = "registration"

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
        return self._new(
            self._spec.create_browser,
            cookie=cookie,
            return_to=return_to,
            login_challenge=login_challenge,
            after_verification_return_to=after_verification_return_to,
            organization=organization,
            identity_schema=identity_schema,
        )

    def create_native(
        self,
        *,
        return_to: str | None = None,
        organization: str | None = None,
        identity_schema: str | None = None,
        return_session_token_exchange_code: bool | None = None,
    ) -> FlowResponse[RegistrationFlow]:
        return self._new(
            self._spec.create_native,
            return_to=return_to,
            organization=organization,
            identity_schema=identity_schema,
            return_session_token_exchange_code=return_session_token_exchange_code,
        )

    def with_password(
        self, traits: Mapping[str, Any], password: str, *, identity_schema: str | None = None
    ) -> SubmitResult[RegistrationFlow]:
        """Create an account natively with traits and a password.

        ``result.identity`` is set; ``session``/``session_token`` too when the session hook is enabled.
        Works with one-step and profile-first (two-step) registration. Raises ``FlowValidationError``
        (``[4000007]`` when the account exists).
        """
        flow = self.create_native(identity_schema=identity_schema).flow
        body = {"method": "password", "traits": dict(traits), "password": password}
        result = self.submit(flow, body)
        if (
            not result.completed
            and result.flow is not None
            and nodes_by_group(result.flow, "password", include_default=False)
        ):
            # Profile-first registration: the first answer asks for the password of the same traits.
            result = self.submit(result.flow, body)
        return result

    def _success(self, response: httpx.Response, body: Any) -> SubmitResult[RegistrationFlow]:
        from ory_kratos_api.models.successful_native_registration import SuccessfulNativeRegistration
        from ory_kratos_api.types import Unset

        raw = parse(response, SuccessfulNativeRegistration.from_dict, "SuccessfulNativeRegistration", body)
        session = None if isinstance(raw.session, Unset) else raw.session
        return _signed_in(response, body, raw, identity=raw.identity, session=session)


class _CodeFlow(FlowAPI[F]):
    """Recovery and verification: an address first, then the code Kratos sent to it."""

    def create_browser(self, *, cookie: str | None = None, return_to: str | None = None) -> FlowResponse[F]:
        """A browser flow. Relay ``set_cookie``: it carries the CSRF cookie for this flow."""
        return self._new(self._spec.create_browser, cookie=cookie, return_to=return_to)

    def start(self, email: str) -> F:
        """Send a code to ``email`` (native flow); returns the flow (``sent_email``) for :meth:`complete`.

        Kratos answers the same whether or not the address exists, so this does not reveal accounts.
        """
        flow = self._new(self._spec.create_native).flow
        result = self.submit(flow, {"method": "code", "email": email})
        return result.flow or flow

    def complete(self, flow: F | str, code: str) -> SubmitResult[F]:
        """Submit the code; ``result.completed`` once Kratos accepted it (``passed_challenge``).

        Raises ``FlowValidationError`` for a wrong or used code.
        """
        return self.submit(flow, {"method": "code", "code": code})


class Recovery(_CodeFlow["RecoveryFlow"]):
    """``ory.recovery``: account recovery. :meth:`start` answers with the flow in state ``sent_email``;
    :meth:`complete` answers ``passed_challenge`` with ``continue_with`` ``show_settings_ui`` (the settings
    flow to set a new password in) and, for native flows, ``result.session_token``: a fresh privileged
    session. ``FlowValidationError`` ``[4060006]`` for a wrong code.
    """

    kind = "recovery"

    def create_native(self) -> FlowResponse[RecoveryFlow]:
        return self._new(self._spec.create_native)


class Verification(_CodeFlow["VerificationFlow"]):
    """``ory.verification``: address verification; the same two steps as recovery (address, then code)."""

    kind = "verification"

    def create_native(self, *, return_to: str | None = None) -> FlowResponse[VerificationFlow]:
        return self._new(self._spec.create_native, return_to=return_to)


class Settings(FlowAPI["SettingsFlow"]):
    """``ory.settings``: profile, password and second-factor changes for the signed-in user.

    A privileged change (password) with an old session raises ``SessionRefreshRequiredError``; redirect
    to its ``redirect_browser_to`` (a login flow with ``refresh=true``). A change saved through this
    client drops that session from every ``SessionCache`` built on it, so pages show the new traits.
    """

    kind = "settings"

    def create_browser(
        self, *, cookie: str | None, return_to: str | None = None
    ) -> FlowResponse[SettingsFlow]:
        """A browser settings flow for the session in ``cookie`` (``SessionInactiveError`` without one)."""
        return self._new(self._spec.create_browser, cookie=cookie, return_to=return_to)

    def create_native(self, *, session_token: str) -> FlowResponse[SettingsFlow]:
        return self._new(self._spec.create_native, session_token=session_token)

    def get(  # settings also accept a session token
        self, flow_id: str, *, cookie: str | None = None, session_token: str | None = None
    ) -> FlowResponse[SettingsFlow]:
        return self._fetch(flow_id, cookie=cookie, session_token=session_token)

    def submit(
        self,
        flow: SettingsFlow | str,
        body: Mapping[str, Any] | Any,
        *,
        cookie: str | None = None,
        csrf_token: str | None = None,
        session_token: str | None = None,
    ) -> SubmitResult[SettingsFlow]:
        """Like :meth:`FlowAPI.submit`. A saved change (``completed``) also drops the session of ``cookie``
        / ``session_token`` from every ``SessionCache`` built on this client: it showed the old traits."""
        result = super().submit(flow, body, cookie=cookie, csrf_token=csrf_token, session_token=session_token)
        if result.completed:
            self._listeners.changed(cookie=cookie, session_token=session_token)
        return result

    def change_password(self, session_token: str, new_password: str) -> SubmitResult[SettingsFlow]:
        """Set a new password for the session's identity (``SessionRefreshRequiredError`` if too old)."""
        flow = self.create_native(session_token=session_token).flow
        body = {"method": "password", "password": new_password}
        return self.submit(flow, body, session_token=session_token)

    def update_traits(
        self, session_token: str, traits: Mapping[str, Any], *, replace: bool = False
    ) -> SubmitResult[SettingsFlow]:
        """Change traits. By default ``traits`` is merged (shallowly) into the current traits, so
        ``update_traits(token, {"name": "Ada"})`` keeps the email; ``replace=True`` sends them as given.
        """
        flow = self.create_native(session_token=session_token).flow
        current = flow.identity.traits if isinstance(flow.identity.traits, Mapping) else {}
        merged = dict(traits) if replace else {**current, **traits}
        return self.submit(flow, {"method": "profile", "traits": merged}, session_token=session_token)

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
        self._listeners.changed(cookie=cookie)  # the paused change may just have been applied
        return set_cookies(response)

    def _create_from_query(
        self, params: dict[str, Any], *, native: bool, cookie: str | None, session_token: str | None
    ) -> FlowResponse[SettingsFlow]:
        if native or (session_token and not cookie):
            if not session_token:
                raise ValueError("restarting a native settings flow needs session_token")
            return super()._create_from_query(params, native=True, cookie=None, session_token=session_token)
        if not cookie:
            raise ValueError("restarting a browser settings flow needs the Cookie header (cookie=...)")
        return super()._create_from_query(params, native=False, cookie=cookie, session_token=None)


class BrowserLogout:
    """``ory.browser_logout``: sign a browser out.

    Either redirect to ``create(cookie=...).logout_url`` (or ``browser_url(token)``: Kratos clears the
    cookie itself), or call ``logout(cookie=...)`` from your server and relay ``set_cookie``; then every
    ``SessionCache`` built on this client forgets the session of ``cookie``.
    """

    def __init__(
        self, transport: Transport, browser_url: str = "", listeners: CredentialListeners | None = None
    ) -> None:
        self._transport = transport
        self._browser_url = browser_url
        self._listeners = listeners if listeners is not None else CredentialListeners()

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
        try:
            return self._submit(logout_token, cookie, return_to)
        finally:
            self._listeners.changed(cookie=cookie)  # whatever Kratos answered, a cached copy is suspect

    def logout(self, *, cookie: str | None, return_to: str | None = None) -> LogoutResult:
        """``create`` then ``submit`` in one call."""
        try:
            flow = self.create(cookie=cookie, return_to=return_to)
            return self._submit(flow.logout_token, cookie, return_to)
        finally:
            self._listeners.changed(cookie=cookie)

    def _submit(self, logout_token: str, cookie: str | None, return_to: str | None) -> LogoutResult:
        from ory_kratos_api.api.frontend import update_logout_flow as op

        kwargs = op._get_kwargs(token=logout_token, return_to=opt(return_to), cookie=opt(cookie))
        # A GET with a side effect (the token is single-use): sent once.
        response = self._transport.call(kwargs, retry=False, ok=(204,))
        return LogoutResult(set_cookies(response), return_to, response)

"""Login flows (browser and native): password first factor, TOTP second factor, refresh."""

from __future__ import annotations

from typing import Any

from ory_facade.testing import hashing, texts, totp, verification
from ory_facade.testing.admin import with_exchange_code
from ory_facade.testing.app import Headers, KratosApp, is_uuid, new_id
from ory_facade.testing.clock import format_time
from ory_facade.testing.errors import KratosError
from ory_facade.testing.httpio import BodyError, Request, Response
from ory_facade.testing.identities import set_password
from ory_facade.testing.migration_hook import HookRefused, call_password_migration_hook
from ory_facade.testing.models import AuthMethod, Device, Flow, Identity, Session
from ory_facade.testing.ui import add_message, clear_messages, find, input_node, set_messages, set_value

__all__ = ["create_browser", "create_native", "get_flow", "submit"]


def build(
    app: KratosApp,
    req: Request,
    flow_type: str,
    headers: Headers,
    *,
    return_to: str,
    refresh: bool,
    aal: str,
    session: Session | None,
    request_url: str | None = None,
) -> Flow:
    flow = app.new_flow("login", flow_type, req, headers, return_to=return_to, request_url=request_url)
    flow.requested_aal = aal
    flow.refresh = refresh and session is not None
    nodes = flow.ui["nodes"]
    identity = app.state.identities.get(session.identity_id) if session is not None else None
    if aal == "aal2":
        # Second-factor strategies only render for credentials the identity has, TOTP before lookup
        # secrets (selfservice/flow/login/sort.go).
        if identity is not None and identity.totp_secret is not None:
            # selfservice/strategy/totp/login.go PopulateLoginMethod: an empty value, no autocomplete hint.
            nodes.append(
                input_node("totp_code", group="totp", value="", required=True, label=texts.label_totp_code())
            )
            nodes.append(
                input_node(
                    "method", kind="submit", group="totp", value="totp", label=texts.label_use_authenticator()
                )
            )
        if identity is not None and "lookup_secret" in identity.credentials:
            # selfservice/strategy/lookup/login.go PopulateLoginMethod.
            label = texts.make_text(1010007, "Backup recovery code")
            nodes.append(
                input_node("lookup_secret", group="lookup_secret", value="", required=True, label=label)
            )
            use = texts.make_text(1010010, "Use backup recovery code")
            nodes.append(
                input_node("method", kind="submit", group="lookup_secret", value="lookup_secret", label=use)
            )
        set_messages(flow.ui, [texts.info_login_mfa()])
        return flow
    if flow.refresh and session is not None:
        cred = identity.credentials.get("password") if identity else None
        identifier = cred.identifiers[0] if cred and cred.identifiers else ""
        nodes.append(input_node("identifier", kind="hidden", value=identifier))
        submit_label = texts.label_sign_in()
        set_messages(flow.ui, [texts.info_login_reauth()])
    else:
        nodes.append(input_node("identifier", value="", required=True, label=app.schema.identifier_label()))
        submit_label = texts.label_sign_in_with_password()
    nodes.append(
        input_node(
            "password",
            kind="password",
            group="password",
            required=True,
            autocomplete="current-password",
            label=texts.label_password(),
        )
    )
    nodes.append(input_node("method", kind="submit", group="password", value="password", label=submit_label))
    return flow


def _init(app: KratosApp, req: Request, flow_type: str, headers: Headers) -> Flow:
    """Kratos' NewLoginFlow: the session decides between a fresh, refresh, AAL2 or refused flow."""
    aal = req.arg("aal") or "aal1"
    if aal not in ("aal1", "aal2"):
        raise KratosError.bad_request(f"Unable to parse AuthenticationMethod Assurance Level (AAL): {aal}")
    refresh = req.arg("refresh").lower() == "true"
    return_to = app.requested_return_to(req)
    session = app.session_from(req)
    if session is None:
        if aal == "aal2":
            raise KratosError.session_aal1_required()
    elif not refresh and (aal == "aal1" or session.aal == "aal2"):
        raise KratosError.already_logged_in("login")
    return build(app, req, flow_type, headers, return_to=return_to, refresh=refresh, aal=aal, session=session)


def create_browser(app: KratosApp, req: Request, _: dict[str, str]) -> Response:
    headers: Headers = []
    try:
        flow = _init(app, req, "browser", headers)
    except KratosError as err:
        if err.error_id == "session_already_available" and not req.is_json():
            return Response.redirect(
                app.checked_return_to(req.arg("return_to")) or app.config.default_return_url
            )
        return app.forward(req, err, headers)
    return app.reply_flow(req, flow, 200, headers)


def create_native(app: KratosApp, req: Request, _: dict[str, str]) -> Response:
    headers: Headers = []
    flow = _init(app, req, "api", headers)
    return Response.json(200, with_exchange_code(req, app.flow_json(flow)), headers)


def get_flow(app: KratosApp, req: Request, _: dict[str, str]) -> Response:
    flow = app.fetch_flow(req, "login", check_csrf=True, check_expiry=True)
    return Response.json(200, app.flow_json(flow))


def submit(app: KratosApp, req: Request, _: dict[str, str]) -> Response:
    headers: Headers = []
    flow_id = req.arg("flow")
    flow = app.load_flow("login", flow_id) if flow_id else None
    if flow is None:
        reason = "The flow query parameter is missing or malformed." if not is_uuid(flow_id) else None
        err = KratosError.bad_request(reason) if reason else KratosError.not_found()
        return app.flow_error(req, None, err, headers)

    session = app.session_from(req)
    if session is not None:
        if not flow.refresh and flow.requested_aal <= session.aal:
            if req.is_json() or flow.type == "api":
                return app.flow_error(req, flow, KratosError.already_logged_in("login"), headers)
            return Response.redirect(app.config.default_return_url, headers)
    elif flow.requested_aal == "aal2":
        return app.flow_error(req, flow, KratosError.session_aal1_required(), headers)

    if flow.is_expired(app.now()):
        replacement = build(
            app,
            req,
            flow.type,
            headers,
            return_to=flow.return_to,
            refresh=flow.refresh,
            aal=flow.requested_aal,
            session=session,
            request_url=flow.request_url,
        )
        return app.expired_reply(req, flow, replacement, headers)

    try:
        body = req.form()
    except BodyError:
        return app.flow_error(
            req, flow, KratosError.bad_request("Unable to decode the request body."), headers
        )
    try:
        app.check_submit_csrf(req, flow, body)
    except KratosError as err:
        return app.flow_error(req, flow, err, headers)

    method = str(body.get("method") or "")
    clear_messages(flow.ui)
    if method == "password" and flow.requested_aal == "aal1":
        return _password(app, req, flow, body, session, headers)
    if method == "totp" and flow.requested_aal == "aal2" and session is not None:
        return _totp(app, req, flow, body, session, headers)
    if method == "lookup_secret" and flow.requested_aal == "aal2" and session is not None:
        return _lookup_secret(app, req, flow, body, session, headers)
    add_message(flow.ui, texts.error_no_strategy("login"))
    return app.reply_flow(req, flow, 400, headers)


def _password(
    app: KratosApp, req: Request, flow: Flow, body: dict[str, Any], session: Session | None, headers: Headers
) -> Response:
    identifier = str(body.get("identifier") or "")
    password = str(body.get("password") or "")
    set_value(flow.ui, "identifier", identifier)
    if not identifier or not password:
        for name, value in (("identifier", identifier), ("password", password)):
            if not value:
                add_message(flow.ui, texts.error_required(name), name)
        return app.reply_flow(req, flow, 400, headers)
    identity = app.state.identity_by_identifier(identifier)
    hashed = identity.password_hash if identity else None
    credential = identity.credentials.get("password") if identity else None
    migrate = credential is not None and credential.config.get("use_password_migration_hook") is True
    if identity is not None and hashed is None and migrate:
        return _migrate(app, req, flow, identity, identifier, password, session, headers)
    if identity is None or hashed is None or not hashing.verify_password(password, hashed):
        add_message(flow.ui, texts.error_invalid_credentials())
        return app.reply_flow(req, flow, 400, headers)
    return _signed_in(app, req, flow, identity, session, headers)


def _migrate(
    app: KratosApp,
    req: Request,
    flow: Flow,
    identity: Identity,
    identifier: str,
    password: str,
    session: Session | None,
    headers: Headers,
) -> Response:
    """ShouldUsePasswordMigrationHook: the hook decides, then the password is hashed and stored."""
    hook = app.config.password_migration_hook
    if hook is None:
        error = KratosError(
            500, reason="Password migration hook is not enabled but password migration is requested."
        )
        return app.flow_error(req, flow, error, headers)
    try:
        call_password_migration_hook(hook, identifier, password)
    except HookRefused:
        add_message(flow.ui, texts.error_invalid_credentials())
        return app.reply_flow(req, flow, 400, headers)
    except KratosError as err:
        return app.flow_error(req, flow, err, headers)
    set_password(app, identity, password=password, hashed=None)
    return _signed_in(app, req, flow, identity, session, headers)


def _signed_in(
    app: KratosApp, req: Request, flow: Flow, identity: Identity, session: Session | None, headers: Headers
) -> Response:
    if identity.state != "active":
        return app.flow_error(req, flow, KratosError.identity_disabled(identity.id), headers)
    if app.config.require_verified_address and not any(a.verified for a in identity.verifiable_addresses):
        return _address_not_verified(app, req, flow, identity, headers)
    now = app.now()
    if session is not None and session.identity_id == identity.id:
        session.authenticated_at = now
        session.methods.append(AuthMethod("password", "aal1", now))
        session.devices.append(_device(req))
    else:
        session = app.new_session(identity, "password", "aal1", req)
    return _success(app, req, flow, session, headers)


def _device(req: Request) -> Device:
    """ActivateSession adds the device of every authentication, refreshes and second factors too."""
    return Device(new_id(), req.client_ip, req.headers.get("User-Agent"))


def _address_not_verified(
    app: KratosApp, req: Request, flow: Flow, identity: Identity, headers: Headers
) -> Response:
    """The require_verified_address hook: no session; a verification flow (code sent) to continue with.

    JSON and API clients get 403 ``session_verified_address_required`` with the flow in
    ``details.continue_with``; a browser form post is sent to the verification UI.
    """
    secret = app.csrf_secret(req) if flow.type == "browser" else None
    item = verification.start_after_registration(app, req, identity, flow.type, headers, secret)
    continue_with = [item] if item is not None else []
    if flow.type == "browser" and not req.is_json():
        target = item["flow"].get("url") if item else app.ui_with_flow("verification", "")
        return Response.redirect(str(target), headers)
    return app.error_json(KratosError.address_not_verified(continue_with), headers)


def _totp(
    app: KratosApp, req: Request, flow: Flow, body: dict[str, Any], session: Session, headers: Headers
) -> Response:
    code = str(body.get("totp_code") or "")
    identity = app.state.identities.get(session.identity_id)
    secret = identity.totp_secret if identity else None
    if not code:
        add_message(flow.ui, texts.error_required("totp_code"), "totp_code")
        return app.reply_flow(req, flow, 400, headers)
    if secret is None or not totp.verify(secret, code, app.now()):
        # NewTOTPVerifierWrongError("#/"): a flow-wide message; handleLoginError resets the code input.
        node = find(flow.ui, "totp_code")
        if node is not None:
            node["attributes"].pop("value", None)
        add_message(flow.ui, texts.error_totp_wrong())
        return app.reply_flow(req, flow, 400, headers)
    now = app.now()
    session.aal = "aal2"
    session.methods.append(AuthMethod("totp", "aal2", now))
    # ActivateSession appends this request's device to the session it answers with, but UpsertSession
    # writes devices only for a new session (persistence/sql/persister_session.go): the login answer
    # lists two devices, later reads of the upgraded session one.
    session.devices.append(_device(req))
    try:
        return _success(app, req, flow, session, headers)
    finally:
        session.devices.pop()


def _lookup_secret(
    app: KratosApp, req: Request, flow: Flow, body: dict[str, Any], session: Session, headers: Headers
) -> Response:
    """selfservice/strategy/lookup/login.go: spend one unused backup code (used_at set, to the second)."""
    code = str(body.get("lookup_secret") or "")
    identity = app.state.identities.get(session.identity_id)
    cred = identity.credentials.get("lookup_secret") if identity else None
    node = find(flow.ui, "lookup_secret")
    if node is not None:
        node["attributes"].pop("value", None)  # handleLoginError resets the input
    if cred is None:
        add_message(flow.ui, texts.error_no_strategy("login"))
        return app.reply_flow(req, flow, 400, headers)
    if not code:
        add_message(flow.ui, texts.error_required("lookup_secret"), "lookup_secret")
        return app.reply_flow(req, flow, 400, headers)
    match = next((c for c in cred.config.get("recovery_codes") or [] if c.get("code") == code), None)
    if match is None:
        add_message(flow.ui, texts.make_text(4000016, "The backup recovery code is not valid.", "error"))
        return app.reply_flow(req, flow, 400, headers)
    if match.get("used_at"):
        message = texts.make_text(4000012, "This backup recovery code has already been used.", "error")
        add_message(flow.ui, message)
        return app.reply_flow(req, flow, 400, headers)
    now = app.now()
    match["used_at"] = format_time(now.replace(microsecond=0))
    cred.updated_at = now
    session.aal = "aal2"
    session.methods.append(AuthMethod("lookup_secret", "aal2", now))
    session.devices.append(_device(req))  # see _totp: in this answer only
    try:
        return _success(app, req, flow, session, headers)
    finally:
        session.devices.pop()


def _success(app: KratosApp, req: Request, flow: Flow, session: Session, headers: Headers) -> Response:
    """Kratos' PostLoginHook: token for native apps, cookie (and a fresh CSRF cookie) for browsers."""
    flow.state = "passed_challenge"
    return_to = app.checked_return_to(flow.return_to) or app.config.default_return_url
    aal_ok = app.aal_satisfied(session, app.config.whoami_required_aal)
    session_json = app.session_json(session, with_identity=aal_ok)
    # Kratos hides the identity from a session that still needs a second factor.
    if flow.type == "api":
        # APIFlowResponse.continue_with has no omitempty: null when there is nothing to continue with.
        payload: dict[str, Any] = {
            "session": session_json,
            "session_token": session.token,
            "continue_with": flow.continue_with or None,
        }
        return Response.json(200, payload, headers)
    prior = app.session_from(req)
    if prior is None or prior.identity_id != session.identity_id:
        app.rotate_csrf(headers)  # IssueCookie: only when no session, or another identity's, came in
    headers.append(app.session_cookie(session))
    if not aal_ok:
        target = app.aal2_login_url(flow.return_to)
        if req.is_json():
            return app.error_json(KratosError.browser_location_change(target), headers)
        return Response.redirect(target, headers)
    if req.is_json():
        continue_with = [
            *flow.continue_with,
            {"action": "redirect_browser_to", "redirect_browser_to": return_to},
        ]
        return Response.json(200, {"session": session_json, "continue_with": continue_with}, headers)
    return Response.redirect(return_to, headers)

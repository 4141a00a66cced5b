"""Recovery flows with the ``code`` method, admin recovery codes and links, ending in a settings flow."""

from __future__ import annotations

import re
import secrets
from datetime import timedelta
from typing import Any
from urllib.parse import urlencode

from ory_facade.testing import code_method, texts
from ory_facade.testing.app import Headers, KratosApp, is_uuid
from ory_facade.testing.clock import format_time
from ory_facade.testing.errors import KratosError
from ory_facade.testing.httpio import Request, Response
from ory_facade.testing.models import Code, Flow, Identity, RecoveryLink
from ory_facade.testing.settings import build as build_settings
from ory_facade.testing.ui import clear_messages, input_node, set_messages

__all__ = ["admin_create_code", "admin_create_link", "create_browser", "create_native", "get_flow", "submit"]

_VALID_BODY = "Hi,\n\nplease recover access to your account by entering the following code:\n\n{code}\n"
_INVALID_BODY = (
    "Hi,\n\nyou (or someone else) entered this email address when trying to recover access to an account.\n\n"
    "However, this email address is not on our database of registered users and therefore the attempt has "
    "failed.\n\nIf this was you, check if you signed up using a different address.\n\nIf this was not you, "
    "please ignore this email.\n"
)
_DURATION = re.compile(r"(\d+)(ns|us|ms|s|m|h)")
_UNITS = {"ns": 1e-9, "us": 1e-6, "ms": 1e-3, "s": 1.0, "m": 60.0, "h": 3600.0}


def _choose_method_nodes(flow: Flow, email: str = "") -> None:
    nodes = [n for n in flow.ui["nodes"] if n["attributes"].get("name") == "csrf_token"]
    nodes.append(
        # PopulateRecoveryMethod: no value and no autocomplete (strategy_recovery.go).
        input_node("email", kind="email", group="code", required=True, label=texts.label_email())
    )
    nodes.append(
        input_node("method", kind="submit", group="code", value="code", label=texts.label_continue())
    )
    flow.ui["nodes"] = nodes


def _code_nodes(flow: Flow, email: str | None) -> None:
    nodes = [n for n in flow.ui["nodes"] if n["attributes"].get("name") == "csrf_token"]
    nodes.append(
        input_node(
            "code",
            group="code",
            required=True,
            pattern="[0-9]+",
            maxlength=6,
            label=texts.label_recovery_code(),
        )
    )
    nodes.append(input_node("method", kind="hidden", group="code", value="code"))
    nodes.append(
        input_node("method", kind="submit", group="code", value="code", label=texts.label_continue())
    )
    if email is not None:
        nodes.append(
            input_node("email", kind="submit", group="code", value=email, label=texts.label_resend_code())
        )
    flow.ui["nodes"] = nodes


def build(
    app: KratosApp,
    req: Request,
    flow_type: str,
    headers: Headers,
    *,
    return_to: str,
    request_url: str | None = None,
    csrf_secret: str | None = None,
) -> Flow:
    flow = app.new_flow(
        "recovery",
        flow_type,
        req,
        headers,
        return_to=return_to,
        request_url=request_url,
        csrf_secret=csrf_secret,
    )
    flow.active = "code"  # NewFlow sets Active to the primary strategy's node group (v26.2.0)
    _choose_method_nodes(flow)
    return flow


def _init(app: KratosApp, req: Request, flow_type: str, headers: Headers) -> Flow:
    return_to = app.requested_return_to(req)
    if app.session_from(req) is not None:
        raise KratosError.already_logged_in("recovery")
    return build(app, req, flow_type, headers, return_to=return_to)


def create_browser(app: KratosApp, req: Request, _: dict[str, str]) -> Response:
    headers: Headers = []
    try:
        flow = _init(app, req, "browser", headers)
    except KratosError as err:
        if err.error_id == "session_already_available" and not req.is_json():
            return Response.redirect(app.config.default_return_url)
        return app.forward(req, err, headers)
    return app.reply_flow(req, flow, 200, headers)


def create_native(app: KratosApp, req: Request, _: dict[str, str]) -> Response:
    headers: Headers = []
    flow = _init(app, req, "api", headers)
    return Response.json(200, app.flow_json(flow), headers)


def get_flow(app: KratosApp, req: Request, _: dict[str, str]) -> Response:
    flow_id = req.arg("id")
    admin_made = any(c.flow_id == flow_id and c.admin_created for c in app.state.codes)
    flow = app.fetch_flow(req, "recovery", check_csrf=not admin_made, check_expiry=True)
    return Response.json(200, app.flow_json(flow))


def _send_code(app: KratosApp, flow: Flow, email: str) -> None:
    value = email.strip().lower()
    identity = app.state.identity_by_address(value, recovery=True)
    app.state.codes[:] = [c for c in app.state.codes if c.flow_id != flow.id]
    if identity is not None:
        code_value = app.new_code()
        app.state.codes.append(
            Code(
                "recovery",
                code_value,
                flow.id,
                value,
                identity.id,
                app.now() + timedelta(seconds=app.config.code_lifespan),
            )
        )
        app.send_mail(
            value,
            "recovery_code_valid",
            "Recover access to your account",
            _VALID_BODY.format(code=code_value),
            code_value,
        )
    elif app.config.notify_unknown_recipients:
        app.send_mail(value, "recovery_code_invalid", "Account access attempted", _INVALID_BODY)
    flow.state = "sent_email"
    flow.active = "code"
    _code_nodes(flow, email)
    set_messages(flow.ui, [texts.info_recovery_code_sent()])


def submit(app: KratosApp, req: Request, _: dict[str, str]) -> Response:
    headers: Headers = []
    flow_id = req.arg("flow")
    if req.method == "GET" and req.arg("token"):
        return _use_link(app, req, headers)
    flow = app.load_flow("recovery", flow_id) if flow_id else None
    if flow is None:
        err = (
            KratosError.bad_request("The flow query parameter is missing or malformed.")
            if not is_uuid(flow_id)
            else None
        )
        # update*Flow: herodot's ErrNotFound with a reason, not sqlcon's ErrNoRows (recovery/handler.go).
        missing = KratosError(
            404,
            reason="The recovery request could not be found. Please restart the flow.",
            message="The requested resource could not be found",
        )
        return app.flow_error(req, None, err or missing, headers)
    if req.method == "GET":
        # Opening an admin-made recovery link: bind the flow to this browser, then show the UI.
        app.refresh_csrf_node(flow, req, headers)
        return Response.redirect(app.ui_with_flow("recovery", flow.id), headers)
    if flow.is_expired(app.now()):
        replacement = build(
            app, req, flow.type, headers, return_to=flow.return_to, request_url=flow.request_url
        )
        return app.expired_reply(req, flow, replacement, headers)
    body = code_method.read_submission(app, req, flow, headers, rotate_on_csrf_failure=True)
    if isinstance(body, Response):
        return body

    return code_method.step(
        app,
        req,
        flow,
        body,
        headers,
        on_passed=_on_passed,
        send=_send_code,
        use=_use_code,
        choose_method_nodes=_choose_method_nodes,
    )


def _on_passed(app: KratosApp, req: Request, flow: Flow, body: dict[str, Any], headers: Headers) -> Response:
    # Recover() tries a submitted code before it looks at the state (strategy_recovery.go).
    code = str(body.get("code") or "")
    if code and not body.get("email"):
        return _use_code(app, req, flow, code, headers)
    set_messages(flow.ui, [texts.error_recovery_retry_success()])
    return app.reply_flow(req, flow, 400, headers)


def _retry_with_error(
    app: KratosApp, req: Request, flow: Flow, err: KratosError, headers: Headers
) -> Response:
    """retryRecoveryFlow with continue_with transitions: a new flow, named in the error's details."""
    secret = app.rotate_csrf(headers)
    replacement = build(app, req, flow.type, headers, return_to=flow.return_to, csrf_secret=secret)
    set_messages(replacement.ui, [texts.error_generic(err.reason or err.message)])
    if req.is_json():
        err.details = {"continue_with": [{"action": "show_recovery_ui", "flow": {"id": replacement.id}}]}
        return app.error_json(err, headers)
    return Response.redirect(app.ui_with_flow("recovery", replacement.id), headers)


def _use_code(app: KratosApp, req: Request, flow: Flow, code: str, headers: Headers) -> Response:
    now = app.now()
    if code_method.find_used_code(app, "recovery", flow, code) is not None:
        used = KratosError.bad_request("The code was already used. Please request another code.")
        return _retry_with_error(app, req, flow, used, headers)
    match = code_method.find_code(app, "recovery", flow, code)
    if match is None:
        # Kratos answers 200 with the flow and an error message here, not 400.
        set_messages(flow.ui, [texts.error_recovery_code_invalid()])
        return app.reply_flow(req, flow, 200, headers, transient_payload=True)
    match.used = True
    identity = app.state.identities.get(match.identity_id or "")
    if identity is None or identity.state != "active":
        return app.flow_error(
            req, flow, KratosError.identity_disabled(identity.id if identity else None), headers
        )
    if not match.admin_created:
        for address in identity.verifiable_addresses:
            if address.value.lower() == match.address:
                address.verified = True
                address.status = "completed"
                address.verified_at = now
    return _issue_session(app, req, flow, identity, headers)


def _issue_session(
    app: KratosApp, req: Request, flow: Flow, identity: Identity, headers: Headers, *, redirect: bool = False
) -> Response:
    """Kratos' recoveryIssueSession: a privileged session plus a settings flow to set a new password."""
    clear_messages(flow.ui)
    flow.state = "passed_challenge"
    flow.recovered_identity_id = identity.id
    secret = app.rotate_csrf(headers) if flow.type == "browser" else None
    session = app.new_session(identity, "code_recovery", "aal1", req)
    if flow.type == "browser":
        headers.append(app.session_cookie(session))
    else:
        flow.continue_with.append({"action": "set_ory_session_token", "ory_session_token": session.token})
    settings_flow = build_settings(
        app,
        req,
        flow.type,
        headers,
        identity=identity,
        session=session,
        return_to=flow.return_to,
        csrf_secret=secret,
    )
    privileged_until = session.authenticated_at + timedelta(seconds=app.config.privileged_session_max_age)
    set_messages(
        settings_flow.ui,
        [
            texts.info_recovery_successful(
                app.config.privileged_session_max_age / 60,
                format_time(privileged_until),
                int(privileged_until.timestamp()),
            )
        ],
    )
    settings_url = app.ui_with_flow("settings", settings_flow.id)
    if redirect:
        return Response.redirect(settings_url, headers)
    if app.config.legacy_recovery_response:
        if req.is_json():
            return app.error_json(KratosError.browser_location_change(settings_url), headers)
        return Response.redirect(settings_url, headers)
    if flow.type == "api" or req.is_json():
        flow.continue_with.append(
            {"action": "show_settings_ui", "flow": {"id": settings_flow.id, "url": settings_url}}
        )
        return Response.json(200, {**app.flow_json(flow), "transient_payload": {}}, headers)
    return Response.redirect(settings_url, headers)


def _use_link(app: KratosApp, req: Request, headers: Headers) -> Response:
    """The link strategy (admin recovery links): always a browser redirect."""
    now = app.now()
    link = app.state.links.get(req.arg("token"))
    flow = app.load_flow("recovery", req.arg("flow"))
    if link is None or link.used or link.expires_at <= now or flow is None or link.flow_id != flow.id:
        retry = build(app, req, "browser", headers, return_to="")
        set_messages(
            retry.ui,
            [
                texts.make_text(
                    4060004,
                    "The recovery token is invalid or has already been used. Please retry the flow.",
                    "error",
                )
            ],
        )
        return Response.redirect(app.ui_with_flow("recovery", retry.id), headers)
    link.used = True
    identity = app.state.identities.get(link.identity_id)
    if identity is None:
        return app.forward(req, KratosError.not_found(), headers)
    return _issue_session(app, req, flow, identity, headers, redirect=True)


def _expires_in(value: Any, default: float) -> float:
    if value in (None, ""):
        return default
    text = str(value)
    parts = _DURATION.findall(text)
    if not parts or "".join(n + u for n, u in parts) != text:
        raise KratosError.bad_request(
            'Unable to parse "expires_in" whose format should match "[0-9]+(ns|us|ms|s|m|h)" but did not: '
            + text
        )
    return sum(int(n) * _UNITS[u] for n, u in parts)


def _admin_identity(app: KratosApp, body: dict[str, Any]) -> Identity:
    identity_id = str(body.get("identity_id") or "")
    if not identity_id:
        raise KratosError.bad_request("Property identity_id is missing.")
    identity = app.state.identities.get(identity_id) if is_uuid(identity_id) else None
    if identity is None:
        raise KratosError.not_found("The requested identity could not be found.")
    if identity.state != "active":
        raise KratosError.bad_request("Cannot recover an identity that is inactive.")
    return identity


def admin_create_code(app: KratosApp, req: Request, _: dict[str, str]) -> Response:
    # createRecoveryCodeForIdentity (strategy_recovery_admin.go): the code method's lifespan by default,
    # the identity looked up last (a missing identity_id is the nil UUID: 404), no state check.
    body = req.form()
    lifespan = _expires_in(body.get("expires_in"), app.config.code_lifespan)
    flow_type = str(body.get("flow_type") or "browser")
    if flow_type not in ("browser", "api"):
        raise KratosError.bad_request(f'Value from "flow_type" is not valid: "{flow_type}"')
    identity_id = str(body.get("identity_id") or "")
    identity = app.state.identities.get(identity_id) if is_uuid(identity_id) else None
    if identity is None:
        raise KratosError.not_found("could not find identity")
    headers: Headers = []
    flow = app.new_flow(
        "recovery", flow_type, req, headers, request_url=app.public("/self-service/recovery/browser")
    )
    flow.expires_at = app.now() + timedelta(seconds=lifespan)
    flow.state = "sent_email"
    flow.active = "code"
    # Only the code input and the submit button: the admin flow skips CSRF checks.
    flow.ui["nodes"] = [
        input_node(
            "code",
            group="code",
            required=True,
            pattern="[0-9]+",
            maxlength=6,
            label=texts.label_recovery_code(),
        ),
        input_node("method", kind="submit", group="code", value="code", label=texts.label_continue()),
    ]
    code_value = app.new_code()
    address = identity.recovery_addresses[0].value if identity.recovery_addresses else ""
    app.state.codes.append(
        Code("recovery", code_value, flow.id, address, identity.id, flow.expires_at, admin_created=True)
    )
    payload = {
        "recovery_link": app.config.ui("recovery") + "?" + urlencode({"flow": flow.id}),
        "recovery_code": code_value,
        "expires_at": format_time(flow.expires_at),
    }
    return Response.json(201, payload)


def admin_create_link(app: KratosApp, req: Request, _: dict[str, str]) -> Response:
    body = req.form()
    identity = _admin_identity(app, body)
    lifespan = _expires_in(body.get("expires_in"), app.config.flow_lifespan)
    return_to = app.requested_return_to(req)
    headers: Headers = []
    flow = app.new_flow(
        "recovery",
        "browser",
        req,
        headers,
        return_to=return_to,
        request_url=app.public("/self-service/recovery/browser"),
    )
    flow.expires_at = app.now() + timedelta(seconds=lifespan)
    _choose_method_nodes(flow)
    token = secrets.token_urlsafe(24)
    app.state.links[token] = RecoveryLink(token, flow.id, identity.id, flow.expires_at)
    link = app.public("/self-service/recovery") + "?" + urlencode({"flow": flow.id, "token": token})
    return Response.json(200, {"recovery_link": link, "expires_at": format_time(flow.expires_at)})

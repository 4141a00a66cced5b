"""Verification flows with the ``code`` method (the code goes out through the courier)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any
from urllib.parse import urlencode

from ory_facade.testing import code_method, csrf, texts
from ory_facade.testing.app import Headers, KratosApp, is_uuid
from ory_facade.testing.errors import KratosError
from ory_facade.testing.httpio import Request, Response
from ory_facade.testing.models import Code, Flow, Identity
from ory_facade.testing.ui import anchor_node, input_node, set_messages

__all__ = ["create_browser", "create_native", "get_flow", "start_after_registration", "submit"]

_VALID_BODY = (
    "Hi,\n\nplease verify your account by entering the following code:\n\n{code}\n\n"
    "or clicking the following link:\n\n{url}\n"
)
_INVALID_BODY = (
    "Hi,\n\nsomeone asked to verify this email address, but we were unable to find an account for this "
    "address.\n\nIf this was you, check if you signed up using a different address.\n\nIf this was not you, "
    "please ignore this email.\n"
)


def _choose_method_nodes(flow: Flow, email: str = "") -> None:
    # PopulateMethod adds email and method, then SetCSRF appends the token for browser flows only
    # (selfservice/strategy/code/strategy.go), so native flows have no csrf_token node.
    csrf_nodes = [n for n in flow.ui["nodes"] if n["attributes"].get("name") == "csrf_token"]
    nodes = [
        input_node("email", kind="email", group="code", required=True, label=texts.label_email()),
        input_node("method", kind="submit", group="code", value="code", label=texts.label_continue()),
    ]
    if flow.type == "browser":
        nodes.extend(csrf_nodes)
    flow.ui["nodes"] = nodes


def _missing_email_nodes(flow: Flow) -> None:
    # handleVerificationError upserts the email node with the (empty) submitted value.
    _choose_method_nodes(flow)
    for node in flow.ui["nodes"]:
        if node["attributes"].get("name") == "email":
            node["attributes"]["value"] = ""


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
        "verification",
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


def send_code(app: KratosApp, flow: Flow, email: str, *, resend: bool = True) -> None:
    """Send a code if the address belongs to an identity; the flow looks the same either way."""
    address_value = email.strip().lower()
    identity = app.state.identity_by_address(address_value, recovery=False)
    now = app.now()
    # A new code invalidates the flow's older ones.
    app.state.codes[:] = [c for c in app.state.codes if c.flow_id != flow.id]
    if identity is not None:
        code_value = app.new_code()
        app.state.codes.append(
            Code(
                "verification",
                code_value,
                flow.id,
                address_value,
                identity.id,
                now + timedelta(seconds=app.config.code_lifespan),
            )
        )
        link = app.public("/self-service/verification", {"code": code_value, "flow": flow.id})
        app.send_mail(
            address_value,
            "verification_code_valid",
            "Please verify your email address",
            _VALID_BODY.format(code=code_value, url=link),
            code_value,
        )
        for address in identity.verifiable_addresses:
            if address.value.lower() == address_value and not address.verified:
                address.status = "sent"
                address.updated_at = now
    elif app.config.notify_unknown_recipients:
        app.send_mail(
            address_value,
            "verification_code_invalid",
            "Someone tried to verify this email address",
            _INVALID_BODY,
        )
    flow.state = "sent_email"
    flow.active = "code"
    # populateEmailSentFlow: hidden method, the code input (no pattern or length), continue; then the
    # browser's CSRF token; the resend button comes last (strategy.go, strategy_verification.go).
    csrf_nodes = [n for n in flow.ui["nodes"] if n["attributes"].get("name") == "csrf_token"]
    nodes = [
        input_node("method", kind="hidden", group="code", value="code"),
        input_node("code", group="code", required=True, label=texts.label_verification_code()),
        input_node("method", kind="submit", group="code", value="code", label=texts.label_continue()),
    ]
    if flow.type == "browser":
        nodes.extend(csrf_nodes)
    if resend:
        nodes.append(
            input_node("email", kind="submit", group="code", value=email, label=texts.label_resend_code())
        )
    flow.ui["nodes"] = nodes
    set_messages(flow.ui, [texts.info_verification_code_sent()])


def start_after_registration(
    app: KratosApp,
    req: Request,
    identity: Identity,
    flow_type: str,
    headers: Headers,
    csrf_secret: str | None,
) -> dict[str, Any] | None:
    """The verification hook: a flow that already sent a code, as a ``show_verification_ui`` item."""
    address = next((a for a in identity.verifiable_addresses if a.via == "email"), None)
    if address is None:
        return None
    # NewPostHookFlow copies the request URL of the flow that ran the hook (verification/flow.go).
    original = app.load_flow("registration", req.arg("flow")) or app.load_flow("login", req.arg("flow"))
    request_url = original.request_url if original is not None else None
    flow = build(app, req, flow_type, headers, return_to="", request_url=request_url, csrf_secret=csrf_secret)
    if not csrf.is_valid_secret(flow.csrf_secret):
        # The hook hands NewPostHookFlow a generated CSRF token, even for native flows (hook/verification.go).
        flow.csrf_secret = csrf.new_secret()
    # The hook sends through SendVerificationCode directly: no resend button is added.
    send_code(app, flow, address.value, resend=False)
    item: dict[str, Any] = {"id": flow.id, "verifiable_address": address.value}
    if flow_type == "browser":
        item["url"] = app.ui_with_flow("verification", flow.id)
    return {"action": "show_verification_ui", "flow": item}


def create_browser(app: KratosApp, req: Request, _: dict[str, str]) -> Response:
    headers: Headers = []
    try:
        return_to = app.requested_return_to(req)
    except KratosError as err:
        return app.forward(req, err, headers)
    flow = build(app, req, "browser", headers, return_to=return_to)
    return app.reply_flow(req, flow, 200, headers)


def create_native(app: KratosApp, req: Request, _: dict[str, str]) -> Response:
    headers: Headers = []
    flow = build(app, req, "api", headers, return_to=app.requested_return_to(req))
    return Response.json(200, app.flow_json(flow), headers)


def get_flow(app: KratosApp, req: Request, _: dict[str, str]) -> Response:
    flow = app.fetch_flow(req, "verification", check_csrf=True, check_expiry=True)
    return Response.json(200, app.flow_json(flow))


def submit(app: KratosApp, req: Request, _: dict[str, str]) -> Response:
    headers: Headers = []
    flow_id = req.arg("flow")
    flow = app.load_flow("verification", flow_id) if flow_id else None
    if flow is None:
        err = (
            KratosError.bad_request("The flow query parameter is missing or malformed.")
            if not is_uuid(flow_id)
            else None
        )
        # update*Flow: herodot's ErrNotFound with a reason, not sqlcon's ErrNoRows (verification/handler.go).
        missing = KratosError(
            404,
            reason="The verification request could not be found. Please restart the flow.",
            message="The requested resource could not be found",
        )
        return app.flow_error(req, None, err or missing, headers)
    if flow.is_expired(app.now()):
        replacement = build(
            app, req, flow.type, headers, return_to=flow.return_to, request_url=flow.request_url
        )
        return app.expired_reply(req, flow, replacement, headers)
    if req.method == "GET":
        # The link in the email: ?flow=&code= (no CSRF token, the code is the proof).
        body: dict[str, Any] = {"method": "code", "code": req.arg("code")}
    else:
        posted = code_method.read_submission(app, req, flow, headers, code_skips_csrf=True)
        if isinstance(posted, Response):
            return posted
        body = posted

    return code_method.step(
        app,
        req,
        flow,
        body,
        headers,
        on_passed=_retry_passed,
        send=send_code,
        use=_use_code,
        choose_method_nodes=_missing_email_nodes,
    )


def _retry_passed(app: KratosApp, req: Request, flow: Flow, _: dict[str, Any], headers: Headers) -> Response:
    """retryVerificationFlowWithMessage: a new flow (and CSRF token) replaces the finished one."""
    secret = app.rotate_csrf(headers)
    replacement = build(
        app,
        req,
        flow.type,
        headers,
        return_to=flow.return_to,
        request_url=flow.request_url,
        csrf_secret=secret,
    )
    set_messages(replacement.ui, [texts.error_verification_retry_success()])
    if req.is_json():
        err = KratosError(
            410,
            error_id="self_service_flow_replaced",
            message="self-service flow replaced",
            reason="An error occured, please use the new flow.",
            extra={"use_flow_id": replacement.id},
        )
        return app.error_json(err, headers)
    return Response.redirect(app.ui_with_flow("verification", replacement.id), headers)


def _use_code(app: KratosApp, req: Request, flow: Flow, code: str, headers: Headers) -> Response:
    now = app.now()
    match = code_method.find_code(app, "verification", flow, code)
    if match is None:
        # Kratos answers 200 with the flow and an error message here, not 400.
        set_messages(flow.ui, [texts.error_verification_code_invalid()])
        return app.reply_flow(req, flow, 200, headers, transient_payload=True)
    match.used = True
    identity = app.state.identities.get(match.identity_id or "")
    if identity is not None:
        for address in identity.verifiable_addresses:
            if address.value.lower() == match.address:
                address.verified = True
                address.status = "completed"
                address.verified_at = now
                address.updated_at = now
    flow.state = "passed_challenge"
    # Flow.ContinueURL: SecureRedirectTo over the flow's return_to, the default when that fails.
    try:
        return_to = app.checked_return_to(flow.return_to) or app.config.default_return_url
    except KratosError:
        return_to = app.config.default_return_url
    # SetCSRFToken puts the flow's token node back (empty if it has none), then the continue link.
    valid = csrf.is_valid_secret(flow.csrf_secret)
    csrf_node = app.csrf_node(flow.csrf_secret) if valid else app.empty_csrf_node()
    nodes = [csrf_node, anchor_node("continue", return_to, texts.label_continue())]
    flow.ui["nodes"] = nodes
    set_messages(flow.ui, [texts.info_verification_successful()])
    # verificationUseCode replaces the UI: a GET form pointing at where to continue.
    flow.ui["action"] = return_to
    flow.ui["method"] = "GET"
    if req.method == "GET":
        return Response.redirect(app.config.ui("verification") + "?" + urlencode({"flow": flow.id}), headers)
    return app.reply_flow(req, flow, 200, headers)

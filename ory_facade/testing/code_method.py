"""The ``code`` method shared by recovery and verification: Kratos runs both through the same steps.

Choose the method, send a code to an address (state ``sent_email``), then accept the code once, before it
expires. What differs (the texts, what sending and using a code do) is passed in.
"""

from __future__ import annotations

import hmac
import re
from collections.abc import Callable
from typing import Any

from ory_facade.testing import texts
from ory_facade.testing.app import Headers, KratosApp
from ory_facade.testing.errors import KratosError
from ory_facade.testing.httpio import BodyError, Request, Response
from ory_facade.testing.models import Code, Flow
from ory_facade.testing.ui import add_message, clear_messages

# The method schemas declare `email` with format "email"; decoderx validates the payload before the
# strategy runs (selfservice/strategy/code/strategy_{recovery,verification}.go decode*), so a malformed
# address never reaches the courier.
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+$")


def read_submission(
    app: KratosApp,
    req: Request,
    flow: Flow,
    headers: Headers,
    *,
    rotate_on_csrf_failure: bool = False,
    code_skips_csrf: bool = False,
) -> dict[str, Any] | Response:
    """The posted body once its anti-CSRF token checked out, or the error response Kratos sends."""
    try:
        body = req.form()
    except BodyError:
        return app.flow_error(
            req, flow, KratosError.bad_request("Unable to decode the request body."), headers
        )
    if skips_csrf(app, flow):
        return body
    if code_skips_csrf and body.get("code"):
        # Verification checks CSRF only before sending a code; the code is the proof
        # (verificationHandleFormSubmission, strategy_verification.go).
        return body
    try:
        app.check_submit_csrf(req, flow, body)
    except KratosError as err:
        if rotate_on_csrf_failure:
            # Recovery retries the flow on a CSRF failure, which regenerates the token (strategy_recovery.go).
            app.rotate_csrf(headers)
        return app.flow_error(req, flow, err, headers)
    return body


def skips_csrf(app: KratosApp, flow: Flow) -> bool:
    """Admin-made recovery code flows are DangerousSkipCSRFCheck (strategy_recovery_admin.go)."""
    return any(c.flow_id == flow.id and c.admin_created for c in app.state.codes)


def step(
    app: KratosApp,
    req: Request,
    flow: Flow,
    body: dict[str, Any],
    headers: Headers,
    *,
    on_passed: Callable[[KratosApp, Request, Flow, dict[str, Any], Headers], Response],
    send: Callable[[KratosApp, Flow, str], None],
    use: Callable[[KratosApp, Request, Flow, str, Headers], Response],
    choose_method_nodes: Callable[[Flow], None],
) -> Response:
    """One submission of the code method: send a code for ``email``, or use the ``code`` sent."""
    if body.get("method") != "code":
        clear_messages(flow.ui)
        add_message(flow.ui, texts.error_no_strategy(flow.kind))
        return app.reply_flow(req, flow, 400, headers)
    if flow.state == "passed_challenge":
        return on_passed(app, req, flow, body, headers)
    code = str(body.get("code") or "")
    email = str(body.get("email") or "")
    if email and not _EMAIL.match(email):
        # The schema error lands on the email node of the flow as it is: same state, same nodes.
        clear_messages(flow.ui)
        add_message(flow.ui, texts.error_generic(f'"{email}" is not valid "email"'), "email")
        return app.reply_flow(req, flow, 400, headers)
    if code and flow.state == "sent_email":
        return use(app, req, flow, code, headers)
    if email:
        send(app, flow, email)
        # Recovery answers with the flow it decoded the body into (code/strategy_recovery.go); verification
        # reads the flow back from the store first, so its answer has no transient_payload.
        return app.reply_flow(req, flow, 200, headers, transient_payload=flow.kind == "recovery")
    clear_messages(flow.ui)
    choose_method_nodes(flow)
    add_message(flow.ui, texts.error_required("email"), "email")
    return app.reply_flow(req, flow, 400, headers)


def find_used_code(app: KratosApp, kind: str, flow: Flow, code: str) -> Code | None:
    """A matching code of this flow that was used already (Kratos answers ErrCodeAlreadyUsed)."""
    return next(
        (
            c
            for c in app.state.codes
            if c.kind == kind and c.flow_id == flow.id and c.used and hmac.compare_digest(c.code, code)
        ),
        None,
    )


def find_code(app: KratosApp, kind: str, flow: Flow, code: str) -> Code | None:
    """The unused, unexpired code of this flow that matches (compared in constant time)."""
    now = app.now()
    return next(
        (
            c
            for c in app.state.codes
            if c.kind == kind
            and c.flow_id == flow.id
            and not c.used
            and c.expires_at > now
            and hmac.compare_digest(c.code, code)
        ),
        None,
    )

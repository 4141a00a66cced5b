"""Registration flows (browser and native) with the password method."""

from __future__ import annotations

import copy
from typing import Any

from ory_facade.testing import hashing, texts
from ory_facade.testing.admin import with_exchange_code
from ory_facade.testing.app import Headers, KratosApp, is_uuid
from ory_facade.testing.errors import KratosError
from ory_facade.testing.httpio import BodyError, Request, Response
from ory_facade.testing.identities import IdentityConflictError, create_identity, password_policy
from ory_facade.testing.identity_schema import value_at
from ory_facade.testing.models import Flow
from ory_facade.testing.ui import JSON, add_message, clear_messages, find, input_node, set_value
from ory_facade.testing.verification import start_after_registration

__all__ = ["create_browser", "create_native", "field_message", "get_flow", "submit"]


def build(
    app: KratosApp,
    req: Request,
    flow_type: str,
    headers: Headers,
    *,
    return_to: str,
    request_url: str | None = None,
) -> Flow:
    flow = app.new_flow("registration", flow_type, req, headers, return_to=return_to, request_url=request_url)
    nodes = flow.ui["nodes"]
    traits: list[JSON] = []
    for leaf in app.schema.leaves():
        attrs = app.schema.node_attributes(leaf)
        title = leaf.schema.get("title")
        traits.append(
            input_node(
                attrs["name"],
                kind=attrs["type"],
                required=bool(attrs.get("required")),
                autocomplete=attrs.get("autocomplete"),
                pattern=attrs.get("pattern"),
                label=texts.label_generated(str(title), attrs["name"]) if title else None,
            )
        )
    password = input_node(
        "password",
        kind="password",
        group="password",
        required=True,
        autocomplete="new-password",
        label=texts.label_password(),
    )
    # registration.SortNodes (selfservice/flow/registration/sort.go) orders by the schema's keys with
    # node.PasswordLoginOrder: the password input right after the first trait, the submit button last.
    nodes.extend([*traits[:1], password, *traits[1:]])
    nodes.append(
        input_node("method", kind="submit", group="password", value="password", label=texts.label_sign_up())
    )
    return flow


def _invalid(app: KratosApp, req: Request, flow: Flow, headers: Headers) -> Response:
    """A form error: the flow as JSON, or for a browser form post a 302 (not 303) to the registration UI
    (selfservice/flow/registration/error.go WriteFlowError)."""
    if flow.type == "browser" and not req.is_json():
        flow.updated_at = app.now()
        return Response.redirect(app.ui_with_flow("registration", flow.id), headers, status=302)
    return app.reply_flow(req, flow, 400, headers)


def field_message(flow: Flow, message: Any, name: str) -> None:
    """ui/container AddMessage: a message for a field without a node gets a new ``default`` text node.

    Real Kratos shows that node right after the CSRF token (e.g. ``traits`` for an unknown trait).
    """
    if find(flow.ui, name) is None:
        nodes = flow.ui["nodes"]
        at = next((i + 1 for i, n in enumerate(nodes) if n["attributes"].get("name") == "csrf_token"), 0)
        nodes.insert(at, input_node(name, kind="text"))
    add_message(flow.ui, message, name)


def _init(app: KratosApp, req: Request, flow_type: str, headers: Headers) -> Flow:
    return_to = app.requested_return_to(req)
    if app.session_from(req) is not None:
        raise KratosError.already_logged_in("registration")
    return build(app, req, flow_type, headers, return_to=return_to)


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
    flow = app.fetch_flow(req, "registration", check_csrf=True, check_expiry=True)
    return Response.json(200, app.flow_json(flow))


def submit(app: KratosApp, req: Request, _: dict[str, str]) -> Response:
    headers: Headers = []
    flow_id = req.arg("flow")
    flow = app.load_flow("registration", flow_id) if flow_id else None
    if flow is None:
        err = (
            KratosError.bad_request("The flow query parameter is missing or malformed.")
            if not is_uuid(flow_id)
            else None
        )
        return app.flow_error(req, None, err or KratosError.not_found(), headers)
    if app.session_from(req) is not None:
        if req.is_json() or flow.type == "api":
            return app.flow_error(req, flow, KratosError.already_logged_in("registration"), headers)
        return Response.redirect(app.config.default_return_url, headers)
    if flow.is_expired(app.now()):
        replacement = build(
            app, req, flow.type, headers, return_to=flow.return_to, request_url=flow.request_url
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

    clear_messages(flow.ui)
    if body.get("method") != "password":
        add_message(flow.ui, texts.error_no_strategy("registration"))
        return _invalid(app, req, flow, headers)

    traits: Any = body.get("traits")
    if not isinstance(traits, dict):
        traits = {}
    password = str(body.get("password") or "")
    for leaf in app.schema.leaves():
        value = value_at(traits, leaf.path)
        if value is not None:
            set_value(flow.ui, ".".join(("traits", *leaf.path)), value)

    failed = False
    for error in app.schema.validate(traits):
        field_message(flow, error.message, error.node_name)
        failed = True
    if not password:
        add_message(flow.ui, texts.error_required("password"), "password")
        failed = True
    if failed:
        return _invalid(app, req, flow, headers)
    identifiers = app.schema.extensions(traits).identifiers
    policy = password_policy(app, password, identifiers)
    if policy is not None:
        add_message(flow.ui, policy, "password")
        return _invalid(app, req, flow, headers)
    traits = app.schema.with_empty_objects(traits)
    try:
        identity = create_identity(
            app, traits=copy.deepcopy(traits), hashed_password=hashing.hash_password(password)
        )
    except IdentityConflictError:
        add_message(flow.ui, texts.error_duplicate_credentials())
        return _invalid(app, req, flow, headers)

    return _success(app, req, flow, identity.id, headers)


def _success(app: KratosApp, req: Request, flow: Flow, identity_id: str, headers: Headers) -> Response:
    """Kratos' PostRegistrationHook, then the verification and session hooks."""
    identity = app.identity(identity_id)
    flow.state = "passed_challenge"
    return_to = app.checked_return_to(flow.return_to) or app.config.default_return_url
    continue_with: list[dict[str, Any]] = []
    if flow.type == "browser" and req.is_json():
        continue_with.append({"action": "redirect_browser_to", "redirect_browser_to": return_to})
    verification_url = None
    # The browser's anti-CSRF cookie is rotated once here (a principal change); flows made below use it.
    secret = app.rotate_csrf(headers) if flow.type == "browser" else None
    if app.config.verification_after_registration:
        item = start_after_registration(app, req, identity, flow.type, headers, secret)
        if item is not None:
            continue_with.append(item)
            verification_url = item["flow"].get("url")
    identity_json = identity.to_json(app.public_url, admin=False)

    if app.config.session_after_registration:
        session = app.new_session(identity, "password", "aal1", req)
        session_json = app.session_json(session)
        if flow.type == "api":
            continue_with.append({"action": "set_ory_session_token", "ory_session_token": session.token})
            payload = {
                "session": session_json,
                "session_token": session.token,
                "identity": identity_json,
                "continue_with": continue_with,
            }
            return Response.json(200, payload, headers)
        headers.append(app.session_cookie(session))
        if req.is_json():
            payload = {"session": session_json, "identity": identity_json, "continue_with": continue_with}
            return Response.json(200, payload, headers)
        return Response.redirect(verification_url or return_to, headers)

    if flow.type == "api" or req.is_json():
        payload_without_session: dict[str, Any] = {"identity": identity_json}
        if continue_with:
            payload_without_session["continue_with"] = continue_with
        return Response.json(200, payload_without_session, headers)
    return Response.redirect(verification_url or return_to, headers)

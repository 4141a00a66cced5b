"""Settings flows: profile (traits) and password, with privileged-session and AAL checks."""

from __future__ import annotations

import copy
from datetime import timedelta
from typing import Any

from ory_facade.testing import texts
from ory_facade.testing.app import Headers, KratosApp, is_uuid
from ory_facade.testing.errors import KratosError
from ory_facade.testing.httpio import BodyError, Request, Response
from ory_facade.testing.identities import (
    IdentityConflictError,
    apply_traits,
    check_conflicts,
    password_policy,
    set_password,
)
from ory_facade.testing.identity_schema import value_at
from ory_facade.testing.models import Flow, Identity, Session
from ory_facade.testing.ui import add_message, clear_messages, input_node, set_messages

__all__ = ["build", "create_browser", "create_native", "get_flow", "submit"]


def build(
    app: KratosApp,
    req: Request,
    flow_type: str,
    headers: Headers,
    *,
    identity: Identity,
    session: Session,
    return_to: str,
    request_url: str | None = None,
    csrf_secret: str | None = None,
) -> Flow:
    flow = app.new_flow(
        "settings",
        flow_type,
        req,
        headers,
        return_to=return_to,
        request_url=request_url,
        state="show_form",
        csrf_secret=csrf_secret,
    )
    flow.identity_id = identity.id
    flow.session_id = session.id
    _render(app, flow, identity.traits)
    return flow


def _render(app: KratosApp, flow: Flow, traits: Any) -> None:
    nodes = [n for n in flow.ui["nodes"] if n["attributes"].get("name") == "csrf_token"]
    for leaf in app.schema.leaves():
        attrs = app.schema.node_attributes(leaf)
        title = leaf.schema.get("title")
        value = value_at(traits, leaf.path)
        extra: dict[str, Any] = {} if value is None else {"value": value}
        nodes.append(
            input_node(
                attrs["name"],
                kind=attrs["type"],
                group="profile",
                required=bool(attrs.get("required")),
                autocomplete=attrs.get("autocomplete"),
                pattern=attrs.get("pattern"),
                label=texts.label_generated(str(title), attrs["name"]) if title else None,
                **extra,
            )
        )
    nodes.append(
        input_node("method", kind="submit", group="profile", value="profile", label=texts.label_save())
    )
    nodes.append(
        input_node(
            "password",
            kind="password",
            group="password",
            required=True,
            autocomplete="new-password",
            label=texts.label_password(),
        )
    )
    nodes.append(
        input_node("method", kind="submit", group="password", value="password", label=texts.label_save())
    )
    flow.ui["nodes"] = nodes


def _check_aal(app: KratosApp, session: Session, return_to: str) -> None:
    if not app.aal_satisfied(session, app.config.settings_required_aal):
        raise KratosError.aal2_required(app.aal2_login_url(return_to))


def _login_redirect(app: KratosApp, req: Request) -> Response:
    query = {"return_to": req.arg("return_to")} if req.arg("return_to") else None
    return Response.redirect(app.public("/self-service/login/browser", query))


def create_browser(app: KratosApp, req: Request, _: dict[str, str]) -> Response:
    headers: Headers = []
    session = app.session_from(req)
    if session is None:
        if req.is_json():
            return app.error_json(KratosError.session_inactive())
        return _login_redirect(app, req)
    try:
        return_to = app.checked_return_to(req.arg("return_to"))
        _check_aal(app, session, app.request_url(req))
    except KratosError as err:
        if err.error_id == "session_aal2_required" and not req.is_json():
            return Response.redirect(str(err.extra["redirect_browser_to"]))
        return app.forward(req, err)
    flow = build(
        app,
        req,
        "browser",
        headers,
        identity=app.identity(session.identity_id),
        session=session,
        return_to=return_to,
    )
    return app.reply_flow(req, flow, 200, headers)


def create_native(app: KratosApp, req: Request, _: dict[str, str]) -> Response:
    headers: Headers = []
    session = app.session_from(req)
    if session is None:
        raise KratosError.session_inactive()
    _check_aal(app, session, "")
    flow = build(
        app, req, "api", headers, identity=app.identity(session.identity_id), session=session, return_to=""
    )
    return Response.json(200, app.flow_json(flow), headers)


def get_flow(app: KratosApp, req: Request, _: dict[str, str]) -> Response:
    session = app.session_from(req)
    if session is None:
        raise KratosError.session_inactive()
    flow = app.load_flow("settings", req.arg("id"))
    if flow is None:
        raise KratosError.not_found()
    if flow.identity_id != session.identity_id:
        raise KratosError.identity_mismatch()
    app.fetch_flow(req, "settings", check_csrf=False, check_expiry=True)
    _check_aal(app, session, app.ui_with_flow("settings", flow.id))
    return Response.json(200, app.flow_json(flow))


def submit(app: KratosApp, req: Request, _: dict[str, str]) -> Response:
    headers: Headers = []
    flow_id = req.arg("flow")
    flow = app.load_flow("settings", flow_id) if flow_id else None
    if flow is None:
        err = (
            KratosError.bad_request("The flow query parameter is missing or malformed.")
            if not is_uuid(flow_id)
            else None
        )
        return app.flow_error(req, None, err or KratosError.not_found(), headers)
    session = app.session_from(req)
    if session is None:
        if flow.type == "api" or req.is_json():
            return app.error_json(KratosError.session_inactive(), headers)
        return _login_redirect(app, req)
    if flow.identity_id != session.identity_id:
        return app.flow_error(req, flow, KratosError.identity_mismatch(), headers)
    identity = app.identity(session.identity_id)
    if flow.is_expired(app.now()):
        replacement = build(
            app,
            req,
            flow.type,
            headers,
            identity=identity,
            session=session,
            return_to=flow.return_to,
            request_url=flow.request_url,
        )
        return app.expired_reply(req, flow, replacement, headers)
    try:
        _check_aal(app, session, app.ui_with_flow("settings", flow.id))
    except KratosError as err:
        if flow.type == "browser" and not req.is_json():
            return Response.redirect(str(err.extra["redirect_browser_to"]), headers)
        return app.error_json(err, headers)
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
    method = body.get("method")
    if method == "password":
        return _password(app, req, flow, session, identity, body, headers)
    if method == "profile":
        return _profile(app, req, flow, session, identity, body, headers)
    add_message(flow.ui, texts.error_no_strategy("settings"))
    return app.reply_flow(req, flow, 400, headers)


def _privileged(app: KratosApp, session: Session) -> bool:
    window = timedelta(seconds=app.config.privileged_session_max_age)
    return session.authenticated_at + window > app.now()


def _reauthenticate(app: KratosApp, req: Request, flow: Flow, headers: Headers) -> Response:
    """Kratos' settings ErrorHandler.reauthenticate: 403 for API/AJAX, else a redirect to a refresh login."""
    back = app.request_url(req)
    target = app.public("/self-service/login/browser", {"refresh": "true", "return_to": back})
    if flow.type == "api" or req.is_json():
        return app.error_json(KratosError.refresh_required(target), headers)
    return Response.redirect(target, headers)


def _password(
    app: KratosApp,
    req: Request,
    flow: Flow,
    session: Session,
    identity: Identity,
    body: dict[str, Any],
    headers: Headers,
) -> Response:
    password = str(body.get("password") or "")
    if not password:
        add_message(flow.ui, texts.error_required("password"), "password")
        return app.reply_flow(req, flow, 400, headers)
    if not _privileged(app, session):
        return _reauthenticate(app, req, flow, headers)
    policy = password_policy(app, password, app.schema.extensions(identity.traits).identifiers)
    if policy is not None:
        add_message(flow.ui, policy, "password")
        return app.reply_flow(req, flow, 400, headers)
    set_password(app, identity, password=password, hashed=None)
    identity.updated_at = app.now()
    return _success(app, req, flow, headers)


def _profile(
    app: KratosApp,
    req: Request,
    flow: Flow,
    session: Session,
    identity: Identity,
    body: dict[str, Any],
    headers: Headers,
) -> Response:
    traits: Any = body.get("traits")
    if not isinstance(traits, dict):
        traits = {}
    errors = app.schema.validate(traits)
    if errors:
        _render(app, flow, traits)
        for error in errors:
            add_message(flow.ui, error.message, error.node_name)
        return app.reply_flow(req, flow, 400, headers)
    before = app.schema.extensions(identity.traits)
    after = app.schema.extensions(traits)
    protected_changed = (
        before.identifiers != after.identifiers
        or before.verifiable != after.verifiable
        or before.recovery != after.recovery
    )
    if protected_changed and not _privileged(app, session):
        return _reauthenticate(app, req, flow, headers)
    candidate = copy.deepcopy(identity)
    apply_traits(app, candidate, copy.deepcopy(traits))
    try:
        check_conflicts(app, candidate)
    except IdentityConflictError:
        _render(app, flow, traits)
        add_message(flow.ui, texts.error_duplicate_credentials())
        return app.reply_flow(req, flow, 400, headers)
    apply_traits(app, identity, copy.deepcopy(traits))
    _render(app, flow, identity.traits)
    return _success(app, req, flow, headers)


def _success(app: KratosApp, req: Request, flow: Flow, headers: Headers) -> Response:
    flow.state = "success"
    set_messages(flow.ui, [texts.info_settings_saved()])
    if flow.type == "browser":
        app.refresh_csrf_node(flow, req, headers)
    return_to = flow.return_to or app.ui_with_flow("settings", flow.id)
    if flow.type == "browser" and not req.is_json():
        return Response.redirect(return_to, headers)
    payload = app.flow_json(flow)
    if flow.type == "browser":
        # continue_with items are transient: in this answer only, not in later GETs of the flow.
        payload["continue_with"] = [{"action": "redirect_browser_to", "redirect_browser_to": return_to}]
    return Response.json(200, payload, headers)

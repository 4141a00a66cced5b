"""Settings flows: profile (traits), password, TOTP and lookup secrets, with privileged-session and AAL
checks (selfservice/flow/settings, selfservice/strategy/{profile,password,totp,lookup}/settings.go)."""

from __future__ import annotations

import copy
import secrets
import string
from datetime import datetime, timedelta
from typing import Any

from ory_facade.testing import texts, totp
from ory_facade.testing.app import Headers, KratosApp, is_uuid
from ory_facade.testing.errors import KratosError
from ory_facade.testing.httpio import BodyError, Request, Response, set_cookie_header
from ory_facade.testing.identities import (
    IdentityConflictError,
    apply_traits,
    check_conflicts,
    password_policy,
    set_password,
)
from ory_facade.testing.identity_schema import value_at
from ory_facade.testing.models import AuthMethod, Credential, Flow, Identity, Session
from ory_facade.testing.registration import field_message
from ory_facade.testing.texts import Text
from ory_facade.testing.ui import JSON, add_message, clear_messages, input_node, set_messages
from ory_facade.testing.verification import start_after_registration

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
    _render(app, flow, identity, identity.traits)
    return flow


TOTP_ISSUER = "Fake Kratos"
LOOKUP_CODES = 12  # selfservice/strategy/lookup: numCodes
_LOOKUP_NODES = (
    "lookup_secret_reveal",
    "lookup_secret_regenerate",
    "lookup_secret_disable",
    "lookup_secret_codes",
    "lookup_secret_confirm",
)


def _render(app: KratosApp, flow: Flow, identity: Identity, traits: Any) -> None:
    """The settings form as Kratos' NewFlow hydrates it: every strategy's PopulateSettingsMethod."""
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
    nodes.extend(_lookup_nodes(identity))
    nodes.extend(_totp_nodes(flow, identity))
    flow.ui["nodes"] = nodes


# --- node builders (selfservice/strategy/totp/nodes.go, lookup/nodes.go; ids from text/id.go) ---------


def _text_node(node_id: str, text: Text, group: str, label: Text) -> JSON:
    attrs = {"text": text, "id": node_id, "node_type": "text"}
    return {"type": "text", "group": group, "attributes": attrs, "messages": [], "meta": {"label": label}}


def _submit(name: str, group: str, label: Text, *, required: bool = False) -> JSON:
    return input_node(name, kind="submit", group=group, value="true", required=required, label=label)


def _lookup_nodes(identity: Identity) -> list[JSON]:
    if "lookup_secret" in identity.credentials:
        return [
            _submit(
                "lookup_secret_reveal",
                "lookup_secret",
                texts.make_text(1050007, "Reveal backup recovery codes"),
            ),
            _submit(
                "lookup_secret_disable", "lookup_secret", texts.make_text(1050016, "Disable this method")
            ),
        ]
    return [_regenerate_node()]


def _regenerate_node() -> JSON:
    return _submit(
        "lookup_secret_regenerate",
        "lookup_secret",
        texts.make_text(1050008, "Generate new backup recovery codes"),
    )


def _codes_node(codes: list[dict[str, Any]]) -> JSON:
    items: list[Text] = []
    for code in codes:
        used = code.get("used_at")
        if used:
            # text.NewInfoSelfServiceSettingsLookupSecretUsed formats the time the Go way.
            when = datetime.fromisoformat(str(used).replace("Z", "+00:00"))
            shown = when.strftime("%Y-%m-%d %H:%M:%S +0000 UTC")
            context = {"used_at": used, "used_at_unix": int(when.timestamp())}
            items.append(texts.make_text(1050014, f"Secret was used at {shown}", context=context))
        else:
            items.append(texts.make_text(1050009, str(code["code"]), context={"secret": code["code"]}))
    listing = texts.make_text(1050015, ", ".join(str(i["text"]) for i in items), context={"secrets": items})
    label = texts.make_text(
        1050010, "These are your back up recovery codes. Please keep them in a safe place!"
    )
    return _text_node("lookup_secret_codes", listing, "lookup_secret", label)


def _totp_nodes(flow: Flow, identity: Identity) -> list[JSON]:
    if identity.totp_secret is not None:
        flow.internal_context.pop("totp_url", None)
        return [
            _submit(
                "totp_unlink",
                "totp",
                texts.make_text(1050004, "Unlink TOTP Authenticator App"),
                required=True,
            )
        ]
    # The key lives in the flow's internal context until a code proves it (or the form is rebuilt).
    url = str(flow.internal_context.get("totp_url") or "") or totp.key_url(TOTP_ISSUER, identity.id)
    flow.internal_context["totp_url"] = url
    secret = totp.secret_of(url)
    qr = {
        "type": "img",
        "group": "totp",
        "attributes": {
            "src": totp.qr_data_url(url),
            "id": "totp_qr",
            "width": 256,
            "height": 256,
            "node_type": "img",
        },
        "messages": [],
        "meta": {"label": texts.make_text(1050005, "Authenticator app QR code")},
    }
    secret_label = texts.make_text(
        1050017, "This is your authenticator app secret. Use it if you can not scan the QR code."
    )
    return [
        qr,
        _text_node(
            "totp_secret_key",
            texts.make_text(1050006, secret, context={"secret": secret}),
            "totp",
            secret_label,
        ),
        input_node("totp_code", group="totp", required=True, label=texts.make_text(1070006, "Verify code")),
        input_node("method", kind="submit", group="totp", value="totp", label=texts.label_save()),
    ]


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
        return_to = app.requested_return_to(req)
        # createBrowserSettingsFlow passes the request URL on only when it has a return_to.
        _check_aal(app, session, app.request_url(req) if req.arg("return_to") else "")
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
        # session.Handler.IsAuthenticated without an onUnauthenticated handler (settings/handler.go).
        raise KratosError.session_inactive(
            "This endpoint can only be accessed with a valid session. Please log in and try again."
        )
    _check_aal(app, session, "")
    flow = build(
        app, req, "api", headers, identity=app.identity(session.identity_id), session=session, return_to=""
    )
    return Response.json(200, app.flow_json(flow), headers)


def _unauthenticated(app: KratosApp, req: Request, headers: Headers | None = None) -> Response:
    """settings.OnUnauthenticated (selfservice/flow/settings/strategy_helper.go), which guards getSettingsFlow
    and updateSettingsFlow before anything else: a 401 without an error id for JSON, else a 302 to the
    login UI."""
    if req.is_json():
        err = KratosError(401, reason="A valid Ory Session Cookie or Ory Session Token is missing.")
        return app.error_json(err, headers or [])
    return Response.redirect(app.config.ui("login"), headers or [], status=302)


def get_flow(app: KratosApp, req: Request, _: dict[str, str]) -> Response:
    session = app.session_from(req)
    if session is None:
        return _unauthenticated(app, req)
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
    session = app.session_from(req)
    if session is None:
        return _unauthenticated(app, req, headers)
    flow_id = req.arg("flow")
    flow = app.load_flow("settings", flow_id) if flow_id else None
    if flow is None:
        err = (
            KratosError.bad_request("The flow query parameter is missing or malformed.")
            if not is_uuid(flow_id)
            else None
        )
        return app.flow_error(req, None, err or KratosError.not_found(), headers)
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
    return _run_strategies(app, req, flow, session, identity, body, headers)


def _run_strategies(
    app: KratosApp,
    req: Request,
    flow: Flow,
    session: Session,
    identity: Identity,
    body: dict[str, Any],
    headers: Headers,
) -> Response:
    """The strategy that takes ``body`` (a submitted form, or one the continuity manager paused)."""
    method = body.get("method")
    if method == "password":
        return _password(app, req, flow, session, identity, body, headers)
    if method == "profile":
        return _profile(app, req, flow, session, identity, body, headers)
    if method == "totp" or _flag(body, "totp_unlink"):
        return _totp(app, req, flow, session, identity, body, headers)
    # The lookup strategy also takes its buttons without a method (strategy/lookup/settings.go decodes
    # lookup_secret_regenerate/reveal/confirm/disable and treats any of them as its own).
    if method == "lookup_secret" or any(_flag(body, name) for name in LOOKUP_BUTTONS):
        return _lookup(app, req, flow, session, identity, body, headers)
    add_message(flow.ui, texts.error_no_strategy("settings"))
    return app.reply_flow(req, flow, 400, headers)


def _privileged(app: KratosApp, session: Session) -> bool:
    window = timedelta(seconds=app.config.privileged_session_max_age)
    return session.authenticated_at + window > app.now()


def _reauthenticate(
    app: KratosApp, req: Request, flow: Flow, headers: Headers, body: dict[str, Any] | None = None
) -> Response:
    """Kratos' settings ErrorHandler.reauthenticate: 403 for API/AJAX, else a redirect to a refresh login.

    For browser flows the change is paused first (settings.PrepareUpdate: the continuity manager keeps the
    body behind the ``ory_kratos_continuity`` cookie), so the refresh login's return_to, this flow's submit
    URL fetched with GET, applies it (``resume``)."""
    back = app.request_url(req)
    target = app.public("/self-service/login/browser", {"refresh": "true", "return_to": back})
    if flow.type == "browser" and body is not None:
        _pause(app, req, flow, body, headers)
    if flow.type == "api" or req.is_json():
        return app.error_json(KratosError.refresh_required(target), headers)
    return Response.redirect(target, headers)


LOOKUP_BUTTONS = (
    "lookup_secret_regenerate",
    "lookup_secret_reveal",
    "lookup_secret_confirm",
    "lookup_secret_disable",
)
CONTINUITY_COOKIE = "ory_kratos_continuity"
CONTINUITY_MAX_AGE = 30 * 24 * 3600  # continuity.ManagerCookie: a gorilla session cookie of 30 days
GET_BODY_REASON = (
    'Unable to decode body because HTTP Request Method was "GET" but only [POST PUT PATCH] are supported.'
)


def _continuity_cookie(app: KratosApp, value: str) -> tuple[str, str]:
    expires = app.now() + timedelta(seconds=CONTINUITY_MAX_AGE)
    return set_cookie_header(CONTINUITY_COOKIE, value, max_age=CONTINUITY_MAX_AGE, expires=expires)


def _pause(app: KratosApp, req: Request, flow: Flow, body: dict[str, Any], headers: Headers) -> None:
    token = secrets.token_urlsafe(24)
    payload = {k: v for k, v in body.items() if k != "csrf_token"}
    app.state.continuity[token] = {"flow_id": flow.id, "identity_id": flow.identity_id, "body": payload}
    headers.append(_continuity_cookie(app, token))


def resume(app: KratosApp, req: Request, _: dict[str, str]) -> Response:
    """GET /self-service/settings?flow=<id>: the return_to of a refresh login. A paused change of this flow
    (the continuity cookie) is applied now; without one, the strategies find no body to decode (a GET) and
    the flow gets that error. JSON requests never decode a GET body."""
    headers: Headers = []
    session = app.session_from(req)
    if session is None:
        return _unauthenticated(app, req, headers)
    flow_id = req.arg("flow")
    flow = app.load_flow("settings", flow_id) if flow_id else None
    if flow is None:
        return app.flow_error(req, None, KratosError.not_found(), headers)
    if flow.identity_id != session.identity_id:
        return app.flow_error(req, flow, KratosError.identity_mismatch(), headers)
    token = req.cookies.get(CONTINUITY_COOKIE, "")
    paused = app.state.continuity.get(token)
    if req.is_json() or paused is None or paused["flow_id"] != flow.id:
        clear_messages(flow.ui)
        add_message(flow.ui, texts.error_generic(GET_BODY_REASON))
        return app.reply_flow(req, flow, 400, headers)
    del app.state.continuity[token]
    # The container is emptied, not deleted: the cookie is written again with a new value.
    headers.append(_continuity_cookie(app, secrets.token_urlsafe(24)))
    identity = app.identity(session.identity_id)
    clear_messages(flow.ui)
    return _run_strategies(app, req, flow, session, identity, dict(paused["body"]), headers)


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
        return _reauthenticate(app, req, flow, headers, body)
    policy = password_policy(app, password, app.schema.extensions(identity.traits).identifiers)
    if policy is not None:
        add_message(flow.ui, policy, "password")
        return app.reply_flow(req, flow, 400, headers)
    set_password(app, identity, password=password, hashed=None)
    identity.updated_at = app.now()
    return _success(app, req, flow, session, identity, headers)


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
    traits = app.schema.with_empty_objects(traits)  # decoderx, as for registration
    errors = app.schema.validate(traits)
    if errors:
        _render(app, flow, identity, traits)
        _unknown_trait_nodes(app, flow, traits)
        for error in errors:
            field_message(flow, error.message, error.node_name)
        return app.reply_flow(req, flow, 400, headers)
    before = app.schema.extensions(identity.traits)
    after = app.schema.extensions(traits)
    protected_changed = (
        before.identifiers != after.identifiers
        or before.verifiable != after.verifiable
        or before.recovery != after.recovery
    )
    if protected_changed and not _privileged(app, session):
        return _reauthenticate(app, req, flow, headers, body)
    candidate = copy.deepcopy(identity)
    apply_traits(app, candidate, copy.deepcopy(traits))
    try:
        check_conflicts(app, candidate)
    except IdentityConflictError:
        _render(app, flow, identity, traits)
        add_message(flow.ui, texts.error_duplicate_credentials())
        return app.reply_flow(req, flow, 400, headers)
    apply_traits(app, identity, copy.deepcopy(traits))
    # identity.Manager.SetTraits works on a deepcopy of the identity that loses StateChangedAt (a NullTime
    # of unexported fields), and Update writes it back: real Kratos drops the field after a profile update.
    identity.state_changed_at = None
    return _success(app, req, flow, session, identity, headers)


def _unknown_trait_nodes(app: KratosApp, flow: Flow, traits: Any) -> None:
    """hydrateForm's UpdateNodeValuesFromJSON: a submitted trait without a node gets one (profile group,
    typed by its value, no label), before the profile submit button."""
    known = {".".join(("traits", *leaf.path)) for leaf in app.schema.leaves()}
    found: list[tuple[str, Any]] = []

    def walk(value: Any, path: tuple[str, ...]) -> None:
        if isinstance(value, dict):
            for key, sub in value.items():
                walk(sub, (*path, str(key)))
        elif path:
            found.append((".".join(("traits", *path)), value))

    walk(traits, ())
    nodes = flow.ui["nodes"]
    at = next(
        (
            i
            for i, n in enumerate(nodes)
            if n["group"] == "profile" and n["attributes"].get("name") == "method"
        ),
        len(nodes),
    )
    for name, value in found:
        if name in known:
            continue
        kind = (
            "checkbox" if isinstance(value, bool) else "number" if isinstance(value, int | float) else "text"
        )
        nodes.insert(at, input_node(name, kind=kind, group="profile", value=value))
        at += 1


def _flag(body: dict[str, Any], name: str) -> bool:
    value = body.get(name)
    return value is True or (isinstance(value, str) and value.lower() == "true")


def _totp(
    app: KratosApp,
    req: Request,
    flow: Flow,
    session: Session,
    identity: Identity,
    body: dict[str, Any],
    headers: Headers,
) -> Response:
    """selfservice/strategy/totp/settings.go: enrol the key the form showed, or unlink the app."""
    if not _privileged(app, session):
        return _reauthenticate(app, req, flow, headers, body)
    if identity.totp_secret is not None:
        if _flag(body, "totp_unlink"):
            identity.credentials.pop("totp", None)
            identity.updated_at = app.now()
        return _success(app, req, flow, session, identity, headers)
    url = str(flow.internal_context.get("totp_url") or "")
    code = str(body.get("totp_code") or "")
    if not url:
        return app.error_json(KratosError(500, reason="Could not find the TOTP key in the internal context."))
    if not code:
        add_message(flow.ui, texts.error_required("totp_code"), "totp_code")
        return app.reply_flow(req, flow, 400, headers)
    if not totp.verify(totp.secret_of(url), code, app.now()):
        add_message(flow.ui, texts.error_totp_wrong(), "totp_code")
        return app.reply_flow(req, flow, 400, headers)
    now = app.now()
    identity.credentials["totp"] = Credential("totp", [identity.id], {"totp_url": url}, now, now)
    identity.updated_at = now
    flow.internal_context.pop("totp_url", None)
    # SessionAddAuthenticationMethods: enrolling proves the second factor for this session.
    session.methods.append(AuthMethod("totp", "aal2", now))
    session.aal = "aal2"
    return _success(app, req, flow, session, identity, headers)


def _lookup(
    app: KratosApp,
    req: Request,
    flow: Flow,
    session: Session,
    identity: Identity,
    body: dict[str, Any],
    headers: Headers,
) -> Response:
    """selfservice/strategy/lookup/settings.go: regenerate, confirm, reveal or disable backup codes."""
    actions = [a for a in ("confirm", "reveal", "regenerate", "disable") if _flag(body, f"lookup_secret_{a}")]
    if not actions:
        add_message(flow.ui, texts.error_no_strategy("settings"))
        return app.reply_flow(req, flow, 400, headers)
    if not _privileged(app, session):
        return _reauthenticate(app, req, flow, headers, body)
    action = actions[0]
    codes: list[dict[str, Any]]
    if action == "confirm":
        pending = flow.internal_context.get("lookup_regenerated")
        if not isinstance(pending, list) or len(pending) != LOOKUP_CODES:
            message = "You must (re-)generate recovery backup codes before you can save them."
            add_message(flow.ui, texts.error_generic(message))
            return app.reply_flow(req, flow, 400, headers)
        now = app.now()
        config = {"recovery_codes": [{"code": c["code"], "used_at": None} for c in pending]}
        identity.credentials["lookup_secret"] = Credential("lookup_secret", [identity.id], config, now, now)
        identity.updated_at = now
        flow.internal_context.pop("lookup_regenerated", None)
        session.methods.append(AuthMethod("lookup_secret", "aal2", now))
        session.aal = "aal2"
        return _success(app, req, flow, session, identity, headers)
    if action == "disable":
        identity.credentials.pop("lookup_secret", None)
        identity.updated_at = app.now()
        return _success(app, req, flow, session, identity, headers)
    nodes = [n for n in flow.ui["nodes"] if _node_id(n) not in _LOOKUP_NODES]
    if action == "reveal":
        cred = identity.credentials.get("lookup_secret")
        if cred is None:
            add_message(flow.ui, texts.error_generic("Can not reveal lookup codes because you have none."))
            return app.reply_flow(req, flow, 400, headers)
        codes = list(cred.config.get("recovery_codes") or [])
        nodes += [_codes_node(codes), _lookup_nodes(identity)[1], _regenerate_node()]
    else:
        alphabet = string.ascii_lowercase + string.digits
        codes = [{"code": "".join(secrets.choice(alphabet) for _ in range(8))} for _ in range(LOOKUP_CODES)]
        flow.internal_context["lookup_regenerated"] = codes
        nodes += [
            _codes_node(codes),
            _submit(
                "lookup_secret_confirm",
                "lookup_secret",
                texts.make_text(1050011, "Confirm backup recovery codes"),
            ),
        ]
    flow.ui["nodes"] = nodes
    # flow.ErrStrategyAsksToReturnToUI: the flow as it is now (JSON), or back to the settings UI. The
    # decoded transient_payload (decoderx fills the object with {}) rides along in this answer only.
    flow.updated_at = app.now()
    if flow.type == "browser" and not req.is_json():
        return Response.redirect(app.ui_with_flow("settings", flow.id), headers)
    return Response.json(200, {**app.flow_json(flow), "transient_payload": {}}, headers)


def _node_id(node: JSON) -> str:
    attrs = node.get("attributes") or {}
    return str(attrs.get("name") or attrs.get("id") or "")


def _verification_hook(
    app: KratosApp, req: Request, flow: Flow, identity: Identity, headers: Headers
) -> None:
    """hook.Verifier.ExecuteSettingsPostPersistHook (selfservice/hook/verification.go), on whenever
    verification is enabled: a verification flow that sends a code to the first address still ``pending``.

    v26.2.0 adds ``show_verification_ui`` to ``continue_with`` only with the
    ``feature_flags.legacy_continue_with_verification_ui`` flag (default off); the fake leaves it out.
    """
    if not app.config.verification_after_registration:
        return
    pending = next((a for a in identity.verifiable_addresses if a.status == "pending"), None)
    if pending is None:
        return
    only = copy.copy(identity)  # the hook's address pick: this one address
    only.verifiable_addresses = [pending]
    start_after_registration(
        app, req, only, flow.type, headers, flow.csrf_secret if flow.type == "browser" else None
    )


def _success(
    app: KratosApp, req: Request, flow: Flow, session: Session, identity: Identity, headers: Headers
) -> Response:
    """settings.HookExecutor.PostSettingsHook: a freshly hydrated form, the verification hook, and for
    browsers a re-issued session cookie (selfservice/flow/settings/hook.go)."""
    flow.state = "success"
    flow.internal_context.pop("totp_url", None)  # NewFlow: a new form, a new TOTP key
    _render(app, flow, identity, identity.traits)
    set_messages(flow.ui, [texts.info_settings_saved()])
    _verification_hook(app, req, flow, identity, headers)
    if flow.type == "browser":
        app.refresh_csrf_node(flow, req, headers)
        headers.append(app.session_cookie(session))
    return_to = app.checked_return_to(flow.return_to) or app.ui_with_flow("settings", flow.id)
    if flow.type == "browser" and not req.is_json():
        return Response.redirect(return_to, headers)
    payload = app.flow_json(flow)
    if flow.type == "browser":
        # continue_with items are transient: in this answer only, not in later GETs of the flow.
        payload["continue_with"] = [{"action": "redirect_browser_to", "redirect_browser_to": return_to}]
    return Response.json(200, payload, headers)

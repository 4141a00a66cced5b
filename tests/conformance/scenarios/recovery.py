"""Recovery by code (browser and native), the privileged settings session, and the admin recovery API."""

from __future__ import annotations

import uuid

from ..harness import NEW_PASSWORD, Ctx, body, flow_id_of
from ..registry import scenario
from .common import JSON_ACCEPT, flow, forged_csrf, get_flow, init, login, make_user, submit


@scenario("recovery.native.init")
def native_init(ctx: Ctx) -> None:
    init(ctx.native(), "recovery", native=True)


@scenario("recovery.browser.init_redirect")
def browser_init(ctx: Ctx) -> None:
    init(ctx.browser(), "recovery")


@scenario("recovery.browser.init_json")
def browser_init_json(ctx: Ctx) -> None:
    agent = ctx.spa()
    get_flow(agent, "recovery", flow_id_of(init(agent, "recovery")))


@scenario("recovery.browser.send_code")
def browser_send(ctx: Ctx) -> None:
    user = make_user(ctx)
    agent = ctx.spa()
    f = flow(agent, "recovery")
    submit(agent, "recovery", f, {"method": "code", "email": user["traits"]["email"]})
    msgs = ctx.admin().get(
        "courier",
        "/admin/courier/messages",
        params={"recipient": user["traits"]["email"]},
        op="listCourierMessages",
    )
    if msgs.status_code == 200 and msgs.json():
        mid = msgs.json()[0]["id"]
        ctx.admin().get("courier_get", f"/admin/courier/messages/{mid}", op="getCourierMessage")


@scenario("recovery.browser.unknown_address")
def browser_unknown(ctx: Ctx) -> None:
    agent = ctx.spa()
    f = flow(agent, "recovery")
    submit(agent, "recovery", f, {"method": "code", "email": ctx.email("nobody")})


@scenario("recovery.browser.invalid_email")
def browser_invalid(ctx: Ctx) -> None:
    agent = ctx.spa()
    f = flow(agent, "recovery")
    submit(agent, "recovery", f, {"method": "code", "email": "not-an-email"})


@scenario("recovery.browser.missing_email")
def browser_missing(ctx: Ctx) -> None:
    agent = ctx.spa()
    f = flow(agent, "recovery")
    submit(agent, "recovery", f, {"method": "code"})


@scenario("recovery.browser.wrong_code")
def browser_wrong(ctx: Ctx) -> None:
    user = make_user(ctx)
    email = user["traits"]["email"]
    agent = ctx.spa()
    f = flow(agent, "recovery")
    sent = body(submit(agent, "recovery", f, {"method": "code", "email": email}, None))
    code = ctx.code_for(email)
    submit(agent, "recovery", sent, {"method": "code", "code": "000000" if code != "000000" else "111111"})


@scenario("recovery.browser.ok_then_privileged_settings")
def browser_ok(ctx: Ctx) -> None:
    user = make_user(ctx)
    email = user["traits"]["email"]
    agent = ctx.spa()
    f = flow(agent, "recovery")
    sent = body(submit(agent, "recovery", f, {"method": "code", "email": email}, "send"))
    done = submit(agent, "recovery", sent, {"method": "code", "code": ctx.code_for(email)})
    data = body(done)
    items = [c for c in data.get("continue_with") or [] if c.get("action") == "show_settings_ui"]
    if not items:
        ctx.note("no show_settings_ui", True)
        return
    settings = body(get_flow(agent, "settings", str(items[0]["flow"]["id"]), "settings_flow"))
    submit(agent, "settings", settings, {"method": "password", "password": NEW_PASSWORD}, "settings_submit")
    agent.get("whoami", "/sessions/whoami", op="toSession")


@scenario("recovery.browser.ok_form")
def browser_ok_form(ctx: Ctx) -> None:
    user = make_user(ctx)
    email = user["traits"]["email"]
    agent = ctx.browser()
    f = flow(agent, "recovery")
    r = submit(agent, "recovery", f, {"method": "code", "email": email}, "send", form=True)
    sent = body(get_flow(agent, "recovery", flow_id_of(r), None)) if r.status_code == 303 else f
    submit(agent, "recovery", sent, {"method": "code", "code": ctx.code_for(email)}, form=True)


@scenario("recovery.native.ok")
def native_ok(ctx: Ctx) -> None:
    user = make_user(ctx)
    email = user["traits"]["email"]
    agent = ctx.native()
    f = flow(agent, "recovery", native=True)
    sent = body(submit(agent, "recovery", f, {"method": "code", "email": email}, "send"))
    code = ctx.code_for(email)
    done = body(submit(agent, "recovery", sent, {"method": "code", "code": code}))
    submit(agent, "recovery", sent, {"method": "code", "code": code}, "reuse")
    tokens = [c for c in done.get("continue_with") or [] if c.get("action") == "set_ory_session_token"]
    if tokens:
        agent.get(
            "whoami",
            "/sessions/whoami",
            headers={"X-Session-Token": tokens[0]["ory_session_token"]},
            op="toSession",
        )


@scenario("recovery.browser.session_already_available")
def browser_already(ctx: Ctx) -> None:
    user = make_user(ctx)
    agent = ctx.spa()
    login(agent, user["traits"]["email"])
    init(agent, "recovery")


@scenario("recovery.browser.csrf_mismatch")
def browser_csrf(ctx: Ctx) -> None:
    agent = ctx.spa()
    f = flow(agent, "recovery")
    submit(agent, "recovery", f, {"method": "code", "email": ctx.email()}, csrf=forged_csrf())


@scenario("recovery.unknown_flow")
def unknown_flow(ctx: Ctx) -> None:
    agent = ctx.spa()
    get_flow(agent, "recovery", str(uuid.uuid4()))
    agent.post(
        "submit", "/self-service/recovery", params={"flow": str(uuid.uuid4())}, json={"method": "code"}
    )


@scenario("recovery.admin.code")
def admin_code(ctx: Ctx) -> None:
    user = make_user(ctx)
    admin = ctx.admin()
    r = admin.post(
        "create", "/admin/recovery/code", json={"identity_id": user["id"]}, op="createRecoveryCodeForIdentity"
    )
    data = body(r)
    link = str(data.get("recovery_link", ""))
    agent = ctx.browser()
    opened = agent.get("open_link", link) if link.startswith(ctx.target.public_url) else None
    if opened is None or opened.status_code != 303:
        return
    fid = flow_id_of(opened)
    f = body(
        agent.get(
            "get_flow",
            "/self-service/recovery/flows",
            params={"id": fid},
            headers=JSON_ACCEPT,
            op="getRecoveryFlow",
        )
    )
    submit(
        agent, "recovery", f, {"method": "code", "code": str(data.get("recovery_code"))}, headers=JSON_ACCEPT
    )


@scenario("recovery.admin.code_with_expiry")
def admin_code_expiry(ctx: Ctx) -> None:
    user = make_user(ctx)
    ctx.admin().post(
        "create",
        "/admin/recovery/code",
        json={"identity_id": user["id"], "expires_in": "5m"},
        op="createRecoveryCodeForIdentity",
    )


@scenario("recovery.admin.code_unknown_identity")
def admin_code_unknown(ctx: Ctx) -> None:
    ctx.admin().post(
        "create",
        "/admin/recovery/code",
        json={"identity_id": str(uuid.uuid4())},
        op="createRecoveryCodeForIdentity",
    )


@scenario("recovery.admin.code_bad_body")
def admin_code_bad(ctx: Ctx) -> None:
    ctx.admin().post("create", "/admin/recovery/code", json={}, op="createRecoveryCodeForIdentity")


@scenario("recovery.admin.link")
def admin_link(ctx: Ctx) -> None:
    user = make_user(ctx)
    ctx.admin().post(
        "create", "/admin/recovery/link", json={"identity_id": user["id"]}, op="createRecoveryLinkForIdentity"
    )

"""Verification by code: browser and native, sent, wrong code, success, after registration."""

from __future__ import annotations

import uuid

from ..harness import Ctx, body, flow_id_of
from ..registry import scenario
from .common import flow, forged_csrf, get_flow, init, make_user, submit


@scenario("verification.native.init")
def native_init(ctx: Ctx) -> None:
    init(ctx.native(), "verification", native=True)


@scenario("verification.browser.init_redirect")
def browser_init(ctx: Ctx) -> None:
    init(ctx.browser(), "verification")


@scenario("verification.browser.init_json")
def browser_init_json(ctx: Ctx) -> None:
    agent = ctx.spa()
    get_flow(agent, "verification", flow_id_of(init(agent, "verification")))


@scenario("verification.browser.send_code")
def browser_send(ctx: Ctx) -> None:
    user = make_user(ctx)
    agent = ctx.spa()
    f = flow(agent, "verification")
    submit(agent, "verification", f, {"method": "code", "email": user["traits"]["email"]})


@scenario("verification.browser.unknown_address")
def browser_unknown(ctx: Ctx) -> None:
    agent = ctx.spa()
    f = flow(agent, "verification")
    submit(agent, "verification", f, {"method": "code", "email": ctx.email("nobody")})


@scenario("verification.browser.invalid_email")
def browser_invalid(ctx: Ctx) -> None:
    agent = ctx.spa()
    f = flow(agent, "verification")
    submit(agent, "verification", f, {"method": "code", "email": "not-an-email"})


@scenario("verification.browser.missing_email")
def browser_missing(ctx: Ctx) -> None:
    agent = ctx.spa()
    f = flow(agent, "verification")
    submit(agent, "verification", f, {"method": "code"})


@scenario("verification.browser.wrong_code")
def browser_wrong(ctx: Ctx) -> None:
    user = make_user(ctx)
    agent = ctx.spa()
    f = flow(agent, "verification")
    sent = body(submit(agent, "verification", f, {"method": "code", "email": user["traits"]["email"]}, None))
    code = ctx.code_for(user["traits"]["email"])
    submit(
        agent, "verification", sent, {"method": "code", "code": "000000" if code != "000000" else "111111"}
    )


@scenario("verification.browser.ok")
def browser_ok(ctx: Ctx) -> None:
    user = make_user(ctx)
    email = user["traits"]["email"]
    agent = ctx.spa()
    f = flow(agent, "verification")
    sent = body(submit(agent, "verification", f, {"method": "code", "email": email}, None))
    submit(agent, "verification", sent, {"method": "code", "code": ctx.code_for(email)})
    ctx.admin().get("identity", f"/admin/identities/{user['id']}", op="getIdentity")


@scenario("verification.browser.ok_form")
def browser_ok_form(ctx: Ctx) -> None:
    user = make_user(ctx)
    email = user["traits"]["email"]
    agent = ctx.browser()
    f = flow(agent, "verification")
    r = submit(agent, "verification", f, {"method": "code", "email": email}, "send", form=True)
    sent = body(get_flow(agent, "verification", flow_id_of(r), None)) if r.status_code == 303 else f
    submit(agent, "verification", sent, {"method": "code", "code": ctx.code_for(email)}, form=True)


@scenario("verification.native.ok")
def native_ok(ctx: Ctx) -> None:
    user = make_user(ctx)
    email = user["traits"]["email"]
    agent = ctx.native()
    f = flow(agent, "verification", native=True)
    sent = body(submit(agent, "verification", f, {"method": "code", "email": email}, "send"))
    submit(agent, "verification", sent, {"method": "code", "code": ctx.code_for(email)})
    submit(agent, "verification", sent, {"method": "code", "code": ctx.code_for(email)}, "reuse")


@scenario("verification.after_registration")
def after_registration(ctx: Ctx) -> None:
    agent = ctx.native()
    email = ctx.email()
    f = flow(agent, "registration", native=True)
    done = body(
        submit(
            agent,
            "registration",
            f,
            {"method": "password", "password": "correct horse battery staple 7", "traits": {"email": email}},
            None,
        )
    )
    items = [c for c in done.get("continue_with") or [] if c.get("action") == "show_verification_ui"]
    if not items:
        ctx.note("no show_verification_ui", True)
        return
    fid = str(items[0]["flow"]["id"])
    ver = body(get_flow(agent, "verification", fid))
    ctx.admin().get(
        "courier", "/admin/courier/messages", params={"recipient": email}, op="listCourierMessages"
    )
    submit(agent, "verification", ver, {"method": "code", "code": ctx.code_for(email)})


@scenario("verification.unknown_flow")
def unknown_flow(ctx: Ctx) -> None:
    agent = ctx.spa()
    get_flow(agent, "verification", str(uuid.uuid4()))
    agent.post(
        "submit", "/self-service/verification", params={"flow": str(uuid.uuid4())}, json={"method": "code"}
    )


@scenario("verification.browser.csrf_mismatch")
def browser_csrf(ctx: Ctx) -> None:
    agent = ctx.spa()
    f = flow(agent, "verification")
    submit(agent, "verification", f, {"method": "code", "email": ctx.email()}, csrf=forged_csrf())

"""Login flows: browser (HTML and JSON) and native, success and each failure."""

from __future__ import annotations

import uuid

from ..harness import PASSWORD, Ctx, body, flow_id_of, node_attr
from ..registry import scenario
from .common import (
    JSON_ACCEPT,
    flow,
    forged_csrf,
    get_flow,
    init,
    login,
    make_user,
    signed_in,
    submit,
    token_login,
)

PW = "password"


def _creds(email: str, password: str = PASSWORD) -> dict[str, str]:
    return {"method": PW, "identifier": email, "password": password}


@scenario("login.native.init")
def native_init(ctx: Ctx) -> None:
    init(ctx.native(), "login", native=True)


@scenario("login.native.get_flow")
def native_get(ctx: Ctx) -> None:
    agent = ctx.native()
    get_flow(agent, "login", flow_id_of(init(agent, "login", native=True)))


@scenario("login.native.password_ok")
def native_ok(ctx: Ctx) -> None:
    user = make_user(ctx)
    agent = ctx.native()
    f = flow(agent, "login", native=True)
    submit(agent, "login", f, _creds(user["traits"]["email"]))


@scenario("login.native.identifier_case_insensitive")
def native_case(ctx: Ctx) -> None:
    user = make_user(ctx)
    agent = ctx.native()
    f = flow(agent, "login", native=True)
    submit(agent, "login", f, _creds(user["traits"]["email"].upper()))


@scenario("login.native.wrong_password")
def native_wrong(ctx: Ctx) -> None:
    user = make_user(ctx)
    agent = ctx.native()
    f = flow(agent, "login", native=True)
    submit(agent, "login", f, _creds(user["traits"]["email"], "not the password at all"))


@scenario("login.native.unknown_identifier")
def native_unknown(ctx: Ctx) -> None:
    agent = ctx.native()
    f = flow(agent, "login", native=True)
    submit(agent, "login", f, _creds(ctx.email("nobody")))


@scenario("login.native.missing_password")
def native_missing_password(ctx: Ctx) -> None:
    agent = ctx.native()
    f = flow(agent, "login", native=True)
    submit(agent, "login", f, {"method": PW, "identifier": ctx.email()})


@scenario("login.native.missing_identifier")
def native_missing_identifier(ctx: Ctx) -> None:
    agent = ctx.native()
    f = flow(agent, "login", native=True)
    submit(agent, "login", f, {"method": PW, "password": PASSWORD})


@scenario("login.native.unknown_method")
def native_unknown_method(ctx: Ctx) -> None:
    agent = ctx.native()
    f = flow(agent, "login", native=True)
    submit(agent, "login", f, {"method": "carrier-pigeon"})


@scenario("login.native.disabled_identity")
def native_disabled(ctx: Ctx) -> None:
    user = make_user(ctx, state="inactive")
    agent = ctx.native()
    f = flow(agent, "login", native=True)
    submit(agent, "login", f, _creds(user["traits"]["email"]))


@scenario("login.native.unknown_flow_id")
def native_unknown_flow(ctx: Ctx) -> None:
    agent = ctx.native()
    agent.post("submit", "/self-service/login", params={"flow": str(uuid.uuid4())}, json=_creds(ctx.email()))
    get_flow(agent, "login", str(uuid.uuid4()))


@scenario("login.native.malformed_flow_id")
def native_bad_flow(ctx: Ctx) -> None:
    agent = ctx.native()
    agent.post("submit", "/self-service/login", params={"flow": "not-a-uuid"}, json=_creds(ctx.email()))
    agent.post("no_flow", "/self-service/login", json=_creds(ctx.email()))
    get_flow(agent, "login", "not-a-uuid")


@scenario(
    "login.native.with_cookie",
    fake_only="RealKratos runs with DEV_DISABLE_API_FLOW_ENFORCEMENT=true (real.py), which turns this "
    "check off",
)
def native_with_cookie(ctx: Ctx) -> None:
    agent = ctx.native()
    f = flow(agent, "login", native=True)
    submit(agent, "login", f, _creds(ctx.email()), headers={"Cookie": "some_cookie=1"})


@scenario("login.native.session_already_available")
def native_already(ctx: Ctx) -> None:
    user = make_user(ctx)
    token = token_login(ctx, user["traits"]["email"])
    ctx.native().get(
        "init", "/self-service/login/api", headers={"X-Session-Token": token}, op="createNativeLoginFlow"
    )


@scenario("login.native.refresh")
def native_refresh(ctx: Ctx) -> None:
    user = make_user(ctx)
    token = token_login(ctx, user["traits"]["email"])
    agent = ctx.native()
    r = agent.get(
        "init",
        "/self-service/login/api",
        params={"refresh": "true"},
        headers={"X-Session-Token": token},
        op="createNativeLoginFlow",
    )
    f = body(r)
    submit(agent, "login", f, _creds(user["traits"]["email"]), headers={"X-Session-Token": token})


@scenario("login.native.aal2_without_session")
def native_aal2_nosession(ctx: Ctx) -> None:
    init(ctx.native(), "login", native=True, aal="aal2")


@scenario("login.native.bad_aal")
def native_bad_aal(ctx: Ctx) -> None:
    init(ctx.native(), "login", native=True, aal="aal9")


@scenario("login.browser.init_redirect")
def browser_init(ctx: Ctx) -> None:
    init(ctx.browser(), "login")


@scenario("login.browser.init_json")
def browser_init_json(ctx: Ctx) -> None:
    init(ctx.spa(), "login")


@scenario("login.browser.get_flow")
def browser_get(ctx: Ctx) -> None:
    agent = ctx.browser()
    fid = flow_id_of(init(agent, "login"))
    agent.get(
        "get_flow", "/self-service/login/flows", params={"id": fid}, headers=JSON_ACCEPT, op="getLoginFlow"
    )


@scenario("login.browser.get_flow_without_cookie")
def browser_get_nocookie(ctx: Ctx) -> None:
    fid = flow_id_of(init(ctx.browser(), "login", None))
    get_flow(ctx.spa(), "login", fid)


@scenario("login.browser.password_ok_json")
def browser_ok_json(ctx: Ctx) -> None:
    user = make_user(ctx)
    agent = ctx.spa()
    f = flow(agent, "login")
    submit(agent, "login", f, _creds(user["traits"]["email"]))


@scenario("login.browser.password_ok_form")
def browser_ok_form(ctx: Ctx) -> None:
    user = make_user(ctx)
    agent = ctx.browser()
    f = flow(agent, "login")
    submit(agent, "login", f, _creds(user["traits"]["email"]), form=True)


@scenario("login.browser.return_to")
def browser_return_to(ctx: Ctx) -> None:
    user = make_user(ctx)
    agent = ctx.browser()
    r = init(agent, "login", return_to=ctx.target.ui_url + "/dashboard")
    f = body(get_flow(agent, "login", flow_id_of(r), None)) if r.status_code == 303 else {}
    submit(agent, "login", f, _creds(user["traits"]["email"]), form=True)


@scenario("login.browser.return_to_forbidden")
def browser_return_to_forbidden(ctx: Ctx) -> None:
    init(ctx.spa(), "login", return_to="https://evil.example/steal")
    init(ctx.browser(), "login", "init_html", return_to="https://evil.example/steal")


@scenario("login.browser.wrong_password_json")
def browser_wrong_json(ctx: Ctx) -> None:
    user = make_user(ctx)
    agent = ctx.spa()
    f = flow(agent, "login")
    submit(agent, "login", f, _creds(user["traits"]["email"], "wrong wrong wrong"))


@scenario("login.browser.wrong_password_form")
def browser_wrong_form(ctx: Ctx) -> None:
    user = make_user(ctx)
    agent = ctx.browser()
    f = flow(agent, "login")
    r = submit(agent, "login", f, _creds(user["traits"]["email"], "wrong wrong wrong"), form=True)
    if r.status_code == 303:
        get_flow(agent, "login", flow_id_of(r), "flow_after")


@scenario("login.browser.csrf_token_mismatch")
def browser_csrf_mismatch(ctx: Ctx) -> None:
    user = make_user(ctx)
    agent = ctx.spa()
    f = flow(agent, "login")
    submit(agent, "login", f, _creds(user["traits"]["email"]), csrf="bm90LXRoZS10b2tlbg==" * 4)


@scenario("login.browser.csrf_token_missing")
def browser_csrf_missing(ctx: Ctx) -> None:
    user = make_user(ctx)
    agent = ctx.spa()
    f = flow(agent, "login")
    submit(agent, "login", f, _creds(user["traits"]["email"]), csrf="")


@scenario("login.browser.csrf_cookie_missing")
def browser_csrf_nocookie(ctx: Ctx) -> None:
    user = make_user(ctx)
    f = flow(ctx.spa(), "login")
    submit(ctx.spa(), "login", f, _creds(user["traits"]["email"]))


@scenario("login.browser.csrf_mismatch_form")
def browser_csrf_form(ctx: Ctx) -> None:
    user = make_user(ctx)
    agent = ctx.browser()
    f = flow(agent, "login")
    r = submit(agent, "login", f, _creds(user["traits"]["email"]), form=True, csrf=forged_csrf())
    location = r.headers.get("location", "")
    if "id=" in location:
        error_id = location.split("id=", 1)[1]
        ctx.spa().get("error", "/self-service/errors", params={"id": error_id}, op="getFlowError")


@scenario("login.browser.session_already_available")
def browser_already(ctx: Ctx) -> None:
    user = make_user(ctx)
    agent = ctx.spa()
    login(agent, user["traits"]["email"])
    init(agent, "login")
    agent.get("init_html", "/self-service/login/browser", headers={"Accept": "text/html"})


@scenario("login.browser.refresh")
def browser_refresh(ctx: Ctx) -> None:
    user = make_user(ctx)
    agent = ctx.spa()
    login(agent, user["traits"]["email"])
    f = body(init(agent, "login", refresh="true"))
    submit(agent, "login", f, {"method": PW, "identifier": user["traits"]["email"], "password": PASSWORD})


@scenario("login.browser.aal2_without_session")
def browser_aal2_nosession(ctx: Ctx) -> None:
    init(ctx.spa(), "login", aal="aal2")
    init(ctx.browser(), "login", "init_html", aal="aal2")


@scenario("login.browser.aal2_without_second_factor")
def browser_aal2_no_2fa(ctx: Ctx) -> None:
    user = make_user(ctx)
    agent = ctx.spa()
    login(agent, user["traits"]["email"])
    init(agent, "login", aal="aal2")


@scenario("login.browser.unknown_flow")
def browser_unknown_flow(ctx: Ctx) -> None:
    agent = ctx.spa()
    flow(agent, "login")
    get_flow(agent, "login", str(uuid.uuid4()))
    agent.post("submit", "/self-service/login", params={"flow": str(uuid.uuid4())}, json=_creds(ctx.email()))
    ctx.browser().get("get_flow_html", "/self-service/login/flows", params={"id": str(uuid.uuid4())})


@scenario(
    "login.browser.expired_flow",
    fake_only="a login flow lives 1 h on real Kratos; only the fake's clock can age it",
)
def browser_expired(ctx: Ctx) -> None:
    user = make_user(ctx)
    agent = ctx.spa()
    f = flow(agent, "login")
    ctx.target.server.advance_clock(3601)
    get_flow(agent, "login", str(f["id"]))
    submit(agent, "login", f, _creds(user["traits"]["email"]))


@scenario(
    "login.native.expired_flow",
    fake_only="a login flow lives 1 h on real Kratos; only the fake's clock can age it",
)
def native_expired(ctx: Ctx) -> None:
    user = make_user(ctx)
    agent = ctx.native()
    f = flow(agent, "login", native=True)
    ctx.target.server.advance_clock(3601)
    get_flow(agent, "login", str(f["id"]))
    submit(agent, "login", f, _creds(user["traits"]["email"]))


@scenario("login.browser.aal2_lookup_secret")
def browser_aal2_lookup(ctx: Ctx) -> None:
    """Backup codes enrolled in settings, then an AAL2 login that spends one (and tries it again)."""
    agent, user = signed_in(ctx, "spa")
    f = flow(agent, "settings")
    shown = submit(agent, "settings", f, {"method": "lookup_secret", "lookup_secret_regenerate": True}, None)
    listing = node_attr(body(shown), "lookup_secret_codes", "text") or {}
    codes = [s["context"]["secret"] for s in (listing.get("context") or {}).get("secrets") or []]
    if not codes:
        ctx.note("no lookup codes", True)
        return
    submit(agent, "settings", f, {"method": "lookup_secret", "lookup_secret_confirm": True}, None)
    fresh = ctx.spa()
    submit(
        fresh,
        "login",
        flow(fresh, "login"),
        {"method": "password", "identifier": user["traits"]["email"], "password": PASSWORD},
        "login_aal1",
    )
    mfa = body(fresh.get("aal2_init", "/self-service/login/browser", params={"aal": "aal2"}))
    submit(fresh, "login", mfa, {"method": "lookup_secret", "lookup_secret": "nope1234"}, "aal2_wrong")
    submit(fresh, "login", mfa, {"method": "lookup_secret", "lookup_secret": codes[0]}, "aal2_ok")
    fresh.get("whoami", "/sessions/whoami", op="toSession")
    again = ctx.spa()
    submit(
        again,
        "login",
        flow(again, "login"),
        {"method": "password", "identifier": user["traits"]["email"], "password": PASSWORD},
        None,
    )
    mfa2 = body(again.get(None, "/self-service/login/browser", params={"aal": "aal2"}))
    submit(again, "login", mfa2, {"method": "lookup_secret", "lookup_secret": codes[0]}, "aal2_reused")

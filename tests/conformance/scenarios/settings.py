"""Settings flows: no session, profile and password changes, CSRF, other identity, TOTP, refresh."""

from __future__ import annotations

import uuid

from ..harness import NEW_PASSWORD, Ctx, body, flow_id_of, node_attr
from ..registry import scenario
from .common import JSON_ACCEPT, flow, forged_csrf, get_flow, init, make_user, signed_in, submit, token_login


def _native(ctx: Ctx) -> tuple[str, dict[str, object]]:
    user = make_user(ctx)
    return token_login(ctx, user["traits"]["email"]), user


def _tok(token: str) -> dict[str, str]:
    return {"X-Session-Token": token}


@scenario("settings.native.no_session")
def native_no_session(ctx: Ctx) -> None:
    init(ctx.native(), "settings", native=True)
    ctx.native().get(
        "bad_token", "/self-service/settings/api", headers=_tok("ory_st_nope"), op="createNativeSettingsFlow"
    )


@scenario("settings.browser.no_session")
def browser_no_session(ctx: Ctx) -> None:
    init(ctx.spa(), "settings")
    init(ctx.browser(), "settings", "init_html")


@scenario("settings.native.init")
def native_init(ctx: Ctx) -> None:
    token, _ = _native(ctx)
    agent = ctx.native()
    r = agent.get("init", "/self-service/settings/api", headers=_tok(token), op="createNativeSettingsFlow")
    get_flow_tok(agent, flow_id_of(r), token)


def get_flow_tok(agent, fid: str, token: str, label: str = "get_flow"):  # type: ignore[no-untyped-def]
    return agent.get(
        label, "/self-service/settings/flows", params={"id": fid}, headers=_tok(token), op="getSettingsFlow"
    )


def _native_flow(ctx: Ctx) -> tuple[object, dict[str, object], str]:
    token, _user = _native(ctx)
    agent = ctx.native()
    f = body(agent.get(None, "/self-service/settings/api", headers=_tok(token)))
    return agent, f, token


@scenario("settings.native.profile_update")
def native_profile(ctx: Ctx) -> None:
    agent, f, token = _native_flow(ctx)
    email = str(node_attr(f, "traits.email"))
    submit(
        agent,
        "settings",
        f,
        {"method": "profile", "traits": {"email": email, "name": {"first": "Grace"}}},
        headers=_tok(token),
    )


@scenario("settings.native.profile_invalid_email")
def native_profile_invalid(ctx: Ctx) -> None:
    agent, f, token = _native_flow(ctx)
    submit(agent, "settings", f, {"method": "profile", "traits": {"email": "nope"}}, headers=_tok(token))


@scenario("settings.native.profile_missing_email")
def native_profile_missing(ctx: Ctx) -> None:
    agent, f, token = _native_flow(ctx)
    submit(agent, "settings", f, {"method": "profile", "traits": {}}, headers=_tok(token))


@scenario("settings.native.password_change")
def native_password(ctx: Ctx) -> None:
    agent, f, token = _native_flow(ctx)
    submit(agent, "settings", f, {"method": "password", "password": NEW_PASSWORD}, headers=_tok(token))


@scenario("settings.native.password_too_short")
def native_password_short(ctx: Ctx) -> None:
    agent, f, token = _native_flow(ctx)
    submit(agent, "settings", f, {"method": "password", "password": "short"}, headers=_tok(token))


@scenario("settings.native.unknown_method")
def native_unknown_method(ctx: Ctx) -> None:
    agent, f, token = _native_flow(ctx)
    submit(agent, "settings", f, {"method": "carrier-pigeon"}, headers=_tok(token))


@scenario("settings.native.without_token")
def native_without_token(ctx: Ctx) -> None:
    agent, f, _ = _native_flow(ctx)
    submit(agent, "settings", f, {"method": "password", "password": NEW_PASSWORD})


@scenario("settings.native.other_identity")
def native_other(ctx: Ctx) -> None:
    agent, f, _ = _native_flow(ctx)
    other = token_login(ctx, str(make_user(ctx, ctx.email("b"))["traits"]["email"]))
    get_flow_tok(agent, str(f["id"]), other)
    submit(agent, "settings", f, {"method": "password", "password": NEW_PASSWORD}, headers=_tok(other))


@scenario("settings.browser.init_redirect")
def browser_init(ctx: Ctx) -> None:
    agent, _ = signed_in(ctx, "browser")
    init(agent, "settings")


@scenario("settings.browser.init_json")
def browser_init_json(ctx: Ctx) -> None:
    agent, _ = signed_in(ctx, "spa")
    get_flow(agent, "settings", flow_id_of(init(agent, "settings")))


@scenario("settings.browser.profile_update_json")
def browser_profile(ctx: Ctx) -> None:
    agent, user = signed_in(ctx, "spa")
    f = flow(agent, "settings")
    submit(
        agent,
        "settings",
        f,
        {"method": "profile", "traits": {"email": user["traits"]["email"], "name": {"last": "Hopper"}}},
    )


@scenario("settings.browser.profile_update_form")
def browser_profile_form(ctx: Ctx) -> None:
    agent, user = signed_in(ctx, "browser")
    f = flow(agent, "settings")
    submit(
        agent, "settings", f, {"method": "profile", "traits": {"email": user["traits"]["email"]}}, form=True
    )


@scenario("settings.browser.password_change_json")
def browser_password(ctx: Ctx) -> None:
    agent, _ = signed_in(ctx, "spa")
    f = flow(agent, "settings")
    submit(agent, "settings", f, {"method": "password", "password": NEW_PASSWORD})


@scenario("settings.browser.csrf_mismatch")
def browser_csrf(ctx: Ctx) -> None:
    agent, _ = signed_in(ctx, "spa")
    f = flow(agent, "settings")
    submit(agent, "settings", f, {"method": "password", "password": NEW_PASSWORD}, csrf=forged_csrf())


@scenario("settings.browser.other_identity")
def browser_other(ctx: Ctx) -> None:
    agent, _ = signed_in(ctx, "spa")
    f = flow(agent, "settings")
    other, _ = signed_in(ctx, "spa", ctx.email("b"))
    get_flow(other, "settings", str(f["id"]))


@scenario("settings.browser.unknown_flow")
def browser_unknown(ctx: Ctx) -> None:
    agent, _ = signed_in(ctx, "spa")
    get_flow(agent, "settings", str(uuid.uuid4()))


@scenario("settings.browser.totp_setup_and_aal2")
def browser_totp(ctx: Ctx) -> None:
    agent, user = signed_in(ctx, "spa")
    f = flow(agent, "settings")
    secret = node_attr(f, "totp_secret_key", "text")
    text = secret.get("text") if isinstance(secret, dict) else None
    if not text:
        ctx.note("no totp secret in the settings flow", True)
        return
    submit(agent, "settings", f, {"method": "totp", "totp_code": "000000"}, "wrong_code")
    f = flow(agent, "settings")
    text = node_attr(f, "totp_secret_key", "text")["text"]
    submit(agent, "settings", f, {"method": "totp", "totp_code": ctx.totp_code(str(text))})
    agent.get("whoami", "/sessions/whoami", op="toSession")
    fresh = ctx.spa()
    r = fresh.get(None, "/self-service/login/browser")
    lf = body(r)
    submit(
        fresh,
        "login",
        lf,
        {
            "method": "password",
            "identifier": user["traits"]["email"],
            "password": "correct horse battery staple 7",
        },
        "login_aal1",
    )
    fresh.get("whoami_aal1", "/sessions/whoami", op="toSession")
    fresh.get("settings_aal1", "/self-service/settings/browser", op="createBrowserSettingsFlow")
    mfa = body(
        fresh.get(
            "login_aal2_init",
            "/self-service/login/browser",
            params={"aal": "aal2"},
            op="createBrowserLoginFlow",
        )
    )
    submit(fresh, "login", mfa, {"method": "totp", "totp_code": "000000"}, "login_aal2_wrong")
    submit(fresh, "login", mfa, {"method": "totp", "totp_code": ctx.totp_code(str(text))}, "login_aal2")
    fresh.get("whoami_aal2", "/sessions/whoami", op="toSession")


@scenario("settings.browser.lookup_secret_reveal")
def browser_lookup(ctx: Ctx) -> None:
    agent, _ = signed_in(ctx, "spa")
    f = flow(agent, "settings")
    submit(agent, "settings", f, {"method": "lookup_secret", "lookup_secret_regenerate": True})


@scenario(
    "settings.browser.refresh_required",
    fake_only="privileged_session_max_age is 15 min on real Kratos; only the fake's clock can age a session",
)
def browser_refresh(ctx: Ctx) -> None:
    agent, _ = signed_in(ctx, "spa")
    f = flow(agent, "settings")
    ctx.target.server.advance_clock(901)
    submit(agent, "settings", f, {"method": "password", "password": NEW_PASSWORD})
    b = ctx.browser()
    b.client.cookies = agent.client.cookies
    f2 = body(b.get(None, "/self-service/settings/browser", headers=JSON_ACCEPT))
    submit(b, "settings", f2, {"method": "password", "password": NEW_PASSWORD}, "submit_form", form=True)


@scenario(
    "settings.native.refresh_required",
    fake_only="privileged_session_max_age is 15 min on real Kratos; only the fake's clock can age a session",
)
def native_refresh(ctx: Ctx) -> None:
    agent, f, token = _native_flow(ctx)
    ctx.target.server.advance_clock(901)
    submit(agent, "settings", f, {"method": "password", "password": NEW_PASSWORD}, headers=_tok(token))


def _lookup_post(agent, f, label: str, **flags: bool):  # type: ignore[no-untyped-def]
    return submit(agent, "settings", f, {"method": "lookup_secret", **flags}, label)


@scenario("settings.browser.lookup_secret_lifecycle")
def browser_lookup_lifecycle(ctx: Ctx) -> None:
    agent, _ = signed_in(ctx, "spa")
    f = flow(agent, "settings")
    _lookup_post(agent, f, "confirm_too_early", lookup_secret_confirm=True)
    _lookup_post(agent, f, "reveal_without_codes", lookup_secret_reveal=True)
    _lookup_post(agent, f, "regenerate", lookup_secret_regenerate=True)
    _lookup_post(agent, f, "confirm", lookup_secret_confirm=True)
    agent.get("whoami", "/sessions/whoami", op="toSession")
    f = flow(agent, "settings")
    get_flow(agent, "settings", str(f["id"]), "fresh_flow")
    _lookup_post(agent, f, "reveal", lookup_secret_reveal=True)
    _lookup_post(agent, f, "disable", lookup_secret_disable=True)


@scenario("settings.browser.lookup_secret_form")
def browser_lookup_form(ctx: Ctx) -> None:
    agent, _ = signed_in(ctx, "browser")
    f = flow(agent, "settings")
    submit(agent, "settings", f, {"method": "lookup_secret", "lookup_secret_regenerate": "true"}, form=True)


@scenario("settings.browser.without_session")
def browser_without_session(ctx: Ctx) -> None:
    agent, _ = signed_in(ctx, "spa")
    f = flow(agent, "settings")
    other = ctx.spa()
    get_flow(other, "settings", str(f["id"]), "get_flow_json")
    submit(other, "settings", f, {"method": "password", "password": NEW_PASSWORD}, "submit_json")
    page = ctx.browser()
    get_flow(page, "settings", str(f["id"]), "get_flow_html")
    submit(page, "settings", f, {"method": "password", "password": NEW_PASSWORD}, "submit_form", form=True)


@scenario("settings.browser.totp_unlink")
def browser_totp_unlink(ctx: Ctx) -> None:
    agent, _ = signed_in(ctx, "spa")
    f = flow(agent, "settings")
    secret = node_attr(f, "totp_secret_key", "text")
    if not isinstance(secret, dict):
        ctx.note("no totp secret in the settings flow", True)
        return
    submit(agent, "settings", f, {"method": "totp"}, "missing_code")
    submit(agent, "settings", f, {"method": "totp", "totp_code": ctx.totp_code(str(secret["text"]))}, "enrol")
    f = flow(agent, "settings")
    get_flow(agent, "settings", str(f["id"]), "enrolled_flow")
    submit(agent, "settings", f, {"method": "totp", "totp_unlink": True}, "unlink")
    agent.get("whoami", "/sessions/whoami", op="toSession")


@scenario("settings.native.profile_unknown_trait")
def native_profile_unknown(ctx: Ctx) -> None:
    agent, f, token = _native_flow(ctx)
    email = str(node_attr(f, "traits.email"))
    submit(
        agent,
        "settings",
        f,
        {"method": "profile", "traits": {"email": email, "nick": "x"}},
        headers=_tok(token),
    )


@scenario("settings.browser.profile_invalid_form")
def browser_profile_invalid_form(ctx: Ctx) -> None:
    agent, _ = signed_in(ctx, "browser")
    f = flow(agent, "settings")
    r = submit(agent, "settings", f, {"method": "profile", "traits": {"email": "nope"}}, form=True)
    if r.status_code in (302, 303):
        get_flow(agent, "settings", flow_id_of(r), "flow_after")

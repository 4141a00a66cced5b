"""whoami (cookie, token, bearer, none), my sessions, and logout (browser and API)."""

from __future__ import annotations

import uuid

from ..harness import Ctx, body
from ..registry import scenario
from .common import JSON_ACCEPT, login, make_user, signed_in, token_login


def _tok(token: str) -> dict[str, str]:
    return {"X-Session-Token": token}


@scenario("whoami.none")
def whoami_none(ctx: Ctx) -> None:
    ctx.native().get("whoami", "/sessions/whoami", op="toSession")
    ctx.browser().get("whoami_html", "/sessions/whoami", op="toSession")


@scenario("whoami.bad_token")
def whoami_bad_token(ctx: Ctx) -> None:
    ctx.native().get("whoami", "/sessions/whoami", headers=_tok("ory_st_not-a-token"), op="toSession")


@scenario("whoami.bad_cookie")
def whoami_bad_cookie(ctx: Ctx) -> None:
    ctx.native().get(
        "whoami", "/sessions/whoami", headers={"Cookie": "ory_kratos_session=garbage"}, op="toSession"
    )


@scenario("whoami.token")
def whoami_token(ctx: Ctx) -> None:
    user = make_user(ctx)
    token = token_login(ctx, user["traits"]["email"])
    ctx.native().get("whoami", "/sessions/whoami", headers=_tok(token), op="toSession")


@scenario("whoami.bearer")
def whoami_bearer(ctx: Ctx) -> None:
    user = make_user(ctx)
    token = token_login(ctx, user["traits"]["email"])
    ctx.native().get(
        "whoami", "/sessions/whoami", headers={"Authorization": f"Bearer {token}"}, op="toSession"
    )


@scenario("whoami.cookie")
def whoami_cookie(ctx: Ctx) -> None:
    agent, _ = signed_in(ctx, "spa")
    agent.get("whoami", "/sessions/whoami", op="toSession")
    agent.get("whoami_tokenize", "/sessions/whoami", params={"tokenize_as": "nope"}, op="toSession")


@scenario("whoami.disabled_identity")
def whoami_disabled(ctx: Ctx) -> None:
    user = make_user(ctx)
    token = token_login(ctx, user["traits"]["email"])
    patch = [{"op": "replace", "path": "/state", "value": "inactive"}]
    ctx.admin().request(None, "PATCH", f"/admin/identities/{user['id']}", json=patch)
    ctx.native().get("whoami", "/sessions/whoami", headers=_tok(token), op="toSession")


@scenario("sessions.mine.list")
def my_sessions(ctx: Ctx) -> None:
    user = make_user(ctx)
    token = token_login(ctx, user["traits"]["email"])
    token_login(ctx, user["traits"]["email"])
    ctx.native().get("list", "/sessions", headers=_tok(token), op="listMySessions")
    ctx.native().get("list_none", "/sessions", op="listMySessions")


@scenario("sessions.mine.revoke_others")
def my_revoke_others(ctx: Ctx) -> None:
    user = make_user(ctx)
    token = token_login(ctx, user["traits"]["email"])
    token_login(ctx, user["traits"]["email"])
    ctx.native().request("delete", "DELETE", "/sessions", headers=_tok(token), op="disableMyOtherSessions")


@scenario("sessions.mine.revoke_one")
def my_revoke_one(ctx: Ctx) -> None:
    user = make_user(ctx)
    token = token_login(ctx, user["traits"]["email"])
    second = token_login(ctx, user["traits"]["email"])
    sid = body(ctx.native().get(None, "/sessions/whoami", headers=_tok(second)))["id"]
    own = body(ctx.native().get(None, "/sessions/whoami", headers=_tok(token)))["id"]
    agent = ctx.native()
    agent.request("delete_other", "DELETE", f"/sessions/{sid}", headers=_tok(token), op="disableMySession")
    agent.request("delete_current", "DELETE", f"/sessions/{own}", headers=_tok(token), op="disableMySession")
    agent.request(
        "delete_unknown", "DELETE", f"/sessions/{uuid.uuid4()}", headers=_tok(token), op="disableMySession"
    )


@scenario("logout.browser.create")
def logout_create(ctx: Ctx) -> None:
    agent, _ = signed_in(ctx, "spa")
    agent.get("create", "/self-service/logout/browser", op="createBrowserLogoutFlow")


@scenario("logout.browser.create_without_session")
def logout_create_none(ctx: Ctx) -> None:
    ctx.spa().get("create", "/self-service/logout/browser", op="createBrowserLogoutFlow")
    ctx.browser().get("create_html", "/self-service/logout/browser", op="createBrowserLogoutFlow")


@scenario("logout.browser.perform")
def logout_perform(ctx: Ctx) -> None:
    agent, _ = signed_in(ctx, "browser")
    data = body(agent.get(None, "/self-service/logout/browser", headers=JSON_ACCEPT))
    agent.get(
        "logout",
        "/self-service/logout",
        params={"token": data.get("logout_token", "")},
        op="updateLogoutFlow",
    )
    agent.get("whoami", "/sessions/whoami", headers=JSON_ACCEPT, op="toSession")


@scenario("logout.browser.perform_json")
def logout_perform_json(ctx: Ctx) -> None:
    agent, _ = signed_in(ctx, "spa")
    data = body(agent.get(None, "/self-service/logout/browser"))
    agent.get(
        "logout",
        "/self-service/logout",
        params={"token": data.get("logout_token", "")},
        op="updateLogoutFlow",
    )


@scenario("logout.browser.return_to")
def logout_return_to(ctx: Ctx) -> None:
    agent, _ = signed_in(ctx, "browser")
    data = body(
        agent.get(
            None,
            "/self-service/logout/browser",
            headers=JSON_ACCEPT,
            params={"return_to": ctx.target.ui_url + "/bye"},
        )
    )
    ctx.note("logout_url", data.get("logout_url") and "return_to" in str(data.get("logout_url")))
    agent.get(
        "logout",
        "/self-service/logout",
        params={"token": data.get("logout_token", ""), "return_to": ctx.target.ui_url + "/bye"},
        op="updateLogoutFlow",
    )


@scenario("logout.browser.bad_token")
def logout_bad_token(ctx: Ctx) -> None:
    agent, _ = signed_in(ctx, "spa")
    agent.get("logout", "/self-service/logout", params={"token": "ory_lo_nope"}, op="updateLogoutFlow")
    agent.get("logout_missing", "/self-service/logout", op="updateLogoutFlow")


@scenario("logout.browser.perform_without_session")
def logout_perform_none(ctx: Ctx) -> None:
    params = {"token": "ory_lo_nope"}
    ctx.spa().get("logout", "/self-service/logout", params=params, op="updateLogoutFlow")
    ctx.browser().get("logout_html", "/self-service/logout", params=params, op="updateLogoutFlow")


@scenario("logout.api.ok")
def logout_api(ctx: Ctx) -> None:
    user = make_user(ctx)
    token = token_login(ctx, user["traits"]["email"])
    agent = ctx.native()
    agent.request(
        "logout",
        "DELETE",
        "/self-service/logout/api",
        json={"session_token": token},
        op="performNativeLogout",
    )
    agent.get("whoami", "/sessions/whoami", headers=_tok(token), op="toSession")
    agent.request(
        "again", "DELETE", "/self-service/logout/api", json={"session_token": token}, op="performNativeLogout"
    )


@scenario("logout.api.bad_token")
def logout_api_bad(ctx: Ctx) -> None:
    agent = ctx.native()
    agent.request(
        "logout",
        "DELETE",
        "/self-service/logout/api",
        json={"session_token": "nope"},
        op="performNativeLogout",
    )
    agent.request("missing", "DELETE", "/self-service/logout/api", json={}, op="performNativeLogout")


@scenario("login.browser.twice_same_identity")
def login_twice(ctx: Ctx) -> None:
    user = make_user(ctx)
    agent = ctx.spa()
    login(agent, user["traits"]["email"], label="first")
    agent.get("whoami", "/sessions/whoami", op="toSession")

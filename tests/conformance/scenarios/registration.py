"""Registration flows: browser and native, success, duplicate, missing and invalid traits."""

from __future__ import annotations

import uuid

from ..harness import PASSWORD, Ctx, flow_id_of
from ..registry import scenario
from .common import flow, forged_csrf, get_flow, init, make_user, submit, token_login


def _data(email: str, password: str = PASSWORD, **traits: object) -> dict[str, object]:
    return {"method": "password", "password": password, "traits": {"email": email, **traits}}


@scenario("registration.native.init")
def native_init(ctx: Ctx) -> None:
    init(ctx.native(), "registration", native=True)


@scenario("registration.native.get_flow")
def native_get(ctx: Ctx) -> None:
    agent = ctx.native()
    get_flow(agent, "registration", flow_id_of(init(agent, "registration", native=True)))


@scenario("registration.native.ok")
def native_ok(ctx: Ctx) -> None:
    agent = ctx.native()
    f = flow(agent, "registration", native=True)
    submit(agent, "registration", f, _data(ctx.email(), name={"first": "Ada", "last": "L"}))


@scenario("registration.native.duplicate")
def native_duplicate(ctx: Ctx) -> None:
    user = make_user(ctx)
    agent = ctx.native()
    f = flow(agent, "registration", native=True)
    submit(agent, "registration", f, _data(user["traits"]["email"]))


@scenario("registration.native.duplicate_case")
def native_duplicate_case(ctx: Ctx) -> None:
    user = make_user(ctx)
    agent = ctx.native()
    f = flow(agent, "registration", native=True)
    submit(agent, "registration", f, _data(user["traits"]["email"].upper()))


@scenario("registration.native.missing_email")
def native_missing(ctx: Ctx) -> None:
    agent = ctx.native()
    f = flow(agent, "registration", native=True)
    submit(agent, "registration", f, {"method": "password", "password": PASSWORD, "traits": {}})


@scenario("registration.native.invalid_email")
def native_invalid_email(ctx: Ctx) -> None:
    agent = ctx.native()
    f = flow(agent, "registration", native=True)
    submit(agent, "registration", f, _data("not-an-email"))


@scenario("registration.native.missing_password")
def native_missing_password(ctx: Ctx) -> None:
    agent = ctx.native()
    f = flow(agent, "registration", native=True)
    submit(agent, "registration", f, {"method": "password", "traits": {"email": ctx.email()}})


@scenario("registration.native.short_password")
def native_short(ctx: Ctx) -> None:
    agent = ctx.native()
    f = flow(agent, "registration", native=True)
    submit(agent, "registration", f, _data(ctx.email(), "short"))


@scenario("registration.native.password_like_identifier")
def native_similar(ctx: Ctx) -> None:
    agent = ctx.native()
    f = flow(agent, "registration", native=True)
    email = ctx.email()
    submit(agent, "registration", f, _data(email, email))


@scenario("registration.native.unknown_trait")
def native_unknown_trait(ctx: Ctx) -> None:
    agent = ctx.native()
    f = flow(agent, "registration", native=True)
    submit(agent, "registration", f, _data(ctx.email(), nickname="ada"))


@scenario("registration.native.session_already_available")
def native_already(ctx: Ctx) -> None:
    user = make_user(ctx)
    token = token_login(ctx, user["traits"]["email"])
    ctx.native().get(
        "init",
        "/self-service/registration/api",
        headers={"X-Session-Token": token},
        op="createNativeRegistrationFlow",
    )


@scenario("registration.native.unknown_flow")
def native_unknown_flow(ctx: Ctx) -> None:
    agent = ctx.native()
    get_flow(agent, "registration", str(uuid.uuid4()))
    agent.post(
        "submit", "/self-service/registration", params={"flow": str(uuid.uuid4())}, json=_data(ctx.email())
    )
    agent.post("malformed", "/self-service/registration", params={"flow": "nope"}, json=_data(ctx.email()))


@scenario("registration.browser.init_redirect")
def browser_init(ctx: Ctx) -> None:
    init(ctx.browser(), "registration")


@scenario("registration.browser.init_json")
def browser_init_json(ctx: Ctx) -> None:
    init(ctx.spa(), "registration")


@scenario("registration.browser.ok_json")
def browser_ok_json(ctx: Ctx) -> None:
    agent = ctx.spa()
    f = flow(agent, "registration")
    submit(agent, "registration", f, _data(ctx.email()))
    agent.get("whoami", "/sessions/whoami", op="toSession")


@scenario("registration.browser.ok_form")
def browser_ok_form(ctx: Ctx) -> None:
    agent = ctx.browser()
    f = flow(agent, "registration")
    submit(agent, "registration", f, _data(ctx.email()), form=True)


@scenario("registration.browser.duplicate_form")
def browser_duplicate_form(ctx: Ctx) -> None:
    user = make_user(ctx)
    agent = ctx.browser()
    f = flow(agent, "registration")
    r = submit(agent, "registration", f, _data(user["traits"]["email"]), form=True)
    if r.status_code in (302, 303):
        get_flow(agent, "registration", flow_id_of(r), "flow_after")


@scenario("registration.browser.missing_trait_json")
def browser_missing_json(ctx: Ctx) -> None:
    agent = ctx.spa()
    f = flow(agent, "registration")
    submit(agent, "registration", f, {"method": "password", "password": PASSWORD, "traits": {}})


@scenario("registration.browser.csrf_mismatch")
def browser_csrf(ctx: Ctx) -> None:
    agent = ctx.spa()
    f = flow(agent, "registration")
    submit(agent, "registration", f, _data(ctx.email()), csrf=forged_csrf())


@scenario("registration.browser.csrf_missing_form")
def browser_csrf_form(ctx: Ctx) -> None:
    agent = ctx.browser()
    f = flow(agent, "registration")
    submit(agent, "registration", f, _data(ctx.email()), csrf="", form=True)


@scenario("registration.browser.session_already_available")
def browser_already(ctx: Ctx) -> None:
    agent = ctx.spa()
    f = flow(agent, "registration")
    submit(agent, "registration", f, _data(ctx.email()), None)
    init(agent, "registration")
    agent.get("init_html", "/self-service/registration/browser", headers={"Accept": "text/html"})


@scenario("registration.browser.return_to")
def browser_return_to(ctx: Ctx) -> None:
    agent = ctx.spa()
    f = flow(agent, "registration", return_to=ctx.target.ui_url + "/welcome")
    submit(agent, "registration", f, _data(ctx.email()))


@scenario(
    "registration.browser.expired_flow",
    fake_only="a registration flow lives 1 h on real Kratos; only the fake's clock can age it",
)
def browser_expired(ctx: Ctx) -> None:
    agent = ctx.spa()
    f = flow(agent, "registration")
    ctx.target.server.advance_clock(3601)
    submit(agent, "registration", f, _data(ctx.email()))


@scenario("registration.browser.invalid_email_form")
def browser_invalid_email_form(ctx: Ctx) -> None:
    agent = ctx.browser()
    f = flow(agent, "registration")
    r = submit(agent, "registration", f, _data("not-an-email", name={"first": "Ada"}), form=True)
    if r.status_code in (302, 303):
        get_flow(agent, "registration", flow_id_of(r), "flow_after")


@scenario("registration.native.without_name")
def native_without_name(ctx: Ctx) -> None:
    agent = ctx.native()
    f = flow(agent, "registration", native=True)
    submit(agent, "registration", f, _data(ctx.email()))

"""Steps several scenarios share: set-up over the admin API, flow init and submit."""

from __future__ import annotations

import secrets
from typing import Any

import httpx

from ..harness import JSON, PASSWORD, Agent, Ctx, ScenarioAborted, body, csrf_of


def forged_csrf() -> str:
    """A CSRF token of the real length that no server issued (random, so no two tests share it)."""
    return secrets.token_urlsafe(66)


FORM = {"Content-Type": "application/x-www-form-urlencoded"}
JSON_ACCEPT = {"Accept": "application/json"}


def make_user(ctx: Ctx, email: str | None = None, password: str | None = PASSWORD, **extra: Any) -> JSON:
    """An identity created over the admin API (not recorded: every scenario would repeat it)."""
    traits = {"email": email or ctx.email()}
    traits.update(extra.pop("traits", {}))
    payload: JSON = {"schema_id": "default", "traits": traits, **extra}
    if password is not None:
        payload["credentials"] = {"password": {"config": {"password": password}}}
    response = ctx.admin().post(None, "/admin/identities", json=payload)
    if response.status_code != 201:
        raise ScenarioAborted(f"could not create the identity ({response.status_code})")
    return body(response)


def init(
    agent: Agent, kind: str, label: str | None = "init", *, native: bool = False, **params: str
) -> httpx.Response:
    """``GET /self-service/<kind>/api`` or ``/browser`` (an agent of kind ``browser`` gets a redirect)."""
    path = f"/self-service/{kind}/{'api' if native else 'browser'}"
    op = f"create{'Native' if native else 'Browser'}{kind.capitalize()}Flow"
    return agent.get(label, path, params=params, op=op)


def get_flow(agent: Agent, kind: str, flow_id: str, label: str | None = "get_flow") -> httpx.Response:
    return agent.get(
        label, f"/self-service/{kind}/flows", params={"id": flow_id}, op=f"get{kind.capitalize()}Flow"
    )


def flow(agent: Agent, kind: str, *, native: bool = False, **params: str) -> JSON:
    """A flow as JSON, whatever the agent (browsers follow the redirect to read it)."""
    path = f"/self-service/{kind}/{'api' if native else 'browser'}"
    response = agent.get(None, path, params=params, headers=JSON_ACCEPT)
    if response.status_code != 200:
        raise ScenarioAborted(f"{kind} flow init answered {response.status_code}")
    return body(response)


def submit(
    agent: Agent,
    kind: str,
    flow_json: JSON,
    data: JSON,
    label: str | None = "submit",
    *,
    form: bool = False,
    csrf: str | None = None,
    headers: dict[str, str] | None = None,
) -> httpx.Response:
    """POST the flow's action, with the flow's CSRF token unless ``csrf`` overrides it."""
    payload = dict(data)
    token = csrf_of(flow_json) if csrf is None else csrf
    if flow_json.get("type") == "browser" and token:
        payload["csrf_token"] = token
    op = f"update{kind.capitalize()}Flow"
    path = f"/self-service/{kind}"
    params = {"flow": str(flow_json.get("id"))}
    if form:
        flat = {k: v for k, v in _flatten(payload).items()}
        return agent.post(label, path, params=params, data=flat, headers={**FORM, **(headers or {})}, op=op)
    return agent.post(label, path, params=params, json=payload, headers=headers, op=op)


def _flatten(data: JSON, prefix: str = "") -> dict[str, str]:
    out: dict[str, str] = {}
    for key, value in data.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            out.update(_flatten(value, name + "."))
        else:
            out[name] = str(value)
    return out


def login(agent: Agent, email: str, password: str = PASSWORD, label: str | None = None) -> httpx.Response:
    """A password login on a fresh flow of the agent's kind (native agents use the API flow)."""
    native = agent.kind == "native"
    f = flow(agent, "login", native=native)
    data = {"method": "password", "identifier": email, "password": password}
    response = submit(agent, "login", f, data, label, headers=JSON_ACCEPT)
    if response.status_code != 200:
        raise ScenarioAborted(f"login answered {response.status_code}")
    return response


def token_login(ctx: Ctx, email: str, password: str = PASSWORD) -> str:
    """A session token by a native password login (set-up)."""
    response = login(ctx.native(), email, password)
    return str(body(response)["session_token"])


def signed_in(ctx: Ctx, kind: str = "spa", email: str | None = None) -> tuple[Agent, JSON]:
    """An agent with a session cookie (browser/spa) for a new user."""
    user = make_user(ctx, email)
    agent = ctx.agent(kind)
    login(agent, user["traits"]["email"])
    return agent, user

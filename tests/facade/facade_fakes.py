"""Kratos-shaped payloads and an ``httpx.MockTransport`` router for the facade's unit tests.

The payloads follow the shapes Kratos v26 sends (flows with ``ui.nodes``, herodot error envelopes, sessions
with an expanded identity); they are written here, not copied from elsewhere.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Iterable
from typing import Any

import httpx

from ory_facade import OryClient

PUBLIC = "http://kratos.test:4433"
ADMIN = "http://kratos.test:4434"
NOW = "2026-02-01T10:00:00Z"
LATER = "2026-02-01T11:00:00Z"


def new_id() -> str:
    return str(uuid.uuid4())


def text(
    msg_id: int, message: str, kind: str = "error", context: dict[str, Any] | None = None
) -> dict[str, Any]:
    return {"id": msg_id, "text": message, "type": kind, "context": context or {}}


def input_node(
    name: str,
    *,
    type: str = "text",
    group: str = "default",
    value: Any = None,
    required: bool = False,
    label: str | None = None,
    messages: Iterable[dict[str, Any]] = (),
) -> dict[str, Any]:
    attributes: dict[str, Any] = {"name": name, "type": type, "disabled": False, "node_type": "input"}
    if value is not None:
        attributes["value"] = value
    if required:
        attributes["required"] = True
    meta: dict[str, Any] = {}
    if label:
        meta["label"] = text(1070004, label, "info")
    return {
        "type": "input",
        "group": group,
        "attributes": attributes,
        "messages": list(messages),
        "meta": meta,
    }


def script_node(src: str = "http://kratos.test:4433/.well-known/ory/webauthn.js") -> dict[str, Any]:
    return {
        "type": "script",
        "group": "webauthn",
        "attributes": {
            "src": src,
            "async": True,
            "referrerpolicy": "no-referrer",
            "crossorigin": "anonymous",
            "integrity": "sha512-abc",
            "type": "text/javascript",
            "id": "webauthn_script",
            "nonce": "n0nce",
            "node_type": "script",
        },
        "messages": [],
        "meta": {},
    }


def csrf_node(value: str = "csrf-token-value") -> dict[str, Any]:
    return input_node("csrf_token", type="hidden", value=value, required=True)


def _flow(
    kind: str,
    *,
    flow_id: str | None,
    flow_type: str,
    state: str,
    nodes: list[dict[str, Any]] | None,
    messages: list[dict[str, Any]] | None,
    request_url: str | None,
    csrf: str | None,
    extra: dict[str, Any],
) -> dict[str, Any]:
    flow_id = flow_id or new_id()
    if nodes is None:
        nodes = []
    if csrf and flow_type == "browser":
        nodes = [csrf_node(csrf), *nodes]
    ui: dict[str, Any] = {
        "action": f"{PUBLIC}/self-service/{kind}?flow={flow_id}",
        "method": "POST",
        "nodes": nodes,
    }
    if messages:
        ui["messages"] = messages
    flow: dict[str, Any] = {
        "id": flow_id,
        "type": flow_type,
        "expires_at": LATER,
        "issued_at": NOW,
        "created_at": NOW,
        "updated_at": NOW,
        "request_url": request_url
        or f"{PUBLIC}/self-service/{kind}/{'browser' if flow_type == 'browser' else 'api'}",
        "state": state,
        "ui": ui,
    }
    flow.update(extra)
    return flow


def login_flow(
    *,
    flow_id: str | None = None,
    flow_type: str = "browser",
    state: str = "choose_method",
    nodes: list[dict[str, Any]] | None = None,
    messages: list[dict[str, Any]] | None = None,
    request_url: str | None = None,
    csrf: str | None = "csrf-token-value",
    **extra: Any,
) -> dict[str, Any]:
    if nodes is None:
        nodes = [
            input_node("identifier", required=True, label="E-Mail"),
            input_node("password", type="password", group="password", required=True, label="Password"),
            input_node("method", type="submit", group="password", value="password", label="Sign in"),
        ]
    extra.setdefault("refresh", False)
    extra.setdefault("requested_aal", "aal1")
    return _flow(
        "login",
        flow_id=flow_id,
        flow_type=flow_type,
        state=state,
        nodes=nodes,
        messages=messages,
        request_url=request_url,
        csrf=csrf,
        extra=extra,
    )


def registration_flow(
    *,
    flow_id: str | None = None,
    flow_type: str = "browser",
    state: str = "choose_method",
    nodes: list[dict[str, Any]] | None = None,
    messages: list[dict[str, Any]] | None = None,
    request_url: str | None = None,
    csrf: str | None = "csrf-token-value",
    **extra: Any,
) -> dict[str, Any]:
    if nodes is None:
        nodes = [
            input_node("traits.email", type="email", required=True, label="E-Mail"),
            input_node("password", type="password", group="password", required=True, label="Password"),
            input_node("method", type="submit", group="password", value="password", label="Sign up"),
        ]
    return _flow(
        "registration",
        flow_id=flow_id,
        flow_type=flow_type,
        state=state,
        nodes=nodes,
        messages=messages,
        request_url=request_url,
        csrf=csrf,
        extra=extra,
    )


def recovery_flow(
    *,
    flow_id: str | None = None,
    flow_type: str = "api",
    state: str = "choose_method",
    messages: list[dict[str, Any]] | None = None,
    continue_with: list[dict[str, Any]] | None = None,
    csrf: str | None = "csrf-token-value",
    request_url: str | None = None,
) -> dict[str, Any]:
    nodes = [
        input_node("email", type="email", group="code", required=True, label="Email"),
        input_node("method", type="submit", group="code", value="code", label="Submit"),
    ]
    extra: dict[str, Any] = {"active": "code"}
    if continue_with is not None:
        extra["continue_with"] = continue_with
    return _flow(
        "recovery",
        flow_id=flow_id,
        flow_type=flow_type,
        state=state,
        nodes=nodes,
        messages=messages,
        request_url=request_url,
        csrf=csrf,
        extra=extra,
    )


def verification_flow(
    *,
    flow_id: str | None = None,
    flow_type: str = "api",
    state: str = "choose_method",
    messages: list[dict[str, Any]] | None = None,
    csrf: str | None = "csrf-token-value",
) -> dict[str, Any]:
    nodes = [
        input_node("email", type="email", group="code", required=True, label="Email"),
        input_node("method", type="submit", group="code", value="code", label="Submit"),
    ]
    return _flow(
        "verification",
        flow_id=flow_id,
        flow_type=flow_type,
        state=state,
        nodes=nodes,
        messages=messages,
        request_url=None,
        csrf=csrf,
        extra={"active": "code"},
    )


def settings_flow(
    *,
    flow_id: str | None = None,
    flow_type: str = "api",
    state: str = "show_form",
    identity_doc: dict[str, Any] | None = None,
    messages: list[dict[str, Any]] | None = None,
    continue_with: list[dict[str, Any]] | None = None,
    csrf: str | None = "csrf-token-value",
) -> dict[str, Any]:
    identity_doc = identity_doc or identity()
    nodes = [
        input_node("traits.email", type="email", group="profile", value=identity_doc["traits"]["email"]),
        input_node("password", type="password", group="password", required=True),
    ]
    extra: dict[str, Any] = {"identity": identity_doc}
    if continue_with is not None:
        extra["continue_with"] = continue_with
    return _flow(
        "settings",
        flow_id=flow_id,
        flow_type=flow_type,
        state=state,
        nodes=nodes,
        messages=messages,
        request_url=None,
        csrf=csrf,
        extra=extra,
    )


def identity(identity_id: str | None = None, email: str = "ada@example.com", **traits: Any) -> dict[str, Any]:
    identity_id = identity_id or new_id()
    return {
        "id": identity_id,
        "schema_id": "default",
        "schema_url": f"{PUBLIC}/schemas/ZGVmYXVsdA",
        "state": "active",
        "state_changed_at": NOW,
        "traits": {"email": email, **traits},
        "verifiable_addresses": [
            {
                "id": new_id(),
                "value": email,
                "verified": False,
                "via": "email",
                "status": "pending",
                "created_at": NOW,
                "updated_at": NOW,
            }
        ],
        "recovery_addresses": [
            {"id": new_id(), "value": email, "via": "email", "created_at": NOW, "updated_at": NOW}
        ],
        "metadata_public": None,
        "created_at": NOW,
        "updated_at": NOW,
        "organization_id": None,
    }


def session(
    session_id: str | None = None, identity_doc: dict[str, Any] | None = None, aal: str = "aal1"
) -> dict[str, Any]:
    return {
        "id": session_id or new_id(),
        "active": True,
        "expires_at": LATER,
        "authenticated_at": NOW,
        "issued_at": NOW,
        "authenticator_assurance_level": aal,
        "authentication_methods": [{"method": "password", "aal": "aal1", "completed_at": NOW}],
        "identity": identity_doc or identity(),
        "devices": [{"id": new_id(), "ip_address": "127.0.0.1", "user_agent": "pytest", "location": ""}],
    }


def error_body(
    error_id: str | None, code: int, reason: str = "", *, request_id: str | None = None, **extra: Any
) -> dict[str, Any]:
    error: dict[str, Any] = {
        "code": code,
        "status": httpx.codes.get_reason_phrase(code),
        "message": f"{httpx.codes.get_reason_phrase(code)} message",
        "reason": reason or f"reason for {error_id or code}",
    }
    if error_id:
        error["id"] = error_id
    if request_id:
        error["request"] = request_id
    details = extra.pop("details", None)
    if details is not None:
        error["details"] = details
    return {"error": error, **extra}


def message(recipient: str, body: str = "Your code is 123456") -> dict[str, Any]:
    return {
        "id": new_id(),
        "type": "email",
        "status": "sent",
        "recipient": recipient,
        "subject": "Recover access to your account",
        "body": body,
        "template_type": "recovery_code_valid",
        "send_count": 1,
        "channel": "email",
        "created_at": NOW,
        "updated_at": NOW,
    }


Handler = Callable[[httpx.Request], httpx.Response]


def json_response(status: int, body: Any, headers: Iterable[tuple[str, str]] = ()) -> httpx.Response:
    return httpx.Response(
        status, content=json.dumps(body).encode(), headers=[("content-type", "application/json"), *headers]
    )


class MockKratos:
    """Routes requests by method and path to queued responses or handlers, recording every request."""

    def __init__(self) -> None:
        self.routes: dict[tuple[str, str], list[httpx.Response | Handler | Exception]] = {}
        self.requests: list[httpx.Request] = []

    def on(self, method: str, path: str, *responses: httpx.Response | Handler | Exception) -> MockKratos:
        """Queue answers for ``method path``; the last one repeats."""
        self.routes.setdefault((method.upper(), path), []).extend(responses)
        return self

    def json(
        self, method: str, path: str, status: int, body: Any, headers: Iterable[tuple[str, str]] = ()
    ) -> MockKratos:
        return self.on(method, path, json_response(status, body, headers))

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        queue = self.routes.get((request.method, path_of(request)))
        if not queue:
            raise AssertionError(f"no mock for {request.method} {path_of(request)}")
        answer = queue.pop(0) if len(queue) > 1 else queue[0]
        if isinstance(answer, Exception):
            raise answer
        if isinstance(answer, httpx.Response):
            # A fresh copy per call, since the same response object may be served more than once.
            return httpx.Response(answer.status_code, headers=answer.headers, content=answer.content)
        return answer(request)

    def client(self, **options: Any) -> OryClient:
        options.setdefault("admin_url", ADMIN)
        options.setdefault("max_retries", 2)
        client = OryClient(PUBLIC, transport=httpx.MockTransport(self), **options)
        client._transport._sleep = lambda seconds: None  # no real waiting in unit tests
        return client

    def last(self, method: str | None = None, path: str | None = None) -> httpx.Request:
        for request in reversed(self.requests):
            if (method is None or request.method == method) and (path is None or path_of(request) == path):
                return request
        raise AssertionError(f"no request {method} {path}; saw {[str(r.url) for r in self.requests]}")

    def count(self, method: str, path: str) -> int:
        return sum(1 for r in self.requests if r.method == method and path_of(r) == path)


def path_of(request: httpx.Request) -> str:
    """The path as sent (percent-encoding kept), without the query."""
    return request.url.raw_path.split(b"?", 1)[0].decode("ascii")


def body_of(request: httpx.Request) -> Any:
    return json.loads(request.content)

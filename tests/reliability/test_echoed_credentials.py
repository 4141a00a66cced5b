"""Credentials a proxy or debug page echoes back in its body never reach an exception's text.

Something in front of Kratos (a proxy's error page, a debug endpoint, a misrouted echo service) may answer
with the request it received: the ``X-Session-Token`` header, the ``Cookie`` header, ``Authorization`` with
the API key, or the JSON body with a password, in any format (plain text, an HTML table, JSON under any
key, the value alone). The client knows exactly what it sent, so those values are scrubbed from every text
taken from the body: the excerpt, and the reason, message, ids and details of a JSON error body. Checked
on both call paths (the facade's own pooled transport, against a loopback server, and an injected httpx
client) for error statuses, 200 answers that are not JSON, and JSON of the wrong shape.
"""

from __future__ import annotations

import html
import json
import logging
import socket
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from ory_facade import OryClient, OryError

from .faultserver import FaultServer, ReceivedRequest, _head
from .secret_scan import declare_secret, record_exception

SESSION_TOKEN = declare_secret("ory_st_echoEchoEchoEcho0123456789", "session token (echo)")
SESSION_COOKIE = declare_secret("MTc3OTk0NTk5MnxFY2hvRWNob0VjaG8tX3w=", "session cookie (echo)")
CSRF_COOKIE = declare_secret("ZWNob19jc3JmX2Nvb2tpZV92YWx1ZQ", "CSRF cookie (echo)")
API_KEY = declare_secret("ory_pat_echoEchoEchoEcho0123456789", "API key (echo)")
PASSWORD = declare_secret("an echoed pass phrase 42", "password (echo)")
SECRETS = (SESSION_TOKEN, SESSION_COOKIE, CSRF_COOKIE, API_KEY, PASSWORD)
#: Shown as it is: too short to be told from ordinary text, and not a credential.
PLAIN_COOKIE = "theme=dark"

ECHOED = ("x-session-token", "cookie", "authorization")
#: Text every echo starts with, to show the exception still tells what came back.
MARK = "echoed by upstream"


def echo_body(fmt: str, request: ReceivedRequest) -> tuple[bytes, str]:
    """The request as an echoing upstream shows it in ``fmt``; returns body and content type."""
    headers = [(name, value) for name, value in request.headers if name.lower() in ECHOED]
    body_text = request.body.decode("utf-8", "replace")
    if fmt == "plain text":
        lines = [f"{request.method} {request.target} HTTP/1.1", *(f"{n}: {v}" for n, v in headers)]
        return ("\n".join([MARK, *lines, "", body_text])).encode(), "text/plain"
    if fmt == "HTML table":
        rows = "".join(f"<tr><td>{html.escape(n)}</td><td>{html.escape(v)}</td></tr>" for n, v in headers)
        page = f"<html><body><h1>{MARK}</h1><table>{rows}</table><pre>{body_text}</pre></body>"
        return page.encode(), "text/html"
    if fmt == "JSON of headers":
        echoed: dict[str, Any] = {"note": MARK, "headers": {n.title(): [v] for n, v in headers}}
        if request.body:
            echoed["body"] = body_text
        return json.dumps(echoed).encode(), "application/json"
    if fmt == "values alone":
        values = []
        for name, value in headers:
            if name.lower() == "cookie":
                values += [pair.partition("=")[2] for pair in value.split("; ")]
            else:
                values.append(value.split(" ", 1)[-1])  # "Bearer key" -> "key"
        return " ".join([MARK, *values]).encode(), "text/plain"
    if fmt == "JSON error":
        value = next((v.split(" ", 1)[-1] for n, v in headers if n.lower() != "cookie"), "")
        cookie = next((v for n, v in headers if n.lower() == "cookie"), "")
        error = {
            "error": {
                "code": 401,
                "status": "Unauthorized",
                "id": "upstream_echo",
                "request": value or cookie,
                "reason": f"{MARK}: credential {value} cookie {cookie}",
                "message": f"rejected {value}{cookie}",
                "details": {"headers": dict(headers), "nested": [{"value": value or cookie}]},
            }
        }
        return json.dumps(error).encode(), "application/json"
    raise AssertionError(fmt)


FORMATS = ("plain text", "HTML table", "JSON of headers", "values alone", "JSON error")
#: 401 and 502 are error statuses; 200 with a body that is not JSON, or JSON that is not the model.
STATUSES = (401, 502, 200)


def answer_for(fmt: str, status: int) -> Callable[[ReceivedRequest], tuple[int, bytes, str]]:
    def answer(request: ReceivedRequest) -> tuple[int, bytes, str]:
        body, content_type = echo_body(fmt, request)
        if status == 200 and content_type == "application/json" and fmt == "JSON error":
            body = b"<html>" + body  # not JSON: the excerpt path
        return status, body, content_type

    return answer


@pytest.fixture(params=["pooled transport", "injected httpx client"])
def make_client(request: pytest.FixtureRequest) -> Iterator[Callable[..., OryClient]]:
    """``make_client(answer)``: an OryClient (public and admin URL, API key, no retries) whose upstream
    answers every request with ``answer(received_request)``."""
    path = request.param
    servers: list[FaultServer] = []
    clients: list[OryClient] = []

    def make(answer: Callable[[ReceivedRequest], tuple[int, bytes, str]]) -> OryClient:
        if path == "pooled transport":

            def action(conn: socket.socket, received: ReceivedRequest, server: FaultServer) -> None:
                status, body, content_type = answer(received)
                head = [
                    ("Connection", "close"),
                    ("Content-Length", str(len(body))),
                    ("Content-Type", content_type),
                ]
                conn.sendall(_head(status, head) + body)

            server = FaultServer(action).start()
            servers.append(server)
            client = OryClient(server.url, admin_url=server.url, api_key=API_KEY, max_retries=0)
        else:

            def handler(sent: httpx.Request) -> httpx.Response:
                received = ReceivedRequest(
                    connection=0,
                    method=sent.method,
                    target=sent.url.raw_path.decode(),
                    headers=[(k.decode(), v.decode()) for k, v in sent.headers.raw],
                    body=sent.content,
                )
                status, body, content_type = answer(received)
                return httpx.Response(status, content=body, headers={"Content-Type": content_type})

            client = OryClient(
                "http://kratos.test",
                admin_url="http://admin.test",
                api_key=API_KEY,
                max_retries=0,
                transport=httpx.MockTransport(handler),
            )
        clients.append(client)
        return client

    yield make
    for client in clients:
        client.close()
    for server in servers:
        server.stop()


CALLS: dict[str, Callable[[OryClient], Any]] = {
    "whoami with a session token": lambda ory: ory.whoami(session_token=SESSION_TOKEN),
    "whoami with cookies": lambda ory: ory.whoami(
        cookie=f"ory_kratos_session={SESSION_COOKIE}; csrf_token_0a1b={CSRF_COOKIE}; {PLAIN_COOKIE}"
    ),
    "admin call with the API key": lambda ory: ory.admin.identities.get(
        "5c1e7d2a-0b3f-4a6e-9d8c-0123456789ab"
    ),
    "native login with a password": lambda ory: ory.login.submit(
        "5c1e7d2a-0b3f-4a6e-9d8c-0123456789ab",
        {"method": "password", "identifier": "ada@example.org", "password": PASSWORD},
        session_token=SESSION_TOKEN,
    ),
}


def texts_of(exc: BaseException) -> dict[str, str]:
    texts = {"str": str(exc), "repr": repr(exc), "args": repr(exc.args)}
    for name in ("excerpt", "reason", "message", "request_id", "error_id", "details"):
        if hasattr(exc, name):
            texts[name] = repr(getattr(exc, name))
    cause = exc.__cause__ or exc.__context__
    depth = 0
    while cause is not None and depth < 5:
        texts[f"cause {depth}"] = f"{cause!s} {cause!r}"
        cause, depth = cause.__cause__ or cause.__context__, depth + 1
    return texts


@pytest.mark.parametrize("status", STATUSES)
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("call", sorted(CALLS))
def test_echoed_credentials_are_not_in_the_exception(
    call: str, fmt: str, status: int, make_client: Callable[..., OryClient], caplog: pytest.LogCaptureFixture
) -> None:
    ory = make_client(answer_for(fmt, status))
    with caplog.at_level(logging.DEBUG), pytest.raises(OryError) as caught:
        CALLS[call](ory)
    error = caught.value
    record_exception(error, f"{call}, {fmt}, {status}")
    texts = texts_of(error)
    texts["log"] = "\n".join(record.getMessage() for record in caplog.records)
    leaks = [(where, kind) for where, text in texts.items() for kind, s in _named().items() if s in text]
    assert leaks == [], f"{type(error).__name__}: secrets in {leaks}"
    # the exception still says what happened
    if fmt != "JSON of headers" or status == 200:  # an error status with JSON of no error: only its status
        shown = " ".join(texts[k] for k in ("str", "excerpt", "reason") if k in texts)
        assert MARK in shown, texts["str"]


def _named() -> dict[str, str]:
    return {
        "session token": SESSION_TOKEN,
        "session cookie": SESSION_COOKIE,
        "CSRF cookie": CSRF_COOKIE,
        "API key": API_KEY,
        "password": PASSWORD,
    }


def test_short_and_unrelated_values_are_left_alone(make_client: Callable[..., OryClient]) -> None:
    """A cookie value too short to be told from text (``dark``) and text that is no credential stay."""
    ory = make_client(answer_for("HTML table", 200))
    with pytest.raises(OryError) as caught:
        CALLS["whoami with cookies"](ory)
    assert "<td>Cookie</td>" in str(caught.value) and "; theme=dark</td>" in str(caught.value)


@pytest.mark.parametrize("edge", ["end of the shown part", "end of the window"])
def test_a_credential_across_the_excerpt_cut_is_not_shown_in_part(edge: str) -> None:
    """A long body cut for the excerpt: the token crosses the cut at each offset, and no piece shows."""
    import ory_facade._redact as module

    cut = module.EXCERPT_WINDOW - (module.EXCERPT_LOOKAHEAD if edge == "end of the shown part" else 0)
    token = SESSION_TOKEN.encode()
    for offset in range(-len(token) - 1, 2):
        body = b"." + b" " * (cut + offset - 1) + token + b" tail" + b" " * module.EXCERPT_WINDOW

        def handler(request: httpx.Request, body: bytes = body) -> httpx.Response:
            return httpx.Response(200, content=body)

        mock = httpx.MockTransport(handler)
        with OryClient("http://kratos.test", transport=mock) as ory, pytest.raises(OryError) as caught:
            ory.whoami(session_token=SESSION_TOKEN)
        shown = str(caught.value)
        assert not any(SESSION_TOKEN[i : i + 6] in shown for i in range(len(SESSION_TOKEN) - 5)), (
            offset,
            shown,
        )

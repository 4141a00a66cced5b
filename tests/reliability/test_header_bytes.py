"""Header bytes that are not ASCII, and URLs that cannot be sent (issue 13, Medium and Low).

WSGI hands headers over latin-1-decoded: a ``Cookie`` another app on the domain set in UTF-8 arrives as
``cafÃ©``. Before the fix the default path raised a bare ``UnicodeEncodeError`` for text outside latin-1
and httpx's path (a proxy, an injected client) for anything outside ASCII; a response header with obs-text
(bytes >= 0x80, legal in HTTP) did the same on the default path. Both paths now send the browser's bytes and
read such answers; a URL over httpx's limit is an ``OryRequestError`` (nothing sent), never
``httpx.InvalidURL``.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator

import httpx
import pytest
from backends import Backend
from contrib.helpers import PASSWORD, browser_session_cookie

from ory_facade import OryClient, OryError, OryRequestError

from . import payloads as p
from .conftest import Sleeps
from .faultserver import FaultServer, raw

Serve = Callable[..., FaultServer]
ClientFor = Callable[..., tuple[OryClient, Sleeps]]


# Not ASCII: UTF-8 read as latin-1 (what WSGI gives), text outside latin-1, a name that is not ASCII.
FOREIGN_COOKIES = ["theme=caf\u00c3\u00a9", "theme=\u0436", "th\u00e9me=1"]
PATHS = ["default", "httpx"]


@pytest.fixture
def make_client() -> Iterator[Callable[[str, str], OryClient]]:
    made: list[OryClient | httpx.Client] = []

    def make(url: str, path: str) -> OryClient:
        injected = httpx.Client(trust_env=False) if path == "httpx" else None
        client = OryClient(url, http_client=injected, max_retries=0)
        made.extend([client] if injected is None else [client, injected])  # the caller owns an injected one
        return client

    yield make
    for client in made:
        client.close()


def browser_cookie(backend: Backend, email: str) -> str:
    backend.create_identity(email=email, password=PASSWORD)
    return browser_session_cookie(backend, email)


@pytest.mark.parametrize("path", PATHS)
@pytest.mark.parametrize("foreign", FOREIGN_COOKIES)
def test_a_cookie_that_is_not_ascii_still_finds_the_session(
    backend: Backend, make_client: Callable[[str, str], OryClient], path: str, foreign: str
) -> None:
    cookie = browser_cookie(backend, "bytes@example.com")
    session = make_client(backend.public_url, path).whoami(cookie=f"{foreign}; {cookie}")
    assert session.identity is not None and session.identity.traits["email"] == "bytes@example.com"


@pytest.mark.parametrize("path", PATHS)
@pytest.mark.parametrize(
    "given", ["theme=caf\u00c3\u00a9", "theme=caf\u00e9", "x=\u0436"], ids=["wsgi", "latin-1", "unicode"]
)
def test_header_text_goes_out_as_the_browsers_own_bytes(
    serve: Serve, make_client: Callable[[str, str], OryClient], path: str, given: str
) -> None:
    server = serve(raw(_answer(b"")))
    make_client(server.url, path).whoami(cookie=given)
    [request] = server.requests
    cookie = {name.lower(): value for name, value in request.headers}["cookie"]
    # The server decodes header bytes as latin-1. Text from WSGI (latin-1-decoded) goes back to its bytes;
    # text outside latin-1 cannot come from a request and goes out as UTF-8, as a browser sends it.
    expected = given.encode("latin-1") if given != "x=\u0436" else given.encode()
    assert cookie.encode("latin-1") == expected


def _answer(extra_header: bytes) -> bytes:
    body = json.dumps(p.session_payload()).encode()
    return (
        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n" + extra_header
        + b"Content-Length: " + str(len(body)).encode() + b"\r\nConnection: close\r\n\r\n" + body
    )  # fmt: skip


@pytest.mark.parametrize("path", PATHS)
def test_a_response_header_with_obs_text_is_read(
    serve: Serve, make_client: Callable[[str, str], OryClient], path: str
) -> None:
    server = serve(raw(_answer(b"X-Note: caf\xc3\xa9 \xff\r\n")))
    session = make_client(server.url, path).whoami(cookie="ory_kratos_session=x")
    assert session.id == p.session_payload()["id"]


@pytest.mark.parametrize("path", PATHS)
def test_a_url_over_the_limit_is_a_typed_error_and_nothing_is_sent(
    serve: Serve, make_client: Callable[[str, str], OryClient], path: str
) -> None:
    server = serve(raw(_answer(b"")))
    client = make_client(server.url, path)
    with pytest.raises(OryRequestError, match="cannot be sent") as caught:
        client.login.create_browser(return_to="http://127.0.0.1/" + "a" * 70_000)
    assert isinstance(caught.value, OryError) and isinstance(caught.value, ValueError)
    assert len(str(caught.value)) < 300
    assert server.requests == []


def test_dot_segment_ids_are_request_errors(client_for: ClientFor) -> None:
    client, _ = client_for("http://127.0.0.1:9")
    for bad in (".", ".."):
        with pytest.raises(OryRequestError, match="dot segment"):
            client.login.get(bad)

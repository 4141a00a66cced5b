"""What an answer may look like on the wire, the same on the facade's transport and on httpx's own.

``http.client`` parses the default path's answers but is more lenient than httpx (h11): it reads a bare CR
as a line break, drops every header after a line without a colon into the body, lets the first of two
different ``Content-Length`` values win and keeps an obs-fold's CRLF inside the value (which would reach a
relayed ``Set-Cookie``). The facade's transport refuses what httpx refuses and unfolds as httpx does;
each case runs on both paths (``default``: the facade's own transport; ``httpx``: an injected client).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator

import httpx
import pytest

from ory_facade import OryClient, OryConnectionError

from . import payloads as p
from .faultserver import FaultServer, raw

PATHS = ["default", "httpx"]
BODY = json.dumps(p.session_payload()).encode()
LENGTH = f"Content-Length: {len(BODY)}\r\n".encode()


@pytest.fixture
def make_client() -> Iterator[Callable[[str, str], OryClient]]:
    made: list[OryClient | httpx.Client] = []

    def make(url: str, path: str) -> OryClient:
        injected = httpx.Client(trust_env=False) if path == "httpx" else None
        client = OryClient(url, http_client=injected, max_retries=0)
        made.extend([client] if injected is None else [client, injected])
        return client

    yield make
    for client in made:
        client.close()


def answer(head: bytes, body: bytes = BODY) -> bytes:
    return b"HTTP/1.1 200 OK\r\nConnection: close\r\n" + head + b"\r\n" + body


REFUSED = {
    "bare CR in a value": answer(b"X-A: one\rX-B: two\r\n" + LENGTH),
    "NUL in a value": answer(b"X-A: a\x00b\r\n" + LENGTH),
    "line without a colon": answer(b"X-A one\r\n" + LENGTH),
    "space before the colon": answer(b"X-A : one\r\n" + LENGTH),
    "two different Content-Lengths": answer(LENGTH + b"Content-Length: 3\r\n"),
    "negative Content-Length": answer(b"Content-Length: -1\r\n"),
    "signed Content-Length": answer(f"Content-Length: +{len(BODY)}\r\n".encode()),
    "Transfer-Encoding gzip": answer(b"Transfer-Encoding: gzip\r\n" + LENGTH),
}


@pytest.mark.parametrize("path", PATHS)
@pytest.mark.parametrize("wire", REFUSED.values(), ids=REFUSED.keys())
def test_answers_httpx_refuses_are_refused(
    make_client: Callable[[str, str], OryClient], path: str, wire: bytes
) -> None:
    with FaultServer(raw(wire)) as server, pytest.raises(OryConnectionError) as caught:
        make_client(server.url, path).whoami(session_token="ory_st_strictStrictStrict0123")
    assert type(caught.value) is OryConnectionError


ACCEPTED = {
    "obs-text in a value": answer(b"X-Note: caf\xc3\xa9 \xff\r\n" + LENGTH),
    "two equal Content-Lengths": answer(LENGTH + LENGTH),
    "LF line ends": b"HTTP/1.1 200 OK\nConnection: close\n" + LENGTH.replace(b"\r", b"") + b"\n" + BODY,
    "103 before the answer": b"HTTP/1.1 103 Early Hints\r\nLink: </a.css>\r\n\r\n" + answer(LENGTH),
}


@pytest.mark.parametrize("path", PATHS)
@pytest.mark.parametrize("wire", ACCEPTED.values(), ids=ACCEPTED.keys())
def test_answers_httpx_reads_are_read(
    make_client: Callable[[str, str], OryClient], path: str, wire: bytes
) -> None:
    with FaultServer(raw(wire)) as server:
        assert make_client(server.url, path).whoami(session_token="t").id == p.SESSION_ID


@pytest.mark.parametrize("path", PATHS)
def test_an_obs_fold_is_unfolded_into_one_space(
    make_client: Callable[[str, str], OryClient], path: str
) -> None:
    wire = b"HTTP/1.1 204 No Content\r\nSet-Cookie: a=b;\r\n  Path=/\r\nConnection: close\r\n\r\n"
    with FaultServer(raw(wire)) as server:
        result = make_client(server.url, path).browser_logout.submit("ory_lo_strictStrict0123")
    assert result.set_cookie == ["a=b; Path=/"]

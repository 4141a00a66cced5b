"""What an answer may look like on the wire, on the facade's transport and on httpx's own.

The default path's answers are parsed by llhttp (``httptools``), httpx's by h11. Each case runs on both
paths (``default``: the facade's own transport; ``httpx``: an injected client): what httpx refuses is
refused on both, what it reads is read on both, except two answers llhttp refuses and h11 reads, an
obs-fold (a field continued on the next line: obsolete, and a way to smuggle a line into a relayed
``Set-Cookie``) and a repeated ``Content-Length`` with the same value; Go's ``net/http`` (Kratos) sends
neither.
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


OBS_FOLD = b"HTTP/1.1 204 No Content\r\nSet-Cookie: a=b;\r\n  Path=/\r\nConnection: close\r\n\r\n"
STRICTER = {
    "two equal Content-Lengths": answer(LENGTH + LENGTH),
    "obs-fold": answer(b"X-Note: one\r\n two\r\n" + LENGTH),
}


@pytest.mark.parametrize("wire", STRICTER.values(), ids=STRICTER.keys())
def test_answers_only_httpx_reads_are_refused_on_the_default_path(
    make_client: Callable[[str, str], OryClient], wire: bytes
) -> None:
    with FaultServer(raw(wire)) as server:
        assert make_client(server.url, "httpx").whoami(session_token="t").id == p.SESSION_ID
    with FaultServer(raw(wire)) as server, pytest.raises(OryConnectionError) as caught:
        make_client(server.url, "default").whoami(session_token="ory_st_strictStrictStrict0123")
    assert type(caught.value) is OryConnectionError and "malformed" in str(caught.value.__cause__)


def test_an_obs_fold_in_a_set_cookie_never_reaches_the_caller(
    make_client: Callable[[str, str], OryClient],
) -> None:
    with FaultServer(raw(OBS_FOLD)) as server:  # httpx unfolds it into one space
        result = make_client(server.url, "httpx").browser_logout.submit("ory_lo_strictStrict0123")
    assert result.set_cookie == ["a=b; Path=/"]
    with FaultServer(raw(OBS_FOLD)) as server, pytest.raises(OryConnectionError):
        make_client(server.url, "default").browser_logout.submit("ory_lo_strictStrict0123")

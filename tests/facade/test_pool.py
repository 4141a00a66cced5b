"""The facade's one transport (``ory_facade._pool.PooledTransport``), through ``OryClient``, against a raw
loopback server we script: keep-alive, liveness, expiry, single-use requests, the deadline, framing."""

from __future__ import annotations

import gc
import gzip
import json
import select
import socket
import sys
import threading
import warnings
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from ory_facade import OryClient, OryConnectionError, OryTimeoutError, _pool
from ory_facade._pool import PooledTransport

Handler = Callable[[socket.socket, bytes, int], bool]  # (conn, request bytes, n on this conn) -> keep open


class RawServer:
    """Accepts connections on 127.0.0.1 and lets a handler answer each request byte by byte."""

    def __init__(self, handler: Handler) -> None:
        self.handler = handler
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(64)
        self.port = self.sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.connections = 0
        self.requests: list[bytes] = []
        self.closed_by_client = 0
        self.closed_by_server = 0  # connections this side has closed (or seen closed)
        self.stopping = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while not self.stopping.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self.connections += 1
            threading.Thread(target=self._connection, args=(conn,), daemon=True).start()

    def _connection(self, conn: socket.socket) -> None:
        try:
            self._exchanges(conn)
        finally:
            self.closed_by_server += 1

    def _exchanges(self, conn: socket.socket) -> None:
        buffer, n = b"", 0
        with conn:
            while True:
                while b"\r\n\r\n" not in buffer:
                    try:
                        chunk = conn.recv(65536)
                    except OSError:
                        return
                    if not chunk:
                        if not buffer:
                            self.closed_by_client += 1
                        return
                    buffer += chunk
                head, buffer = buffer.split(b"\r\n\r\n", 1)
                length = 0
                for line in head.split(b"\r\n")[1:]:
                    name, _, value = line.partition(b":")
                    if name.strip().lower() == b"content-length":
                        length = int(value)
                while len(buffer) < length:
                    buffer += conn.recv(65536)
                request, buffer = head + b"\r\n\r\n" + buffer[:length], buffer[length:]
                self.requests.append(request)
                n += 1
                if not self.handler(conn, request, n):
                    return

    def count(self, start: bytes) -> int:
        return sum(1 for r in self.requests if r.startswith(start))

    def close(self) -> None:
        self.stopping.set()
        self.sock.close()


def reply(body: bytes, *headers: str, status: str = "200 OK") -> bytes:
    lines = [f"HTTP/1.1 {status}", f"Content-Length: {len(body)}", *headers]
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + body


SESSION = {
    "id": "s1",
    "active": True,
    "identity": {"id": "i1", "schema_id": "default", "schema_url": "x", "traits": {}},
}
SESSION_ANSWER = reply(json.dumps(SESSION).encode(), "Content-Type: application/json")
DELETE = b"DELETE /admin/identities/i1 "
LOGOUT = b"GET /self-service/logout?"


@pytest.fixture
def serve() -> Iterator[Callable[[Handler], RawServer]]:
    servers: list[RawServer] = []

    def start(handler: Handler) -> RawServer:
        servers.append(RawServer(handler))
        return servers[-1]

    yield start
    for server in servers:
        server.close()


def answer_each(conn: socket.socket, request: bytes, n: int) -> bool:
    """A session for GETs, 204 for the rest; the connection stays open."""
    conn.sendall(
        SESSION_ANSWER if request.startswith(b"GET /sessions") else reply(b"", status="204 No Content")
    )
    return True


def answer_then_close(conn: socket.socket, request: bytes, n: int) -> bool:
    """Answer, then close the kept-alive connection without saying so (no ``Connection: close``)."""
    answer_each(conn, request, n)
    return False


def client(url: str, **options: Any) -> OryClient:
    options.setdefault("max_retries", 0)
    return OryClient(url, admin_url=url, **options)


# --- keep-alive and liveness ---------------------------------------------------------------------------
def test_connections_are_kept_alive_and_reused(serve: Callable[[Handler], RawServer]) -> None:
    server = serve(answer_each)
    with client(server.url) as ory:
        for _ in range(5):
            assert ory.whoami(session_token="t").id == "s1"
    assert server.connections == 1
    assert len(server.requests) == 5
    head = server.requests[0].split(b"\r\n\r\n")[0].lower()
    assert b"host: 127.0.0.1:" in head and b"accept: application/json" in head


@pytest.fixture(params=["tcp_info", "poll", "select"])
def probe(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Every way the liveness check asks whether an idle connection is still good: the kernel's
    ``TCP_INFO`` (Linux), ``select.poll`` (other POSIX) and ``select.select`` (Windows has no ``poll``)."""
    mode: str = request.param
    if mode == "tcp_info" and not _pool.TCP_INFO_PROBE:
        pytest.skip("TCP_INFO is Linux's")
    monkeypatch.setattr(_pool, "TCP_INFO_PROBE", mode == "tcp_info")
    if mode == "select":
        monkeypatch.delattr(select, "poll", raising=False)
    return mode


@pytest.mark.usefixtures("probe")
def test_kept_alive_connections_are_reused_by_every_probe(serve: Callable[[Handler], RawServer]) -> None:
    server = serve(answer_each)
    with client(server.url) as ory:
        for _ in range(3):
            assert ory.whoami(session_token="t").id == "s1"
            threading.Event().wait(0.05)  # idle long enough for the TCP_INFO probe to look at arrivals
    assert server.connections == 1


def test_linux_uses_the_tcp_info_probe_by_default() -> None:
    """On Linux the default probe is ``getsockopt(TCP_INFO)``, which keeps the GIL; ``poll`` would hand it
    to another thread on every reuse (the 32-thread bench shows the context switches per request)."""
    assert sys.platform.startswith("linux") == _pool.TCP_INFO_PROBE


@pytest.mark.usefixtures("probe")
def test_a_connection_the_server_closed_is_noticed_before_reuse(
    serve: Callable[[Handler], RawServer],
) -> None:
    server = serve(answer_then_close)

    def closed_by_now() -> None:
        """Until the server has closed every connection: on a loaded machine its FIN could otherwise
        arrive after the next request went out (the race that test_a_single_use_request_... covers)."""
        for _ in range(500):
            if server.closed_by_server == server.connections:
                return
            threading.Event().wait(0.01)

    with client(server.url) as ory:
        for _ in range(3):
            closed_by_now()
            assert ory.whoami(session_token="t").id == "s1"
        # Single-use requests too: the liveness check finds the closed connection, a fresh one is used.
        closed_by_now()
        ory.admin.identities.delete("i1")
        closed_by_now()
        ory.browser_logout.submit("logout-token-1")
    assert server.connections == 5
    assert server.count(DELETE) == 1 and server.count(LOGOUT) == 1


@pytest.mark.usefixtures("probe")
def test_bytes_nobody_asked_for_make_an_idle_connection_unusable(
    serve: Callable[[Handler], RawServer],
) -> None:
    """A server that says ``408`` on an idle connection (and has not closed it yet): the next request must
    not read that as its answer."""

    def answer_then_408(conn: socket.socket, request: bytes, n: int) -> bool:
        answer_each(conn, request, n)
        if n == 1:
            threading.Event().wait(0.15)  # after the answer, well past the probe's slack
            conn.sendall(reply(b"", status="408 Request Timeout"))
        return True

    server = serve(answer_then_408)
    with client(server.url) as ory:
        assert ory.whoami(session_token="t").id == "s1"
        threading.Event().wait(0.6)
        assert ory.whoami(session_token="t").id == "s1"
    assert server.connections == 2


def test_idle_connections_expire(serve: Callable[[Handler], RawServer]) -> None:
    server = serve(answer_each)
    with OryClient(server.url, max_retries=0, transport=PooledTransport(keepalive_expiry=0)) as ory:
        for _ in range(3):
            ory.whoami(session_token="t")
    assert server.connections == 3
    for _ in range(500):  # the server notices the closes a moment later
        if server.closed_by_client >= 2:
            break
        threading.Event().wait(0.01)
    assert server.closed_by_client >= 2  # the expired connections were closed, not left open
    assert PooledTransport().keepalive_expiry > 0


# --- single-use requests are never sent twice -----------------------------------------------------------
@pytest.fixture
def liveness_misses(monkeypatch: pytest.MonkeyPatch) -> None:
    """The race the liveness check cannot close: the server closes just after the check."""
    monkeypatch.setattr("ory_facade._pool._dropped", lambda sock: False)


@pytest.mark.usefixtures("liveness_misses")
def test_a_stale_connection_is_retried_for_a_get(serve: Callable[[Handler], RawServer]) -> None:
    server = serve(answer_then_close)
    with client(server.url) as ory:
        for _ in range(3):
            assert ory.whoami(session_token="t").id == "s1"
    assert server.connections == 3


@pytest.mark.usefixtures("liveness_misses")
@pytest.mark.parametrize("call", ["delete", "logout"])
def test_a_single_use_request_on_a_stale_connection_is_not_resent(
    serve: Callable[[Handler], RawServer], call: str
) -> None:
    server = serve(answer_then_close)
    with client(server.url, max_retries=3) as ory:
        ory.whoami(session_token="t")
        with pytest.raises(OryConnectionError) as caught:
            if call == "delete":
                ory.admin.identities.delete("i1")
            else:
                ory.browser_logout.submit("logout-token-1")
    assert "not sent again" in str(caught.value.__cause__)
    assert server.connections == 1  # no second connection carried it again
    assert server.count(DELETE) + server.count(LOGOUT) == 0


@pytest.mark.parametrize("call", ["delete", "logout", "whoami"])
def test_a_request_the_server_read_then_dropped_is_sent_once_unless_idempotent(
    serve: Callable[[Handler], RawServer], call: str
) -> None:
    """The server acts on the second request of a kept-alive connection, then hangs up without answering.
    A DELETE or logout sent again would report NotFound/SessionInactive for what succeeded."""

    def drop_second(conn: socket.socket, request: bytes, n: int) -> bool:
        if n == 1:
            answer_each(conn, request, n)
            return True
        return False

    server = serve(drop_second)
    with client(server.url, max_retries=3) as ory:
        ory.whoami(session_token="t")
        if call == "whoami":
            assert ory.whoami(session_token="t").id == "s1"  # sent again on a fresh connection
            assert server.count(b"GET /sessions/whoami") == 3
            return
        with pytest.raises(OryConnectionError):
            if call == "delete":
                ory.admin.identities.delete("i1")
            else:
                ory.browser_logout.submit("logout-token-1")
    assert server.count(DELETE) + server.count(LOGOUT) == 1


# --- the per-attempt deadline --------------------------------------------------------------------------
@pytest.fixture(params=["kernel", "python"])
def socket_waits(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Both ways a socket wait is bounded: the kernel's ``SO_RCVTIMEO``/``SO_SNDTIMEO`` on a socket that
    stays blocking (Linux, macOS, BSD) and Python's socket timeout (Windows)."""
    mode: str = request.param
    if mode == "kernel" and not _pool.KERNEL_TIMEOUTS:
        pytest.skip("this platform bounds socket waits with Python's socket timeout only")
    monkeypatch.setattr(_pool, "KERNEL_TIMEOUTS", mode == "kernel")
    return mode


def drip(wire: bytes, every: float = 0.05) -> Handler:
    def handler(conn: socket.socket, request: bytes, n: int) -> bool:
        for i in range(len(wire)):
            try:
                conn.sendall(wire[i : i + 1])
            except OSError:
                return False
            threading.Event().wait(every)
        return True

    return handler


@pytest.mark.usefixtures("socket_waits")
@pytest.mark.parametrize("part", ["body", "headers"])
def test_a_dripping_server_is_cut_at_the_deadline(serve: Callable[[Handler], RawServer], part: str) -> None:
    """Each byte comes well within the timeout, so only a deadline over the whole attempt stops it; the
    control below shows the same answer is read when the timeout is long enough."""
    body = json.dumps(SESSION).encode()
    head = f"HTTP/1.1 200 OK\r\nContent-Length: {len(body)}\r\nX-Pad: {'p' * 40}\r\n\r\n".encode()

    def handler(conn: socket.socket, request: bytes, n: int) -> bool:
        if part == "body":
            conn.sendall(head)
        return drip(body if part == "body" else head + body, every=0.02)(conn, request, n)

    server = serve(handler)
    with client(server.url, timeout=0.3) as ory, pytest.raises(OryTimeoutError):
        ory.whoami(session_token="t")


def test_the_dripped_answer_is_read_with_a_long_timeout(
    serve: Callable[[Handler], RawServer], socket_waits: str
) -> None:
    body = json.dumps(SESSION).encode()
    server = serve(drip(f"HTTP/1.1 200 OK\r\nContent-Length: {len(body)}\r\n\r\n".encode() + body, 0.001))
    with client(server.url, timeout=30) as ory:
        assert ory.whoami(session_token="t").id == "s1"
        assert ory.whoami(session_token="t").id == "s1"  # the kept-alive connection, its waits bounded again
    assert server.connections == 1


def test_a_server_that_never_reads_is_cut_at_the_deadline(socket_waits: str) -> None:
    """The send side: a body larger than the socket buffers, to a server that accepts and never reads."""
    listener = socket.create_server(("127.0.0.1", 0))
    accepted: list[socket.socket] = []
    threading.Thread(target=lambda: accepted.append(listener.accept()[0]), daemon=True).start()
    transport = PooledTransport()
    request = httpx.Request(
        "POST",
        f"http://127.0.0.1:{listener.getsockname()[1]}/admin/identities",
        content=b"x" * (64 << 20),
        extensions={"timeout": {"connect": 5, "read": 0.3, "write": 0.3, "pool": 5}},
    )
    try:
        with pytest.raises(httpx.WriteTimeout):
            transport.handle_request(request)
    finally:
        transport.close()
        for conn in accepted:
            conn.close()
        listener.close()


def test_kernel_bounded_sockets_stay_blocking_for_python(serve: Callable[[Handler], RawServer]) -> None:
    """Where the kernel bounds the waits, Python's own timeout is off: with it, CPython polls before every
    send and receive, and each poll hands the GIL to another thread (twice the context switches per
    request with 32 threads on one client; ``make bench MODE=instructions`` prints them)."""
    if not _pool.KERNEL_TIMEOUTS:
        pytest.skip("this platform bounds socket waits with Python's socket timeout only")
    server = serve(answer_each)
    transport = PooledTransport()
    with OryClient(server.url, max_retries=0, transport=transport, timeout=5) as ory:
        ory.whoami(session_token="t")
        (conn,) = transport._idle[("http", "127.0.0.1", int(server.url.rsplit(":", 1)[1]))]
        assert conn.sock.gettimeout() is None
        # The receive bound the last wait got: the time left of a 5 s attempt, neither none nor more.
        seconds, micros = _pool._TIMEVAL.unpack(
            conn.sock.getsockopt(socket.SOL_SOCKET, socket.SO_RCVTIMEO, 16)
        )
        assert 0 < seconds + micros / 1e6 <= 5


def test_in_flight_requests_are_bounded(serve: Callable[[Handler], RawServer]) -> None:
    release = threading.Event()

    def slow(conn: socket.socket, request: bytes, n: int) -> bool:
        release.wait(5)
        conn.sendall(SESSION_ANSWER)
        return True

    server = serve(slow)
    ory = OryClient(
        server.url,
        max_retries=0,
        timeout=httpx.Timeout(5, pool=0.2),
        transport=PooledTransport(max_connections=2),
    )
    results: list[str] = []
    threads = [
        threading.Thread(target=lambda: results.append(ory.whoami(session_token="t").id)) for _ in range(2)
    ]
    for thread in threads:
        thread.start()
    while len(server.requests) < 2:
        threading.Event().wait(0.01)
    with pytest.raises(OryTimeoutError, match="PoolTimeout"):
        ory.whoami(session_token="t")
    release.set()
    for thread in threads:
        thread.join()
    ory.close()
    assert results == ["s1", "s1"]
    assert server.connections == 2


# --- framing -------------------------------------------------------------------------------------------
def test_several_set_cookie_headers_stay_separate(serve: Callable[[Handler], RawServer]) -> None:
    cookies = [
        "csrf_token_abc=tok; Path=/; HttpOnly; SameSite=Lax",
        "ory_kratos_session=sess; Path=/; Expires=Wed, 21 Oct 2037 07:28:00 GMT; HttpOnly; Secure; "
        "SameSite=Lax",
    ]

    def two_cookies(conn: socket.socket, request: bytes, n: int) -> bool:
        conn.sendall(reply(b"", *[f"Set-Cookie: {c}" for c in cookies], status="204 No Content"))
        return True

    server = serve(two_cookies)
    with client(server.url) as ory:
        assert ory.browser_logout.submit("logout-token-1").set_cookie == cookies


def test_chunked_and_gzip_bodies_are_decoded(serve: Callable[[Handler], RawServer]) -> None:
    packed = gzip.compress(json.dumps(SESSION).encode())

    def chunked_gzip(conn: socket.socket, request: bytes, n: int) -> bool:
        head = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n\r\n"
        half = len(packed) // 2
        chunks = b"".join(b"%x\r\n%s\r\n" % (len(p), p) for p in (packed[:half], packed[half:]))
        conn.sendall(head.encode() + chunks + b"0\r\n\r\n")
        return True

    server = serve(chunked_gzip)
    with client(server.url) as ory:
        assert ory.whoami(session_token="t").id == "s1"
        assert ory.whoami(session_token="t").id == "s1"
    assert server.connections == 1


@pytest.mark.parametrize(
    "wire",
    [
        b"HTTP/1.0 200 OK\r\nContent-Type: application/json\r\n\r\n" + json.dumps(SESSION).encode(),
        b"HTTP/1.1 100 Continue\r\n\r\n" + SESSION_ANSWER,
        b"HTTP/1.1 103 Early Hints\r\nLink: </style.css>; rel=preload\r\n\r\n" + SESSION_ANSWER,
    ],
    ids=["http10-until-eof", "100-continue", "103-early-hints"],
)
def test_response_framing(serve: Callable[[Handler], RawServer], wire: bytes) -> None:
    def send_wire(conn: socket.socket, request: bytes, n: int) -> bool:
        conn.sendall(wire)
        return b"HTTP/1.0" not in wire[:8]

    server = serve(send_wire)
    with client(server.url) as ory:
        assert ory.whoami(session_token="t").id == "s1"
        assert ory.whoami(session_token="t").id == "s1"
    assert server.connections == (2 if wire.startswith(b"HTTP/1.0") else 1)


def test_connection_close_is_honoured(serve: Callable[[Handler], RawServer]) -> None:
    def close_politely(conn: socket.socket, request: bytes, n: int) -> bool:
        conn.sendall(reply(json.dumps(SESSION).encode(), "Connection: close"))
        return False

    server = serve(close_politely)
    transport = PooledTransport()
    with OryClient(server.url, max_retries=0, transport=transport) as ory:
        for _ in range(3):
            ory.whoami(session_token="t")
    assert transport.opened == server.connections == 3


def test_bytes_after_the_answer_keep_the_connection_from_reuse(serve: Callable[[Handler], RawServer]) -> None:
    def junk_after(conn: socket.socket, request: bytes, n: int) -> bool:
        conn.sendall(SESSION_ANSWER + b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}")
        return True

    server = serve(junk_after)
    with client(server.url) as ory:
        for _ in range(2):
            assert ory.whoami(session_token="t").id == "s1"
    assert server.connections == 2


def test_a_forgotten_client_closes_its_sockets_when_collected(serve: Callable[[Handler], RawServer]) -> None:
    server = serve(answer_each)
    ory = OryClient(server.url, max_retries=0)
    ory.whoami(session_token="t")
    with warnings.catch_warnings():
        warnings.simplefilter("error", ResourceWarning)
        del ory
        gc.collect()  # an unclosed socket would raise ResourceWarning here


def test_the_transport_works_under_a_plain_httpx_client(serve: Callable[[Handler], RawServer]) -> None:
    server = serve(answer_each)
    with httpx.Client(transport=PooledTransport()) as http:
        assert http.get(server.url + "/sessions/whoami").json() == SESSION
        assert http.delete(server.url + "/admin/identities/i1").status_code == 204


def test_a_header_that_would_change_the_request_is_not_sent_nor_quoted(
    serve: Callable[[Handler], RawServer],
) -> None:
    server = serve(answer_each)
    secret = "ory_st_headerHeaderHeader0123456789"
    headers = {"X-Session-Token": secret + "\r\nX-Injected: 1"}
    with (
        httpx.Client(transport=PooledTransport()) as http,
        pytest.raises(httpx.LocalProtocolError) as caught,
    ):
        http.get(server.url + "/sessions/whoami", headers=headers)
    assert secret not in str(caught.value) and caught.value.__cause__ is None
    assert server.requests == []


# --- what the parser is given, and what it is not --------------------------------------------------------
def test_a_head_answer_has_no_body_and_keeps_the_connection(serve: Callable[[Handler], RawServer]) -> None:
    def head_then_get(conn: socket.socket, request: bytes, n: int) -> bool:
        # A HEAD answer says how long the body would be, and sends none.
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n" if n == 1 else SESSION_ANSWER)
        return True

    server = serve(head_then_get)
    with httpx.Client(transport=PooledTransport()) as http:
        head = http.head(server.url + "/sessions/whoami")
        assert head.status_code == 200 and head.content == b""
        assert http.get(server.url + "/sessions/whoami").json() == SESSION
    assert server.connections == 1


def test_trailing_whitespace_is_not_part_of_a_value(serve: Callable[[Handler], RawServer]) -> None:
    def padded(conn: socket.socket, request: bytes, n: int) -> bool:
        conn.sendall(reply(b"{}", "X-Note: one two \t"))
        return True

    server = serve(padded)
    with httpx.Client(transport=PooledTransport()) as http:
        assert http.get(server.url + "/").headers["X-Note"] == "one two"


@pytest.mark.parametrize(
    "wire",
    [
        b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n" + b"x" * 10,  # closed 90 bytes short
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n",  # no last chunk
        b"HTTP/1.1 200 OK\r\nContent-Le",  # closed inside the head
        b"HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n",
        b"HTTP/1.1 200 OK\r\n" + b"X-Filler: " + b"y" * 70_000 + b"\r\n\r\n",  # a head over 64 KiB
        b"HTTP/1.1 200 OK\r\n" + b"X-Many: 1\r\n" * 101 + b"Content-Length: 0\r\n\r\n",  # over 100 fields
    ],
    ids=["short-body", "unfinished-chunks", "short-head", "101", "long-head", "many-fields"],
)
def test_an_incomplete_or_oversized_answer_is_a_protocol_error(
    serve: Callable[[Handler], RawServer], wire: bytes
) -> None:
    def send_then_close(conn: socket.socket, request: bytes, n: int) -> bool:
        conn.sendall(wire)
        return False

    server = serve(send_then_close)
    with httpx.Client(transport=PooledTransport()) as http, pytest.raises(httpx.RemoteProtocolError):
        http.get(server.url + "/sessions/whoami")


def test_an_answer_split_into_many_reads_is_read_whole(serve: Callable[[Handler], RawServer]) -> None:
    def byte_by_byte(conn: socket.socket, request: bytes, n: int) -> bool:
        wire = SESSION_ANSWER.replace(b"\r\n\r\n", b"\r\nSet-Cookie: a=1\r\nSet-Cookie: b=2\r\n\r\n", 1)
        for index in range(len(wire)):
            conn.sendall(wire[index : index + 1])
        return True

    server = serve(byte_by_byte)
    with httpx.Client(transport=PooledTransport()) as http:
        for _ in range(2):
            response = http.get(server.url + "/sessions/whoami")
            assert response.json() == SESSION
            assert response.headers.get_list("set-cookie") == ["a=1", "b=2"]
    assert server.connections == 1


def test_a_kept_alive_connection_sets_its_kernel_bounds_once_and_lowers_them_when_needed(
    serve: Callable[[Handler], RawServer], monkeypatch: pytest.MonkeyPatch
) -> None:
    if not _pool.KERNEL_TIMEOUTS:
        pytest.skip("this platform bounds socket waits with Python's socket timeout only")
    options: list[int] = []
    original = socket.socket.setsockopt

    def counting(self: socket.socket, level: int, option: int, value: Any) -> None:
        if option in (socket.SO_RCVTIMEO, socket.SO_SNDTIMEO):
            options.append(option)
        original(self, level, option, value)

    monkeypatch.setattr(socket.socket, "setsockopt", counting)
    server = serve(answer_each)
    transport = PooledTransport()
    with OryClient(server.url, max_retries=0, transport=transport, timeout=5) as ory:
        for _ in range(5):
            ory.whoami(session_token="t")
        assert sorted(options) == sorted([socket.SO_RCVTIMEO, socket.SO_SNDTIMEO])  # once each, not per call
        ory.with_options(timeout=1).whoami(session_token="t")  # less time left than the kernel's bounds
        assert len(options) == 4  # both lowered
        (conn,) = transport._idle[("http", "127.0.0.1", server.port)]
        raw = conn.sock.getsockopt(socket.SOL_SOCKET, socket.SO_RCVTIMEO, 16)
        seconds, micros = _pool._TIMEVAL.unpack(raw)
        assert 0.9 < seconds + micros / 1e6 <= 1
    assert server.connections == 1

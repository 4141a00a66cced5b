"""The pooled http.client transport behind the call path, against a raw loopback server we script."""

from __future__ import annotations

import gzip
import json
import socket
import threading
from collections.abc import Callable, Iterator

import httpx
import pytest

from ory_facade import OryClient, OryConnectionError, OryTimeoutError
from ory_facade._http import PooledTransport, encode_query, split_origin

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
        self._stop = False
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while not self._stop:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self.connections += 1
            threading.Thread(target=self._connection, args=(conn,), daemon=True).start()

    def _connection(self, conn: socket.socket) -> None:
        buffer, n = b"", 0
        with conn:
            while True:
                while b"\r\n\r\n" not in buffer:
                    try:
                        chunk = conn.recv(65536)
                    except OSError:
                        return
                    if not chunk:
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

    def close(self) -> None:
        self._stop = True
        self.sock.close()


def reply(body: bytes, *headers: str, status: str = "200 OK") -> bytes:
    lines = [f"HTTP/1.1 {status}", f"Content-Length: {len(body)}", *headers]
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + body


SESSION = {
    "id": "s1",
    "active": True,
    "identity": {"id": "i1", "schema_id": "default", "schema_url": "x", "traits": {}},
}


@pytest.fixture
def serve() -> Iterator[Callable[[Handler], RawServer]]:
    servers: list[RawServer] = []

    def start(handler: Handler) -> RawServer:
        servers.append(RawServer(handler))
        return servers[-1]

    yield start
    for server in servers:
        server.close()


def ok_session(conn: socket.socket, request: bytes, n: int) -> bool:
    conn.sendall(reply(json.dumps(SESSION).encode(), "Content-Type: application/json"))
    return True


def test_connections_are_kept_alive_and_reused(serve: Callable[[Handler], RawServer]) -> None:
    server = serve(ok_session)
    with OryClient(server.url, max_retries=0) as ory:
        for _ in range(5):
            assert ory.whoami(session_token="t").id == "s1"
    assert server.connections == 1
    assert len(server.requests) == 5
    head = server.requests[0].split(b"\r\n\r\n")[0].lower()
    assert b"host: 127.0.0.1:" in head and b"accept: application/json" in head


def test_a_connection_the_server_closed_is_replaced_for_a_get(serve: Callable[[Handler], RawServer]) -> None:
    def close_after_each(conn: socket.socket, request: bytes, n: int) -> bool:
        conn.sendall(reply(json.dumps(SESSION).encode(), "Content-Type: application/json"))
        return False  # the server closes the kept-alive connection without saying so

    server = serve(close_after_each)
    with OryClient(server.url, max_retries=0) as ory:
        for _ in range(3):
            assert ory.whoami(session_token="t").id == "s1"
    assert server.connections == 3


def test_a_post_on_a_connection_dropped_mid_request_is_not_resent(
    serve: Callable[[Handler], RawServer],
) -> None:
    transport = PooledTransport()

    def drop_second(conn: socket.socket, request: bytes, n: int) -> bool:
        if n == 1:
            conn.sendall(reply(b"{}"))
            return True
        return False  # read the POST, then hang up without answering

    server = serve(drop_second)
    with httpx.Client(transport=transport) as client:
        assert client.get(server.url + "/a").status_code == 200
        with pytest.raises(httpx.RemoteProtocolError):
            client.post(server.url + "/self-service/login?flow=1", json={"method": "password"})
    posts = [r for r in server.requests if r.startswith(b"POST")]
    assert len(posts) == 1


def test_several_set_cookie_headers_stay_separate(serve: Callable[[Handler], RawServer]) -> None:
    cookies = [
        "csrf_token_abc=tok; Path=/; HttpOnly; SameSite=Lax",
        "ory_kratos_session=sess; Path=/; Expires=Wed, 21 Oct 2037 07:28:00 GMT; HttpOnly; Secure; "
        "SameSite=Lax",
    ]

    def two_cookies(conn: socket.socket, request: bytes, n: int) -> bool:
        conn.sendall(reply(b"{}", *[f"Set-Cookie: {c}" for c in cookies]))
        return True

    server = serve(two_cookies)
    with httpx.Client(transport=PooledTransport()) as client:
        response = client.get(server.url + "/")
    assert response.headers.get_list("set-cookie") == cookies


def test_chunked_and_gzip_bodies_are_decoded(serve: Callable[[Handler], RawServer]) -> None:
    payload = json.dumps(SESSION).encode()
    packed = gzip.compress(payload)

    def chunked_gzip(conn: socket.socket, request: bytes, n: int) -> bool:
        head = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n\r\n"
        half = len(packed) // 2
        chunks = b"".join(b"%x\r\n%s\r\n" % (len(p), p) for p in (packed[:half], packed[half:]))
        conn.sendall(head.encode() + chunks + b"0\r\n\r\n")
        return True

    server = serve(chunked_gzip)
    with httpx.Client(transport=PooledTransport()) as client:
        response = client.get(server.url + "/")
    assert response.json() == SESSION


def test_a_silent_server_is_a_read_timeout(serve: Callable[[Handler], RawServer]) -> None:
    server = serve(lambda conn, request, n: (threading.Event().wait(2), True)[1])
    with OryClient(server.url, timeout=0.3, max_retries=0) as ory, pytest.raises(OryTimeoutError):
        ory.whoami(session_token="t")


def test_a_refused_connection_is_a_connection_error() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]  # nothing listens here once closed
    with OryClient(f"http://127.0.0.1:{port}", max_retries=0) as ory, pytest.raises(OryConnectionError):
        ory.whoami(session_token="t")


def test_a_truncated_body_is_a_connection_error(serve: Callable[[Handler], RawServer]) -> None:
    def truncated(conn: socket.socket, request: bytes, n: int) -> bool:
        conn.sendall(b'HTTP/1.1 200 OK\r\nContent-Length: 500\r\n\r\n{"id": ')
        return False

    server = serve(truncated)
    with OryClient(server.url, max_retries=0) as ory, pytest.raises(OryConnectionError):
        ory.whoami(session_token="t")


def test_in_flight_requests_are_bounded(serve: Callable[[Handler], RawServer]) -> None:
    release = threading.Event()

    def slow(conn: socket.socket, request: bytes, n: int) -> bool:
        release.wait(5)
        conn.sendall(reply(b"{}"))
        return True

    server = serve(slow)
    transport = PooledTransport(max_connections=2)
    client = httpx.Client(transport=transport, timeout=httpx.Timeout(5, pool=0.2))
    results: list[int] = []
    threads = [
        threading.Thread(target=lambda: results.append(client.get(server.url).status_code)) for _ in range(2)
    ]
    for thread in threads:
        thread.start()
    while len(server.requests) < 2:
        threading.Event().wait(0.01)
    with pytest.raises(httpx.PoolTimeout):
        client.get(server.url)
    release.set()
    for thread in threads:
        thread.join()
    client.close()
    assert results == [200, 200]
    assert server.connections == 2


def test_query_encoding_matches_httpx() -> None:
    params = {
        "ids": ["a b", "c/d"],
        "include_credential": ["password"],
        "refresh": True,
        "aal": "aal2",
        "n": 3,
    }
    assert encode_query(params) == str(httpx.QueryParams(params)).replace("+", "%20")


def test_split_origin_keeps_prefix_and_port() -> None:
    assert split_origin("https://proj.example.com/.ory/kratos/public/") == (
        ("https", "proj.example.com", 443),
        "proj.example.com",
        "/.ory/kratos/public",
    )
    assert split_origin("http://[::1]:4433") == (("http", "::1", 4433), "[::1]:4433", "")


def test_a_proxy_in_the_environment_routes_through_httpx(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "http://127.0.0.1:3128")
    with OryClient("https://kratos.example") as ory:
        assert ory._transport.http_client.direct is None  # type: ignore[attr-defined]


def get(url: str, method: str = "GET") -> httpx.Response:
    with httpx.Client(transport=PooledTransport()) as client:
        return client.request(method, url)


@pytest.mark.parametrize(
    ("wire", "status", "body"),
    [
        (
            b'HTTP/1.0 200 OK\r\nContent-Type: application/json\r\n\r\n{"until": "eof"}',
            200,
            b'{"until": "eof"}',
        ),
        (b"HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}", 200, b"{}"),
        (b"HTTP/1.1 204 No Content\r\n\r\n", 204, b""),
        (b"HTTP/1.1 599 Weird\r\nContent-Length: 3\r\n\r\nabc", 599, b"abc"),
    ],
    ids=["http10-until-eof", "100-continue", "204", "nonstandard-status"],
)
def test_response_framing(
    serve: Callable[[Handler], RawServer], wire: bytes, status: int, body: bytes
) -> None:
    def send_wire(conn: socket.socket, request: bytes, n: int) -> bool:
        conn.sendall(wire)
        return False

    server = serve(send_wire)
    response = get(server.url + "/")
    assert response.content == body
    assert (
        response.status_code == int(wire.split(b"\r\n\r\n")[-2].split(b"\r\n")[0].split()[1]) or body == b"{}"
    )


def test_connection_close_is_honoured(serve: Callable[[Handler], RawServer]) -> None:
    def close_politely(conn: socket.socket, request: bytes, n: int) -> bool:
        conn.sendall(reply(json.dumps(SESSION).encode(), "Connection: close"))
        return False

    server = serve(close_politely)
    transport = PooledTransport()
    with httpx.Client(transport=transport) as client:
        assert [client.get(server.url).status_code for _ in range(3)] == [200, 200, 200]
    assert transport.opened == server.connections == 3


def test_garbage_instead_of_http_is_a_protocol_error(serve: Callable[[Handler], RawServer]) -> None:
    def garbage(conn: socket.socket, request: bytes, n: int) -> bool:
        conn.sendall(b"SSH-2.0-OpenSSH_9.2\r\n")
        return False

    server = serve(garbage)
    with pytest.raises(httpx.RemoteProtocolError):
        get(server.url + "/")
    with OryClient(server.url, max_retries=0) as ory, pytest.raises(OryConnectionError):
        ory.whoami(session_token="t")


def test_header_injection_is_refused_before_sending(serve: Callable[[Handler], RawServer]) -> None:
    server = serve(ok_session)
    with OryClient(server.url, max_retries=0) as ory, pytest.raises(ValueError, match="CR/LF"):
        ory.whoami(cookie="a=b\r\nX-Injected: 1")
    assert server.requests == []


def test_a_forgotten_client_closes_its_sockets_when_collected(serve: Callable[[Handler], RawServer]) -> None:
    import gc
    import warnings

    server = serve(ok_session)
    ory = OryClient(server.url, max_retries=0)
    ory.whoami(session_token="t")
    with warnings.catch_warnings():
        warnings.simplefilter("error", ResourceWarning)
        del ory
        gc.collect()  # an unclosed socket would raise ResourceWarning here

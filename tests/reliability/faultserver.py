"""A tiny loopback HTTP/1.1 server built on raw sockets, scripted per test.

The fake Kratos can only misbehave in the four ways its ``fail_next`` switches offer; this server can send
anything at all: truncated bodies, resets in the middle of a body, nonsense status codes, redirects,
trickling bytes, or nothing. Each request consumes the next *action* of the script (the last one repeats),
and every connection and request is counted, so a test can prove how many attempts the client made.

Example::

    with FaultServer(respond(503), respond(200, {"ok": True})) as server:
        ...  # point a client at server.url
        assert server.request_count == 2

Only 127.0.0.1 is ever used.
"""

from __future__ import annotations

import contextlib
import json
import socket
import ssl
import struct
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from http import HTTPStatus
from types import TracebackType
from typing import Any

__all__ = [
    "Action",
    "FaultServer",
    "ReceivedRequest",
    "close",
    "hang",
    "raw",
    "refused_url",
    "reset",
    "reset_mid_body",
    "respond",
    "trickle",
    "truncated",
]


@dataclass(frozen=True)
class ReceivedRequest:
    """One request as it arrived (the request line, headers in order, the body)."""

    connection: int
    method: str
    target: str
    headers: list[tuple[str, str]] = field(repr=False)
    body: bytes = field(repr=False)

    @property
    def path(self) -> str:
        return self.target.split("?", 1)[0]

    def header(self, name: str) -> str | None:
        lower = name.lower()
        for key, value in self.headers:
            if key.lower() == lower:
                return value
        return None


#: An action answers one request on ``conn``; it returns nothing and the server closes the connection after.
Action = Callable[[socket.socket, ReceivedRequest, "FaultServer"], None]


def _head(status: int, headers: Iterable[tuple[str, str]], reason: str | None = None) -> bytes:
    if reason is None:
        try:
            reason = HTTPStatus(status).phrase
        except ValueError:
            reason = "Whatever"
    lines = [f"HTTP/1.1 {status} {reason}".rstrip()]
    lines.extend(f"{k}: {v}" for k, v in headers)
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


def respond(
    status: int,
    body: Any = b"",
    *,
    headers: Iterable[tuple[str, str]] = (),
    content_type: str | None = None,
    reason: str | None = None,
) -> Action:
    """A complete response (``Content-Length`` set, ``Connection: close``). Dicts/lists are sent as JSON."""
    if isinstance(body, (dict, list)):
        payload = json.dumps(body).encode()
        content_type = content_type or "application/json"
    elif isinstance(body, str):
        payload = body.encode()
    else:
        payload = bytes(body)
    extra = list(headers)

    def action(conn: socket.socket, request: ReceivedRequest, server: FaultServer) -> None:
        all_headers = [("Connection", "close"), ("Content-Length", str(len(payload)))]
        if content_type:
            all_headers.append(("Content-Type", content_type))
        conn.sendall(_head(status, all_headers + extra, reason) + payload)

    return action


def raw(data: bytes) -> Action:
    """Send exactly ``data`` (a malformed status line, broken chunking, ...) and close."""

    def action(conn: socket.socket, request: ReceivedRequest, server: FaultServer) -> None:
        conn.sendall(data)

    return action


def truncated(declared: int = 4096, sent: bytes = b'{"id": "9f1c', *, status: int = 200) -> Action:
    """Announce ``declared`` bytes of JSON, send fewer, then close cleanly (FIN)."""

    def action(conn: socket.socket, request: ReceivedRequest, server: FaultServer) -> None:
        head = _head(status, [("Content-Type", "application/json"), ("Content-Length", str(declared))])
        conn.sendall(head + sent)

    return action


def reset_mid_body(declared: int = 4096, sent: bytes = b'{"id": "9f1c') -> Action:
    """Send headers and part of the body, then reset the connection (RST instead of FIN)."""

    def action(conn: socket.socket, request: ReceivedRequest, server: FaultServer) -> None:
        head = _head(200, [("Content-Type", "application/json"), ("Content-Length", str(declared))])
        conn.sendall(head + sent)
        time.sleep(0.05)  # let the client read the headers first
        _abort(conn)

    return action


def reset() -> Action:
    """Read the request, then reset the connection without any answer."""

    def action(conn: socket.socket, request: ReceivedRequest, server: FaultServer) -> None:
        _abort(conn)

    return action


def close() -> Action:
    """Read the request, then close the connection without any answer."""

    def action(conn: socket.socket, request: ReceivedRequest, server: FaultServer) -> None:
        return None

    return action


def hang() -> Action:
    """Read the request and never answer (until the server stops)."""

    def action(conn: socket.socket, request: ReceivedRequest, server: FaultServer) -> None:
        server.stopping.wait()

    return action


def trickle(body: bytes = b'{"id": "x"}' * 20, *, every: float = 0.1, status: int = 200) -> Action:
    """Send the headers at once, then the body one byte every ``every`` seconds (a slow-loris answer)."""

    def action(conn: socket.socket, request: ReceivedRequest, server: FaultServer) -> None:
        head = _head(status, [("Content-Type", "application/json"), ("Content-Length", str(len(body)))])
        conn.sendall(head)
        for i in range(len(body)):
            if server.stopping.wait(every):
                return
            conn.sendall(body[i : i + 1])

    return action


def _abort(conn: socket.socket) -> None:
    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    conn.close()


def refused_url() -> tuple[str, socket.socket]:
    """A loopback URL nothing listens on; the returned socket holds the port (bound, never listening)."""
    holder = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    holder.bind(("127.0.0.1", 0))
    return f"http://127.0.0.1:{holder.getsockname()[1]}", holder


class FaultServer:
    """Serves the scripted ``actions`` on 127.0.0.1, one per request, the last one repeating."""

    def __init__(self, *actions: Action, tls: ssl.SSLContext | None = None) -> None:
        if not actions:
            raise ValueError("FaultServer needs at least one action")
        self._actions = list(actions)
        self._tls = tls
        self.handshake_failures = 0
        self._lock = threading.Lock()
        self.requests: list[ReceivedRequest] = []
        self.connections = 0
        self.stopping = threading.Event()
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._sock.bind(("127.0.0.1", 0))
        self._sock.listen(64)
        self._sock.settimeout(0.2)
        self._open: set[socket.socket] = set()
        self._thread = threading.Thread(target=self._accept_loop, name="fault-server", daemon=True)
        self._workers: list[threading.Thread] = []

    @property
    def port(self) -> int:
        return int(self._sock.getsockname()[1])

    @property
    def url(self) -> str:
        return f"{'https' if self._tls else 'http'}://127.0.0.1:{self.port}"

    @property
    def request_count(self) -> int:
        with self._lock:
            return len(self.requests)

    def paths(self) -> list[str]:
        with self._lock:
            return [r.path for r in self.requests]

    def start(self) -> FaultServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self.stopping.set()
        with contextlib.suppress(OSError):
            self._sock.shutdown(socket.SHUT_RDWR)  # wakes a blocked accept(); close() alone does not
        try:
            self._sock.close()
        finally:
            with self._lock:
                open_now = list(self._open)
            for conn in open_now:
                with contextlib.suppress(OSError):
                    conn.shutdown(socket.SHUT_RDWR)
            self._thread.join(timeout=5)
            for worker in list(self._workers):
                worker.join(timeout=5)

    def __enter__(self) -> FaultServer:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    # --- serving --------------------------------------------------------------------------------------
    def _accept_loop(self) -> None:
        while not self.stopping.is_set():
            try:
                conn, _ = self._sock.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            if self.stopping.is_set():
                conn.close()
                return
            with self._lock:
                self.connections += 1
                number = self.connections
                self._open.add(conn)
            worker = threading.Thread(target=self._serve, args=(conn, number), daemon=True)
            self._workers.append(worker)
            worker.start()

    def _serve(self, conn: socket.socket, number: int) -> None:
        accepted = conn
        try:
            if self._tls is not None:
                conn.settimeout(10)
                try:
                    conn = self._tls.wrap_socket(conn, server_side=True)
                except (ssl.SSLError, OSError):
                    with self._lock:
                        self.handshake_failures += 1
                    return
            request = self._read_request(conn, number)
            if request is None:
                return
            with self._lock:
                index = min(len(self.requests), len(self._actions) - 1)
                self.requests.append(request)
                action = self._actions[index]
            action(conn, request, self)
        except OSError:
            pass
        finally:
            with self._lock:
                self._open.discard(accepted)
            with contextlib.suppress(OSError):
                conn.close()

    @staticmethod
    def _read_request(conn: socket.socket, number: int) -> ReceivedRequest | None:
        conn.settimeout(10)
        data = b""
        while b"\r\n\r\n" not in data:
            chunk = conn.recv(65536)
            if not chunk:
                return None
            data += chunk
        head, _, rest = data.partition(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        method, target, _version = lines[0].split(" ", 2)
        headers = []
        for line in lines[1:]:
            key, _, value = line.partition(":")
            headers.append((key.strip(), value.strip()))
        length = next((int(v) for k, v in headers if k.lower() == "content-length"), 0)
        while len(rest) < length:
            chunk = conn.recv(65536)
            if not chunk:
                break
            rest += chunk
        conn.settimeout(None)
        return ReceivedRequest(number, method, target, headers, rest[:length])

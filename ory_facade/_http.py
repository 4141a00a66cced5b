"""A small HTTP/1.1 transport for httpx over plain sockets, with a bounded keep-alive pool.

Why: a web app calls whoami on nearly every request. ``httpx.Client.send`` plus httpcore cost about
150 us per call before any byte leaves the machine, more than the whole round trip to a local Kratos.
A request here is one ``sendall`` of preformatted bytes and the answer is read with a buffered reader
(no ``email`` header parser as in ``http.client``). This transport keeps httpx's types (``httpx.Request`` in,
``httpx.Response`` out, httpx's exception classes) so the rest of the facade, and users who inject their
own ``httpx.Client``, see no difference.

What it does not do, on purpose: proxies (``make_http_client`` falls back to httpx's own transport when a
proxy is configured in the environment), HTTP/2, cookies (the facade never stores them), redirects (the
facade never follows them).
"""

from __future__ import annotations

import select
import socket
import ssl
import threading
import time
import weakref
from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import quote, urlencode

import httpx

__all__ = ["Origin", "Outgoing", "PooledTransport", "split_origin"]

_MAX_LINE = 65536
_MAX_HEADERS = 200
_IDEMPOTENT = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
Origin = tuple[str, str, int]


def _ssl_context(verify: bool | str | ssl.SSLContext) -> ssl.SSLContext:
    """TLS verification is on unless ``verify=False``; CA bundle as httpx picks it (certifi)."""
    if isinstance(verify, ssl.SSLContext):
        return verify
    if verify is False:
        context = ssl.create_default_context()
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
        return context
    if isinstance(verify, str):
        return ssl.create_default_context(cafile=verify)
    try:
        import certifi
    except ImportError:  # pragma: no cover - httpx depends on certifi
        return ssl.create_default_context()
    return ssl.create_default_context(cafile=certifi.where())


def split_origin(url: str) -> tuple[Origin, str, str]:
    """``http://host:4433/prefix`` -> ((scheme, host, port), Host header value, path prefix)."""
    parsed = httpx.URL(url)
    scheme = parsed.scheme
    host = parsed.raw_host.decode("ascii")
    port = parsed.port or (443 if scheme == "https" else 80)
    host_header = f"[{host}]" if ":" in host else host
    if parsed.port is not None:
        host_header += f":{parsed.port}"
    return (scheme, host, port), host_header, parsed.raw_path.decode("ascii").rstrip("/")


def _query_value(value: Any) -> str:
    if value is True:
        return "true"
    if value is False:
        return "false"
    return str(value)


def encode_query(params: Mapping[str, Any]) -> str:
    """Encode query parameters the way httpx does: lists repeat the key, booleans are lowercase."""
    pairs: list[tuple[str, str]] = []
    for key, value in params.items():
        if value is None:
            continue
        if isinstance(value, list | tuple):
            pairs.extend((key, _query_value(item)) for item in value)
        else:
            pairs.append((key, _query_value(value)))
    return urlencode(pairs, quote_via=quote)


def _is_dropped(sock: socket.socket) -> bool:
    """True when an idle connection was closed by the server (readable means EOF or junk)."""
    try:
        poller = select.poll()
        poller.register(sock, select.POLLIN)
        return bool(poller.poll(0))
    except (OSError, ValueError):
        return True


class Outgoing:
    """One request as the wire needs it: no URL parsing, no header model, built once by the caller."""

    __slots__ = ("body", "headers", "method", "origin", "target", "url")

    def __init__(
        self,
        *,
        method: str,
        origin: Origin,
        target: str,
        headers: Iterable[tuple[str, str]] | Iterable[tuple[bytes, bytes]],
        body: bytes | None,
        url: str,
    ) -> None:
        self.method = method
        self.origin = origin  # (scheme, host, port)
        self.target = target  # path and query, already encoded
        self.headers = headers  # including Host
        self.body = body
        self.url = url  # for error reports only


class _StaleConnection(Exception):
    """A reused connection failed before any response byte: the server had closed it."""


class _Connection:
    """One keep-alive socket and the bytes read from it but not consumed yet."""

    __slots__ = ("buffer", "sock")

    def __init__(self, sock: socket.socket) -> None:
        self.sock = sock
        self.buffer = bytearray()

    def close(self) -> None:
        self.sock.close()


class _Reader:
    """Reads one response from a connection, all of it before ``deadline``.

    A per-read socket timeout alone lets a server that drips a byte at a time hold a web worker forever;
    here every wait gets only the time left of the attempt, and the attempt fails with a timeout once it
    is spent.
    """

    __slots__ = ("conn", "deadline")

    def __init__(self, conn: _Connection, deadline: float | None) -> None:
        self.conn = conn
        self.deadline = deadline

    def _fill(self) -> bool:
        if self.deadline is not None:
            left = self.deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError("the attempt's time is spent")
            self.conn.sock.settimeout(left)
        chunk = self.conn.sock.recv(65536)
        if not chunk:
            return False
        self.conn.buffer += chunk
        return True

    def readline(self, size: int) -> bytes:
        """Up to and including the next LF, at most ``size`` bytes; less at EOF."""
        buffer = self.conn.buffer
        while True:
            end = buffer.find(b"\n", 0, size)
            if end >= 0 or len(buffer) >= size:
                cut = end + 1 if end >= 0 else size
                line = bytes(buffer[:cut])
                del buffer[:cut]
                return line
            if not self._fill():
                line = bytes(buffer)
                buffer.clear()
                return line

    def read(self, size: int = -1) -> bytes:
        """``size`` bytes (fewer at EOF), or everything until EOF when ``size`` is negative."""
        buffer = self.conn.buffer
        while (size < 0 or len(buffer) < size) and self._fill():
            pass
        cut = len(buffer) if size < 0 else min(size, len(buffer))
        data = bytes(buffer[:cut])
        del buffer[:cut]
        return data


def _request_head(out: Outgoing) -> bytes:
    """The request line and headers; CR/LF inside a header would smuggle a header, so it is refused."""
    lines = [f"{out.method} {out.target} HTTP/1.1"]
    for name, value in out.headers:
        text_name = name.decode("latin-1") if isinstance(name, bytes) else name
        text_value = value.decode("latin-1") if isinstance(value, bytes) else value
        if (
            "\r" in text_value
            or "\n" in text_value
            or "\r" in text_name
            or "\n" in text_name
            or ":" in text_name
        ):
            raise ValueError(f"invalid HTTP header {text_name!r}: header names and values may not hold CR/LF")
        lines.append(f"{text_name}: {text_value}")
    lines.append("\r\n")
    return "\r\n".join(lines).encode("latin-1")


class _ProtocolError(Exception):
    """The server's bytes are not HTTP/1.x."""


def _read_line(reader: _Reader) -> bytes:
    line = reader.readline(_MAX_LINE + 1)
    if len(line) > _MAX_LINE:
        raise _ProtocolError("header line too long")
    return line


def _read_head(reader: _Reader) -> tuple[int, str, str, list[tuple[str, str]]]:
    """Status line and headers (informational 1xx answers are skipped)."""
    while True:
        line = _read_line(reader)
        if not line:
            raise ConnectionResetError("the server closed the connection without answering")
        parts = line.decode("latin-1").rstrip("\r\n").split(" ", 2)
        if len(parts) < 2 or not parts[0].startswith("HTTP/1.") or not parts[1].isdigit():
            raise _ProtocolError("not an HTTP/1.x status line")
        version, status, reason = parts[0], int(parts[1]), parts[2] if len(parts) > 2 else ""
        headers: list[tuple[str, str]] = []
        while True:
            line = _read_line(reader)
            if line in (b"\r\n", b"\n"):
                break
            if not line:
                raise _ProtocolError("the headers were cut short")
            name, sep, value = line.decode("latin-1").partition(":")
            if not sep or len(headers) >= _MAX_HEADERS:
                raise _ProtocolError("malformed or too many headers")
            headers.append((name.strip(), value.strip()))
        if not 100 <= status < 200:
            return status, version, reason, headers


def _read_exactly(reader: _Reader, size: int) -> bytes:
    data = reader.read(size)
    if len(data) < size:
        raise _ProtocolError("the response body was cut short")
    return data


def _read_chunked(reader: _Reader) -> bytes:
    chunks: list[bytes] = []
    while True:
        size_line = _read_line(reader).split(b";", 1)[0].strip()
        try:
            size = int(size_line, 16)
        except ValueError:
            raise _ProtocolError("bad chunk size") from None
        if size == 0:
            while _read_line(reader) not in (b"\r\n", b"\n", b""):  # trailers
                pass
            return b"".join(chunks)
        chunks.append(_read_exactly(reader, size))
        _read_line(reader)


def _read_body(
    reader: _Reader, method: str, status: int, headers: list[tuple[str, str]]
) -> tuple[bytes, bool]:
    """The body and whether the connection must close (the body ran to EOF)."""
    if method == "HEAD" or status in (204, 304):
        return b"", False
    length: str | None = None
    chunked = False
    for name, value in headers:
        lower = name.lower()
        if lower == "transfer-encoding" and "chunked" in value.lower():
            chunked = True
        elif lower == "content-length":
            length = value
    if chunked:
        return _read_chunked(reader), False
    if length is not None:
        try:
            size = int(length)
        except ValueError:
            raise _ProtocolError("bad Content-Length") from None
        return _read_exactly(reader, size), False
    return reader.read(), True


def _keeps_alive(version: str, headers: list[tuple[str, str]]) -> bool:
    connection = next((v.lower() for n, v in headers if n.lower() == "connection"), "")
    if version == "HTTP/1.0":
        return "keep-alive" in connection
    return "close" not in connection


class PooledTransport(httpx.BaseTransport):
    """An ``httpx.BaseTransport`` speaking HTTP/1.1 over plain sockets, reused per (scheme, host, port).

    At most ``max_connections`` requests are in flight at once (so at most that many connections are
    open); a caller waits for a slot up to the request's pool timeout, then gets ``httpx.PoolTimeout``.
    Thread-safe.
    """

    def __init__(self, *, max_connections: int = 100, verify: bool | str | ssl.SSLContext = True) -> None:
        self._ssl_context = _ssl_context(verify)
        self._idle: dict[Origin, list[_Connection]] = {}
        self._lock = threading.Lock()
        self._slots = threading.BoundedSemaphore(max_connections)
        self.max_connections = max_connections
        self.opened = 0  # connections opened so far (observability and tests)
        # A client nobody closed still closes its sockets when collected, without ResourceWarnings.
        self._finalizer = weakref.finalize(self, _close_idle, self._idle, self._lock)

    # --- pool -------------------------------------------------------------------------------------------
    def _checkout(self, key: Origin) -> _Connection | None:
        with self._lock:
            idle = self._idle.get(key)
            while idle:
                conn = idle.pop()
                if not _is_dropped(conn.sock):
                    return conn
                conn.close()
        return None

    def _checkin(self, key: Origin, conn: _Connection) -> None:
        with self._lock:
            self._idle.setdefault(key, []).append(conn)

    def _connect(
        self, key: Origin, timeouts: dict[str, float | None], request: httpx.Request | None
    ) -> _Connection:
        scheme, host, port = key
        try:
            sock = socket.create_connection((host, port), timeout=timeouts.get("connect"))
        except TimeoutError as exc:
            raise httpx.ConnectTimeout(f"connect to {host}:{port} timed out", request=request) from exc
        except OSError as exc:  # refused, unreachable, DNS (socket.gaierror)
            raise httpx.ConnectError(
                f"connect to {host}:{port} failed: {type(exc).__name__}", request=request
            ) from exc
        try:
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            if scheme == "https":
                sock = self._ssl_context.wrap_socket(sock, server_hostname=host)
        except OSError as exc:  # TLS handshake or certificate failure (ssl.SSLError is an OSError)
            sock.close()
            raise httpx.ConnectError(
                f"TLS with {host}:{port} failed: {type(exc).__name__}", request=request
            ) from exc
        with self._lock:
            self.opened += 1
        return _Connection(sock)

    # --- one exchange -----------------------------------------------------------------------------------
    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """The ``httpx.BaseTransport`` entry point (used when httpx's own ``Client.send`` drives us)."""
        url = request.url
        scheme = url.scheme
        origin = (scheme, url.raw_host.decode("ascii"), url.port or (443 if scheme == "https" else 80))
        return self.send(
            Outgoing(
                method=request.method,
                origin=origin,
                target=url.raw_path.decode("ascii"),
                headers=request.headers.raw,
                body=request.content or None,
                url=str(url),
            ),
            request.extensions.get("timeout", {}),
            request=request,
        )

    def send(
        self, out: Outgoing, timeouts: dict[str, float | None], *, request: httpx.Request | None = None
    ) -> httpx.Response:
        """Send ``out`` (``Host`` among its headers) and return the whole response, body read."""
        if not self._slots.acquire(timeout=timeouts.get("pool")):
            raise httpx.PoolTimeout("no free connection slot within the pool timeout", request=request)
        try:
            return self._send(out, timeouts, request)
        finally:
            self._slots.release()

    def _send(
        self, out: Outgoing, timeouts: dict[str, float | None], request: httpx.Request | None
    ) -> httpx.Response:
        conn = self._checkout(out.origin)
        reused = conn is not None
        while True:
            if conn is None:
                conn = self._connect(out.origin, timeouts, request)
            try:
                response, keep = self._exchange(conn, out, timeouts.get("read"), reused, request)
            except _StaleConnection as exc:
                conn.close()
                if out.method not in _IDEMPOTENT:
                    raise httpx.RemoteProtocolError(
                        "the server closed a kept-alive connection before answering", request=request
                    ) from exc
                conn, reused = None, False  # once more on a fresh connection
                continue
            except BaseException:
                conn.close()
                raise
            if keep:
                self._checkin(out.origin, conn)
            else:
                conn.close()
            return response

    def _exchange(
        self,
        conn: _Connection,
        out: Outgoing,
        read_timeout: float | None,
        reused: bool,
        request: httpx.Request | None,
    ) -> tuple[httpx.Response, bool]:
        head = _request_head(out)  # a ValueError for a bad header is the caller's, before any byte is sent
        answered = False
        deadline = None if read_timeout is None else time.monotonic() + read_timeout
        reader = _Reader(conn, deadline)
        try:
            conn.sock.settimeout(read_timeout)
            conn.sock.sendall(head + out.body if out.body else head)
            status, version, reason, headers = _read_head(reader)
            answered = True
            data, must_close = _read_body(reader, out.method, status, headers)
        except TimeoutError as exc:
            raise httpx.ReadTimeout("Kratos did not answer within the read timeout", request=request) from exc
        except (ConnectionResetError, BrokenPipeError, ConnectionAbortedError) as exc:
            if reused and not answered:
                raise _StaleConnection from exc
            raise httpx.RemoteProtocolError(
                f"connection lost: {type(exc).__name__}", request=request
            ) from exc
        except _ProtocolError as exc:
            raise httpx.RemoteProtocolError(f"malformed response: {exc}", request=request) from exc
        except OSError as exc:
            raise httpx.ReadError(f"connection error: {type(exc).__name__}", request=request) from exc
        extensions = {"http_version": version.encode("ascii"), "reason_phrase": reason.encode("latin-1")}
        # As bytes: httpx would encode text as ASCII, and obs-text (bytes >= 0x80) is legal in a value.
        raw_headers = [(name.encode("latin-1"), value.encode("latin-1")) for name, value in headers]
        if any(name.lower() == "content-encoding" for name, _ in headers):
            # Let httpx decode gzip/deflate/br exactly as it would have.
            response = httpx.Response(
                status, headers=raw_headers, stream=httpx.ByteStream(data), extensions=extensions
            )
            response.read()
        else:
            response = httpx.Response(status, headers=raw_headers, content=data, extensions=extensions)
        if request is not None or status >= 300:
            # Errors carry the response; its ``.request``/``.url`` should work for whoever inspects it.
            response.request = request if request is not None else httpx.Request(out.method, out.url)
        # Bytes beyond the response would be read as the next answer: such a connection is not reused.
        return response, not must_close and not conn.buffer and _keeps_alive(version, headers)

    def close(self) -> None:
        self._finalizer()


def _close_idle(idle: dict[Origin, list[_Connection]], lock: threading.Lock) -> None:
    """Close every idle connection (on ``close()``, or when a forgotten transport is collected)."""
    with lock:
        conns = [conn for pool in idle.values() for conn in pool]
        idle.clear()
    for conn in conns:
        conn.close()

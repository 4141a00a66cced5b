"""A small HTTP/1.1 transport for httpx on top of ``http.client``, with a bounded keep-alive pool.

Why: a web app calls whoami on nearly every request. ``httpx.Client.send`` plus httpcore cost about
150 us per call before any byte leaves the machine, more than the whole round trip to a local Kratos;
``http.client`` is the floor in Python. This transport keeps httpx's types (``httpx.Request`` in,
``httpx.Response`` out, httpx's exception classes) so the rest of the facade, and users who inject their
own ``httpx.Client``, see no difference.

What it does not do, on purpose: proxies (``make_http_client`` falls back to httpx's own transport when a
proxy is configured in the environment), HTTP/2, cookies (the facade never stores them), redirects (the
facade never follows them).
"""

from __future__ import annotations

import http.client
import select
import ssl
import threading
from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import quote, urlencode

import httpx

__all__ = ["Origin", "Outgoing", "PooledTransport", "split_origin"]

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


def _is_dropped(conn: http.client.HTTPConnection) -> bool:
    """True when an idle connection was closed by the server (readable means EOF or junk)."""
    sock = conn.sock
    if sock is None:
        return True
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


class PooledTransport(httpx.BaseTransport):
    """An ``httpx.BaseTransport`` over ``http.client`` connections, reused per (scheme, host, port).

    At most ``max_connections`` requests are in flight at once (so at most that many connections are
    open); a caller waits for a slot up to the request's pool timeout, then gets ``httpx.PoolTimeout``.
    Thread-safe.
    """

    def __init__(self, *, max_connections: int = 100, verify: bool | str | ssl.SSLContext = True) -> None:
        self._ssl_context = _ssl_context(verify)
        self._idle: dict[Origin, list[http.client.HTTPConnection]] = {}
        self._lock = threading.Lock()
        self._slots = threading.BoundedSemaphore(max_connections)
        self.max_connections = max_connections
        self.opened = 0  # connections opened so far (observability and tests)

    # --- pool -------------------------------------------------------------------------------------------
    def _checkout(self, key: Origin) -> http.client.HTTPConnection | None:
        with self._lock:
            idle = self._idle.get(key)
            while idle:
                conn = idle.pop()
                if not _is_dropped(conn):
                    return conn
                conn.close()
        return None

    def _checkin(self, key: Origin, conn: http.client.HTTPConnection) -> None:
        with self._lock:
            self._idle.setdefault(key, []).append(conn)

    def _connect(
        self, key: Origin, timeouts: dict[str, float | None], request: httpx.Request | None
    ) -> http.client.HTTPConnection:
        scheme, host, port = key
        conn: http.client.HTTPConnection
        if scheme == "https":
            conn = http.client.HTTPSConnection(
                host, port, timeout=timeouts.get("connect"), context=self._ssl_context
            )
        else:
            conn = http.client.HTTPConnection(host, port, timeout=timeouts.get("connect"))
        try:
            conn.connect()
        except TimeoutError as exc:
            conn.close()
            raise httpx.ConnectTimeout(f"connect to {host}:{port} timed out", request=request) from exc
        except OSError as exc:  # refused, unreachable, DNS (socket.gaierror), TLS (ssl.SSLError)
            conn.close()
            raise httpx.ConnectError(
                f"connect to {host}:{port} failed: {type(exc).__name__}", request=request
            ) from exc
        with self._lock:
            self.opened += 1
        return conn

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
        conn: http.client.HTTPConnection,
        out: Outgoing,
        read_timeout: float | None,
        reused: bool,
        request: httpx.Request | None,
    ) -> tuple[httpx.Response, bool]:
        answered = False
        try:
            if conn.sock is not None:
                conn.sock.settimeout(read_timeout)
            conn.putrequest(out.method, out.target, skip_host=True, skip_accept_encoding=True)
            for name, value in out.headers:
                conn.putheader(name, value)
            conn.endheaders(out.body)
            raw = conn.getresponse()
            answered = True
            data = raw.read()
        except TimeoutError as exc:
            raise httpx.ReadTimeout("Kratos did not answer within the read timeout", request=request) from exc
        except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError) as exc:
            if reused and not answered:
                raise _StaleConnection from exc
            raise httpx.RemoteProtocolError(
                f"connection lost: {type(exc).__name__}", request=request
            ) from exc
        except http.client.IncompleteRead as exc:
            raise httpx.RemoteProtocolError("the response body was cut short", request=request) from exc
        except http.client.HTTPException as exc:
            raise httpx.RemoteProtocolError(
                f"malformed response: {type(exc).__name__}", request=request
            ) from exc
        except OSError as exc:
            raise httpx.ReadError(f"connection error: {type(exc).__name__}", request=request) from exc
        status = raw.status
        headers = raw.getheaders()
        extensions = {"http_version": b"HTTP/1.1", "reason_phrase": raw.reason.encode("latin-1", "replace")}
        if raw.getheader("content-encoding"):
            # Let httpx decode gzip/deflate/br exactly as it would have.
            response = httpx.Response(
                status, headers=headers, stream=httpx.ByteStream(data), extensions=extensions
            )
            response.read()
        else:
            response = httpx.Response(status, headers=headers, content=data, extensions=extensions)
        if request is not None or status >= 300:
            # Errors carry the response; its ``.request``/``.url`` should work for whoever inspects it.
            response.request = request if request is not None else httpx.Request(out.method, out.url)
        return response, not raw.will_close

    def close(self) -> None:
        with self._lock:
            pools, self._idle = self._idle, {}
        for conns in pools.values():
            for conn in conns:
                conn.close()

"""The facade's one ``httpx.BaseTransport``: a per-origin keep-alive pool whose answers are parsed by
llhttp (Node.js' HTTP parser, through ``httptools``), with proxied origins handed to httpx's own
``HTTPTransport``.

Why not httpx's ``HTTPTransport`` for everything: httpcore costs more per loopback whoami than the round
trip itself, and a web app calls whoami on nearly every request. llhttp parses an answer in about a
microsecond (``http.client``'s email-based header parser took twenty) and is strict where the standard
library is lenient: a bare CR, a control character, a space before the colon, a line without a colon,
a repeated ``Content-Length``, both ``Content-Length`` and ``Transfer-Encoding``, or a bad chunk are
refused. This module writes the request line and header fields (refusing any name, value or target that
would change the request) and adds what a parser does not do:

- a thread-safe pool per (scheme, host, port), without a lock on the way in or out: at most
  ``max_connections`` in flight, idle connections kept for ``keepalive_expiry`` seconds and checked for
  liveness before reuse (on Linux by the kernel's ``TCP_INFO``, which keeps the GIL; elsewhere ``select``,
  or ``poll`` where it exists, for descriptors past ``FD_SETSIZE``);
- one deadline per attempt covering connect, send, headers and body: every socket wait gets only the time
  left, so a server dripping a byte a second cannot hold a call past its timeout (bounded by the kernel's
  socket options where they take a ``timeval``, so that each send and receive is one system call);
- httpx's reading where llhttp leaves a choice: a bare LF ends a line, trailing whitespace is not part
  of a value, a ``Transfer-Encoding`` other than ``chunked`` is refused, interim ``1xx`` answers are
  skipped, a ``101`` is refused, a head of more than 100 fields or 64 KiB is refused. Stricter than httpx:
  an obs-fold (a field continued on the next line, obsolete since RFC 7230, never sent by Go's
  ``net/http``) and a repeated ``Content-Length``, even with the same value, are refused, as llhttp does;
- a request is re-sent on a fresh connection after a stale kept-alive one failed before any answer only if
  it carries the ``IDEMPOTENT`` extension (the facade's ``Transport`` sets it for attempts its retry policy
  would repeat anyway): a DELETE or a logout is never sent twice;
- proxies from the environment (``trust_env``): an origin a proxy applies to goes through an inner
  ``httpx.HTTPTransport(proxy=...)``, under the same deadline (the timeout extension is the time left and
  the body is read against the deadline);
- errors as httpx's exception classes (``raise ... from`` the original).

The whole body is read before ``handle_request`` returns (the facade reads every answer whole); the
response carries it as a ``ByteStream`` so httpx decodes ``Content-Encoding`` as it always does.
"""

from __future__ import annotations

import ipaddress
import os
import queue
import re
import select
import socket
import ssl
import struct
import sys
import threading
import time
import weakref
from collections import deque
from collections.abc import Mapping
from typing import Any
from urllib.request import getproxies

import httptools
import httpx

from ._constants import KEEPALIVE_EXPIRY, MAX_CONNECTIONS

__all__ = ["IDEMPOTENT", "PooledTransport", "environment_proxy", "make_ssl_context"]

#: Request extension: ``True`` when the request may be sent again (the caller would retry it anyway).
IDEMPOTENT = "ory_facade.idempotent"

Origin = tuple[str, str, int]
VerifyTypes = bool | str | os.PathLike[str] | ssl.SSLContext

_READ_BUFFER = 65536


# --- TLS --------------------------------------------------------------------------------------------------
def make_ssl_context(verify: VerifyTypes = True, *, trust_env: bool = True) -> ssl.SSLContext:
    """The context for ``verify``: ``True`` trusts ``SSL_CERT_FILE`` / ``SSL_CERT_DIR`` when ``trust_env``
    (as httpx does), else certifi's bundle if installed, else the system store; a path is a CA bundle
    file or a directory of hashed certificates; ``False`` turns verification off; a context is used as is.
    """
    if isinstance(verify, ssl.SSLContext):
        return verify
    if verify is False:
        context = ssl.create_default_context()
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
        return context
    if verify is True:
        cafile = os.environ.get("SSL_CERT_FILE") if trust_env else None
        capath = os.environ.get("SSL_CERT_DIR") if trust_env else None
        if cafile and os.path.isfile(cafile):
            return ssl.create_default_context(cafile=cafile)
        if capath and os.path.isdir(capath):
            return ssl.create_default_context(capath=capath)
        try:
            import certifi
        except ImportError:  # pragma: no cover - httpx depends on certifi
            return ssl.create_default_context()
        return ssl.create_default_context(cafile=certifi.where())
    path = os.fspath(verify)
    if os.path.isdir(path):
        return ssl.create_default_context(capath=path)
    return ssl.create_default_context(cafile=path)


# --- proxies from the environment -------------------------------------------------------------------------
def environment_proxy(
    scheme: str, host: str, port: int, proxies: Mapping[str, str] | None = None
) -> str | None:
    """The proxy URL for an origin, read as httpx reads the environment (``urllib.request.getproxies``:
    ``HTTP_PROXY``, ``HTTPS_PROXY``, ``ALL_PROXY``, ``NO_PROXY``, upper or lower case), or ``None``.

    ``NO_PROXY``: ``*`` bypasses every origin; ``scheme://host`` that origin; an IP address or
    ``localhost`` that host; ``example.com`` the domain and its subdomains; ``.example.com`` only the
    subdomains. A proxy URL without a scheme is ``http://``.
    """
    env = getproxies() if proxies is None else proxies
    url = env.get(scheme) or env.get("all")
    if not url:
        return None
    host = host.lower().strip("[]")
    for entry in env.get("no", "").split(","):
        entry = entry.strip().lower()
        if not entry:
            continue
        if entry == "*":
            return None
        if "://" in entry:
            entry_scheme, _, entry_host = entry.partition("://")
            entry_host, _, entry_port = entry_host.rstrip("/").partition(":")
            if (
                entry_scheme in (scheme, "all")
                and _host_matches(host, entry_host, exact=False)
                and (not entry_port or entry_port == str(port))
            ):
                return None
            continue
        if _host_matches(host, entry.strip("[]"), exact=_is_ip(entry.strip("[]")) or entry == "localhost"):
            return None
    return url if "://" in url else "http://" + url


def _is_ip(text: str) -> bool:
    try:
        ipaddress.ip_address(text.split("/", 1)[0])
    except ValueError:
        return False
    return True


def _host_matches(host: str, pattern: str, *, exact: bool) -> bool:
    pattern = pattern.split("/", 1)[0] if _is_ip(pattern) else pattern
    if exact or _is_ip(host):
        return host == pattern
    if pattern.startswith("*"):
        pattern = pattern[1:]
    if pattern.startswith("."):
        return host.endswith(pattern) and host != pattern[1:]
    return host == pattern or host.endswith("." + pattern)


# --- the socket, bounded by the deadline ------------------------------------------------------------------
def _time_left(deadline: float | None) -> float | None:
    if deadline is None:
        return None
    left = deadline - time.monotonic()
    if left <= 0:
        raise TimeoutError("the attempt's time is spent")
    return left


#: Where the kernel bounds each socket wait (``SO_RCVTIMEO``/``SO_SNDTIMEO``, a ``struct timeval``): the
#: socket stays blocking for Python, so a send or a receive is one system call. A Python socket timeout
#: instead polls before every send and receive, and each poll lets another thread take the GIL: with 32
#: threads on one client that doubled the context switches per request. Elsewhere (Windows, whose option
#: is a DWORD of milliseconds) Python's socket timeout bounds the waits; the deadline is the same.
KERNEL_TIMEOUTS = sys.platform.startswith(("linux", "darwin", "freebsd")) and hasattr(socket, "SO_RCVTIMEO")
_TIMEVAL = struct.Struct("@ll")
_BLOCKING = _TIMEVAL.pack(0, 0)  # a zero timeval: no limit
_KERNEL_TIMED_OUT = (BlockingIOError, ssl.SSLWantReadError, ssl.SSLWantWriteError)


#: A kernel bound is set to this share of the time left and kept while it is at most the time left and at
#: least ``1 - 2 * _SHORTER`` of it: a kept-alive connection sets each option once, not on every request
#: (each ``setsockopt`` is a system call), and a wait may end at most 2% before the deadline, never after.
_SHORTER = 0.01


def _bound(conn: _Connection, send: bool, deadline: float | None) -> None:
    """Bound the next send (or receive) on ``conn`` by the time left before ``deadline`` (none: no bound)."""
    left = _time_left(deadline)
    sock = conn.sock
    if not conn.kernel:
        sock.settimeout(left)
        return
    current = conn.send_bound if send else conn.receive_bound  # what the kernel has; -1.0: never set
    if left is None:
        if current == 0.0:
            return
        value, bound = _BLOCKING, 0.0
    else:
        if 0.0 < current <= left and current >= left * (1 - 2 * _SHORTER):
            return
        micros = max(1, int(left * (1 - _SHORTER) * 1_000_000))  # never zero, which would mean no limit
        value, bound = _TIMEVAL.pack(*divmod(micros, 1_000_000)), micros / 1_000_000
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_SNDTIMEO if send else socket.SO_RCVTIMEO, value)
    if send:
        conn.send_bound = bound
    else:
        conn.receive_bound = bound


def _send_all(conn: _Connection, data: bytes, deadline: float | None) -> None:
    _bound(conn, True, deadline)
    try:
        conn.sock.sendall(data)
    except _KERNEL_TIMED_OUT as exc:
        raise TimeoutError("the socket timed out") from exc


def _receive(conn: _Connection, deadline: float | None) -> int:
    """Read what has arrived into the connection's buffer (waiting at most until ``deadline``); 0 at EOF."""
    _bound(conn, False, deadline)
    try:
        return conn.sock.recv_into(conn.buffer)
    except _KERNEL_TIMED_OUT as exc:
        raise TimeoutError("the socket timed out") from exc


class _Connection:
    __slots__ = (
        "answer",
        "buffer",
        "idle_since",
        "kernel",
        "poller",
        "receive_bound",
        "send_bound",
        "sock",
        "view",
    )

    def __init__(self, sock: socket.socket) -> None:
        self.sock = sock
        self.kernel = KERNEL_TIMEOUTS
        if self.kernel:
            sock.settimeout(None)  # blocking for Python; the kernel options bound each wait
        self.poller: Any = None  # the liveness check's poll object, registered on first use
        self.buffer = bytearray(_READ_BUFFER)  # what the socket delivers, handed to the parser as is
        self.view = memoryview(self.buffer)
        self.answer: _Answer | None = None  # the parser, kept from one answer to the next
        self.send_bound = self.receive_bound = -1.0  # the kernel's bounds in seconds (0: none; -1: unset)
        self.idle_since = 0.0

    def close(self) -> None:
        self.sock.close()


#: Linux: the liveness check asks the kernel (``getsockopt(TCP_INFO)``) for the connection's TCP state and
#: the time since data last arrived. ``getsockopt`` keeps the GIL; ``poll`` and ``select`` let it go, and
#: with 32 threads on one client each hand-off was one more context switch per request (5.4 instead of
#: 3.9) and a sixth less throughput. Elsewhere ``poll``/``select`` answer the same question.
TCP_INFO_PROBE = sys.platform.startswith("linux") and hasattr(socket, "TCP_INFO")
_TCP_ESTABLISHED = 1  # ``tcpi_state``, the first byte of ``struct tcp_info``
_TCP_INFO = struct.Struct("=B51xI")  # ... and ``tcpi_last_data_recv`` (ms), at byte 52 since Linux 2.6
#: The kernel counts ``tcpi_last_data_recv`` in jiffies (4-10 ms): data that arrived more than this after
#: the connection went idle was not part of the last answer.
_DATA_SLACK = 0.02


def _dropped(conn: _Connection) -> bool:
    """True when an idle connection cannot be reused: the server closed it (readable means EOF) or sent
    bytes nobody asked for (a ``408`` before closing, say)."""
    sock = conn.sock
    try:
        if isinstance(sock, ssl.SSLSocket) and sock.pending():
            return True
        if TCP_INFO_PROBE:
            info = sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_INFO, _TCP_INFO.size)
            if len(info) >= _TCP_INFO.size:
                fields: tuple[int, int] = _TCP_INFO.unpack_from(info)
                state, since_data_ms = fields
                if state != _TCP_ESTABLISHED:  # FIN (CLOSE_WAIT) or RST (CLOSE) arrived
                    return True
                idle = time.monotonic() - conn.idle_since
                return since_data_ms / 1000 + _DATA_SLACK < idle
        poll = getattr(select, "poll", None)
        if poll is not None:
            if conn.poller is None:
                conn.poller = poll()
                conn.poller.register(sock, select.POLLIN)
            return bool(conn.poller.poll(0))
        readable, _, _ = select.select([sock], [], [], 0)
        return bool(readable)
    except (OSError, ValueError):
        return True


# --- the answer, as llhttp parses it ----------------------------------------------------------------------
#: What an answer's status line and headers may take at most (about ``http.client``'s limits): a server
#: streaming header fields forever is cut here, not at the deadline.
_MAX_HEAD_BYTES = 65536
_MAX_FIELDS = 100
#: What a request may carry: a token for a name; printable ASCII, obs-text and tabs for a value; no
#: space or control character in the target. Anything else could change the request (a CRLF in a value
#: is a header of the caller's choosing), so it is refused before a byte is sent.
_TOKEN = rb"[!#$%&'*+\-.^_`|~0-9A-Za-z]+"
_NAMES = re.compile(rb"(?:" + _TOKEN + rb"(?::" + _TOKEN + rb")*)?")  # the names, joined by colons
_NOT_IN_VALUE = re.compile(rb"[\x00-\x08\x0a-\x1f\x7f]")  # controls but tab: CR, LF, NUL among them
_TARGET = re.compile(rb"[\x21-\x7e]+")


class _Refused(Exception):
    """An answer httpx would refuse."""


class _Answer:
    """llhttp's callbacks for one answer (``httptools.HttpResponseParser``): the status, the header fields as
    sent, the body; interim ``1xx`` answers are skipped. ``llhttp`` is strict: a bare CR, a control
    character, a space before the colon, a line without one, conflicting framing or a bad chunk size
    raise ``HttpParserError`` from ``feed_data``."""

    __slots__ = ("body", "done", "fields", "head_done", "keep", "parser", "reason", "status", "version")

    def __init__(self) -> None:
        self.parser = httptools.HttpResponseParser(self)
        # A bare LF ends a line, as httpx (h11) and RFC 9112 section 2.2 allow; a bare CR stays refused.
        self.parser.set_dangerous_leniencies(lenient_optional_cr_before_lf=True)
        self.version = "1.1"
        self.reset()

    def reset(self) -> None:
        """Ready for the next answer on the same connection (llhttp starts a new message by itself)."""
        self.fields: list[tuple[bytes, bytes]] = []
        self.body: list[bytes] = []
        self.reason = b""
        self.status = 0
        self.keep = False
        self.head_done = False
        self.done = False

    def on_message_begin(self) -> None:
        if self.done:  # bytes after the answer start another: stop, and do not trust the connection
            raise _Refused("bytes after the answer")

    def on_status(self, reason: bytes) -> None:
        self.reason += reason

    def on_header(self, name: bytes, value: bytes) -> None:
        if len(self.fields) >= _MAX_FIELDS:
            raise _Refused(f"more than {_MAX_FIELDS} header fields")
        self.fields.append((name, value))

    def on_headers_complete(self) -> None:
        parser = self.parser
        status = parser.get_status_code()
        if status == 101:
            raise _Refused("unexpected 101 Switching Protocols")
        if 100 <= status < 200:  # an interim answer: the real one follows
            self.fields = []
            self.reason = b""
            return
        self.status = status
        self.version = parser.get_http_version()
        # Asked here: llhttp has forgotten once the message is complete.
        self.keep = parser.should_keep_alive()
        self.head_done = True

    def on_body(self, data: bytes) -> None:
        self.body.append(data)

    def on_message_complete(self) -> None:
        if self.head_done:  # not the end of an interim answer
            self.done = True


def _headers(fields: list[tuple[bytes, bytes]]) -> tuple[list[tuple[bytes, bytes]], bool]:
    """The fields as httpx takes them (trailing whitespace dropped, as h11 does) and whether a
    ``Content-Encoding`` is set; refuses a ``Transfer-Encoding`` other than ``chunked``, which httpx does
    not read (llhttp would read the body to the end of the connection)."""
    encoded = False
    for index, (name, value) in enumerate(fields):
        if len(name) == 17 and name.lower() == b"transfer-encoding":
            if value.strip().lower() != b"chunked":
                raise _Refused("only Transfer-Encoding: chunked is supported")
        elif len(name) == 16 and name.lower() == b"content-encoding":
            encoded = True
        if value[-1:] in (b" ", b"\t"):
            fields[index] = (name, value.rstrip(b" \t"))
    return fields, encoded


def _until_eof(fields: list[tuple[bytes, bytes]]) -> bool:
    """Whether the body ends with the connection: neither ``Content-Length`` nor ``Transfer-Encoding``."""
    return not any(name.lower() in (b"content-length", b"transfer-encoding") for name, _ in fields)


class _Stale(Exception):
    """A reused connection failed before any byte of an answer: the server had closed it."""


_STALE_ERRORS = (ConnectionError, ssl.SSLEOFError, ssl.SSLZeroReturnError)


# --- the transport ----------------------------------------------------------------------------------------
class PooledTransport(httpx.BaseTransport):
    """An ``httpx.BaseTransport`` pooled per (scheme, host, port), answers parsed by llhttp. Thread-safe.

    - ``verify``: ``True`` (default; ``SSL_CERT_FILE``/``SSL_CERT_DIR`` when ``trust_env``, else certifi),
      ``False``, a CA bundle path or an ``ssl.SSLContext``;
    - ``trust_env``: read proxies (``HTTP(S)_PROXY``, ``ALL_PROXY``, ``NO_PROXY``) and CA variables;
    - ``max_connections``: requests in flight at once (a caller waits up to the pool timeout for a slot,
      then gets ``httpx.PoolTimeout``); ``keepalive_expiry``: seconds an idle connection is kept.

    The per-attempt deadline is the request's ``read`` timeout (``timeout`` seconds for
    ``OryClient(timeout=...)``), counted from the moment a slot is free; connecting is also bounded by the
    ``connect`` timeout.
    """

    def __init__(
        self,
        *,
        verify: VerifyTypes = True,
        trust_env: bool = True,
        max_connections: int = MAX_CONNECTIONS,
        keepalive_expiry: float = KEEPALIVE_EXPIRY,
    ) -> None:
        self._ssl_context = make_ssl_context(verify, trust_env=trust_env)
        self._proxies: dict[str, str] = dict(getproxies()) if trust_env else {}
        self._routes: dict[Origin, httpx.BaseTransport | None] = {}
        self._proxy_transports: dict[str, httpx.HTTPTransport] = {}
        # The hot path takes no lock: a slot is a token from a queue, an idle connection is popped from a
        # deque, both atomic (documented thread-safe). A lock held across the pool's bookkeeping made 32
        # threads queue on it whenever the GIL changed hands inside it. The lock guards only rare writes.
        self._idle: dict[Origin, deque[_Connection]] = {}
        self._lock = threading.Lock()
        self._slots: queue.SimpleQueue[None] = queue.SimpleQueue()
        for _ in range(max_connections):
            self._slots.put(None)
        self.max_connections = max_connections
        self.keepalive_expiry = keepalive_expiry
        self.opened = 0  # connections opened so far (observability and tests)
        # A transport nobody closed still closes its sockets when collected, without ResourceWarnings.
        self._finalizer = weakref.finalize(self, _close_all, self._idle, self._proxy_transports, self._lock)

    def __repr__(self) -> str:
        return f"<PooledTransport max_connections={self.max_connections}>"

    # --- routing ------------------------------------------------------------------------------------------
    def _route(self, origin: Origin) -> httpx.BaseTransport | None:
        try:
            return self._routes[origin]
        except KeyError:
            pass
        proxy = environment_proxy(*origin, self._proxies) if self._proxies else None
        inner: httpx.BaseTransport | None = None
        if proxy is not None:
            with self._lock:
                inner = self._proxy_transports.get(proxy)
                if inner is None:
                    inner = self._proxy_transports[proxy] = httpx.HTTPTransport(
                        proxy=proxy,
                        verify=self._ssl_context,
                        trust_env=False,
                        limits=httpx.Limits(
                            max_connections=self.max_connections,
                            max_keepalive_connections=self.max_connections,
                            keepalive_expiry=self.keepalive_expiry,
                        ),
                    )
        self._routes[origin] = inner
        return inner

    # --- the BaseTransport entry point --------------------------------------------------------------------
    def handle_request(self, request: httpx.Request) -> httpx.Response:
        url = request.url
        scheme = url.scheme
        if scheme not in ("http", "https"):
            raise httpx.UnsupportedProtocol(f"unsupported URL scheme {scheme!r}", request=request)
        origin = (scheme, url.raw_host.decode("ascii"), url.port or (443 if scheme == "https" else 80))
        timeouts: Mapping[str, float | None] = request.extensions.get("timeout") or {}
        inner = self._route(origin)
        conn = self._enter(origin if inner is None else None, timeouts.get("pool"), request)
        kept = None
        try:
            read = timeouts.get("read")
            deadline = None if read is None else time.monotonic() + read
            if inner is not None:
                return _via_proxy(inner, request, timeouts, deadline)
            response, kept = self._send(origin, request, timeouts, deadline, conn)
            return response
        finally:
            self._leave(origin, kept)

    # --- pool ---------------------------------------------------------------------------------------------
    def _enter(
        self, origin: Origin | None, pool_timeout: float | None, request: httpx.Request
    ) -> _Connection | None:
        """Take a slot (waiting up to ``pool_timeout`` for one) and the most recently used idle connection to
        ``origin``, if any, unless it has expired (then every older one has too, and all are closed)."""
        try:
            self._slots.get(timeout=pool_timeout)
        except queue.Empty:
            raise httpx.PoolTimeout(
                "no free connection slot within the pool timeout", request=request
            ) from None
        if origin is None:
            return None
        conn = self._pop_idle(origin)
        if conn is not None and conn.idle_since < time.monotonic() - self.keepalive_expiry:
            while conn is not None:
                conn.close()
                conn = self._pop_idle(origin)
        return conn

    def _pop_idle(self, origin: Origin) -> _Connection | None:
        idle = self._idle.get(origin)
        if not idle:
            return None
        try:
            return idle.pop()
        except IndexError:  # another thread took the last one
            return None

    def _leave(self, origin: Origin, conn: _Connection | None) -> None:
        """Give the slot back, and ``conn`` (if any) to the idle connections of ``origin``; close the idle
        ones that have expired (the oldest are on the left)."""
        if conn is not None:
            now = time.monotonic()
            conn.idle_since = now
            idle = self._idle.get(origin)
            if idle is None:
                idle = self._idle.setdefault(origin, deque())
            idle.append(conn)
            oldest_allowed = now - self.keepalive_expiry
            while idle and idle[0].idle_since < oldest_allowed:
                try:
                    old = idle.popleft()
                except IndexError:
                    break
                if old.idle_since >= oldest_allowed:  # another thread swept first: put a live one back
                    idle.appendleft(old)
                    break
                old.close()
        self._slots.put(None)

    def _connect(
        self,
        origin: Origin,
        timeouts: Mapping[str, float | None],
        deadline: float | None,
        request: httpx.Request,
    ) -> _Connection:
        scheme, host, port = origin
        timeout = timeouts.get("connect")
        try:
            left = _time_left(deadline)
            if left is not None:
                timeout = left if timeout is None else min(timeout, left)
            sock = socket.create_connection((host, port), timeout=timeout)
        except TimeoutError as exc:
            raise httpx.ConnectTimeout(f"connecting to {host}:{port} timed out", request=request) from exc
        except OSError as exc:  # refused, unreachable, DNS (socket.gaierror)
            raise httpx.ConnectError(
                f"connecting to {host}:{port} failed: {type(exc).__name__}: {exc.strerror or exc}",
                request=request,
            ) from exc
        try:
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            if scheme == "https":
                sock = self._ssl_context.wrap_socket(sock, server_hostname=host)
        except ssl.SSLCertVerificationError as exc:
            sock.close()
            raise httpx.ConnectError(
                f"TLS certificate verification failed for {host}:{port}: {exc.verify_message}",
                request=request,
            ) from exc
        except TimeoutError as exc:
            sock.close()
            raise httpx.ConnectTimeout(
                f"TLS handshake with {host}:{port} timed out", request=request
            ) from exc
        except OSError as exc:  # other TLS failures (ssl.SSLError is an OSError)
            sock.close()
            raise httpx.ConnectError(
                f"TLS with {host}:{port} failed: {type(exc).__name__}", request=request
            ) from exc
        with self._lock:
            self.opened += 1
        return _Connection(sock)

    def _send(
        self,
        origin: Origin,
        request: httpx.Request,
        timeouts: Mapping[str, float | None],
        deadline: float | None,
        conn: _Connection | None,
    ) -> tuple[httpx.Response, _Connection | None]:
        """The exchange on ``conn`` (an idle connection, checked here) or a new one; returns the response
        and the connection if it may be reused (the caller gives it back to the pool)."""
        while conn is not None and _dropped(conn):
            conn.close()
            conn = self._pop_idle(origin)
        reused = conn is not None
        while True:
            if conn is None:
                conn = self._connect(origin, timeouts, deadline, request)
            try:
                response, keep = _exchange(conn, request, deadline, reused)
            except _Stale as exc:
                conn.close()
                if not request.extensions.get(IDEMPOTENT):
                    raise httpx.RemoteProtocolError(
                        "the server closed a kept-alive connection before answering; the request may "
                        "have been received, so it is not sent again",
                        request=request,
                    ) from exc.__cause__
                conn, reused = None, False  # once more, on a fresh connection
                continue
            except BaseException:
                conn.close()
                raise
            if keep:
                return response, conn
            conn.close()
            return response, None

    def close(self) -> None:
        self._finalizer()


def _request_head(request: httpx.Request) -> bytes:
    """The request line and header fields, refused (``httpx.LocalProtocolError``) when a name, value or the
    target would change the request. The refusal names no value: they are tokens and cookies."""
    target = request.url.raw_path
    fields = request.headers.raw
    names = b":".join([name for name, _ in fields])
    values = b"".join([value for _, value in fields])
    what = None if _TARGET.fullmatch(target) else "the request target"
    if what is None and (not _NAMES.fullmatch(names) or _NOT_IN_VALUE.search(values)):
        what = "a header field"
    if what is not None:
        raise httpx.LocalProtocolError(
            f"the request cannot be sent: {what} is not valid HTTP", request=request
        )
    parts = [request.method.encode("ascii"), b" ", target, b" HTTP/1.1\r\n"]
    for name, value in fields:
        parts += (name, b": ", value, b"\r\n")
    parts.append(b"\r\n")
    return b"".join(parts)


def _exchange(
    conn: _Connection, request: httpx.Request, deadline: float | None, reused: bool
) -> tuple[httpx.Response, bool]:
    """One request and its answer on ``conn``; returns the response and whether ``conn`` may be reused."""
    head = _request_head(request)
    body = request.content
    method = request.method
    answer = conn.answer
    if answer is None:
        answer = conn.answer = _Answer()
    else:
        answer.reset()
    feed = answer.parser.feed_data
    view = conn.view
    phase = "send"
    received = 0  # bytes of the answer so far
    try:
        _send_all(conn, head + body if body else head, deadline)
        phase = "read"
        while not answer.done:
            count = _receive(conn, deadline)
            if count == 0:
                if received == 0:
                    raise ConnectionResetError("the server closed the connection without an answer")
                if answer.head_done and not answer.keep and _until_eof(answer.fields):
                    break  # an answer whose body ends with the connection (HTTP/1.0, no length)
                raise _Refused("the connection closed in the middle of the answer")
            received += count
            if not answer.head_done and received > _MAX_HEAD_BYTES:
                raise _Refused(f"the header is longer than {_MAX_HEAD_BYTES} bytes")
            try:
                feed(view[:count])
            except httptools.HttpParserError:
                if not answer.done:
                    raise
                answer.keep = False  # the answer is whole; what followed it is not trusted
            if method == "HEAD" and answer.head_done:
                answer.done = True  # no body follows, whatever its Content-Length says
                conn.answer = None  # ... but the parser waits for one: the next answer gets a new parser
                break
        headers, encoded = _headers(answer.fields)
    except TimeoutError as exc:
        timeout: type[httpx.TimeoutException] = httpx.WriteTimeout if phase == "send" else httpx.ReadTimeout
        raise timeout("Kratos did not answer within the timeout", request=request) from exc
    except _STALE_ERRORS as exc:
        if reused and received == 0:
            raise _Stale from exc
        if received == 0 and phase == "read":
            raise httpx.RemoteProtocolError(
                "the server disconnected without sending an answer", request=request
            ) from exc
        lost: type[httpx.NetworkError] = httpx.WriteError if phase == "send" else httpx.ReadError
        raise lost(f"connection lost: {type(exc).__name__}", request=request) from exc
    except _Refused as exc:
        raise httpx.RemoteProtocolError(f"malformed answer: {exc}", request=request) from exc
    except httptools.HttpParserError as exc:
        context = exc.__context__
        if isinstance(context, _Refused):  # raised by a callback
            raise httpx.RemoteProtocolError(f"malformed answer: {context}", request=request) from context
        raise httpx.RemoteProtocolError(f"malformed answer: {exc}", request=request) from exc
    except OSError as exc:
        failed: type[httpx.NetworkError] = httpx.WriteError if phase == "send" else httpx.ReadError
        raise failed(f"connection error: {type(exc).__name__}", request=request) from exc
    data = b"".join(answer.body)
    # Bytes after the answer in the same read are dropped with the parser; if they began another answer
    # (or were not HTTP) the connection is not reused: ``keep`` was cleared above.
    keep = answer.keep and answer.done
    extensions = {
        "http_version": b"HTTP/1.0" if answer.version == "1.0" else b"HTTP/1.1",
        "reason_phrase": answer.reason,
    }
    # A stream (not ``content=``): httpx decodes gzip/deflate/br when the body is read, as it always does.
    response_out = httpx.Response(
        answer.status, headers=headers, stream=httpx.ByteStream(data), extensions=extensions
    )
    if not encoded:
        # The body is whole and needs no decoding: reading it through httpx (decoder, chunker, three context
        # managers) would cost 8% of a whoami. httpx 0.27/0.28 keep a read body in ``_content``; should a
        # later httpx not, ``read()`` simply reads the stream as usual.
        response_out._content = data
    return response_out, keep


def _via_proxy(
    inner: httpx.BaseTransport,
    request: httpx.Request,
    timeouts: Mapping[str, float | None],
    deadline: float | None,
) -> httpx.Response:
    """The request through httpx's ``HTTPTransport(proxy=...)``, held to the same deadline: every timeout is
    at most the time left, and the body is read against the deadline."""
    try:
        left = _time_left(deadline)
    except TimeoutError as exc:
        raise httpx.ReadTimeout("the attempt's time is spent", request=request) from exc
    if left is not None:
        request.extensions = {
            **request.extensions,
            "timeout": {k: left if v is None else min(v, left) for k, v in timeouts.items()},
        }
    response = inner.handle_request(request)
    chunks: list[bytes] = []
    try:
        for chunk in response.stream:  # type: ignore[union-attr]
            chunks.append(chunk)
            if deadline is not None and time.monotonic() >= deadline:
                raise httpx.ReadTimeout("Kratos did not answer within the timeout", request=request)
    finally:
        response.close()
    extensions = {k: v for k, v in response.extensions.items() if k in ("http_version", "reason_phrase")}
    return httpx.Response(
        response.status_code,
        headers=response.headers.raw,
        stream=httpx.ByteStream(b"".join(chunks)),
        extensions=extensions,
    )


def _close_all(
    idle: dict[Origin, deque[_Connection]], proxies: dict[str, httpx.HTTPTransport], lock: threading.Lock
) -> None:
    """Close every idle connection and proxy transport (on ``close()``, or when the transport is gone)."""
    conns: list[_Connection] = []
    for pool in list(idle.values()):
        while pool:
            try:
                conns.append(pool.pop())
            except IndexError:
                break
    with lock:
        inner = list(proxies.values())
        proxies.clear()
    for conn in conns:
        conn.close()
    for transport in inner:
        transport.close()

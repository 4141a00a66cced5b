"""The facade's one ``httpx.BaseTransport``: a per-origin keep-alive pool over the standard library's
``http.client``, with proxied origins handed to httpx's own ``HTTPTransport``.

Why not httpx's ``HTTPTransport`` for everything: httpcore costs more per loopback whoami than the round
trip itself, and a web app calls whoami on nearly every request. ``http.client`` (the standard library,
well kept) writes the request and parses the answer; this module adds only what ``http.client`` lacks:

- a thread-safe pool per (scheme, host, port), without a lock on the way in or out: at most
  ``max_connections`` in flight, idle connections kept for ``keepalive_expiry`` seconds and checked for
  liveness before reuse (on Linux by the kernel's ``TCP_INFO``, which keeps the GIL; elsewhere ``select``,
  or ``poll`` where it exists, for descriptors past ``FD_SETSIZE``);
- one deadline per attempt covering connect, send, headers and body: every socket wait gets only the time
  left, so a server dripping a byte a second cannot hold a call past its timeout (bounded by the kernel's
  socket options where they take a ``timeval``, so that each send and receive is one system call);
- httpx's strictness where ``http.client`` is lenient: a header line that is not ``name: value`` (a bare
  CR, a control character, a space before the colon, which ``http.client`` would silently read as the
  start of the body), conflicting or malformed ``Content-Length``, a ``Transfer-Encoding`` other than
  ``chunked`` are refused; an obs-fold is unfolded into one space, as httpx does;
- interim ``1xx`` answers skipped (``http.client`` skips only ``100``);
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

import http.client
import io
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


# --- the socket as http.client sees it --------------------------------------------------------------------
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


def _bound(sock: socket.socket, option: int, deadline: float | None, kernel: bool) -> None:
    """Bound the next wait on ``sock`` by the time left before ``deadline`` (none when ``None``)."""
    left = _time_left(deadline)
    if not kernel:
        sock.settimeout(left)
    elif left is None:
        sock.setsockopt(socket.SOL_SOCKET, option, _BLOCKING)
    else:
        micros = max(1, int(left * 1_000_000))  # never zero, which would mean no limit
        sock.setsockopt(socket.SOL_SOCKET, option, _TIMEVAL.pack(*divmod(micros, 1_000_000)))


class _Wire(io.RawIOBase):
    """The receiving side of a socket; every wait gets only the time left before the attempt's deadline."""

    def __init__(self, sock: socket.socket, kernel: bool) -> None:
        super().__init__()
        self.sock = sock
        self.kernel = kernel
        self.deadline: float | None = None
        self.probing = False

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int | None:
        if self.probing:  # asked only what is buffered already: behave as a socket with nothing to read
            return None
        _bound(self.sock, socket.SO_RCVTIMEO, self.deadline, self.kernel)
        try:
            return self.sock.recv_into(buffer)
        except _KERNEL_TIMED_OUT as exc:
            raise TimeoutError("the socket timed out") from exc

    def close(self) -> None:  # the pool closes the socket
        pass


class _Reader(io.BufferedReader):
    """The connection's buffered reader. ``http.client`` closes the file of each response, but bytes read
    ahead belong to the connection (an answer after a ``103``), so closing does nothing; while ``lines`` is
    a list, header lines are kept for the strictness check."""

    lines: list[bytes] | None = None

    def close(self) -> None:
        pass

    def readline(self, size: int | None = -1) -> bytes:
        line = super().readline(size)
        if self.lines is not None:
            self.lines.append(line)
        return line

    def has_buffered(self) -> bool:
        raw = self.raw
        assert isinstance(raw, _Wire)
        raw.probing = True
        try:
            return bool(self.peek(1))
        finally:
            raw.probing = False


class _Socket:
    """What ``http.client`` is given as its socket: sends bounded by the deadline, one shared reader."""

    def __init__(self, sock: socket.socket, kernel: bool) -> None:
        self.sock = sock
        self.wire = _Wire(sock, kernel)
        self.reader = _Reader(self.wire, _READ_BUFFER)

    def makefile(self, mode: str = "rb", *args: Any, **kwargs: Any) -> _Reader:
        return self.reader

    def sendall(self, data: bytes) -> None:
        wire = self.wire
        _bound(self.sock, socket.SO_SNDTIMEO, wire.deadline, wire.kernel)
        try:
            self.sock.sendall(data)
        except _KERNEL_TIMED_OUT as exc:
            raise TimeoutError("the socket timed out") from exc

    def settimeout(self, value: float | None) -> None:  # the deadline decides
        pass

    def close(self) -> None:  # ``http.client`` closes on ``Connection: close``; the pool does it
        pass


class _Connection:
    __slots__ = ("http", "idle_since", "poller", "sock", "wrapper")

    def __init__(self, origin: Origin, sock: socket.socket) -> None:
        self.sock = sock
        kernel = KERNEL_TIMEOUTS
        if kernel:
            sock.settimeout(None)  # blocking for Python; the kernel options bound each wait
        self.poller: Any = None  # the liveness check's poll object, registered on first use
        self.wrapper = _Socket(sock, kernel)
        self.http = http.client.HTTPConnection(origin[1], origin[2])
        self.http.sock = self.wrapper
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


# --- httpx's strictness where http.client is lenient ------------------------------------------------------
_TOKEN = rb"[!#$%&'*+\-.^_`|~0-9A-Za-z]+"
_VALUE = rb"[\t\x20-\x7e\x80-\xff]*"
_FIELD = _TOKEN + rb":" + _VALUE + rb"\r?\n(?:[ \t]" + _VALUE + rb"\r?\n)*"  # a field and its folds
#: What ``http.client`` read of every answer (interim ones too): status line, fields, blank line.
_HEADS = re.compile(rb"(?:HTTP/" + _VALUE + rb"\r?\n(?:" + _FIELD + rb")*\r?\n)+")
_FOLD = re.compile(r"[ \t]*\r?\n[ \t]+")
_DIGITS = re.compile(r"[0-9]+")


class _Refused(Exception):
    """An answer httpx would refuse."""


def _read_headers(
    lines: list[bytes], message: http.client.HTTPMessage
) -> tuple[list[tuple[bytes, bytes]], bool, bool]:
    """The answer's headers as httpx takes them, whether it has a ``Content-Encoding``, and whether it had
    both ``Transfer-Encoding`` and ``Content-Length``; refuses what httpx refuses: a header line that
    is not ``token: value`` (a bare CR, a control character, a space before the colon, no colon),
    conflicting or malformed ``Content-Length``, a ``Transfer-Encoding`` other than ``chunked``."""
    if not _HEADS.fullmatch(b"".join(lines)):
        raise _Refused("malformed header line")
    headers = []
    length = coding = None
    encoded = False
    for name, value in message.raw_items():
        if "\n" in value:
            value = _FOLD.sub(" ", value)  # obs-fold: one space, as httpx reads it
        lower = name.lower()
        if lower == "content-length":
            if not _DIGITS.fullmatch(value.strip()) or (length is not None and length != value):
                raise _Refused("conflicting or malformed Content-Length")
            length = value
        elif lower == "transfer-encoding":
            if coding is not None or value.strip().lower() != "chunked":
                raise _Refused("only Transfer-Encoding: chunked is supported")
            coding = value
        elif lower == "content-encoding":
            encoded = True
        headers.append((name.encode("latin-1"), value.encode("latin-1")))
    return headers, encoded, length is not None and coding is not None


class _Stale(Exception):
    """A reused connection failed before any byte of an answer: the server had closed it."""


_STALE_ERRORS = (ConnectionError, ssl.SSLEOFError, ssl.SSLZeroReturnError)


# --- the transport ----------------------------------------------------------------------------------------
class PooledTransport(httpx.BaseTransport):
    """An ``httpx.BaseTransport`` over ``http.client``, pooled per (scheme, host, port). Thread-safe.

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
        return _Connection(origin, sock)

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


def _exchange(
    conn: _Connection, request: httpx.Request, deadline: float | None, reused: bool
) -> tuple[httpx.Response, bool]:
    """One request and its answer on ``conn``; returns the response and whether ``conn`` may be reused."""
    wrapper = conn.wrapper
    wrapper.wire.deadline = deadline
    reader = wrapper.reader
    http_conn = conn.http
    method = request.method
    url = request.url
    try:
        target = url.raw_path.decode("ascii")
        http_conn.putrequest(method, target, skip_host=True, skip_accept_encoding=True)
        for name, value in request.headers.raw:
            http_conn.putheader(name, value)
    except ValueError as exc:  # http.client refuses a header or target that would change the request
        # Its message quotes the value (a token, a cookie): only the kind is said, and it is not chained
        # (a logged traceback would print it). The facade refuses such values before they get here.
        raise httpx.LocalProtocolError(
            f"the request cannot be sent: {type(exc).__name__}", request=request
        ) from None
    body = request.content
    phase = "send"
    lines: list[bytes] = []
    reader.lines = lines
    try:
        http_conn.endheaders(body or None)
        phase = "read"
        response = http_conn.getresponse()
        while 100 <= response.status < 200:  # interim answers (http.client skips only 100)
            if response.status == 101:
                raise _Refused("unexpected 101 Switching Protocols")
            response.close()  # so the connection takes another request later
            response = http.client.HTTPResponse(wrapper, method=method)  # type: ignore[arg-type]
            response.begin()
        reader.lines = None
        headers, encoded, both_framings = _read_headers(lines, response.msg)
        data = response.read()
    except TimeoutError as exc:
        timeout: type[httpx.TimeoutException] = httpx.WriteTimeout if phase == "send" else httpx.ReadTimeout
        raise timeout("Kratos did not answer within the timeout", request=request) from exc
    except _STALE_ERRORS as exc:
        if reused and not any(lines):
            raise _Stale from exc
        if isinstance(exc, http.client.RemoteDisconnected):
            raise httpx.RemoteProtocolError(
                "the server disconnected without sending an answer", request=request
            ) from exc
        lost: type[httpx.NetworkError] = httpx.WriteError if phase == "send" else httpx.ReadError
        raise lost(f"connection lost: {type(exc).__name__}", request=request) from exc
    except _Refused as exc:
        raise httpx.RemoteProtocolError(f"malformed answer: {exc}", request=request) from exc
    except (http.client.HTTPException, ValueError) as exc:  # ValueError: a bad chunk size
        raise httpx.RemoteProtocolError(f"malformed answer: {type(exc).__name__}", request=request) from exc
    except OSError as exc:
        failed: type[httpx.NetworkError] = httpx.WriteError if phase == "send" else httpx.ReadError
        raise failed(f"connection error: {type(exc).__name__}", request=request) from exc
    finally:
        reader.lines = None
    # Both framings: the answer is read as chunked, and the connection is not trusted again.
    keep = not response.will_close and not both_framings and not reader.has_buffered()
    extensions = {
        "http_version": b"HTTP/1.0" if response.version == 10 else b"HTTP/1.1",
        "reason_phrase": response.reason.encode("latin-1", "replace"),
    }
    # A stream (not ``content=``): httpx decodes gzip/deflate/br when the body is read, as it always does.
    response_out = httpx.Response(
        response.status, headers=headers, stream=httpx.ByteStream(data), extensions=extensions
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

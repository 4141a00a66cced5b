"""``FakeKratos``: the fake served over real HTTP on two loopback ports (public and admin).

Example::

    with FakeKratos() as kratos:
        kratos.create_identity(email="ada@example.com", password="correct horse battery")
        httpx.get(f"{kratos.public_url}/self-service/login/api")
"""

from __future__ import annotations

import contextlib
import copy
import dataclasses
import socket
import threading
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType
from typing import Any

from ory_facade.testing import routes, totp
from ory_facade.testing.app import KratosApp
from ory_facade.testing.clock import Clock
from ory_facade.testing.config import FakeKratosConfig
from ory_facade.testing.errors import KratosError
from ory_facade.testing.faults import Fault, FaultKind, FaultQueue
from ory_facade.testing.httpio import Request, Response
from ory_facade.testing.identities import IdentityConflictError, create_identity
from ory_facade.testing.models import CourierMessage

__all__ = ["FakeKratos", "IssuedSession", "RequestRecord", "ResponseViolation"]

_HTML_502 = (
    b"<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1>"
    b"</center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n"
)


@dataclass(frozen=True)
class ResponseViolation:
    """A response the fake sent that does not match the OpenAPI spec (no body values, only paths)."""

    operation_id: str
    method: str
    path: str
    status: int
    problem: str

    def __str__(self) -> str:
        return f"{self.operation_id} {self.method} {self.path} -> {self.status}: {self.problem}"


@dataclass(frozen=True)
class RequestRecord:
    """One request the fake served; the query string is left out because it can carry tokens."""

    port: str
    method: str
    path: str
    status: int
    operation_id: str | None
    fault: str | None = None


@dataclass(frozen=True)
class IssuedSession:
    """A session made by :meth:`FakeKratos.create_session`; ``repr`` hides the token and cookie."""

    id: str
    identity_id: str
    token: str = dataclasses.field(repr=False)
    cookie_name: str = dataclasses.field(repr=False)
    cookie_value: str = dataclasses.field(repr=False)

    @property
    def cookie_header(self) -> str:
        return f"{self.cookie_name}={self.cookie_value}"


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = False

    def __init__(self, fake: FakeKratos, admin: bool, port: int = 0) -> None:
        self.fake = fake
        self.admin = admin
        self.connections: set[socket.socket] = set()
        self.connections_lock = threading.Lock()
        super().__init__(("127.0.0.1", port), _Handler)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def setup(self) -> None:
        super().setup()
        # One write per response plus no Nagle: keep-alive requests must not wait for delayed ACKs.
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        with self.server.connections_lock:
            self.server.connections.add(self.connection)

    def finish(self) -> None:
        try:
            super().finish()
        finally:
            with self.server.connections_lock:
                self.server.connections.discard(self.connection)

    def log_message(self, format: str, *args: Any) -> None:
        """Silent on purpose: request lines can carry tokens (logout, recovery links)."""

    def _read_body(self) -> bytes:
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            chunks = []
            while True:
                size = int(self.rfile.readline().split(b";")[0].strip() or b"0", 16)
                if size == 0:
                    self.rfile.readline()
                    break
                chunks.append(self.rfile.read(size))
                self.rfile.readline()
            return b"".join(chunks)
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length > 0 else b""

    def _serve(self) -> None:
        body = self._read_body()
        # http.server decodes the request line as Latin-1; Go keeps its bytes, which are UTF-8 (JSON shows
        # an undecodable byte as U+FFFD).
        target = self.path.encode("latin-1").decode("utf-8", "replace")
        req = Request.build(self.command, target, self.headers.items(), body, self.client_address[0])
        self.server.fake._serve(self, req)

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = do_OPTIONS = _serve

    def write(self, response: Response) -> None:
        lines = [f"HTTP/1.1 {response.status} {HTTPStatus(response.status).phrase}"]
        lines.append(f"Date: {self.date_time_string()}")
        lines.extend(f"{key}: {value}" for key, value in response.headers)
        lines.append(f"Content-Length: {len(response.body)}")
        if self.close_connection:
            lines.append("Connection: close")
        # Go writes header strings as their bytes (UTF-8); nothing here may drop the connection.
        text = "\r\n".join(lines) + "\r\n\r\n"
        try:
            head = text.encode("utf-8", "surrogateescape")
        except UnicodeEncodeError:
            head = text.encode("utf-8", "replace")
        self.wfile.write(head + (response.body if self.command != "HEAD" else b""))
        self.wfile.flush()


def _app_url_options(options: dict[str, Any]) -> dict[str, Any]:
    """``app_url`` / ``ui_prefix`` as the config fields they stand for (``ui_url``, return URLs)."""
    options = dict(options)
    app_url = options.pop("app_url", None)
    prefix = options.pop("ui_prefix", "/auth")
    if app_url:
        base = str(app_url).rstrip("/")
        options.setdefault("ui_url", base + prefix)
        options["allowed_return_urls"] = (*options.get("allowed_return_urls", ()), base + "/")
    return options


class FakeKratos:
    """A faithful fake Ory Kratos for tests: real HTTP, two loopback ports, controllable time.

    Keyword arguments other than the ones below set :class:`FakeKratosConfig` fields
    (``legacy_recovery_response=True``, ``session_lifespan=60``...). ``app_url`` is the shortcut for an
    app using the framework integrations: the flows' UI at ``<app_url>/auth/<page>`` (``ui_prefix``) and
    ``return_to`` allowed anywhere on the app. ``public_port`` / ``admin_port`` fix the ports (0: free ones).
    """

    def __init__(
        self,
        *,
        api_key: str | None = None,
        validate_responses: bool = False,
        spec_path: str | Path | None = None,
        clock: Clock | None = None,
        public_port: int = 0,
        admin_port: int = 0,
        **config: Any,
    ) -> None:
        self.clock = clock or Clock()
        self._ports = (public_port, admin_port)
        self._initial_config = FakeKratosConfig(api_key=api_key, **_app_url_options(config))
        self.app = KratosApp(self._initial_config, self.clock)
        routes.install(self.app)
        self._faults = FaultQueue()
        self._stop = threading.Event()
        self._servers: list[_Server] = []
        self._threads: list[threading.Thread] = []
        self._records: list[RequestRecord] = []
        self._violations: list[ResponseViolation] = []
        self._records_lock = threading.Lock()
        self._validator: Any = None
        if validate_responses:
            from ory_facade.testing.validation import ResponseValidator

            self._validator = ResponseValidator(spec_path)

    # --- lifecycle ----------------------------------------------------------------------------------

    def start(self) -> FakeKratos:
        if self._servers:
            return self
        self._stop.clear()
        public = _Server(self, admin=False, port=self._ports[0])
        admin = _Server(self, admin=True, port=self._ports[1])
        self._servers = [public, admin]
        self.app.public_url = f"http://127.0.0.1:{public.server_address[1]}"
        self.app.admin_url = f"http://127.0.0.1:{admin.server_address[1]}"
        for server in self._servers:
            thread = threading.Thread(
                target=server.serve_forever, kwargs={"poll_interval": 0.05}, name="fake-kratos", daemon=True
            )
            thread.start()
            self._threads.append(thread)
        return self

    def stop(self) -> None:
        self._stop.set()
        for server in self._servers:
            server.shutdown()
            with server.connections_lock:
                connections = list(server.connections)
            for conn in connections:
                with contextlib.suppress(OSError):
                    conn.shutdown(socket.SHUT_RDWR)
            server.server_close()
        for thread in self._threads:
            thread.join(timeout=5)
        self._servers = []
        self._threads = []

    def __enter__(self) -> FakeKratos:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    def __repr__(self) -> str:
        state = "running" if self._servers else "stopped"
        return f"FakeKratos({state}, public_url={self.app.public_url!r}, admin_url={self.app.admin_url!r})"

    # --- addresses and configuration ----------------------------------------------------------------

    @property
    def public_url(self) -> str:
        return self.app.public_url

    @property
    def admin_url(self) -> str:
        return self.app.admin_url

    @property
    def api_key(self) -> str | None:
        return self.app.config.api_key

    @property
    def config(self) -> FakeKratosConfig:
        return self.app.config

    @property
    def csrf_cookie_name(self) -> str:
        return self.app.csrf_cookie_name

    @property
    def session_cookie_name(self) -> str:
        return self.app.config.session_cookie_name

    def configure(self, **changes: Any) -> None:
        """Change configuration on the running fake (undone by :meth:`reset`); ``app_url=`` as in the
        constructor: ``fake_kratos.configure(app_url="http://localhost")`` for a Flask test client."""
        self.app.configure(dataclasses.replace(self.app.config, **_app_url_options(changes)))

    def reset(self) -> None:
        """Forget all state, restore the initial configuration, real time, no faults, no records."""
        self.app.configure(self._initial_config)
        self.app.reset()
        self.clock.reset()
        self._faults.clear()
        with self._records_lock:
            self._records.clear()
            self._violations.clear()

    def set_ready(self, ready: bool) -> None:
        """Make ``/health/ready`` answer 503 (``False``) or 200."""
        with self.app.lock:
            self.app.ready = ready

    # --- time and faults ----------------------------------------------------------------------------

    def advance_clock(self, seconds: float) -> None:
        self.clock.advance(seconds)

    def fail_next(
        self,
        status: int = 500,
        *,
        kind: FaultKind = "status",
        times: int = 1,
        delay: float = 5.0,
        path: str | None = None,
        retry_after: int | None = None,
    ) -> None:
        """Make the next ``times`` requests (optionally only under ``path``) fail.

        ``kind``: ``"status"`` answers ``status`` with Kratos' error JSON (``Retry-After`` when given),
        ``"html502"`` answers a proxy's HTML 502 page, ``"timeout"`` reads the request and stays silent for
        ``delay`` seconds before closing, ``"disconnect"`` closes the connection without an answer.
        """
        if kind == "html502":
            status = 502
        self._faults.add(Fault(kind, status, max(times, 1), delay, path, retry_after))

    def clear_faults(self) -> None:
        self._faults.clear()

    @property
    def pending_faults(self) -> int:
        return len(self._faults)

    # --- records and response validation ------------------------------------------------------------

    @property
    def requests(self) -> list[RequestRecord]:
        with self._records_lock:
            return list(self._records)

    @property
    def validates_responses(self) -> bool:
        """True when every response is checked against the OpenAPI spec."""
        return self._validator is not None

    @property
    def violations(self) -> list[ResponseViolation]:
        with self._records_lock:
            return list(self._violations)

    def take_violations(self) -> list[ResponseViolation]:
        with self._records_lock:
            out = list(self._violations)
            self._violations.clear()
            return out

    def assert_no_violations(self) -> None:
        found = self.take_violations()
        if found:
            raise AssertionError(
                "fake Kratos sent responses that do not match the OpenAPI spec:\n"
                + "\n".join(f"  {v}" for v in found)
            )

    # --- state helpers ------------------------------------------------------------------------------

    def create_identity(
        self,
        email: str | None = None,
        password: str | None = None,
        *,
        traits: dict[str, Any] | None = None,
        verified: bool = False,
        state: str = "active",
        totp_secret: str | None = None,
        with_totp: bool = False,
        metadata_public: Any = None,
        metadata_admin: Any = None,
        external_id: str | None = None,
    ) -> dict[str, Any]:
        """Store an identity directly (like an admin import) and return its admin JSON.

        ``with_totp=True`` adds a TOTP second factor (read codes with :meth:`totp_code`).
        """
        all_traits = dict(traits or {})
        if email is not None:
            all_traits["email"] = email
        secret = totp_secret or (totp.new_secret() if with_totp else None)
        with self.app.lock:
            try:
                identity = create_identity(
                    self.app,
                    traits=all_traits,
                    password=password,
                    state=state,
                    metadata_public=metadata_public,
                    metadata_admin=metadata_admin,
                    external_id=external_id,
                    verifiable_addresses=[{"value": email, "verified": True}]
                    if (verified and email)
                    else None,
                    totp_secret=secret,
                )
            except IdentityConflictError as exc:
                raise ValueError("an identity with the same identifier already exists") from exc
            except KratosError as exc:
                raise ValueError(exc.reason or exc.message) from exc
            return identity.to_json(self.public_url, admin=True, credentials=True)

    def identity(self, identity_id: str) -> dict[str, Any]:
        with self.app.lock:
            identity = self.app.state.identities.get(identity_id)
            if identity is None:
                raise KeyError(identity_id)
            return identity.to_json(self.public_url, admin=True, credentials=True)

    def identities(self) -> list[dict[str, Any]]:
        with self.app.lock:
            return [i.to_json(self.public_url, admin=True) for i in self.app.state.identities.values()]

    def create_session(
        self, identity_id: str, *, aal: str = "aal1", method: str = "password"
    ) -> IssuedSession:
        """Sign an identity in without a flow (for tests that only need a session)."""
        with self.app.lock:
            identity = self.app.state.identities.get(identity_id)
            if identity is None:
                raise KeyError(identity_id)
            dummy = Request.build("GET", "/", [("User-Agent", "fake-kratos-helper")], b"", "127.0.0.1")
            session = self.app.new_session(identity, method, aal, dummy)
            return IssuedSession(
                session.id,
                identity.id,
                session.token,
                self.app.config.session_cookie_name,
                session.cookie_value,
            )

    def session(self, session_id: str) -> dict[str, Any]:
        with self.app.lock:
            session = self.app.state.sessions.get(session_id)
            if session is None:
                raise KeyError(session_id)
            return self.app.session_json(session, admin=True)

    def courier_messages(self, recipient: str | None = None) -> list[CourierMessage]:
        """Copies of the messages "sent", oldest first."""
        with self.app.lock:
            return [
                copy.copy(m)
                for m in self.app.state.messages
                if recipient is None or m.recipient == recipient.strip().lower()
            ]

    def last_code_for(self, email: str) -> str:
        """The code in the newest message to ``email``; :class:`LookupError` when there is none."""
        for message in reversed(self.courier_messages(email)):
            if message.code:
                return message.code
        raise LookupError(f"no code was sent to {email}")

    def totp_code(self, identity_id: str) -> str:
        """The current TOTP code (by the fake's clock) of an identity with a second factor."""
        with self.app.lock:
            identity = self.app.state.identities.get(identity_id)
            secret = identity.totp_secret if identity else None
        if secret is None:
            raise LookupError(f"identity {identity_id} has no TOTP credential")
        return totp.code_at(secret, self.clock.now())

    # --- serving ------------------------------------------------------------------------------------

    def _serve(self, handler: _Handler, req: Request) -> None:
        port = "admin" if handler.server.admin else "public"
        fault = self._faults.take(req.path)
        if fault is not None:
            self._inject(handler, req, fault, port)
            return
        try:
            response, operation_id = self.app.handle(handler.server.admin, req)
        except Exception as exc:  # a bug in the fake: answer 500 and make the test fail loudly
            operation_id = None
            response = Response.json(500, KratosError(500).body())
            with self._records_lock:
                crash = f"fake Kratos crashed: {type(exc).__name__}"
                self._violations.append(ResponseViolation("?", req.method, req.path, 500, crash))
        if self._validator is not None and operation_id is not None:
            problems = self._validator.check(
                operation_id,
                response.status,
                response.header("Content-Type") or "",
                response.payload,
                response.body,
            )
            if problems:
                with self._records_lock:
                    self._violations.extend(
                        ResponseViolation(operation_id, req.method, req.path, response.status, p)
                        for p in problems
                    )
        with self._records_lock:
            self._records.append(RequestRecord(port, req.method, req.path, response.status, operation_id))
        handler.write(response)

    def _inject(self, handler: _Handler, req: Request, fault: Fault, port: str) -> None:
        with self._records_lock:
            self._records.append(RequestRecord(port, req.method, req.path, fault.status, None, fault.kind))
        if fault.kind == "timeout":
            self._stop.wait(fault.delay)
            handler.close_connection = True
            return
        if fault.kind == "disconnect":
            handler.close_connection = True
            return
        if fault.kind == "html502":
            response = Response(502, [("Content-Type", "text/html")], _HTML_502)
        else:
            headers = [("Retry-After", str(fault.retry_after))] if fault.retry_after is not None else []
            response = Response.json(fault.status, KratosError(fault.status).body(), headers)
        handler.close_connection = fault.kind != "status"
        handler.write(response)

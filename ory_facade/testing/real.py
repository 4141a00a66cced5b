"""A real Kratos server for tests: the binary ``make kratos`` builds, run on loopback with a SQLite file.

:class:`RealKratos` has the same test-facing surface as :class:`~ory_facade.testing.FakeKratos` where a
real server can offer it (``public_url``, ``admin_url``, ``create_identity``, ``courier_messages``,
``last_code_for``, ``create_session``...), built only on Kratos' HTTP APIs, so a test written against
that surface runs against both. What only the fake can do (its clock, fault injection, reading a TOTP
secret) stays on the fake. Example::

    from ory_facade.testing.real import RealKratos

    with RealKratos() as kratos:   # the binary from KRATOS_BIN or .kratos/bin/kratos
        kratos.create_identity(email="ada@example.org", password="a long passphrase")

Kratos is started with ``--dev`` (cookies without ``Secure`` over plain-HTTP loopback, as the fake
sends them) and without ``--watch-courier``: messages stay queued and are read back through the admin
courier API, so no mail server is needed.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from string import Template
from types import TracebackType
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

import httpx

from ory_facade.testing.identity_schema import DEFAULT_IDENTITY_SCHEMA
from ory_facade.testing.models import CourierMessage
from ory_facade.testing.server import IssuedSession

__all__ = [
    "KRATOS_BUILT_COMMIT",
    "KRATOS_BUILT_VERSION",
    "RealKratos",
    "RealKratosUnavailable",
    "default_binary",
]

# What `make kratos` builds (kratos/go.mod pins it; the Makefile passes both as -ldflags). Kratos v26.2.0
# itself is not served by the module proxy (see kratos/README.md), so this is the v1.3.1 fallback.
KRATOS_BUILT_VERSION = "v1.3.1"
KRATOS_BUILT_COMMIT = "36e624c716e45ab405599c71b42c384dd45bdfbb"

_ROOT = Path(__file__).resolve().parents[2]
_SQLITE_OPTIONS = "_fk=true&mode=rwc&_journal_mode=WAL&_busy_timeout=10000"
_SECRET_ALPHABET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"


class RealKratosUnavailable(RuntimeError):
    """The binary is missing or the server did not come up; the message says which and what to run."""


def default_binary() -> Path | None:
    """``$KRATOS_BIN``, else ``.kratos/bin/kratos`` of a source checkout; ``None`` when neither exists."""
    env = os.environ.get("KRATOS_BIN")
    if env:
        return Path(env) if Path(env).is_file() else None
    candidate = _ROOT / ".kratos" / "bin" / "kratos"
    return candidate if candidate.is_file() else None


def _die_with_parent() -> None:
    """Linux: Kratos gets SIGTERM when the process that started it dies (a killed test run leaves none)."""
    import ctypes
    import signal

    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _secret(length: int) -> str:
    return "".join(secrets.choice(_SECRET_ALPHABET) for _ in range(length))


@dataclass(frozen=True)
class _Ports:
    public: int
    admin: int
    smtp: int


class RealKratos:
    """Runs ``kratos migrate sql`` then ``kratos serve`` on free 127.0.0.1 ports in a temporary folder.

    ``ui_url`` is where the flows' ``ui_url``s point (an app under test, or a dummy origin);
    ``allowed_return_urls`` adds origins to ``selfservice.allowed_return_urls``. ``flow_lifespan`` (login
    and registration flows) and ``privileged_session_max_age`` are Kratos durations (``"1h"``, ``"4s"``):
    short ones let a test see flows expire and sessions lose privilege by waiting. ``identity_schema``
    replaces the default identity schema (``DEFAULT_IDENTITY_SCHEMA``, the fake's). ``session_cookie_name``
    is Kratos' ``session.cookie.name``. ``password_migration_hook`` enables
    ``selfservice.methods.password.config.migrate_hook`` with this ``config`` (``url``, ``headers``,
    ``auth``), as the fake's option of the same name. ``webauthn_origin`` (an origin such as
    ``http://localhost:5000``: WebAuthn needs a host name, not an IP) enables security keys (``webauthn``, a
    second factor) and passkeys (``passkey``, a first factor) with that origin and its host as relying
    party, and CORS for that origin (Kratos' script is loaded cross-origin); the fake has neither.
    """

    csrf_cookie_prefix = "csrf_token"

    def __init__(
        self,
        binary: str | Path | None = None,
        *,
        ui_url: str = "http://127.0.0.1:4455",
        allowed_return_urls: Sequence[str] = (),
        flow_lifespan: str = "1h",
        privileged_session_max_age: str = "15m",
        identity_schema: Mapping[str, Any] | None = None,
        session_cookie_name: str = "ory_kratos_session",
        password_migration_hook: Mapping[str, Any] | None = None,
        webauthn_origin: str | None = None,
        log_level: str = "warning",
        start_timeout: float = 60.0,
    ) -> None:
        found = Path(binary) if binary is not None else default_binary()
        self.binary = found
        self.ui_url = ui_url.rstrip("/")
        self.allowed_return_urls = tuple(allowed_return_urls)
        self.flow_lifespan = flow_lifespan
        self.privileged_session_max_age = privileged_session_max_age
        self.identity_schema = dict(identity_schema or DEFAULT_IDENTITY_SCHEMA)
        self.session_cookie_name = session_cookie_name
        self.password_migration_hook = dict(password_migration_hook) if password_migration_hook else None
        self.webauthn_origin = webauthn_origin.rstrip("/") if webauthn_origin else None
        self.log_level = log_level
        self.start_timeout = start_timeout
        self._workdir: Path | None = None
        self._process: subprocess.Popen[bytes] | None = None
        self._log_thread: threading.Thread | None = None
        self._log_tail: list[str] = []
        self._ports: _Ports | None = None
        self._http: httpx.Client | None = None

    # --- lifecycle ----------------------------------------------------------------------------------

    def start(self) -> RealKratos:
        if self._process is not None:
            return self
        if self.binary is None or not self.binary.is_file():
            raise RealKratosUnavailable(
                "no Kratos binary: run `make kratos` (builds .kratos/bin/kratos) or set KRATOS_BIN"
            )
        self._workdir = Path(tempfile.mkdtemp(prefix="ory-facade-kratos-"))
        self._ports = _Ports(_free_port(), _free_port(), _free_port())
        config_path = self._write_config(self._workdir, self._ports)
        env = self._env()
        migrate = subprocess.run(
            [str(self.binary), "migrate", "sql", "-e", "--yes", "-c", str(config_path)],
            env=env,
            capture_output=True,
            timeout=self.start_timeout,
            check=False,
        )
        if migrate.returncode != 0:
            tail = (migrate.stderr or migrate.stdout).decode("utf-8", "replace")[-2000:]
            self._cleanup()
            raise RealKratosUnavailable(f"`kratos migrate sql` failed ({migrate.returncode}):\n{tail}")
        self._process = subprocess.Popen(
            [str(self.binary), "serve", "--dev", "-c", str(config_path)],
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            preexec_fn=_die_with_parent if sys.platform == "linux" else None,
        )
        self._log_thread = threading.Thread(target=self._drain_log, name="real-kratos-log", daemon=True)
        self._log_thread.start()
        self._http = httpx.Client(timeout=10.0, trust_env=False)
        try:
            self._wait_ready()
        except BaseException:
            self.stop()
            raise
        return self

    def stop(self) -> None:
        process, self._process = self._process, None
        if process is not None:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=10)
        if self._log_thread is not None:
            self._log_thread.join(timeout=5)
            self._log_thread = None
        if process is not None and process.stderr is not None:
            process.stderr.close()
        if self._http is not None:
            self._http.close()
            self._http = None
        self._cleanup()

    def __enter__(self) -> RealKratos:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    def __repr__(self) -> str:
        state = "running" if self._process is not None else "stopped"
        return f"RealKratos({state}, public_url={self.public_url!r}, admin_url={self.admin_url!r})"

    def _cleanup(self) -> None:
        if self._workdir is not None:
            shutil.rmtree(self._workdir, ignore_errors=True)
            self._workdir = None

    def _env(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("DSN", "SERVE_", "SELFSERVICE_"))}
        env["SQA_OPT_OUT"] = "true"  # no telemetry (nothing but loopback is reachable anyway)
        env["DEV_DISABLE_API_FLOW_ENFORCEMENT"] = "true"  # plain httpx drives browser flows in tests
        return env

    def _write_config(self, workdir: Path, ports: _Ports) -> Path:
        schema_path = workdir / "identity.schema.json"
        schema_path.write_text(json.dumps(self.identity_schema, indent=2), encoding="utf-8")
        template = (
            resources.files("ory_facade.testing").joinpath("kratos_config/kratos.yml").read_text("utf-8")
        )
        extra = "".join(f"    - {url}\n" for url in self.allowed_return_urls).rstrip("\n")
        text = Template(template).substitute(
            version=KRATOS_BUILT_VERSION,
            # WAL and a busy timeout make "database is locked" rarer when test threads write at once; Kratos
            # on SQLite still fails some concurrent writes (see tests/facade/test_live_concurrency.py).
            dsn=f"sqlite://{workdir / 'kratos.sqlite'}?{_SQLITE_OPTIONS}",
            public_port=ports.public,
            admin_port=ports.admin,
            public_url=f"http://127.0.0.1:{ports.public}",
            admin_url=f"http://127.0.0.1:{ports.admin}",
            ui_url=self.ui_url,
            extra_return_urls=extra,
            flow_lifespan=self.flow_lifespan,
            privileged_session_max_age=self.privileged_session_max_age,
            session_cookie_name=self.session_cookie_name,
            # JSON is YAML: one flow-style line under selfservice.methods.password.config.
            password_migrate_hook=(
                "        migrate_hook: "
                + json.dumps({"enabled": True, "config": self.password_migration_hook})
                if self.password_migration_hook
                else ""
            ),
            webauthn=self._webauthn_config(),
            # Kratos' WebAuthn script is loaded with crossorigin="anonymous": the app's origin needs CORS.
            public_cors=json.dumps(
                {"enabled": True, "allowed_origins": [self.webauthn_origin]}
                if self.webauthn_origin
                else {"enabled": False}
            ),
            log_level=self.log_level,
            cookie_secret=_secret(32),
            cipher_secret=_secret(32),
            schema_path=schema_path,
            smtp_port=ports.smtp,
        )
        path = workdir / "kratos.yml"
        path.write_text(text, encoding="utf-8")
        return path

    def _webauthn_config(self) -> str:
        if not self.webauthn_origin:
            return ""
        host = urlsplit(self.webauthn_origin).hostname or "localhost"
        rp = {"display_name": "ory-facade", "id": host, "origins": [self.webauthn_origin]}
        # Security keys as a second factor, passkeys as a first one; JSON is YAML, one line per method.
        webauthn = {"enabled": True, "config": {"passwordless": False, "rp": rp}}
        passkey = {"enabled": True, "config": {"rp": rp}}
        return f"    webauthn: {json.dumps(webauthn)}\n    passkey: {json.dumps(passkey)}"

    def _drain_log(self) -> None:
        process = self._process
        if process is None or process.stderr is None:
            return
        for raw in process.stderr:
            self._log_tail.append(raw.decode("utf-8", "replace").rstrip())
            del self._log_tail[:-200]

    def _wait_ready(self) -> None:
        assert self._http is not None
        deadline = time.monotonic() + self.start_timeout
        while time.monotonic() < deadline:
            process = self._process
            if process is None or process.poll() is not None:
                raise RealKratosUnavailable("`kratos serve` exited:\n" + "\n".join(self._log_tail[-30:]))
            with contextlib.suppress(httpx.HTTPError):
                public = self._http.get(self.public_url + "/health/ready")
                admin = self._http.get(self.admin_url + "/admin/health/ready")
                if public.status_code == 200 and admin.status_code == 200:
                    return
            time.sleep(0.05)
        raise RealKratosUnavailable(
            f"Kratos was not ready after {self.start_timeout:.0f} s:\n" + "\n".join(self._log_tail[-30:])
        )

    # --- addresses ----------------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._process is not None and self._process.poll() is None

    @property
    def public_url(self) -> str:
        return f"http://127.0.0.1:{self._ports.public}" if self._ports else ""

    @property
    def admin_url(self) -> str:
        return f"http://127.0.0.1:{self._ports.admin}" if self._ports else ""

    @property
    def api_key(self) -> str | None:
        """Self-hosted Kratos has no admin API key: the admin port is the boundary."""
        return None

    @property
    def log_tail(self) -> list[str]:
        """The last lines Kratos wrote to stderr (JSON log lines), for failure messages."""
        return list(self._log_tail)

    def version(self) -> str:
        """What ``kratos version`` prints."""
        if self.binary is None:
            raise RealKratosUnavailable("no Kratos binary: run `make kratos` or set KRATOS_BIN")
        done = subprocess.run(
            [str(self.binary), "version"], capture_output=True, timeout=30, check=True, env=self._env()
        )
        return (done.stdout + done.stderr).decode("utf-8", "replace")

    # --- state helpers, over Kratos' own HTTP APIs ------------------------------------------------------

    def _client(self) -> httpx.Client:
        if self._http is None:
            raise RealKratosUnavailable("RealKratos is not running: call start() or use it as a context")
        return self._http

    def _admin(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        return self._client().request(method, self.admin_url + path, **kwargs)

    def create_identity(
        self,
        email: str | None = None,
        password: str | None = None,
        *,
        traits: dict[str, Any] | None = None,
        verified: bool = False,
        state: str = "active",
        metadata_public: Any = None,
        metadata_admin: Any = None,
        external_id: str | None = None,
    ) -> dict[str, Any]:
        """Create an identity through ``POST /admin/identities`` and return its admin JSON.

        Raises ``ValueError`` with Kratos' reason when Kratos refuses it (a duplicate, a bad trait).
        """
        all_traits = dict(traits or {})
        if email is not None:
            all_traits["email"] = email
        body: dict[str, Any] = {"schema_id": "default", "traits": all_traits, "state": state}
        if password is not None:
            body["credentials"] = {"password": {"config": {"password": password}}}
        if verified and email:
            body["verifiable_addresses"] = [
                {"value": email, "verified": True, "via": "email", "status": "completed"}
            ]
        if metadata_public is not None:
            body["metadata_public"] = metadata_public
        if metadata_admin is not None:
            body["metadata_admin"] = metadata_admin
        if external_id is not None:
            body["external_id"] = external_id
        response = self._admin("POST", "/admin/identities", json=body)
        if response.status_code != 201:
            try:
                error = response.json().get("error", {})
                reason = error.get("reason") or error.get("message") or response.text[:200]
            except ValueError:
                reason = response.text[:200]
            raise ValueError(f"Kratos refused the identity ({response.status_code}): {reason}")
        identity: dict[str, Any] = response.json()
        return identity

    def identity(self, identity_id: str) -> dict[str, Any]:
        response = self._admin(
            "GET", f"/admin/identities/{identity_id}", params={"include_credential": "password"}
        )
        if response.status_code == 404:
            raise KeyError(identity_id)
        response.raise_for_status()
        found: dict[str, Any] = response.json()
        return found

    def identities(self) -> list[dict[str, Any]]:
        response = self._admin("GET", "/admin/identities", params={"page_size": 1000})
        response.raise_for_status()
        found: list[dict[str, Any]] = response.json()
        return found

    def delete_all_identities(self) -> int:
        """Delete every identity (their sessions and credentials go with them); returns how many."""
        deleted = 0
        for _ in range(1000):
            batch = self.identities()
            if not batch:
                break
            for identity in batch:
                self._admin("DELETE", f"/admin/identities/{identity['id']}")
                deleted += 1
        return deleted

    def create_session(self, identity_id: str, *, password: str | None = None) -> IssuedSession:
        """A session for an identity, by a native password login (Kratos has no admin call for it).

        The identity needs a password: pass it, or create the identity with one through
        :meth:`create_identity` and pass that.
        """
        if password is None:
            raise ValueError("RealKratos.create_session needs the identity's password")
        identity = self.identity(identity_id)
        email = identity.get("traits", {}).get("email")
        client = self._client()
        flow = client.get(self.public_url + "/self-service/login/api").json()
        response = client.post(
            self.public_url + f"/self-service/login?{urlencode({'flow': flow['id']})}",
            json={"method": "password", "identifier": email, "password": password},
        )
        if response.status_code != 200:
            raise ValueError(f"Kratos refused the login ({response.status_code})")
        body = response.json()
        token = body["session_token"]
        session = body["session"]
        whoami = client.get(self.public_url + "/sessions/whoami", headers={"X-Session-Token": token})
        whoami.raise_for_status()
        # A native login yields a token only; a test that needs a cookie signs in through a browser flow.
        return IssuedSession(session["id"], identity_id, token, self.session_cookie_name, "")

    def courier_messages(self, recipient: str | None = None) -> list[CourierMessage]:
        """Messages Kratos queued, oldest first (read through ``GET /admin/courier/messages``)."""
        params: dict[str, Any] = {"page_size": 500}
        if recipient is not None:
            params["recipient"] = recipient.strip().lower()
        messages: list[dict[str, Any]] = []
        page_token: str | None = None
        for _ in range(100):
            if page_token:
                params["page_token"] = page_token
            response = self._admin("GET", "/admin/courier/messages", params=params)
            response.raise_for_status()
            messages.extend(response.json())
            page_token = _next_page_token(response)
            if not page_token:
                break
        messages.sort(key=lambda m: str(m.get("created_at", "")))
        return [_courier_message(m) for m in messages]

    def last_code_for(self, email: str) -> str:
        """The code in the newest message to ``email``; :class:`LookupError` when there is none."""
        for message in reversed(self.courier_messages(email)):
            if message.code:
                return message.code
        raise LookupError(f"no code was sent to {email}")


def _next_page_token(response: httpx.Response) -> str | None:
    """The ``page_token`` of the ``Link: <...>; rel="next"`` URL (httpx parses the header)."""
    url = response.links.get("next", {}).get("url")
    token = parse_qs(urlsplit(url).query).get("page_token") if url else None
    return token[0] if token else None


_CODE = re.compile(r"(?<![0-9])([0-9]{6})(?![0-9])")


def _courier_message(raw: Mapping[str, Any]) -> CourierMessage:
    body = str(raw.get("body") or "")
    found = _CODE.search(body)
    return CourierMessage(
        id=str(raw.get("id", "")),
        recipient=str(raw.get("recipient", "")),
        subject=str(raw.get("subject", "")),
        body=body,
        template_type=str(raw.get("template_type", "")),
        created_at=_parse_time(raw.get("created_at")),
        updated_at=_parse_time(raw.get("updated_at")),
        code=found.group(1) if found else None,
        status=str(raw.get("status", "")),
        type=str(raw.get("type", "")),
        send_count=int(raw.get("send_count") or 0),
    )


def _parse_time(value: Any) -> datetime:
    try:
        return datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        return datetime.fromtimestamp(0, tz=UTC)

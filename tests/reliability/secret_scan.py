"""A pytest plugin that fails the session if any secret shows up in logs, errors or failure reports.

For the whole test session it

- collects every secret the fake Kratos issued or received: API key, session tokens, session and CSRF cookie
  values, masked CSRF tokens, logout tokens, recovery/verification codes, recovery link tokens, TOTP secrets,
  password hashes, and the passwords, codes, tokens and cookies that arrived in requests (the fake keeps
  these only in its state, which each test resets, so they are harvested as they pass); tests may add their
  own with :func:`declare_secret`;
- captures every log record (a DEBUG handler on the root logger and on ``ory_facade``, whose level is set to
  DEBUG), the ``str``/``repr`` of exceptions tests hand to :func:`record_exception`, and the report text of
  every failed test (traceback, exception ``str``/``repr``, captured output);
- at the end, scans the captured text for every secret (also URL-encoded) and fails the session when one
  appears, naming where (never printing the secret itself).

Enable it from the root ``tests/conftest.py``::

    pytest_plugins = ["reliability.secret_scan"]
"""

from __future__ import annotations

import contextlib
import json
import logging
import re
import threading
import time
import weakref
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs, quote, quote_plus, urlsplit

import pytest

__all__ = [
    "CaptureHandler",
    "Leak",
    "SecretRegistry",
    "declare_secret",
    "find_leaks",
    "isolated_capture",
    "record_exception",
    "record_text",
]

#: Field names whose string values are secrets (request bodies, responses, UI node names).
SECRET_FIELDS = frozenset(
    {
        "password",
        "session_token",
        "ory_session_token",
        "token",
        "logout_token",
        "csrf_token",
        "code",
        "totp_code",
        "lookup_secret",
        "recovery_code",
        "session_token_exchange_code",
        "hashed_password",
        "secret",
        "api_key",
        "tokenized",
        "totp_secret_key",
    }
)
#: Shorter values are not tracked (too likely to occur by chance); issued one-time codes are the exception.
MIN_LENGTH = 8
CODE_LENGTH = 6
#: Below this length a match must not touch letters or digits on either side (``123456`` inside a UUID).
_BOUNDED_BELOW = 16
_ANCHOR = CODE_LENGTH
_WORD = re.compile(r"[A-Za-z0-9]")


# --- the registry of secrets --------------------------------------------------------------------------
class SecretRegistry:
    """Thread-safe set of secrets, each with the kind of the first sighting."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._secrets: dict[str, str] = {}

    def add(self, value: Any, kind: str, *, min_length: int = MIN_LENGTH) -> None:
        if not isinstance(value, str):
            return
        value = value.strip()
        if len(value) < min_length:
            return
        with self._lock:
            self._secrets.setdefault(value, kind)

    def snapshot(self) -> dict[str, str]:
        with self._lock:
            return dict(self._secrets)

    def __len__(self) -> int:
        with self._lock:
            return len(self._secrets)


# --- capture ------------------------------------------------------------------------------------------
class Capture:
    """Distinct captured strings with where each was first seen, plus counters."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.texts: dict[str, str] = {}
        self.records = 0
        self.exceptions = 0
        self.failures = 0
        self.current_test = "(collection)"

    def add(self, text: str, origin: str) -> None:
        if not text:
            return
        with self._lock:
            self.texts.setdefault(text, f"{origin} in {self.current_test}")


class CaptureHandler(logging.Handler):
    """Keeps the rendered message (and traceback) of every record it sees, once per distinct text."""

    def __init__(self, capture: Capture) -> None:
        super().__init__(logging.DEBUG)
        self.capture = capture
        self._seen: weakref.WeakSet[logging.LogRecord] = weakref.WeakSet()
        self._seen_lock = threading.Lock()

    def emit(self, record: logging.LogRecord) -> None:
        with self._seen_lock:  # the handler sits on two loggers: count a propagated record once
            if record in self._seen:
                return
            self._seen.add(record)
        try:
            text = record.getMessage()
        except Exception as exc:  # a broken format string must not hide the arguments
            text = f"{record.msg!r} % {record.args!r} ({type(exc).__name__})"
        if record.exc_info:
            text += "\n" + logging.Formatter().formatException(record.exc_info)
        if record.stack_info:
            text += "\n" + record.stack_info
        self.capture.records += 1
        self.capture.add(text, f"log record {record.name}:{record.levelname}")


# --- scanning -----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Leak:
    kind: str
    secret: str
    origin: str
    context: str

    def describe(self) -> str:
        masked = f"{self.secret[:3]}…({len(self.secret)} chars)"
        return f"{self.kind} {masked} found in {self.origin}: …{self.context}…"


def _variants(secret: str) -> set[str]:
    return {secret, quote(secret, safe=""), quote_plus(secret), json.dumps(secret)[1:-1]}


def find_leaks(
    secrets: Mapping[str, str], texts: Mapping[str, str] | Iterable[tuple[str, str]]
) -> list[Leak]:
    """Every (secret, text) pair where the secret, or its URL/JSON-encoded form, occurs in the text.

    ``secrets`` maps each secret to its kind, ``texts`` each captured text to where it came from. One pass
    over the text with a hash of ``_ANCHOR``-character prefixes, so the cost does not grow with the number
    of secrets. Short secrets (codes) count only when not glued to other letters or digits.
    """
    anchors: dict[str, list[tuple[str, str, str]]] = {}
    for secret, kind in secrets.items():
        for needle in _variants(secret):
            if len(needle) >= _ANCHOR:
                anchors.setdefault(needle[:_ANCHOR], []).append((needle, secret, kind))
    leaks: dict[tuple[str, str], Leak] = {}
    items = texts.items() if isinstance(texts, Mapping) else texts
    for text, origin in items:
        end = len(text) - _ANCHOR + 1
        for i in range(max(end, 0)):
            candidates = anchors.get(text[i : i + _ANCHOR])
            if not candidates:
                continue
            for needle, secret, kind in candidates:
                if not text.startswith(needle, i):
                    continue
                stop = i + len(needle)
                if len(needle) < _BOUNDED_BELOW and (
                    (i > 0 and _WORD.match(text[i - 1])) or (stop < len(text) and _WORD.match(text[stop]))
                ):
                    continue
                context = text[max(0, i - 40) : i] + "<SECRET>" + text[stop : stop + 40]
                leaks.setdefault((secret, origin), Leak(kind, secret, origin, context.replace("\n", " ")))
    return list(leaks.values())


# --- session state ------------------------------------------------------------------------------------
REGISTRY = SecretRegistry()
CAPTURE = Capture()


def declare_secret(value: str, kind: str = "test secret") -> str:
    """Add a test's own secret to the scan (any length); returns it for convenience."""
    REGISTRY.add(value, kind, min_length=1)
    return value


def record_text(text: str, origin: str = "recorded text") -> None:
    """Add text (a rendered page, an error message) to what is scanned at the end of the session."""
    CAPTURE.add(text, origin)


def record_exception(exc: BaseException, origin: str | None = None) -> None:
    """Scan ``str(exc)`` and ``repr(exc)`` at the end of the session, and the ``str`` of each exception in its
    ``__cause__``/``__context__`` chain (what a logged traceback shows)."""
    where = origin or f"exception {type(exc).__name__}"
    CAPTURE.exceptions += 1
    CAPTURE.add(repr(exc), f"repr() of {where}")
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        CAPTURE.add(str(current), f"str() of {where}" if current is exc else f"str() of the cause of {where}")
        current = current.__cause__ or current.__context__


@contextlib.contextmanager
def isolated_capture(level: int = logging.DEBUG) -> Iterator[Capture]:
    """Capture every log record (root logger at ``level``) into a fresh :class:`Capture`, away from the
    session-wide one: for tests that provoke a leak on purpose."""
    root, ory_logger = logging.getLogger(), logging.getLogger("ory_facade")
    local = Capture()
    local.current_test = CAPTURE.current_test
    handler = CaptureHandler(local)
    saved = (root.level, ory_logger.level)
    for logger in (root, ory_logger):
        logger.removeHandler(_HANDLER)
        logger.addHandler(handler)
    root.setLevel(level)
    ory_logger.setLevel(level)
    try:
        yield local
    finally:
        for logger in (root, ory_logger):
            logger.removeHandler(handler)
            logger.addHandler(_HANDLER)
        root.setLevel(saved[0])
        ory_logger.setLevel(saved[1])


# --- harvesting from the fake Kratos ------------------------------------------------------------------
def harvest_json(value: Any, kind: str, registry: SecretRegistry = REGISTRY, depth: int = 0) -> None:
    """Secrets in a JSON value: fields named like secrets, secret UI inputs, ``token=`` in URLs."""
    if depth > 40:
        return
    if isinstance(value, Mapping):
        name = value.get("name")
        if name in SECRET_FIELDS and isinstance(value.get("value"), str):
            registry.add(value["value"], f"{kind} ui {name}")
        for key, item in value.items():
            if key in SECRET_FIELDS and isinstance(item, str):
                registry.add(item, f"{kind} {key}")
            else:
                harvest_json(item, kind, registry, depth + 1)
    elif isinstance(value, list):
        for item in value:
            harvest_json(item, kind, registry, depth + 1)
    elif isinstance(value, str) and ("=" in value and "?" in value):
        harvest_query(value, kind, registry)


def harvest_query(url: str, kind: str, registry: SecretRegistry = REGISTRY) -> None:
    try:
        query = parse_qs(urlsplit(url).query)
    except ValueError:
        return
    for key, values in query.items():
        if key in SECRET_FIELDS:
            for item in values:
                registry.add(item, f"{kind} query {key}")


def harvest_cookie_header(header: str, kind: str, registry: SecretRegistry = REGISTRY) -> None:
    for part in header.split(";"):
        _, sep, value = part.strip().partition("=")
        if sep:
            registry.add(value.strip('"'), kind)


def _harvest_request(req: Any) -> None:
    headers = req.headers
    for cookie in headers.get_all("Cookie"):
        harvest_cookie_header(cookie, "cookie received")
    REGISTRY.add(headers.get("X-Session-Token"), "session token received")
    REGISTRY.add(headers.get("X-CSRF-Token"), "CSRF token received")
    _, _, credential = headers.get("Authorization").partition(" ")
    REGISTRY.add(credential, "Authorization received")
    for key, values in req.query.items():
        if key in SECRET_FIELDS:
            for item in values:
                REGISTRY.add(item, f"query {key} received")
    if req.body:
        try:
            body: Any = json.loads(req.body)
        except ValueError:
            body = {k: v[-1] for k, v in parse_qs(req.body.decode("utf-8", "replace")).items()}
        harvest_json(body, "received")


def _harvest_response(response: Any) -> None:
    for key, value in response.headers:
        if key.lower() == "set-cookie":
            harvest_cookie_header(value.split(";", 1)[0], "Set-Cookie sent")
        elif key.lower() == "location":
            harvest_query(value, "redirect sent")
    payload = response.payload
    if payload is None and response.body:
        try:
            payload = json.loads(response.body)
        except ValueError:
            payload = None
    harvest_json(payload, "sent")


#: Origins of the real Kratos servers started in this session (the fake is harvested from the inside).
REAL_ORIGINS: set[str] = set()


def _harvest_httpx(response: Any) -> None:
    """What the facade sent to and got from a real Kratos (which has no hook of ours inside).

    Only real servers: mock transports and fault servers answer with made-up or mutated payloads whose
    "secrets" are not secrets (a mutated ``recovery_code`` copied into an echoed field, say).
    """
    request = response.request
    if f"{request.url.scheme}://{request.url.host}:{request.url.port}" not in REAL_ORIGINS:
        return
    for cookie in request.headers.get_list("cookie"):
        harvest_cookie_header(cookie, "cookie sent to Kratos")
    REGISTRY.add(request.headers.get("x-session-token"), "session token sent to Kratos")
    if request.content:
        try:
            body: Any = json.loads(request.content)
        except ValueError:
            body = {k: v[-1] for k, v in parse_qs(request.content.decode("utf-8", "replace")).items()}
        harvest_json(body, "sent to Kratos")
    for value in response.headers.get_list("set-cookie"):
        harvest_cookie_header(value.split(";", 1)[0], "Set-Cookie from Kratos")
    location = response.headers.get("location")
    if location:
        harvest_query(location, "redirect from Kratos")
    if response.headers.get("content-type", "").startswith("application/json"):
        harvest_json(json.loads(response.content), "answer from Kratos")


def sweep_fake(fake: Any) -> None:
    """Every secret held in a fake's state right now (before a reset forgets them)."""
    app = fake.app
    with app.lock:
        REGISTRY.add(app.config.api_key, "API key")
        state = app.state
        for session in state.sessions.values():
            REGISTRY.add(session.token, "session token")
            REGISTRY.add(session.cookie_value, "session cookie")
            REGISTRY.add(session.logout_token, "logout token")
        for flow in state.flows.values():
            REGISTRY.add(flow.csrf_secret, "CSRF cookie")
            harvest_json(flow.ui, "flow")
            harvest_json(flow.continue_with, "flow continue_with")
        for code in state.codes:
            REGISTRY.add(code.code, "one-time code", min_length=CODE_LENGTH)
        for token in state.links:
            REGISTRY.add(token, "recovery link token")
        for message in state.messages:
            REGISTRY.add(message.code, "courier code", min_length=CODE_LENGTH)
        for identity in state.identities.values():
            REGISTRY.add(identity.totp_secret, "TOTP secret")
            REGISTRY.add(identity.password_hash, "password hash")


class _Patches:
    """Wraps the fake's entry points to harvest secrets as they are made or pass through."""

    def __init__(self) -> None:
        self._undo: list[Callable[[], None]] = []
        self.fakes: weakref.WeakSet[Any] = weakref.WeakSet()

    def _wrap(self, owner: Any, name: str, make: Callable[[Any], Any]) -> None:
        original = getattr(owner, name)
        setattr(owner, name, make(original))
        self._undo.append(lambda: setattr(owner, name, original))

    def install(self) -> None:
        try:
            from ory_facade.testing import csrf
            from ory_facade.testing.app import KratosApp
            from ory_facade.testing.server import FakeKratos
        except ImportError:  # pragma: no cover - the fake is part of the package
            return
        fakes = self.fakes

        def handle(original: Any) -> Any:
            def wrapper(self: Any, admin_port: bool, req: Any) -> Any:
                _quietly(_harvest_request, req)
                result = original(self, admin_port, req)
                _quietly(_harvest_response, result[0])
                return result

            return wrapper

        def new_session(original: Any) -> Any:
            def wrapper(self: Any, *args: Any, **kwargs: Any) -> Any:
                session = original(self, *args, **kwargs)
                REGISTRY.add(session.token, "session token")
                REGISTRY.add(session.cookie_value, "session cookie")
                REGISTRY.add(session.logout_token, "logout token")
                return session

            return wrapper

        def new_code(original: Any) -> Any:
            def wrapper(self: Any) -> Any:
                code = original(self)
                REGISTRY.add(code, "one-time code", min_length=CODE_LENGTH)
                return code

            return wrapper

        def generated(kind: str) -> Callable[[Any], Any]:
            def make(original: Any) -> Any:
                def wrapper(*args: Any, **kwargs: Any) -> Any:
                    value = original(*args, **kwargs)
                    REGISTRY.add(value, kind)
                    return value

                return wrapper

            return make

        def create_identity(original: Any) -> Any:
            def wrapper(self: Any, *args: Any, **kwargs: Any) -> Any:
                password = kwargs.get("password", args[1] if len(args) > 1 else None)
                REGISTRY.add(password, "password (helper)")
                REGISTRY.add(kwargs.get("totp_secret"), "TOTP secret")
                doc = original(self, *args, **kwargs)
                harvest_json(doc.get("credentials"), "identity credentials")
                return doc

            return wrapper

        def start(original: Any) -> Any:
            def wrapper(self: Any) -> Any:
                fakes.add(self)
                REGISTRY.add(self.api_key, "API key")
                return original(self)

            return wrapper

        def sweeping(original: Any) -> Any:
            def wrapper(self: Any, *args: Any, **kwargs: Any) -> Any:
                _quietly(sweep_fake, self)
                return original(self, *args, **kwargs)

            return wrapper

        def transport_send(original: Any) -> Any:
            def wrapper(self: Any, *args: Any, **kwargs: Any) -> Any:
                response = original(self, *args, **kwargs)
                _quietly(_harvest_httpx, response)
                return response

            return wrapper

        def real_create_session(original: Any) -> Any:
            def wrapper(self: Any, *args: Any, **kwargs: Any) -> Any:
                REGISTRY.add(kwargs.get("password"), "password (helper)")
                issued = original(self, *args, **kwargs)
                REGISTRY.add(issued.token, "session token (real Kratos)")
                return issued

            return wrapper

        def real_start(original: Any) -> Any:
            def wrapper(self: Any) -> Any:
                started = original(self)
                REAL_ORIGINS.update((self.public_url, self.admin_url))
                return started

            return wrapper

        from ory_facade._transport import Transport
        from ory_facade.testing.real import RealKratos

        self._wrap(RealKratos, "start", real_start)

        self._wrap(Transport, "send", transport_send)
        self._wrap(RealKratos, "create_identity", create_identity)
        self._wrap(RealKratos, "create_session", real_create_session)
        self._wrap(KratosApp, "handle", handle)
        self._wrap(KratosApp, "new_session", new_session)
        self._wrap(KratosApp, "new_code", new_code)
        self._wrap(csrf, "new_secret", generated("CSRF cookie"))
        self._wrap(csrf, "mask", generated("CSRF token"))
        self._wrap(FakeKratos, "create_identity", create_identity)
        self._wrap(FakeKratos, "start", start)
        self._wrap(FakeKratos, "reset", sweeping)
        self._wrap(FakeKratos, "stop", sweeping)

    def sweep_all(self) -> None:
        for fake in list(self.fakes):
            _quietly(sweep_fake, fake)

    def uninstall(self) -> None:
        while self._undo:
            self._undo.pop()()


def _quietly(function: Callable[[Any], None], argument: Any) -> None:
    """Harvesting must never change what the fake does: errors here are swallowed."""
    with contextlib.suppress(Exception):
        function(argument)


# --- pytest hooks -------------------------------------------------------------------------------------
_PATCHES = _Patches()
_HANDLER = CaptureHandler(CAPTURE)
_SAVED_LEVEL: list[int] = []
_RESULT: list[list[Leak]] = []
_SCAN_SECONDS: list[float] = []


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "secret_scan_exempt: failures of this test are not scanned")
    _PATCHES.install()
    ory_logger = logging.getLogger("ory_facade")
    _SAVED_LEVEL.append(ory_logger.level)
    ory_logger.setLevel(logging.DEBUG)
    ory_logger.addHandler(_HANDLER)
    logging.getLogger().addHandler(_HANDLER)


def pytest_unconfigure(config: pytest.Config) -> None:
    logging.getLogger().removeHandler(_HANDLER)
    ory_logger = logging.getLogger("ory_facade")
    ory_logger.removeHandler(_HANDLER)
    if _SAVED_LEVEL:
        ory_logger.setLevel(_SAVED_LEVEL.pop())
    _PATCHES.uninstall()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_protocol(item: pytest.Item, nextitem: pytest.Item | None) -> Any:
    CAPTURE.current_test = item.nodeid
    try:
        return (yield)
    finally:
        CAPTURE.current_test = "(between tests)"


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Any:
    report = yield
    if report.failed and item.get_closest_marker("secret_scan_exempt") is None:
        CAPTURE.failures += 1
        CAPTURE.add(report.longreprtext, f"failure report ({report.when})")
        for title, content in report.sections:
            CAPTURE.add(content, f"failure section {title!r}")
        if call.excinfo is not None:
            record_exception(call.excinfo.value, f"failure of {item.nodeid}")
    return report


def scan() -> list[Leak]:
    _PATCHES.sweep_all()
    return find_leaks(REGISTRY.snapshot(), dict(CAPTURE.texts))


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    started = time.perf_counter()
    leaks = scan()
    _SCAN_SECONDS.append(time.perf_counter() - started)
    _RESULT.append(leaks)
    if leaks and session.exitstatus == 0:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


def pytest_terminal_summary(terminalreporter: Any, exitstatus: int, config: pytest.Config) -> None:
    leaks = _RESULT[-1] if _RESULT else []
    kinds: dict[str, int] = {}
    for kind in REGISTRY.snapshot().values():
        kinds[kind] = kinds.get(kind, 0) + 1
    seconds = _SCAN_SECONDS[-1] if _SCAN_SECONDS else 0.0
    summary = (
        f"secret scan: {len(REGISTRY)} distinct secrets; {CAPTURE.records} log records, "
        f"{CAPTURE.exceptions} recorded exceptions, {CAPTURE.failures} failure reports "
        f"({len(CAPTURE.texts)} distinct strings) scanned in {seconds:.1f} s"
    )
    if config.get_verbosity() > 0:
        top = sorted(kinds.items(), key=lambda item: -item[1])
        terminalreporter.line("secret scan, secrets by kind: " + ", ".join(f"{k} {n}" for k, n in top))
    if leaks:
        terminalreporter.section("secret scan: LEAKS", sep="=", red=True, bold=True)
        for leak in leaks[:50]:
            terminalreporter.line(leak.describe(), red=True)
        if len(leaks) > 50:
            terminalreporter.line(f"... and {len(leaks) - 50} more")
        terminalreporter.line(summary + f": {len(leaks)} leak(s)", red=True, bold=True)
    else:
        terminalreporter.line(summary + ": no leaks")

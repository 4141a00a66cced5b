"""Faults: every way Kratos (or what stands in front of it) can fail ends in the documented ``OryError``.

Each case runs against a scripted loopback server (``faultserver.py``) or the fake Kratos' fault switches and
checks three things: the exception class (``errors.py`` docstring), the number of attempts the server saw
(retries only where repeating is safe, bounded by ``max_retries``), and that the call returned within its
timeout budget plus a generous margin (a bound on hanging, not a speed target).
"""

from __future__ import annotations

import email.utils
import errno
import functools
import socket
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import pytest

from ory_facade import (
    OryAPIError,
    OryClient,
    OryConnectionError,
    OryError,
    OryResponseError,
    OryTimeoutError,
    RateLimitedError,
    ServerError,
)
from ory_facade._constants import INITIAL_RETRY_DELAY, MAX_RETRY_AFTER, MAX_RETRY_DELAY, RETRY_JITTER
from ory_facade.testing import FakeKratos

from .conftest import MARGIN, TIMEOUT, ConnectAttempts, Sleeps
from .faultserver import (
    Action,
    FaultServer,
    close,
    hang,
    raw,
    refused_url,
    reset,
    reset_mid_body,
    respond,
    trickle,
    truncated,
)
from .payloads import session_payload
from .secret_scan import declare_secret, record_exception

Serve = Callable[..., FaultServer]
ClientFor = Callable[..., tuple[OryClient, Sleeps]]

TOKEN = declare_secret("ory_st_faultsFaultsFaults0123456789", "session token (faults)")
FLOW_ID = "5a3c58a4-6c0c-4f7a-9a57-2f4a2f0f1b61"
IDENTITY_ID = "0d9d6e6b-8a4e-4d61-9d0c-5c7a8c0d1e2f"
HTML_502 = b"<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>"
HTML_503 = b"<html><body><h1>503 Service Temporarily Unavailable</h1><hr>nginx</body></html>"


def envelope(status: int, reason: str = "upstream trouble", error_id: str | None = None) -> dict[str, Any]:
    error: dict[str, Any] = {"code": status, "status": "x", "reason": reason, "message": "m"}
    if error_id:
        error["id"] = error_id
    return {"error": error}


@contextmanager
def bounded(seconds: float) -> Iterator[None]:
    """Fail if the block (exception or not) took ``seconds`` + ``MARGIN`` or more."""
    started = time.monotonic()
    try:
        yield
    finally:
        elapsed = time.monotonic() - started
        assert elapsed < seconds + MARGIN, f"took {elapsed:.2f} s, bound {seconds + MARGIN:.2f} s"


def expect(exc_type: type[OryError], call: Callable[[], Any], *, budget: float) -> OryError:
    """Run ``call``; it must raise ``exc_type`` within ``budget`` (+ margin). The error is recorded for the
    suite-wide secret scan."""
    with bounded(budget), pytest.raises(exc_type) as caught:
        call()
    record_exception(caught.value)
    return caught.value


# --- the fault table: a GET (whoami) against scripted answers -------------------------------------------
@dataclass(frozen=True)
class Fault:
    name: str
    action: Callable[[], Action]
    exc: type[OryError]
    retried: bool
    exact: bool = False  # exc must be exactly this class, not a subclass (e.g. not OryTimeoutError)
    status: int | None = None


FAULTS = [
    Fault("read timeout (accepts, never answers)", hang, OryTimeoutError, True),
    Fault("closed without an answer", close, OryConnectionError, True, exact=True),
    Fault("reset before the answer", reset, OryConnectionError, True, exact=True),
    Fault("reset in the middle of the body", reset_mid_body, OryConnectionError, True, exact=True),
    Fault("truncated body (Content-Length > sent)", truncated, OryConnectionError, True, exact=True),
    Fault(
        "HTML 502 from a proxy",
        lambda: respond(502, HTML_502, content_type="text/html"),
        ServerError,
        True,
        status=502,
    ),
    Fault(
        "HTML 503 from a proxy",
        lambda: respond(503, HTML_503, content_type="text/html"),
        ServerError,
        True,
        status=503,
    ),
    Fault(
        "500 with the Kratos envelope", lambda: respond(500, envelope(500)), ServerError, False, status=500
    ),
    Fault("503 with the Kratos envelope", lambda: respond(503, envelope(503)), ServerError, True, status=503),
    Fault("504 with the Kratos envelope", lambda: respond(504, envelope(504)), ServerError, True, status=504),
    Fault("429 without Retry-After", lambda: respond(429, envelope(429)), RateLimitedError, True, status=429),
    Fault("status 299", lambda: respond(299, session_payload()), OryResponseError, False, status=299),
    Fault("status 599", lambda: respond(599, b"?"), ServerError, False, status=599),
    Fault("status 999", lambda: respond(999, envelope(999)), ServerError, False, status=999),
    Fault("status 418 (plain JSON)", lambda: respond(418, {"x": 1}), OryAPIError, False, status=418),
    Fault(
        "HTML 200 where JSON was expected",
        lambda: respond(200, b"<html><body>Welcome</body></html>", content_type="text/html"),
        OryResponseError,
        False,
        status=200,
    ),
    Fault("empty 200", lambda: respond(200, b""), OryResponseError, False, status=200),
    Fault("204 where JSON was expected", lambda: respond(204), OryResponseError, False, status=204),
    Fault(
        "JSON of the wrong shape (a list)",
        lambda: respond(200, [1, 2, 3]),
        OryResponseError,
        False,
        status=200,
    ),
    Fault(
        "Content-Encoding gzip over plain bytes",
        lambda: respond(200, b'{"id": "x"}', headers=[("Content-Encoding", "gzip")]),
        OryResponseError,
        False,
    ),
    Fault(
        "malformed status line",
        lambda: raw(b"HTTP/1.1 OK-ish\r\nContent-Length: 0\r\n\r\n"),
        OryConnectionError,
        True,
        exact=True,
    ),
    Fault(
        "broken chunked encoding",
        lambda: raw(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nnope\r\n"),
        OryConnectionError,
        True,
        exact=True,
    ),
    Fault(
        "100 KB of response headers",
        lambda: respond(200, session_payload(), headers=[("X-Junk", "j" * 100_000)]),
        OryConnectionError,
        True,
        exact=True,
    ),
    Fault("not HTTP at all", lambda: raw(b"SSH-2.0-OpenSSH_9.6\r\n"), OryConnectionError, True, exact=True),
]


@pytest.mark.parametrize("fault", FAULTS, ids=[f.name for f in FAULTS])
def test_fault_on_an_idempotent_read(fault: Fault, serve: Serve, client_for: ClientFor) -> None:
    server = serve(fault.action())
    client, sleeps = client_for(server.url, max_retries=2)
    attempts = 3 if fault.retried else 1
    error = expect(fault.exc, lambda: client.whoami(session_token=TOKEN), budget=attempts * TIMEOUT)
    if fault.exact:
        assert type(error) is fault.exc
    if fault.status is not None:
        assert getattr(error, "status", None) == fault.status
    assert server.request_count == attempts
    assert len(sleeps) == attempts - 1


@pytest.mark.parametrize("fault", FAULTS, ids=[f.name for f in FAULTS])
def test_fault_with_retries_disabled(fault: Fault, serve: Serve, client_for: ClientFor) -> None:
    server = serve(fault.action())
    client, sleeps = client_for(server.url, max_retries=0)
    expect(fault.exc, lambda: client.whoami(session_token=TOKEN), budget=TIMEOUT)
    assert server.request_count == 1
    assert sleeps == []


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
def test_redirect_is_reported_not_followed(status: int, serve: Serve, client_for: ClientFor) -> None:
    elsewhere = serve(respond(200, session_payload()))
    server = serve(respond(status, b"", headers=[("Location", f"{elsewhere.url}/login?flow=abc")]))
    client, _ = client_for(server.url, max_retries=2)
    error = expect(OryResponseError, lambda: client.whoami(session_token=TOKEN), budget=TIMEOUT)
    assert error.status == status  # type: ignore[attr-defined]
    assert "redirect" in str(error)
    assert server.request_count == 1
    assert elsewhere.request_count == 0  # the redirect target was never contacted


def test_json_with_a_text_plain_content_type_is_accepted(serve: Serve, client_for: ClientFor) -> None:
    # Documented leniency: the facade reads the body as JSON whatever the Content-Type says, because a proxy
    # rewriting the header must not break a valid Kratos answer; a non-JSON body still fails (above).
    server = serve(respond(200, session_payload(identity_id=IDENTITY_ID), content_type="text/plain"))
    client, _ = client_for(server.url)
    assert client.whoami(session_token=TOKEN).identity.id == IDENTITY_ID  # type: ignore[union-attr]


def test_a_5xx_envelope_keeps_the_kratos_fields(serve: Serve, client_for: ClientFor) -> None:
    body = envelope(500, "database unreachable", error_id="internal_database_error")
    body["error"]["request"] = "req-42"
    server = serve(respond(500, body))
    client, _ = client_for(server.url)
    error = expect(ServerError, lambda: client.whoami(session_token=TOKEN), budget=TIMEOUT)
    assert isinstance(error, ServerError)
    assert (error.status, error.error_id, error.request_id) == (500, "internal_database_error", "req-42")
    assert str(error) == "[req-42] database unreachable (internal_database_error)"


# --- faults before any answer: refused, DNS, connect timeout --------------------------------------------
def test_connection_refused(client_for: ClientFor, connect_attempts: ConnectAttempts) -> None:
    url, holder = refused_url()
    with holder:
        client, sleeps = client_for(url, max_retries=2)
        error = expect(OryConnectionError, lambda: client.whoami(session_token=TOKEN), budget=3 * TIMEOUT)
        assert type(error) is OryConnectionError
        assert connect_attempts.count == 3 and len(sleeps) == 2
        connect_attempts.count = 0
        no_retry, _ = client_for(url, max_retries=0)
        expect(OryConnectionError, lambda: no_retry.whoami(session_token=TOKEN), budget=TIMEOUT)
        assert connect_attempts.count == 1


@pytest.fixture
def no_dns(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Resolve ``*.invalid`` to "no such host" locally: a real lookup would query a non-loopback resolver."""
    asked: list[str] = []
    original = socket.getaddrinfo

    def getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
        if isinstance(host, str) and host.endswith(".invalid"):
            asked.append(host)
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return original(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    return asked


def test_dns_failure(no_dns: list[str], client_for: ClientFor) -> None:
    client, sleeps = client_for("http://nonexistent.invalid", max_retries=2)
    error = expect(OryConnectionError, lambda: client.whoami(session_token=TOKEN), budget=3 * TIMEOUT)
    assert type(error) is OryConnectionError
    assert no_dns == ["nonexistent.invalid"] * 3 and len(sleeps) == 2


def _loopback_resolver_only() -> bool:
    try:
        with open("/etc/resolv.conf") as handle:
            servers = [ln.split()[1] for ln in handle if ln.startswith("nameserver") and len(ln.split()) > 1]
    except OSError:
        return True
    return all(s.startswith("127.") or s == "::1" for s in servers)


@pytest.mark.skipif(
    not _loopback_resolver_only(),
    reason="the system resolver is not on loopback; a real lookup of nonexistent.invalid would leave the "
    "machine (test_dns_failure covers the same path with a local resolver stub)",
)
def test_dns_failure_with_the_real_resolver(client_for: ClientFor) -> None:  # pragma: no cover - env
    client, _ = client_for("http://nonexistent.invalid", max_retries=0)
    expect(OryConnectionError, lambda: client.whoami(session_token=TOKEN), budget=10)


@pytest.fixture
def full_backlog() -> Iterator[str]:
    """A loopback port whose accept queue is full, so a new connect hangs in SYN_SENT."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(0)
    port = listener.getsockname()[1]
    fillers = []
    for _ in range(4):
        filler = socket.socket()
        filler.setblocking(False)
        try:
            filler.connect(("127.0.0.1", port))
        except (BlockingIOError, OSError) as exc:
            if getattr(exc, "errno", errno.EINPROGRESS) not in (errno.EINPROGRESS, errno.EAGAIN):
                raise
        fillers.append(filler)
    time.sleep(0.05)
    probe = socket.socket()
    probe.settimeout(0.3)
    try:
        probe.connect(("127.0.0.1", port))
        reproducible = False
    except (TimeoutError, OSError):
        reproducible = True
    finally:
        probe.close()
    try:
        if not reproducible:
            pytest.skip(
                "this kernel accepts connections beyond a full backlog; no connect timeout to provoke"
            )
        yield f"http://127.0.0.1:{port}"
    finally:
        for filler in fillers:
            filler.close()
        listener.close()


def test_connect_timeout(full_backlog: str, client_for: ClientFor, connect_attempts: ConnectAttempts) -> None:
    client, sleeps = client_for(full_backlog, max_retries=2, timeout=0.3)
    error = expect(OryTimeoutError, lambda: client.whoami(session_token=TOKEN), budget=3 * 0.3)
    assert "ConnectTimeout" in str(error)
    assert connect_attempts.count == 3 and len(sleeps) == 2


def test_a_slow_loris_answer_is_cut_at_the_timeout(serve: Serve, client_for: ClientFor) -> None:
    server = serve(trickle(b" " * 40 + b"{}", every=0.05))  # 2.1 s in all, never 0.3 s without a byte
    client, _ = client_for(server.url, max_retries=0, timeout=0.3)
    started = time.monotonic()
    with pytest.raises(OryError) as caught:
        client.whoami(session_token=TOKEN)
    elapsed = time.monotonic() - started
    assert elapsed < 0.3 + 1.0, f"took {elapsed:.2f} s with timeout=0.3"
    assert isinstance(caught.value, OryTimeoutError)


# --- retries: which requests, how many, how long --------------------------------------------------------
def test_flow_submissions_are_never_retried(serve: Serve, client_for: ClientFor) -> None:
    body = {"method": "password", "identifier": "ada@example.com", "password": "correct horse battery"}
    for action in (
        respond(503, envelope(503)),
        respond(502, HTML_502, content_type="text/html"),
        respond(429, envelope(429), headers=[("Retry-After", "1")]),
        close(),
        reset(),
        reset_mid_body(),
        hang(),
    ):
        server = serve(action)
        client, sleeps = client_for(server.url, max_retries=5)
        for submit in (
            client.login,
            client.registration,
            client.recovery,
            client.verification,
            client.settings,
        ):
            with bounded(TIMEOUT), pytest.raises(OryError) as caught:
                submit.submit(FLOW_ID, body, cookie="csrf_token_abc=xyz")
            record_exception(caught.value)
        assert server.request_count == 5, server.paths()
        assert {r.method for r in server.requests} == {"POST"}
        assert sleeps == []


def test_a_submission_is_not_retried_after_connection_refused(
    client_for: ClientFor, connect_attempts: ConnectAttempts
) -> None:
    url, holder = refused_url()
    with holder:
        client, sleeps = client_for(url, max_retries=5)
        expect(
            OryConnectionError, lambda: client.login.submit(FLOW_ID, {"method": "password"}), budget=TIMEOUT
        )
    assert connect_attempts.count == 1 and sleeps == []


def test_admin_writes_are_not_retried(serve: Serve, client_for: ClientFor) -> None:
    server = serve(respond(503, envelope(503)))
    client, sleeps = client_for(server.url, admin_url=server.url, max_retries=5)
    calls: list[Callable[[], Any]] = [
        lambda: client.admin.identities.create({"email": "ada@example.com"}, password="a long passphrase"),
        lambda: client.admin.identities.patch(
            IDENTITY_ID, [{"op": "replace", "path": "/state", "value": "x"}]
        ),
        lambda: client.admin.identities.create_recovery_code(IDENTITY_ID),
        lambda: client.sessions.logout(TOKEN),  # DELETE /self-service/logout/api: revokes, sent once
        lambda: client.browser_logout.submit("ory_lo_faultsFaultsFaults", cookie="c=1"),  # GET, single use
    ]
    for call in calls:
        expect(ServerError, call, budget=TIMEOUT)
    assert [r.method for r in server.requests] == ["POST", "PATCH", "POST", "DELETE", "GET"]
    assert sleeps == []


@pytest.mark.parametrize(
    ("action", "attempts"),
    [
        (lambda: respond(503, envelope(503)), 3),  # Kratos surely did not act: repeat
        (lambda: respond(429, envelope(429)), 3),
        (lambda: respond(502, HTML_502, content_type="text/html"), 1),  # a proxy may have forwarded it
        (lambda: respond(504, envelope(504)), 1),
        (reset, 1),  # the request was sent: it may have been applied
        (hang, 1),
    ],
    ids=["503", "429", "502", "504", "reset", "read-timeout"],
)
def test_delete_is_retried_only_when_kratos_surely_did_not_act(
    action: Callable[[], Action], attempts: int, serve: Serve, client_for: ClientFor
) -> None:
    server = serve(action())
    client, sleeps = client_for(server.url, admin_url=server.url, max_retries=2)
    with bounded(attempts * TIMEOUT), pytest.raises(OryError):
        client.admin.identities.delete(IDENTITY_ID)
    assert server.request_count == attempts and len(sleeps) == attempts - 1


def test_delete_is_retried_when_the_connection_was_refused(
    client_for: ClientFor, connect_attempts: ConnectAttempts
) -> None:
    url, holder = refused_url()
    with holder:
        client, sleeps = client_for(url, admin_url=url, max_retries=2)
        expect(OryConnectionError, lambda: client.admin.identities.delete(IDENTITY_ID), budget=3 * TIMEOUT)
    assert connect_attempts.count == 3 and len(sleeps) == 2


def test_retries_recover_when_the_fault_clears(serve: Serve, client_for: ClientFor) -> None:
    server = serve(
        respond(503, HTML_503, content_type="text/html"), reset(), respond(200, session_payload(IDENTITY_ID))
    )
    client, sleeps = client_for(server.url, max_retries=2)
    assert client.whoami(session_token=TOKEN).identity.id == IDENTITY_ID  # type: ignore[union-attr]
    assert server.request_count == 3 and len(sleeps) == 2


@pytest.mark.parametrize("max_retries", [0, 1, 2, 5])
def test_the_retry_count_is_bounded_by_max_retries(
    max_retries: int, serve: Serve, client_for: ClientFor
) -> None:
    server = serve(respond(503, envelope(503)))
    client, sleeps = client_for(server.url, admin_url=server.url, max_retries=max_retries)
    expect(ServerError, lambda: client.whoami(session_token=TOKEN), budget=TIMEOUT)
    expect(ServerError, lambda: list(client.admin.identities.iter_all()), budget=TIMEOUT)
    assert server.request_count == 2 * (1 + max_retries)
    assert len(sleeps) == 2 * max_retries
    # with_options makes a copy with its own count over the same pool
    server.requests.clear()
    expect(
        ServerError, lambda: client.with_options(max_retries=0).whoami(session_token=TOKEN), budget=TIMEOUT
    )
    assert server.request_count == 1


def test_backoff_is_exponential_with_jitter_and_capped(serve: Serve, client_for: ClientFor) -> None:
    server = serve(respond(503, envelope(503)))
    runs = []
    for _ in range(12):
        client, sleeps = client_for(server.url, max_retries=8)
        expect(ServerError, functools.partial(client.whoami, session_token=TOKEN), budget=TIMEOUT)
        assert len(sleeps) == 8
        for attempt, delay in enumerate(sleeps):
            ceiling = min(INITIAL_RETRY_DELAY * 2**attempt, MAX_RETRY_DELAY)
            assert ceiling * (1 - RETRY_JITTER) <= delay <= ceiling, (attempt, delay)
        runs.append(list(sleeps))
    assert max(max(run) for run in runs) <= MAX_RETRY_DELAY
    for attempt in range(8):
        assert len({run[attempt] for run in runs}) > 1, f"no jitter on retry {attempt + 1}"


def test_backoff_really_sleeps(serve: Serve) -> None:
    server = serve(respond(503, envelope(503)), respond(503, envelope(503)), respond(200, session_payload()))
    with OryClient(server.url, timeout=TIMEOUT, max_retries=2) as client:
        started = time.monotonic()
        client.whoami(session_token=TOKEN)
        elapsed = time.monotonic() - started
    least = INITIAL_RETRY_DELAY * (1 - RETRY_JITTER) * (1 + 2)
    assert least * 0.9 <= elapsed < INITIAL_RETRY_DELAY * 3 + MARGIN


@pytest.mark.parametrize(
    ("status", "retry_after", "waits"),
    [
        (429, "2", [2.0, 2.0]),
        (429, "0", [0.0, 0.0]),
        (429, "-3", [0.0, 0.0]),
        (503, "1.5", [1.5, 1.5]),
        (429, str(int(MAX_RETRY_AFTER)), [MAX_RETRY_AFTER, MAX_RETRY_AFTER]),
    ],
)
def test_retry_after_is_honoured(
    status: int, retry_after: str, waits: list[float], serve: Serve, client_for: ClientFor
) -> None:
    server = serve(respond(status, envelope(status), headers=[("Retry-After", retry_after)]))
    client, sleeps = client_for(server.url, max_retries=2)
    error = expect(OryAPIError, lambda: client.whoami(session_token=TOKEN), budget=TIMEOUT)
    assert sleeps == waits and server.request_count == 3
    if status == 429:
        assert isinstance(error, RateLimitedError) and error.retry_after == max(0.0, float(retry_after))


def test_retry_after_as_an_http_date(serve: Serve, client_for: ClientFor) -> None:
    when = email.utils.formatdate(time.time() + 4, usegmt=True)
    server = serve(respond(429, envelope(429), headers=[("Retry-After", when)]))
    client, sleeps = client_for(server.url, max_retries=1)
    expect(RateLimitedError, lambda: client.whoami(session_token=TOKEN), budget=TIMEOUT)
    assert len(sleeps) == 1 and 2.0 <= sleeps[0] <= 4.0


def test_retry_after_beyond_the_cap_is_not_waited_for(serve: Serve, client_for: ClientFor) -> None:
    server = serve(respond(429, envelope(429), headers=[("Retry-After", str(int(MAX_RETRY_AFTER) + 1))]))
    client, sleeps = client_for(server.url, max_retries=3)
    error = expect(RateLimitedError, lambda: client.whoami(session_token=TOKEN), budget=TIMEOUT)
    assert isinstance(error, RateLimitedError) and error.retry_after == MAX_RETRY_AFTER + 1
    assert server.request_count == 1 and sleeps == []


def test_unparseable_retry_after_falls_back_to_backoff(serve: Serve, client_for: ClientFor) -> None:
    server = serve(respond(429, envelope(429), headers=[("Retry-After", "soon, promise")]))
    client, sleeps = client_for(server.url, max_retries=2)
    error = expect(RateLimitedError, lambda: client.whoami(session_token=TOKEN), budget=TIMEOUT)
    assert error.retry_after is None  # type: ignore[attr-defined]
    assert len(sleeps) == 2 and all(0 < s <= INITIAL_RETRY_DELAY * 2 for s in sleeps)


# --- the same faults through the fake Kratos' switches ---------------------------------------------------
WHOAMI = "/sessions/whoami"


@pytest.fixture
def user_token(fake_kratos: FakeKratos) -> str:
    doc = fake_kratos.create_identity(email="faults@example.com", password="a long fault passphrase")
    return fake_kratos.create_session(doc["id"]).token


def _attempts(fake: FakeKratos, path: str) -> int:
    return sum(1 for r in fake.requests if r.path == path)


def test_fake_timeout_is_bounded(fake_kratos: FakeKratos, user_token: str, client_for: ClientFor) -> None:
    fake_kratos.fail_next(kind="timeout", path=WHOAMI, delay=5.0, times=3)
    client, sleeps = client_for(fake_kratos.public_url, max_retries=2)
    expect(OryTimeoutError, lambda: client.whoami(session_token=user_token), budget=3 * TIMEOUT)
    assert _attempts(fake_kratos, WHOAMI) == 3 and len(sleeps) == 2


def test_fake_rate_limit_then_success(
    fake_kratos: FakeKratos, user_token: str, client_for: ClientFor
) -> None:
    fake_kratos.fail_next(429, path=WHOAMI, retry_after=3, times=2)
    client, sleeps = client_for(fake_kratos.public_url, max_retries=2)
    assert client.whoami(session_token=user_token).active
    assert sleeps == [3.0, 3.0] and _attempts(fake_kratos, WHOAMI) == 3


def test_fake_html_502_exhausts_retries(
    fake_kratos: FakeKratos, user_token: str, client_for: ClientFor
) -> None:
    fake_kratos.fail_next(kind="html502", path=WHOAMI, times=3)
    client, _ = client_for(fake_kratos.public_url, max_retries=2)
    error = expect(ServerError, lambda: client.whoami(session_token=user_token), budget=3 * TIMEOUT)
    assert error.status == 502  # type: ignore[attr-defined]
    assert _attempts(fake_kratos, WHOAMI) == 3


def test_fake_disconnect_on_a_submission(fake_kratos: FakeKratos, client_for: ClientFor) -> None:
    fake_kratos.create_identity(email="faults@example.com", password="a long fault passphrase")
    client, sleeps = client_for(fake_kratos.public_url, max_retries=3)
    flow = client.login.create_native().flow
    fake_kratos.fail_next(kind="disconnect", path="/self-service/login", times=5)
    body = {"method": "password", "identifier": "faults@example.com", "password": "a long fault passphrase"}
    expect(OryConnectionError, lambda: client.login.submit(flow, body), budget=TIMEOUT)
    posts = [r for r in fake_kratos.requests if r.method == "POST" and r.path == "/self-service/login"]
    assert len(posts) == 1 and sleeps == []


def test_fake_5xx_envelope(fake_kratos: FakeKratos, user_token: str, client_for: ClientFor) -> None:
    fake_kratos.fail_next(500, path=WHOAMI)
    client, _ = client_for(fake_kratos.public_url, max_retries=2)
    error = expect(ServerError, lambda: client.whoami(session_token=user_token), budget=TIMEOUT)
    assert "internal server error" in str(error).lower()
    assert _attempts(fake_kratos, WHOAMI) == 1


def test_fake_admin_outage_on_a_paged_list(fake_kratos: FakeKratos, client_for: ClientFor) -> None:
    fake_kratos.fail_next(503, path="/admin/identities", times=10)
    client, sleeps = client_for(
        fake_kratos.public_url, admin_url=fake_kratos.admin_url, api_key=fake_kratos.api_key, max_retries=2
    )
    expect(ServerError, lambda: list(client.admin.identities.iter_all()), budget=3 * TIMEOUT)
    assert _attempts(fake_kratos, "/admin/identities") == 3 and len(sleeps) == 2

"""Secrets: the suite-wide scanner works, and ``repr``/``str`` of the client, errors and results hide secrets.

The scanner itself (``secret_scan.py``) runs for the whole test session; here it is proven to fail when a
secret is logged (directly and in a pytest subprocess), and the objects a developer is likely to print or
log are checked one by one.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import httpx
import pytest

from ory_facade import OryAPIError, OryClient, OryConfigurationError, OryError
from ory_facade.continue_with import ContinueWith
from ory_facade.testing import FakeKratos

from . import payloads as p
from .scenario import tour
from .secret_scan import (
    REGISTRY,
    Capture,
    CaptureHandler,
    declare_secret,
    find_leaks,
    isolated_capture,
    record_exception,
    sweep_fake,
)

TESTS_DIR = Path(__file__).resolve().parents[1]


# --- the scanner --------------------------------------------------------------------------------------------
def test_find_leaks_finds_a_planted_secret_and_only_that() -> None:
    secrets = {"ory_st_plantedPlantedPlanted0123": "session token", "123456": "code", "a+b/c=d=": "csrf"}
    texts = {
        "GET /sessions/whoami -> 200 (0.4 ms)": "log a",
        "whoami failed for ory_st_plantedPlantedPlanted0123 (oops)": "log b",
        "identity 5c1e7d2a-0b3f-4a6e-9d8c-123456789abc": "log c",  # the code inside a UUID: not a leak
        "your code is 123456.": "log d",
        "token=a%2Bb%2Fc%3Dd%3D&x=1": "log e",  # URL-encoded
    }
    leaks = {(leak.kind, leak.origin) for leak in find_leaks(secrets, texts)}
    assert leaks == {("session token", "log b"), ("code", "log d"), ("csrf", "log e")}


def test_the_capture_handler_sees_records_of_any_logger() -> None:
    capture = Capture()
    handler = CaptureHandler(capture)
    logger = logging.getLogger("reliability.selftest")
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    try:
        logger.debug("session %s", "ory_st_loggedLoggedLogged0123456")
        try:
            raise RuntimeError("boom with ory_pat_inTracebackKey012345")
        except RuntimeError:
            logger.exception("failed")
    finally:
        logger.removeHandler(handler)
    secrets = {"ory_st_loggedLoggedLogged0123456": "token", "ory_pat_inTracebackKey012345": "key"}
    assert {leak.kind for leak in find_leaks(secrets, capture.texts)} == {"token", "key"}
    assert capture.records == 2


def _run_pytest(tmp_path: Path, body: str) -> subprocess.CompletedProcess[str]:
    (tmp_path / "test_planted.py").write_text(textwrap.dedent(body))
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(TESTS_DIR), os.environ.get("PYTHONPATH", "")])}
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "reliability.secret_scan",
         str(tmp_path / "test_planted.py")],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip


def test_the_session_fails_when_a_declared_secret_is_logged(tmp_path: Path) -> None:
    result = _run_pytest(
        tmp_path,
        """
        import logging
        from reliability.secret_scan import declare_secret

        def test_logs_a_secret():
            secret = declare_secret("planted-secret-0123456789abcdef")
            logging.getLogger("ory_facade.somewhere").debug("oops %s", secret)
        """,
    )
    assert result.returncode == 1, result.stdout + result.stderr
    assert "1 passed" in result.stdout
    assert "secret scan: LEAKS" in result.stdout and "planted-secret" not in result.stdout


def test_the_session_fails_when_a_secret_of_the_fake_is_logged(tmp_path: Path) -> None:
    result = _run_pytest(
        tmp_path,
        """
        import logging
        from ory_facade.testing import FakeKratos

        def test_logs_a_session_token():
            with FakeKratos() as kratos:
                doc = kratos.create_identity(email="x@example.com", password="a long passphrase here")
                token = kratos.create_session(doc["id"]).token
            logging.getLogger("app").warning("signed in with %s", token)
        """,
    )
    assert result.returncode == 1, result.stdout + result.stderr
    assert "session token" in result.stdout and "found in log record app:WARNING" in result.stdout


def test_the_session_passes_when_nothing_leaks(tmp_path: Path) -> None:
    result = _run_pytest(
        tmp_path,
        """
        import logging
        from reliability.secret_scan import declare_secret

        def test_logs_no_secret():
            declare_secret("planted-secret-0123456789abcdef")
            logging.getLogger("ory_facade").debug("GET /sessions/whoami -> 200 (0.3 ms)")
        """,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "secret scan: 1 distinct secrets" in result.stdout and "no leaks" in result.stdout


def test_a_failing_tests_report_is_scanned(tmp_path: Path) -> None:
    result = _run_pytest(
        tmp_path,
        """
        from reliability.secret_scan import declare_secret

        def test_fails_with_a_secret():
            secret = declare_secret("planted-secret-in-a-failure-0123")
            assert secret == "something else"
        """,
    )
    assert result.returncode == 1
    assert "failure report" in result.stdout and "secret scan: LEAKS" in result.stdout


# --- logs of a whole tour at DEBUG, every logger ------------------------------------------------------------
def _tour_leaks(fake: FakeKratos, http_client: httpx.Client | None) -> tuple[list[Any], Capture]:
    with isolated_capture(logging.DEBUG) as capture:
        client = OryClient(
            fake.public_url, admin_url=fake.admin_url, api_key=fake.api_key, http_client=http_client
        )
        tour(client, fake, email="logs@example.com")
        client.close()
    sweep_fake(fake)
    return find_leaks(REGISTRY.snapshot(), capture.texts), capture


def test_no_secret_in_any_log_record_at_debug(fake_kratos: FakeKratos) -> None:
    leaks, capture = _tour_leaks(fake_kratos, None)
    assert capture.records > 20
    assert leaks == [], [leak.describe() for leak in leaks]


def test_no_secret_in_any_log_record_with_an_injected_client(fake_kratos: FakeKratos) -> None:
    with httpx.Client() as http:
        leaks, _ = _tour_leaks(fake_kratos, http)
    assert leaks == [], [leak.describe() for leak in leaks]


# --- repr and str -------------------------------------------------------------------------------------------
API_KEY = declare_secret("ory_pat_reprReprReprRepr0123456789", "API key (repr)")
SESSION_COOKIE = declare_secret("MTc3OTk0NTk5MnxSZXByUmVwclJlcHI", "cookie (repr)")
CSRF_COOKIE = declare_secret("Y3NyZl9jb29raWVfZm9yX3JlcHJfdGVzdHM=", "cookie (repr)")
REQUEST_TOKEN = declare_secret("ory_st_requestRequestRequest0123", "session token (repr)")
PASSWORD = declare_secret("the repr test passphrase", "password (repr)")
for _secret in p.PAYLOAD_SECRETS:
    declare_secret(_secret, "payload secret")
SECRETS = (API_KEY, SESSION_COOKIE, CSRF_COOKIE, REQUEST_TOKEN, PASSWORD, *p.PAYLOAD_SECRETS)
SET_COOKIE = [
    f"ory_kratos_session={SESSION_COOKIE}; Path=/; Max-Age=86400; HttpOnly; Secure; SameSite=Lax",
    f"csrf_token_abc={CSRF_COOKIE}; Path=/; Max-Age=31536000; HttpOnly; Secure; SameSite=Lax",
]


def _assert_clean(obj: Any) -> None:
    for text in (repr(obj), str(obj)):
        for secret in SECRETS:
            assert secret not in text, f"{type(obj).__name__}: a secret is in {text[:200]!r}"
    if isinstance(obj, BaseException):
        record_exception(obj)


def _client(
    status: int, body: bytes | Any, *, content_type: str = "application/json", **headers: str
) -> OryClient:
    content = body if isinstance(body, bytes) else __import__("json").dumps(body).encode()

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            status,
            content=content,
            headers=[
                ("Content-Type", content_type),
                *[("Set-Cookie", c) for c in SET_COOKIE],
                *headers.items(),
            ],
        )

    mock = httpx.MockTransport(handler)
    return OryClient("http://kratos.test", admin_url="http://admin.test", api_key=API_KEY, transport=mock)


def test_client_repr_hides_the_api_key() -> None:
    with OryClient("http://kratos.test", admin_url="http://admin.test", api_key=API_KEY) as client:
        _assert_clean(client)
        _assert_clean(client.with_options(max_retries=0))


def test_credentials_in_a_url_are_refused_without_being_shown() -> None:
    """A URL with user info is refused (it would end up in reprs and logs); the error does not echo it."""
    secret = declare_secret("url-password-0123456789", "password in a URL")
    for url in (f"http://kratos:{secret}@kratos.test", f"ftp://kratos:{secret}@kratos.test"):
        with pytest.raises(OryConfigurationError) as caught:
            OryClient(url)
        assert secret not in str(caught.value) and secret not in repr(caught.value)


ECHO = (
    f"GET /sessions/whoami HTTP/1.1\nCookie: ory_kratos_session={SESSION_COOKIE}\n"
    f"X-Session-Token: {REQUEST_TOKEN}\nAuthorization: Bearer {API_KEY}\n\n"
    f'{{"password": "{PASSWORD}", "session_token": "{p.SESSION_TOKEN}", "code": "{p.RECOVERY_CODE}"}}'
)
ERROR_CASES: dict[str, tuple[int, Any, dict[str, str]]] = {
    "200 HTML echo of the request": (200, f"<html><pre>{ECHO}</pre></html>".encode(), {}),
    "200 JSON of the wrong shape": (200, [p.successful_native_login()], {}),
    "200 form-encoded": (200, f"session_token={p.SESSION_TOKEN}&password={PASSWORD}".encode(), {}),
    "303 to a URL with a token": (
        303,
        b"",
        {"Location": f"https://app.test/cb?session_token={p.SESSION_TOKEN}"},
    ),
    "400 envelope": (400, p.error_envelope(400, None, reason="bad request"), {}),
    "401 session_inactive": (401, p.error_envelopes()[0][1], {"X-Session-Token": REQUEST_TOKEN}),
    "403 csrf with details": (
        403,
        p.error_envelope(403, "security_csrf_violation", details={"reject_reason": "mismatch"}),
        {},
    ),
    "410 expired": (410, p.error_envelopes()[4][1], {}),
    "422 location change": (422, p.error_envelopes()[6][1], {}),
    "429 rate limited": (429, p.error_envelope(429, None, reason="slow down"), {"Retry-After": "1"}),
    "500 HTML echo": (500, f"<html><pre>{ECHO}</pre></html>".encode(), {}),
    "502 plain text echo": (502, ECHO.encode(), {}),
}


@pytest.mark.parametrize(("status", "body", "headers"), ERROR_CASES.values(), ids=ERROR_CASES.keys())
def test_errors_hide_secrets_of_the_request_and_the_response(
    status: int, body: Any, headers: dict[str, str]
) -> None:
    client = _client(
        status, body, content_type="text/html" if isinstance(body, bytes) else "application/json"
    )
    client._transport._sleep = lambda seconds: None
    cookie = f"ory_kratos_session={SESSION_COOKIE}; csrf_token_abc={CSRF_COOKIE}"
    for call in (
        lambda: client.whoami(cookie=cookie, session_token=REQUEST_TOKEN),
        lambda: client.login.submit(
            p.FLOW_ID, {"password": PASSWORD, "csrf_token": p.CSRF_TOKEN}, cookie=cookie
        ),
    ):
        with pytest.raises(OryError) as caught:
            call()
        _assert_clean(caught.value)
        if isinstance(caught.value, OryAPIError):
            assert caught.value.set_cookie == SET_COOKIE  # available to relay, yet not shown


def test_flow_validation_error_hides_the_flows_csrf_token_and_cookies() -> None:
    client = _client(400, p.login_flow(errors=True))
    with pytest.raises(OryError) as caught:
        client.login.submit(p.FLOW_ID, {"password": PASSWORD}, cookie=f"ory_kratos_session={SESSION_COOKIE}")
    _assert_clean(caught.value)


def test_results_hide_tokens_and_cookies() -> None:
    login = _client(200, p.successful_native_login()).login.submit(p.FLOW_ID, {"password": PASSWORD})
    assert login.session_token == p.SESSION_TOKEN and login.set_cookie == SET_COOKIE
    _assert_clean(login)
    _assert_clean(login.continue_with)
    _assert_clean(login.next_step)
    recovery = _client(200, p.recovery_flow("passed_challenge")).recovery.submit(p.FLOW_ID, {"code": "1"})
    assert recovery.session_token == p.SESSION_TOKEN
    _assert_clean(recovery)
    created = _client(200, p.registration_flow()).registration.create_browser()
    assert created.csrf_token == p.CSRF_TOKEN
    _assert_clean(created)
    logout = _client(204, b"").browser_logout.submit(p.LOGOUT_TOKEN, cookie="a=b")
    _assert_clean(logout)
    page = _client(200, [p.session_payload()]).sessions.list_page(session_token=REQUEST_TOKEN)
    _assert_clean(page)
    _assert_clean(
        ContinueWith.from_dict({"action": "set_ory_session_token", "ory_session_token": p.SESSION_TOKEN})
    )


def test_session_cache_repr_hides_keys() -> None:
    session_cache = pytest.importorskip("ory_facade.session_cache")
    cache = session_cache.SessionCache(_client(200, p.session_payload()), ttl=30)
    cache.whoami(cookie=f"ory_kratos_session={SESSION_COOKIE}")
    _assert_clean(cache)
    _assert_clean(cache.backend)


def test_generated_models_hide_tokens_in_repr() -> None:
    login = _client(200, p.successful_native_login()).login.submit(p.FLOW_ID, {"password": PASSWORD})
    _assert_clean(login.raw)

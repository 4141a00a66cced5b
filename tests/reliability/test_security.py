"""Security checks: where the admin key goes, TLS verification, cookies relayed intact, open redirects."""

from __future__ import annotations

import shutil
import ssl
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ory_facade import BrowserLocationChangeRequiredError, OryClient, OryConnectionError
from ory_facade.testing import FakeKratos
from ory_facade.testing.app import KratosApp

from . import payloads as p
from .faultserver import FaultServer, respond
from .scenario import tour
from .secret_scan import declare_secret, record_exception

# --- the admin API key goes to admin URLs only --------------------------------------------------------------


class WireLog:
    """What arrived at the fake: (admin port?, method, path, Authorization header)."""

    def __init__(self) -> None:
        self.entries: list[tuple[bool, str, str, str]] = []


@pytest.fixture
def wire(monkeypatch: pytest.MonkeyPatch) -> WireLog:
    log = WireLog()
    original = KratosApp.handle

    def handle(self: KratosApp, admin_port: bool, req: Any) -> Any:
        log.entries.append((admin_port, req.method, req.path, req.headers.get("Authorization")))
        return original(self, admin_port, req)

    monkeypatch.setattr(KratosApp, "handle", handle)
    return log


def _assert_key_only_on_admin(log: WireLog, key: str) -> None:
    public = [e for e in log.entries if not e[0]]
    admin = [e for e in log.entries if e[0]]
    assert len(public) > 20 and len(admin) > 5  # the tour really used both
    assert [e for e in public if e[3]] == [], "an Authorization header reached the public API"
    assert all(e[3] == f"Bearer {key}" for e in admin), "an admin call went without the key"


def test_api_key_never_reaches_the_public_api(fake_kratos: FakeKratos, wire: WireLog) -> None:
    key = fake_kratos.api_key
    assert key
    with OryClient(fake_kratos.public_url, admin_url=fake_kratos.admin_url, api_key=key) as client:
        tour(client, fake_kratos)
    _assert_key_only_on_admin(wire, key)


def test_an_injected_clients_default_authorization_is_stripped_from_public_calls(
    fake_kratos: FakeKratos, wire: WireLog
) -> None:
    key = fake_kratos.api_key
    assert key
    with httpx.Client(headers={"Authorization": f"Bearer {key}"}) as http:
        client = OryClient(
            fake_kratos.public_url, admin_url=fake_kratos.admin_url, api_key=key, http_client=http
        )
        tour(client, fake_kratos)
    _assert_key_only_on_admin(wire, key)


def test_an_injected_clients_auth_is_not_applied_to_public_calls(
    fake_kratos: FakeKratos, wire: WireLog
) -> None:
    key = fake_kratos.api_key
    assert key
    with httpx.Client(auth=("admin", key)) as http:
        client = OryClient(
            fake_kratos.public_url, admin_url=fake_kratos.admin_url, api_key=key, http_client=http
        )
        try:
            client.whoami(session_token="ory_st_no_such_session_here")
        except OryConnectionError:
            raise
        except Exception as exc:
            record_exception(exc)
    public = [e for e in wire.entries if not e[0]]
    assert public and [e for e in public if e[3]] == [], "client auth reached the public API"


def test_ory_network_style_single_url_sends_the_key_only_on_admin_paths() -> None:
    """With ``ORY_SDK_URL`` public and admin calls share one host: the key goes with /admin/ paths only."""
    key = declare_secret("ory_pat_single_url_key_0123456789abcdef", "API key (single URL)")
    seen: list[tuple[str, str | None]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append((request.url.path, request.headers.get("authorization")))
        if request.url.path.startswith("/admin/"):
            return httpx.Response(200, json=[p.identity_payload()])
        if request.url.path == "/sessions":
            return httpx.Response(200, json=[p.session_payload()])
        return httpx.Response(200, json=p.session_payload())

    environment = {"ORY_SDK_URL": "https://project.projects.oryapis.test", "ORY_API_KEY": key}
    with OryClient.from_env(environment, transport=httpx.MockTransport(handler)) as client:
        client.whoami(session_token="ory_st_single_url_token_0123456789")
        client.admin.identities.list_page()
        client.sessions.list_page(session_token="ory_st_single_url_token_0123456789")
    assert seen == [
        ("/sessions/whoami", None),
        ("/admin/identities", f"Bearer {key}"),
        ("/sessions", None),
    ]


def test_a_redirect_from_the_admin_api_is_not_followed_with_the_key() -> None:
    key = declare_secret("ory_pat_redirect_key_0123456789abcdef", "API key (redirect)")
    with (
        FaultServer(respond(200, [])) as elsewhere,
        FaultServer(respond(307, b"", headers=[("Location", f"{elsewhere.url}/admin/identities")])) as admin,
    ):
        with OryClient("http://127.0.0.1:1", admin_url=admin.url, api_key=key) as client:
            try:
                client.admin.identities.list_page()
            except Exception as exc:
                record_exception(exc)
        assert admin.requests[0].header("Authorization") == f"Bearer {key}"
        assert elsewhere.request_count == 0


# --- TLS verification ---------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def self_signed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    openssl = shutil.which("openssl")
    if openssl is None:
        pytest.skip("openssl is not installed: no certificate to test TLS verification with")
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        [openssl, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=localhost",
         "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1", "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True,
    )  # fmt: skip
    return cert, key


@pytest.fixture
def tls_server(self_signed: tuple[Path, Path]) -> Iterator[FaultServer]:
    cert, key = self_signed
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    with FaultServer(respond(200, p.session_payload()), tls=context) as server:
        yield server


def test_tls_is_verified_by_default(tls_server: FaultServer) -> None:
    with OryClient(tls_server.url, max_retries=0) as client, pytest.raises(OryConnectionError) as caught:
        client.whoami(session_token="ory_st_tls_token_0123456789")
    record_exception(caught.value)
    causes = []
    cause: BaseException | None = caught.value
    while cause is not None:
        causes.append(f"{type(cause).__name__}: {cause}")
        cause = cause.__cause__ or cause.__context__
    assert any("CERTIFICATE_VERIFY_FAILED" in c or "CertVerification" in c for c in causes), causes
    deadline = time.monotonic() + 5
    while tls_server.handshake_failures == 0 and time.monotonic() < deadline:
        time.sleep(0.01)  # the server notices the aborted handshake a moment later
    assert tls_server.request_count == 0 and tls_server.handshake_failures >= 1


def test_tls_works_with_the_right_ca(tls_server: FaultServer, self_signed: tuple[Path, Path]) -> None:
    """The control: the same server is fine once its certificate is trusted (so the failure above is the
    verification, not the server)."""
    context = ssl.create_default_context(cafile=str(self_signed[0]))
    with httpx.Client(verify=context) as http:
        client = OryClient(tls_server.url, http_client=http)
        assert client.whoami(session_token="ory_st_tls_token_0123456789").id == p.SESSION_ID
    assert tls_server.request_count == 1


def _ssl_contexts(value: Any, depth: int = 0) -> list[ssl.SSLContext]:
    """Every ``ssl.SSLContext`` reachable from the client's transport objects (whatever their layout)."""
    if isinstance(value, ssl.SSLContext):
        return [value]
    if depth > 4 or value is None or isinstance(value, (str, bytes, int, float, bool)):
        return []
    found: list[ssl.SSLContext] = []
    attrs = getattr(value, "__dict__", {})
    slots = [s for cls in type(value).__mro__ for s in getattr(cls, "__slots__", ())]
    for name in [*attrs, *slots]:
        if "ssl" in name or "transport" in name or "pool" in name or name in ("direct", "http_client"):
            found.extend(_ssl_contexts(getattr(value, name, None), depth + 1))
    return found


def test_the_default_ssl_context_verifies_certificates_and_hostnames() -> None:
    with OryClient("https://auth.example.test") as client:
        contexts = _ssl_contexts(client._transport)
    assert contexts, "no SSL context found on the default client"
    for context in contexts:
        assert context.verify_mode == ssl.CERT_REQUIRED
        assert context.check_hostname is True


# --- Set-Cookie relayed exactly as sent ---------------------------------------------------------------------
SESSION_COOKIE = declare_secret("MTc3OTk0NTk5MnxEdi1CQkFFQ180SUFBUkFCRUFBQVJfLUNBQUVHYzNSeWFXNW4", "cookie")
CSRF_COOKIE = declare_secret("q4Yv0cq3Xz1Lw9mJ8F2dPrR7sT6uV5wX4yZ3aB2cD1c=", "cookie")
SET_COOKIES = [
    f"ory_kratos_session={SESSION_COOKIE}; Path=/; Expires=Sun, 15 Mar 2026 09:26:53 GMT; Max-Age=86400; "
    "HttpOnly; Secure; SameSite=Lax",
    f"csrf_token_806060ca5bf70dff3caa0e5c860002aade9d470a5a4dce73bcfa7ba10778f481={CSRF_COOKIE}; Path=/; "
    "Domain=auth.example.test; Max-Age=31536000; HttpOnly; Secure; SameSite=None; Partitioned",
    "ory_session_acmeslug=; Path=/; Expires=Thu, 01 Jan 1970 00:00:01 GMT; Max-Age=0; HttpOnly; "
    "SameSite=Strict",
]


def _serving(status: int, body: Any) -> FaultServer:
    return FaultServer(respond(status, body, headers=[("Set-Cookie", c) for c in SET_COOKIES])).start()


RELAYS: dict[str, tuple[int, Any, Any]] = {
    "login.submit -> SubmitResult": (
        200,
        p.successful_native_login(),
        lambda c: c.login.submit(p.FLOW_ID, {"method": "password"}, cookie="a=b").set_cookie,
    ),
    "settings.submit -> SubmitResult": (
        200,
        p.settings_flow("success"),
        lambda c: c.settings.submit(p.FLOW_ID, {"method": "profile"}, cookie="a=b").set_cookie,
    ),
    "registration.create_browser -> FlowResponse": (
        200,
        p.registration_flow(),
        lambda c: c.registration.create_browser().set_cookie,
    ),
    "browser_logout.submit -> LogoutResult": (
        204,
        b"",
        lambda c: c.browser_logout.submit(p.LOGOUT_TOKEN, cookie="a=b").set_cookie,
    ),
}


@pytest.mark.parametrize(("status", "body", "relay"), RELAYS.values(), ids=RELAYS.keys())
def test_set_cookie_headers_are_relayed_exactly(status: int, body: Any, relay: Any) -> None:
    server = _serving(status, body)
    try:
        with OryClient(server.url) as client:
            assert relay(client) == SET_COOKIES
    finally:
        server.stop()


def test_set_cookie_on_an_error_is_relayed_exactly() -> None:
    body = p.error_envelope(422, "browser_location_change_required", redirect_browser_to=p.PUBLIC + "/aal2")
    server = _serving(422, body)
    try:
        with OryClient(server.url) as client, pytest.raises(BrowserLocationChangeRequiredError) as caught:
            client.login.submit(p.FLOW_ID, {"method": "password"}, cookie="a=b")
        assert caught.value.set_cookie == SET_COOKIES
        record_exception(caught.value)
    finally:
        server.stop()


def test_the_fakes_session_cookie_arrives_with_its_attributes(
    fake_kratos: FakeKratos, monkeypatch: pytest.MonkeyPatch
) -> None:
    sent: list[list[str]] = []
    original = KratosApp.handle

    def handle(self: KratosApp, admin_port: bool, req: Any) -> Any:
        response, operation = original(self, admin_port, req)
        sent.append([v for k, v in response.headers if k.lower() == "set-cookie"])
        return response, operation

    monkeypatch.setattr(KratosApp, "handle", handle)
    with OryClient(
        fake_kratos.public_url, admin_url=fake_kratos.admin_url, api_key=fake_kratos.api_key
    ) as client:
        seen = tour(client, fake_kratos, email="cookies@example.com")
    relayed = seen["browser_login"].set_cookie
    assert relayed in sent  # exactly the headers the fake put on the wire, in order
    session = next(h for h in relayed if h.startswith(fake_kratos.session_cookie_name + "="))
    attributes = {a.strip().split("=", 1)[0].lower() for a in session.split(";")[1:]}
    assert {"path", "expires", "max-age", "httponly", "samesite"} <= attributes
    cleared = seen["browser_logout"].set_cookie
    assert cleared in sent and any("Max-Age=0" in h for h in cleared)


# --- open redirects -----------------------------------------------------------------------------------------
APP_HOST = "app.example"
ALLOWED = ["accounts.example", ".shop.example"]

PIECES = st.sampled_from(
    [
        "/", "//", "\\", "/\\", "\\/", "https:", "http:", "javascript:", "data:", "HTTPS://", "https://",
        "evil.example", "app.example", "accounts.example", "shop.example", "x.shop.example",
        "@", ":", "?", "#",
        "%2f", "%5c", "%09", "\t", "\n", " ", ".", "..",
        "app.example.evil.example", "evil.example/app.example",
        "user:pw@", "[::1]", "0x7f.1", "\u3002", "\uff0f", "\u200b", "a", "dashboard",
    ]
)  # fmt: skip
CANDIDATES = st.lists(PIECES, min_size=1, max_size=6).map("".join)


def _browser_target(value: str) -> tuple[str, str]:
    """Where a browser goes for ``Location: value`` on https://app.example/login (approximated: browsers
    strip tabs/newlines and treat backslashes as slashes in http(s) URLs)."""
    cleaned = value.strip().replace("\t", "").replace("\n", "").replace("\r", "").replace("\\", "/")
    target = urlsplit(urljoin(f"https://{APP_HOST}/login", cleaned))
    return target.scheme.lower(), (target.hostname or "").rstrip(".")


def _host_allowed(host: str) -> bool:
    return (
        host == APP_HOST
        or host == "accounts.example"
        or host == "shop.example"
        or host.endswith(".shop.example")
    )


@settings(max_examples=300, deadline=None, database=None)
@given(value=CANDIDATES)
def test_safe_return_to_only_lets_through_allowed_destinations(value: str) -> None:
    redirects = pytest.importorskip("ory_facade.contrib.redirects")
    accepted = redirects.safe_return_to(value, request_host=APP_HOST, allowed_hosts=ALLOWED)
    if accepted is None:
        return
    scheme, host = _browser_target(accepted)
    assert scheme in ("http", "https"), f"{value!r} -> {scheme}:"
    assert _host_allowed(host), f"{value!r} would send the browser to {host!r}"

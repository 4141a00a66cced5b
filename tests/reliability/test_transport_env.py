"""TLS and proxies as the environment and ``OryClient`` configure them, the same on every platform.

- ``verify=`` (a CA bundle, an ``ssl.SSLContext``, ``False``), ``SSL_CERT_FILE`` / ``SSL_CERT_DIR`` (when
  ``trust_env``): a Kratos behind a private CA, with a CA this test makes;
- ``HTTP_PROXY`` / ``HTTPS_PROXY`` / ``ALL_PROXY`` / ``NO_PROXY`` read as httpx reads them, through a
  forward proxy on loopback written here; ``NO_PROXY`` alone changes nothing; the per-attempt deadline
  holds behind a proxy too.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import socket
import ssl
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from ory_facade import OryClient, OryConnectionError, OryTimeoutError
from ory_facade._pool import PooledTransport, environment_proxy

from . import payloads as p
from .faultserver import FaultServer, respond, trickle
from .secret_scan import record_exception

TOKEN = "ory_st_transportEnvTransportEnv0123"


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    names = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY", "SSL_CERT_FILE", "SSL_CERT_DIR")
    for name in list(os.environ):
        if name.upper() in names or name.upper() == "REQUEST_METHOD":
            monkeypatch.delenv(name)


# --- a private CA -----------------------------------------------------------------------------------------
class PKI:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.ca = folder / "ca.pem"
        self.cert = folder / "server.pem"
        self.key = folder / "server.key"

    def server_context(self) -> ssl.SSLContext:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(self.cert, self.key)
        return context


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> PKI:
    openssl = shutil.which("openssl")
    if openssl is None:
        pytest.skip("openssl is not installed: no CA to test TLS verification with")
    folder = tmp_path_factory.mktemp("pki")
    keys = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"]

    def run(*args: str) -> None:
        subprocess.run([openssl, *args], check=True, capture_output=True, cwd=folder)

    run("req", "-x509", *keys, "-days", "2", "-subj", "/CN=ory-facade test CA", "-keyout", "ca.key",
        "-out", "ca.pem", "-addext", "basicConstraints=critical,CA:TRUE",
        "-addext", "keyUsage=critical,keyCertSign,cRLSign")  # fmt: skip
    run("req", *keys, "-subj", "/CN=127.0.0.1", "-keyout", "server.key", "-out", "server.csr")
    (folder / "ext.cnf").write_text(
        "subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\n"
        "keyUsage=digitalSignature\nextendedKeyUsage=serverAuth\nauthorityKeyIdentifier=keyid\n"
    )
    run("x509", "-req", "-in", "server.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial",
        "-days", "2", "-out", "server.pem", "-extfile", "ext.cnf")  # fmt: skip
    return PKI(folder)


@pytest.fixture
def tls_kratos(pki: PKI) -> Iterator[FaultServer]:
    with FaultServer(respond(200, p.session_payload()), tls=pki.server_context()) as server:
        yield server


def whoami(client: OryClient) -> str:
    return client.whoami(session_token=TOKEN).id


def test_a_private_ca_without_its_bundle_says_how_to_fix_it(tls_kratos: FaultServer) -> None:
    with OryClient(tls_kratos.url, max_retries=2) as client, pytest.raises(OryConnectionError) as caught:
        whoami(client)
    record_exception(caught.value)
    message = str(caught.value)
    assert "certificate verification failed" in message
    assert "verify=" in message and "SSL_CERT_FILE" in message
    assert tls_kratos.request_count == 0


def test_an_injected_client_with_the_wrong_ca_gets_the_same_explanation(tls_kratos: FaultServer) -> None:
    with (
        httpx.Client(trust_env=False) as http,
        OryClient(tls_kratos.url, http_client=http) as client,
        pytest.raises(OryConnectionError, match="certificate verification failed") as caught,
    ):
        whoami(client)
    record_exception(caught.value)


@pytest.mark.parametrize("form", ["path", "str", "context"])
def test_verify_takes_the_ca_bundle(tls_kratos: FaultServer, pki: PKI, form: str) -> None:
    verify: object = {
        "path": pki.ca,
        "str": str(pki.ca),
        "context": ssl.create_default_context(cafile=str(pki.ca)),
    }[form]
    with OryClient(tls_kratos.url, verify=verify) as client:  # type: ignore[arg-type]
        assert whoami(client) == p.SESSION_ID


def test_verify_false_turns_verification_off(tls_kratos: FaultServer) -> None:
    with OryClient(tls_kratos.url, verify=False) as client:
        assert whoami(client) == p.SESSION_ID


def test_ssl_cert_file_is_honoured(
    tls_kratos: FaultServer, pki: PKI, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SSL_CERT_FILE", str(pki.ca))
    with OryClient(tls_kratos.url) as client:
        assert whoami(client) == p.SESSION_ID
    with (
        OryClient(tls_kratos.url, trust_env=False, max_retries=0) as client,
        pytest.raises(OryConnectionError, match="certificate verification failed"),
    ):
        whoami(client)


def test_ssl_cert_dir_is_honoured(
    tls_kratos: FaultServer, pki: PKI, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    openssl = shutil.which("openssl")
    assert openssl is not None
    shutil.copy(pki.ca, tmp_path / "ca.pem")
    if subprocess.run([openssl, "rehash", str(tmp_path)], capture_output=True).returncode != 0:
        pytest.skip("this openssl has no `rehash`: no hashed CA directory to test with")
    monkeypatch.setenv("SSL_CERT_DIR", str(tmp_path))
    with OryClient(tls_kratos.url) as client:
        assert whoami(client) == p.SESSION_ID


# --- proxies ---------------------------------------------------------------------------------------------
class ForwardProxy:
    """A plain HTTP forward proxy on loopback (absolute-form requests, no CONNECT): it sends each request
    on to its origin and relays the answer byte for byte as it arrives, then closes."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}"
        self.targets: list[str] = []
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            threading.Thread(target=self._relay, args=(conn,), daemon=True).start()

    def _relay(self, conn: socket.socket) -> None:
        with conn, contextlib.suppress(OSError):
            data = b""
            while b"\r\n\r\n" not in data:
                chunk = conn.recv(65536)
                if not chunk:
                    return
                data += chunk
            head, _, body = data.partition(b"\r\n\r\n")
            request_line, *header_lines = head.split(b"\r\n")
            method, target, version = request_line.split(b" ")
            self.targets.append(target.decode())
            parts = httpx.URL(target.decode())
            kept = [h for h in header_lines if not h.lower().startswith((b"connection:", b"proxy-"))]
            upstream = socket.create_connection((parts.host, parts.port or 80))
            with upstream:
                head = b"\r\n".join(
                    [b" ".join([method, parts.raw_path, version]), *kept, b"Connection: close"]
                )
                upstream.sendall(head + b"\r\n\r\n" + body)
                while chunk := upstream.recv(65536):
                    conn.sendall(chunk)

    def close(self) -> None:
        self.sock.close()


@pytest.fixture
def proxy() -> Iterator[ForwardProxy]:
    server = ForwardProxy()
    yield server
    server.close()


def test_http_proxy_from_the_environment_carries_the_calls(
    proxy: ForwardProxy, monkeypatch: pytest.MonkeyPatch
) -> None:
    with FaultServer(respond(200, p.session_payload())) as kratos:
        monkeypatch.setenv("HTTP_PROXY", proxy.url)
        with OryClient(kratos.url) as client:
            assert whoami(client) == p.SESSION_ID
        assert proxy.targets == [kratos.url + "/sessions/whoami"]
        assert kratos.requests[0].header("X-Session-Token") == TOKEN


@pytest.mark.parametrize(
    "environment",
    [
        {"NO_PROXY": "example.com"},
        {"HTTP_PROXY": "PROXY", "NO_PROXY": "127.0.0.1"},
        {"HTTP_PROXY": "PROXY", "NO_PROXY": "*"},
        {"HTTPS_PROXY": "PROXY"},  # an http:// Kratos
    ],
    ids=["no-proxy-alone", "bypassed-ip", "bypassed-all", "other-scheme"],
)
def test_origins_no_proxy_applies_to_go_direct(
    proxy: ForwardProxy, monkeypatch: pytest.MonkeyPatch, environment: dict[str, str]
) -> None:
    for name, value in environment.items():
        monkeypatch.setenv(name, value.replace("PROXY", proxy.url))
    with FaultServer(respond(200, p.session_payload())) as kratos, OryClient(kratos.url) as client:
        assert whoami(client) == p.SESSION_ID
        assert kratos.request_count == 1
    assert proxy.targets == []


def test_trust_env_false_ignores_the_proxy(proxy: ForwardProxy, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ALL_PROXY", proxy.url)
    with FaultServer(respond(200, p.session_payload())) as kratos:
        with OryClient(kratos.url, trust_env=False) as client:
            assert whoami(client) == p.SESSION_ID
        assert proxy.targets == []
        with OryClient(kratos.url) as client:
            assert whoami(client) == p.SESSION_ID
        assert proxy.targets == [kratos.url + "/sessions/whoami"]


@pytest.mark.parametrize("environment", ["none", "no-proxy-alone", "proxied"])
def test_the_deadline_holds_whatever_the_environment(
    proxy: ForwardProxy, monkeypatch: pytest.MonkeyPatch, environment: str
) -> None:
    """A body dripped a byte every 20 ms never leaves the timeout without a byte: only a deadline over the
    whole attempt ends it (without one the call would succeed after about 1.3 s)."""
    if environment == "no-proxy-alone":
        monkeypatch.setenv("NO_PROXY", "example.com")
    elif environment == "proxied":
        monkeypatch.setenv("HTTP_PROXY", proxy.url)
    body = (b" " * 60 + b'{"id": "x"}').ljust(64)
    with FaultServer(trickle(body, every=0.02)) as kratos:
        with OryClient(kratos.url, timeout=0.3, max_retries=0) as client, pytest.raises(OryTimeoutError):
            whoami(client)
        assert kratos.request_count == 1
    assert len(proxy.targets) == (1 if environment == "proxied" else 0)


def test_the_dripped_answer_arrives_behind_the_proxy_when_time_allows(
    proxy: ForwardProxy, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The control for the test above: the same trickle is read when the timeout is long enough."""
    monkeypatch.setenv("HTTP_PROXY", proxy.url)
    answer = trickle(json.dumps(p.session_payload()).encode(), every=0.0005)
    with FaultServer(answer) as kratos, OryClient(kratos.url, timeout=30, max_retries=0) as client:
        assert whoami(client) == p.SESSION_ID
    assert len(proxy.targets) == 1


@pytest.mark.parametrize(
    ("scheme", "host", "port", "environment", "expected"),
    [
        ("http", "kratos", 4433, {}, None),
        ("http", "kratos", 4433, {"http": "proxy:3128"}, "http://proxy:3128"),
        ("https", "kratos", 443, {"http": "http://proxy:3128"}, None),
        ("https", "kratos", 443, {"https": "http://p:1", "all": "http://a:2"}, "http://p:1"),
        ("https", "kratos", 443, {"all": "socks5://a:2"}, "socks5://a:2"),
        ("http", "kratos", 4433, {"no": "kratos"}, None),
        ("http", "kratos", 4433, {"http": "http://p:1", "no": "*"}, None),
        ("http", "kratos", 4433, {"http": "http://p:1", "no": "kratos"}, None),
        ("http", "auth.example.com", 80, {"http": "http://p:1", "no": "example.com"}, None),
        ("http", "example.com", 80, {"http": "http://p:1", "no": "example.com"}, None),
        ("http", "badexample.com", 80, {"http": "http://p:1", "no": "example.com"}, "http://p:1"),
        ("http", "auth.example.com", 80, {"http": "http://p:1", "no": ".example.com"}, None),
        ("http", "example.com", 80, {"http": "http://p:1", "no": ".example.com"}, "http://p:1"),
        ("http", "10.0.0.7", 80, {"http": "http://p:1", "no": "10.0.0.7"}, None),
        ("http", "10.0.0.70", 80, {"http": "http://p:1", "no": "10.0.0.7"}, "http://p:1"),
        ("http", "::1", 80, {"http": "http://p:1", "no": "::1"}, None),
        ("http", "localhost", 80, {"http": "http://p:1", "no": "localhost"}, None),
        ("http", "kratos", 4433, {"http": "http://p:1", "no": "http://kratos"}, None),
        ("https", "kratos", 443, {"https": "http://p:1", "no": "http://kratos"}, "http://p:1"),
        ("http", "kratos", 4433, {"http": "http://p:1", "no": " other , kratos "}, None),
    ],
)
def test_the_environment_is_read_as_httpx_reads_it(
    scheme: str, host: str, port: int, environment: dict[str, str], expected: str | None
) -> None:
    assert environment_proxy(scheme, host, port, environment) == expected


def test_no_proxy_alone_builds_no_proxy_transport(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_PROXY", "localhost")
    with FaultServer(respond(200, p.session_payload())) as kratos, OryClient(kratos.url) as client:
        whoami(client)
        transport = client.http_client._transport
        assert isinstance(transport, PooledTransport) and transport._proxy_transports == {}

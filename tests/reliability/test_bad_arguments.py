"""Bad input from the caller: malformed configuration and arguments fail fast, before any request.

Each test counts the requests a recording transport (or the loopback fault server) saw: a bad argument must
be refused with a ``ValueError`` (``OryConfigurationError`` is one) without a request leaving the process.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import suppress
from typing import Any

import httpx
import pytest

from ory_facade import OryClient, OryConfigurationError, OryError, OryRequestError, SessionInactiveError

from .faultserver import FaultServer, respond
from .payloads import session_payload

PUBLIC = "http://kratos.test:4433"
ADMIN = "http://kratos.test:4434"


class Recorder:
    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(404, json={"error": {"code": 404, "message": "not found"}})


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()


@pytest.fixture
def client(recorder: Recorder) -> Iterator[OryClient]:
    mock = httpx.MockTransport(recorder)
    with OryClient(
        PUBLIC, admin_url=ADMIN, api_key="ory_pat_bad_args_key_0123456789", transport=mock
    ) as client:
        yield client


# --- configuration ----------------------------------------------------------------------------------------
BAD_URLS = [
    "",
    " ",
    "kratos:4433",
    "ftp://kratos.example",
    "http://",
    "https://?x=1",
    "http://kratos.example?debug=1",
    "http://kratos.example/#frag",
    "javascript:alert(1)",
    "//kratos.example",
    "/relative/path",
]


@pytest.mark.parametrize("url", BAD_URLS)
@pytest.mark.parametrize("argument", ["public_url", "admin_url", "browser_url"])
def test_malformed_urls_are_refused(argument: str, url: str) -> None:
    kwargs: dict[str, Any] = {"public_url": "http://kratos.example"}
    kwargs[argument] = url
    if argument != "public_url" and not url:
        pytest.skip("an empty optional URL means 'not configured'")
    with pytest.raises(OryConfigurationError) as caught:
        OryClient(**kwargs)
    assert isinstance(caught.value, ValueError)
    assert argument in str(caught.value)


@pytest.mark.parametrize(
    ("variable", "value"),
    [("KRATOS_PUBLIC_URL", "not a url"), ("KRATOS_ADMIN_URL", "ftp://x"), ("ORY_SDK_URL", "kratos")],
)
def test_malformed_urls_from_the_environment_name_the_variable(variable: str, value: str) -> None:
    env = {"KRATOS_PUBLIC_URL": "http://kratos.example", variable: value}
    with pytest.raises(OryConfigurationError, match=variable):
        OryClient.from_env(env)


def test_missing_url_names_argument_and_variables() -> None:
    with pytest.raises(OryConfigurationError) as caught:
        OryClient.from_env({})
    assert "KRATOS_PUBLIC_URL" in str(caught.value) and "ORY_SDK_URL" in str(caught.value)


@pytest.mark.parametrize("options", [{"timeout": 0}, {"timeout": -1.5}, {"max_retries": -1}])
def test_nonsense_numbers_are_refused(options: dict[str, Any]) -> None:
    with pytest.raises(OryConfigurationError):
        OryClient("http://kratos.example", **options)
    with OryClient("http://kratos.example") as good, pytest.raises(OryConfigurationError):
        good.with_options(**options)


# --- arguments: refused before any request ----------------------------------------------------------------
def test_no_credentials_means_signed_out_without_asking_kratos(client: OryClient, recorder: Recorder) -> None:
    for call in (
        lambda: client.whoami(),
        lambda: client.whoami(cookie="", session_token=""),
        lambda: client.sessions.list_page(),
        lambda: client.sessions.revoke_others(),
    ):
        with pytest.raises(SessionInactiveError):
            call()
    assert recorder.requests == []


def test_admin_calls_without_an_admin_url(recorder: Recorder) -> None:
    client = OryClient(PUBLIC, transport=httpx.MockTransport(recorder))
    for call in (
        lambda: client.admin.identities.get("8d2f7a0e-3f1b-4d1e-9a35-1c0b6a8f52d4"),
        lambda: list(client.admin.identities.iter_all()),
        lambda: client.admin.courier.list_page(),
        lambda: client.admin.version(),
    ):
        with pytest.raises(OryConfigurationError, match="admin_url"):
            call()
    assert recorder.requests == []


def test_settings_restart_without_credentials(client: OryClient, recorder: Recorder) -> None:
    with pytest.raises(ValueError, match=r"session_token|Cookie"):
        client.settings.restart(None, native=True)
    with pytest.raises(ValueError, match="Cookie"):
        client.settings.restart(None, native=False)
    assert recorder.requests == []


def test_conflicting_form_fields(client: OryClient) -> None:
    from ory_facade import ui

    with pytest.raises(ValueError, match="conflicts"):
        ui.form_to_body([("traits", "x"), ("traits.email", "a@b.c")])


HEADER_INJECTIONS = ["ory_kratos_session=abc\r\nX-Injected: 1", "abc\nX-Injected: 1", "abc\rX-Injected: 1"]


@pytest.fixture
def loopback() -> Iterator[FaultServer]:
    with FaultServer(respond(200, session_payload())) as server:
        yield server


@pytest.mark.parametrize("value", HEADER_INJECTIONS)
@pytest.mark.parametrize("where", ["cookie", "session_token"])
def test_header_injection_is_refused_before_sending(where: str, value: str, loopback: FaultServer) -> None:
    with OryClient(loopback.url) as client, pytest.raises(ValueError):
        client.whoami(**{where: value})
    assert loopback.request_count == 0


@pytest.mark.parametrize("value", HEADER_INJECTIONS[:1])
def test_header_injection_is_refused_before_sending_with_an_injected_client(
    value: str, loopback: FaultServer
) -> None:
    with httpx.Client() as http:
        client = OryClient(loopback.url, http_client=http)
        client._transport._sleep = lambda seconds: None
        try:
            client.whoami(cookie=value)
        except ValueError:
            pass
        except OryError as exc:
            raise AssertionError(f"{type(exc).__name__}: {exc}") from exc
    assert loopback.request_count == 0


@pytest.mark.parametrize("token", ["ory_st_\u2603snowman", "ory_st_caf\u00e9"])
def test_a_token_that_is_not_ascii_is_refused_unsent(loopback: FaultServer, token: str) -> None:
    with OryClient(loopback.url) as client, pytest.raises(OryRequestError, match="not ASCII") as caught:
        client.whoami(session_token=token)
    assert token not in str(caught.value)
    assert loopback.request_count == 0


def test_ids_are_quoted_into_their_path_segment(client: OryClient, recorder: Recorder) -> None:
    for identity_id in ("../sessions", "a/b", "x?y=1", "%2e%2e", "id#frag"):
        with pytest.raises(OryError):
            client.admin.identities.get(identity_id)
    paths = [r.url.raw_path.decode() for r in recorder.requests]
    assert paths == [
        "/admin/identities/..%2Fsessions",
        "/admin/identities/a%2Fb",
        "/admin/identities/x%3Fy%3D1",
        "/admin/identities/%252e%252e",
        "/admin/identities/id%23frag",
    ]


ID_CALLS: dict[str, Callable[[OryClient, str], Any]] = {
    "identities.get": lambda c, i: c.admin.identities.get(i),
    "identities.delete": lambda c, i: c.admin.identities.delete(i),
    "identities.delete_sessions": lambda c, i: c.admin.identities.delete_sessions(i),
    "sessions.get": lambda c, i: c.admin.sessions.get(i),
    "sessions.disable": lambda c, i: c.admin.sessions.disable(i),
    "courier.get": lambda c, i: c.admin.courier.get(i),
    "login.get": lambda c, i: c.login.get(i),
}


def test_ids_that_change_the_endpoint_are_refused(recorder: Recorder) -> None:
    sent: list[str] = []
    for name, call in ID_CALLS.items():
        for bad_id in ("", ".", ".."):
            recorder.requests.clear()
            with suppress(ValueError, OryError):
                call(OryClient(PUBLIC, admin_url=ADMIN, transport=httpx.MockTransport(recorder)), bad_id)
            sent += [f"{name}({bad_id!r}) -> {r.method} {r.url.raw_path.decode()}" for r in recorder.requests]
    assert sent == [], sent


def test_empty_login_credentials_are_refused_locally(client: OryClient, recorder: Recorder) -> None:
    for identifier, password in (("", "a long passphrase"), ("ada@example.com", "")):
        with suppress(ValueError, OryError):
            client.login.with_password(identifier, password)
    assert recorder.requests == [], f"{len(recorder.requests)} requests sent"


def test_return_to_is_not_checked_by_the_client(client: OryClient, recorder: Recorder) -> None:
    """``OryClient`` has no return_to allow-list: a foreign ``return_to`` goes to Kratos, which checks it
    against its own allow-list (``ReturnToForbiddenError``). Apps redirecting browsers themselves must use
    ``ory_facade.contrib.redirects.safe_return_to`` (see test_security.py)."""
    url = client.login.browser_url(return_to="https://evil.example/phish")
    assert url.startswith(f"{PUBLIC}/self-service/login/browser?return_to=https%3A%2F%2Fevil.example")
    with pytest.raises(OryError):
        client.login.create_browser(return_to="https://evil.example/phish")
    assert len(recorder.requests) == 1

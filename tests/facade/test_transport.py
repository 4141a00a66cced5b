"""The one call path: headers, credentials, cookies, redirects, retries, exception mapping and logging."""

from __future__ import annotations

import inspect
import logging
import ssl
from typing import Any

import httpx
import pytest
from facade_fakes import ADMIN, PUBLIC, MockKratos, error_body, identity, json_response, session

from ory_facade import (
    OryClient,
    OryConfigurationError,
    OryConnectionError,
    OryError,
    OryResponseError,
    OryTimeoutError,
    RateLimitedError,
    ServerError,
)
from ory_facade._constants import USER_AGENT
from ory_facade._pool import PooledTransport
from ory_facade._transport import NoCookieJar, header_bytes

WHOAMI = "/sessions/whoami"


def test_requests_ask_for_json_and_never_carry_the_api_key_to_the_public_url(
    kratos: MockKratos, ory: OryClient
) -> None:
    kratos.json("GET", WHOAMI, 200, session())
    ory.whoami(cookie="ory_kratos_session=abc")
    request = kratos.last("GET", WHOAMI)
    assert request.url.host == "kratos.test" and request.url.port == 4433
    assert request.headers["accept"] == "application/json"
    assert "authorization" not in request.headers
    assert request.headers["cookie"] == "ory_kratos_session=abc"


def test_admin_calls_go_to_admin_url_with_bearer_key(kratos: MockKratos, ory: OryClient) -> None:
    doc = identity()
    kratos.json("GET", f"/admin/identities/{doc['id']}", 200, doc)
    ory.admin.identities.get(doc["id"])
    request = kratos.last("GET")
    assert str(request.url).startswith(ADMIN)
    assert request.headers["authorization"] == "Bearer admin-secret-key"


def test_injected_client_default_auth_header_is_stripped_from_public_calls(kratos: MockKratos) -> None:
    http = httpx.Client(transport=httpx.MockTransport(kratos), headers={"Authorization": "Bearer leaked"})
    kratos.json("GET", WHOAMI, 200, session())
    OryClient(PUBLIC, http_client=http).whoami(session_token="tok")
    assert "authorization" not in kratos.last().headers


def test_admin_call_without_admin_url_names_argument_and_variable(kratos: MockKratos) -> None:
    client = OryClient(PUBLIC, transport=httpx.MockTransport(kratos))
    with pytest.raises(OryConfigurationError) as caught:
        client.admin.identities.get("x")
    assert "admin_url" in str(caught.value) and "KRATOS_ADMIN_URL" in str(caught.value)
    assert kratos.requests == []


def test_cookies_from_one_response_are_never_sent_with_the_next_request(
    kratos: MockKratos, ory: OryClient
) -> None:
    kratos.json(
        "GET",
        WHOAMI,
        200,
        session(),
        headers=[("set-cookie", "ory_kratos_session=USER_A; Path=/; HttpOnly")],
    )
    ory.whoami(cookie="ory_kratos_session=USER_A")
    ory.whoami(session_token="user-b-token")
    second = kratos.requests[-1]
    assert "cookie" not in second.headers
    assert len(ory._transport.http_client.cookies.jar) == 0


def test_default_http_client_is_safe() -> None:
    client = OryClient(PUBLIC)
    try:
        http = client._transport.http_client
        assert isinstance(http.cookies.jar, NoCookieJar)
        assert http.follow_redirects is False
        assert http.timeout.read is not None and http.timeout.connect is not None
        # Every call goes through the facade's pooled transport: bounded, keep-alive, TLS verified.
        pool = http._transport
        assert isinstance(pool, PooledTransport) and pool.max_connections == 100
        assert pool._ssl_context.verify_mode == ssl.CERT_REQUIRED
        assert pool._ssl_context.check_hostname is True
    finally:
        client.close()


def test_redirects_are_not_followed(kratos: MockKratos, ory: OryClient) -> None:
    kratos.on("GET", WHOAMI, httpx.Response(303, headers={"location": f"{PUBLIC}/elsewhere"}))
    kratos.json("GET", "/elsewhere", 200, session())
    with pytest.raises(OryResponseError) as caught:
        ory.whoami(cookie="a=b")
    assert caught.value.status == 303
    assert kratos.count("GET", "/elsewhere") == 0


def test_timeout_is_passed_on_every_request(kratos: MockKratos) -> None:
    seen: list[dict[str, float | None]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.extensions["timeout"])
        return json_response(200, session())

    kratos.on("GET", WHOAMI, handler)
    kratos.client(timeout=1.5).whoami(session_token="t")
    assert seen[0]["read"] == 1.5


# --- exception mapping --------------------------------------------------------------------------------
def _httpx_request_errors() -> list[type[httpx.RequestError]]:
    found: list[type[httpx.RequestError]] = []
    for _, value in inspect.getmembers(httpx, inspect.isclass):
        if issubclass(value, httpx.RequestError) and value is not httpx.RequestError:
            found.append(value)
    return sorted(found, key=lambda cls: cls.__name__)


@pytest.mark.parametrize("exc_type", _httpx_request_errors(), ids=lambda cls: cls.__name__)
def test_every_httpx_request_error_is_mapped(kratos: MockKratos, exc_type: type[httpx.RequestError]) -> None:
    kratos.on("GET", WHOAMI, exc_type("boom"))
    with pytest.raises(OryError) as caught:
        kratos.client(max_retries=0).whoami(session_token="t")
    assert isinstance(caught.value.__cause__, exc_type)
    if issubclass(exc_type, httpx.TimeoutException):
        assert isinstance(caught.value, OryTimeoutError)
    elif issubclass(exc_type, httpx.TransportError):
        assert isinstance(caught.value, OryConnectionError)
        assert not isinstance(caught.value, OryTimeoutError)


def test_timeout_is_a_connection_error_too() -> None:
    assert issubclass(OryTimeoutError, OryConnectionError)


# --- retries ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("status", [429, 502, 503, 504])
def test_get_is_retried_on_retryable_status(kratos: MockKratos, status: int) -> None:
    kratos.on("GET", WHOAMI, json_response(status, error_body(None, status)), json_response(200, session()))
    kratos.client().whoami(session_token="t")
    assert kratos.count("GET", WHOAMI) == 2


def test_get_is_retried_on_connection_errors_then_gives_up(kratos: MockKratos) -> None:
    kratos.on("GET", WHOAMI, httpx.ConnectError("refused"))
    with pytest.raises(OryConnectionError):
        kratos.client(max_retries=3).whoami(session_token="t")
    assert kratos.count("GET", WHOAMI) == 4


def test_retries_are_bounded_and_the_last_error_is_raised(kratos: MockKratos) -> None:
    kratos.on("GET", WHOAMI, json_response(503, error_body(None, 503, "maintenance")))
    with pytest.raises(ServerError) as caught:
        kratos.client(max_retries=2).whoami(session_token="t")
    assert kratos.count("GET", WHOAMI) == 3
    assert caught.value.status == 503


def test_max_retries_zero_disables_retries(kratos: MockKratos) -> None:
    kratos.on("GET", WHOAMI, json_response(502, error_body(None, 502)))
    with pytest.raises(ServerError):
        kratos.client(max_retries=0).whoami(session_token="t")
    assert kratos.count("GET", WHOAMI) == 1


def test_client_errors_are_not_retried(kratos: MockKratos) -> None:
    kratos.on("GET", WHOAMI, json_response(500, error_body(None, 500)))
    with pytest.raises(ServerError):
        kratos.client().whoami(session_token="t")
    assert kratos.count("GET", WHOAMI) == 1


def test_flow_submissions_are_never_retried(kratos: MockKratos) -> None:
    kratos.on("POST", "/self-service/login", json_response(503, error_body(None, 503)))
    kratos.on("POST", "/self-service/login", httpx.ConnectError("refused"))
    client = kratos.client(max_retries=5)
    with pytest.raises(ServerError):
        client.login.submit("flow-1", {"method": "password"})
    with pytest.raises(OryConnectionError):
        client.login.submit("flow-1", {"method": "password"})
    assert kratos.count("POST", "/self-service/login") == 2


def test_delete_is_retried_only_when_kratos_cannot_have_acted(kratos: MockKratos) -> None:
    path = "/admin/sessions/s-1"
    kratos.on("DELETE", path, httpx.ConnectError("refused"), httpx.Response(204))
    client = kratos.client(api_key="k")
    client.admin.sessions.disable("s-1")
    assert kratos.count("DELETE", path) == 2

    kratos.routes.clear()
    kratos.requests.clear()
    kratos.on("DELETE", path, httpx.ReadTimeout("maybe processed"), httpx.Response(204))
    with pytest.raises(OryTimeoutError):
        client.admin.sessions.disable("s-1")
    assert kratos.count("DELETE", path) == 1

    kratos.requests.clear()
    kratos.routes.clear()
    kratos.on("DELETE", path, json_response(502, error_body(None, 502)), httpx.Response(204))
    with pytest.raises(ServerError):
        client.admin.sessions.disable("s-1")
    assert kratos.count("DELETE", path) == 1


def test_logout_token_get_is_not_retried(kratos: MockKratos) -> None:
    kratos.on("GET", "/self-service/logout", json_response(503, error_body(None, 503)))
    with pytest.raises(ServerError):
        kratos.client().browser_logout.submit("logout-token")
    assert kratos.count("GET", "/self-service/logout") == 1


def test_retry_after_is_honoured(kratos: MockKratos) -> None:
    kratos.on(
        "GET",
        WHOAMI,
        json_response(429, error_body(None, 429), [("retry-after", "2")]),
        json_response(200, session()),
    )
    client = kratos.client()
    waits: list[float] = []
    client._transport._sleep = waits.append
    client.whoami(session_token="t")
    assert waits == [2.0]


def test_retry_after_beyond_the_cap_is_not_waited_for(kratos: MockKratos) -> None:
    kratos.on("GET", WHOAMI, json_response(429, error_body(None, 429), [("retry-after", "3600")]))
    client = kratos.client()
    waits: list[float] = []
    client._transport._sleep = waits.append
    with pytest.raises(RateLimitedError) as caught:
        client.whoami(session_token="t")
    assert waits == []
    assert caught.value.retry_after == 3600.0


def test_backoff_grows_exponentially_with_jitter(kratos: MockKratos) -> None:
    kratos.on("GET", WHOAMI, httpx.ConnectError("refused"))
    client = kratos.client(max_retries=4)
    waits: list[float] = []
    client._transport._sleep = waits.append
    with pytest.raises(OryConnectionError):
        client.whoami(session_token="t")
    from ory_facade._constants import INITIAL_RETRY_DELAY, MAX_RETRY_DELAY, RETRY_JITTER

    assert len(waits) == 4
    for attempt, wait in enumerate(waits):
        ceiling = min(INITIAL_RETRY_DELAY * 2**attempt, MAX_RETRY_DELAY)
        assert ceiling * (1 - RETRY_JITTER) <= wait <= ceiling


# --- responses that are not what Kratos documents ------------------------------------------------------
def test_invalid_json_success_is_a_response_error(kratos: MockKratos, ory: OryClient) -> None:
    kratos.on("GET", WHOAMI, httpx.Response(200, content=b"<html>proxy login page</html>"))
    with pytest.raises(OryResponseError) as caught:
        ory.whoami(session_token="t")
    assert caught.value.status == 200
    assert "proxy login page" in caught.value.excerpt


def test_shape_mismatch_is_a_response_error_with_the_raw_response(kratos: MockKratos, ory: OryClient) -> None:
    kratos.json("GET", WHOAMI, 200, {"unexpected": True})
    with pytest.raises(OryResponseError) as caught:
        ory.whoami(session_token="t")
    assert "Session" in str(caught.value)
    assert caught.value.response is not None and caught.value.response.status_code == 200


def test_unknown_status_is_handled(kratos: MockKratos, ory: OryClient) -> None:
    kratos.on("GET", WHOAMI, httpx.Response(599, content=b"weird"))
    with pytest.raises(ServerError):
        ory.with_options(max_retries=0).whoami(session_token="t")


# --- logging ------------------------------------------------------------------------------------------
def test_log_records_name_method_path_status_but_no_secrets(
    kratos: MockKratos, ory: OryClient, caplog: pytest.LogCaptureFixture
) -> None:
    kratos.on(
        "GET",
        "/self-service/logout",
        httpx.Response(204, headers={"set-cookie": "ory_kratos_session=; Max-Age=0"}),
    )
    kratos.json("GET", WHOAMI, 200, session())
    with caplog.at_level(logging.DEBUG, logger="ory_facade"):
        ory.whoami(cookie="ory_kratos_session=COOKIESECRET", session_token="TOKENSECRET")
        ory.browser_logout.submit("LOGOUTSECRET", cookie="ory_kratos_session=COOKIESECRET")
    messages = [record.getMessage() for record in caplog.records]
    assert any("GET /sessions/whoami -> 200" in m for m in messages)
    assert any("GET /self-service/logout -> 204" in m for m in messages)
    for record in caplog.records:
        assert record.name.startswith("ory_facade")
        for secret in ("COOKIESECRET", "TOKENSECRET", "LOGOUTSECRET", "admin-secret-key"):
            assert secret not in record.getMessage()


BUILT = {
    "whoami token": (
        {"method": "get", "url": WHOAMI, "params": {}, "headers": {"X-Session-Token": "t"}},
        False,
    ),
    "whoami cookie, not ASCII": (
        {
            "method": "get",
            "url": WHOAMI,
            "params": {},
            "headers": {"Cookie": "a=caf\xe9; ory_kratos_session=s"},
        },
        False,
    ),
    "query": (
        {
            "method": "get",
            "url": "/admin/identities",
            "params": {"page_size": 5, "credentials_identifier": "a b"},
        },
        True,
    ),
    "delete": ({"method": "delete", "url": "/admin/identities/i1"}, True),
    "post without body": ({"method": "post", "url": "/admin/recovery/code"}, True),
    "patch without body": ({"method": "patch", "url": "/admin/identities/i1"}, True),
    "post with body": (
        {"method": "post", "url": "/admin/identities", "json": {"traits": {"email": "é"}}},
        True,
    ),
    "a Host of its own": ({"method": "get", "url": WHOAMI, "headers": {"host": "elsewhere.test"}}, False),
    "a Content-Length of its own": (
        {"method": "post", "url": "/x", "headers": {"Content-Length": "0"}},
        False,
    ),
}


@pytest.mark.parametrize(("kwargs", "admin"), BUILT.values(), ids=BUILT.keys())
def test_requests_are_what_the_httpx_constructor_builds(kwargs: dict[str, Any], admin: bool) -> None:
    """Requests without a body skip httpx's body encoding (``stream=``): every field must still be what
    ``httpx.Request(...)`` builds from the same method, URL, headers and extensions."""
    with OryClient(PUBLIC, admin_url=ADMIN, api_key="admin-secret-key") as ory:
        transport = ory._transport
        for _ in range(2):  # the second time from the URL cache
            built = transport._build(kwargs, admin=admin)
            base = ADMIN if admin else PUBLIC
            headers = {"Accept": "application/json", "User-Agent": USER_AGENT, **kwargs.get("headers", {})}
            if "Cookie" in headers:
                headers["Cookie"] = header_bytes(headers["Cookie"])
            if admin:
                headers["Authorization"] = "Bearer admin-secret-key"
            expected = httpx.Request(
                kwargs["method"].upper(),
                base + kwargs["url"],
                params=kwargs.get("params") or None,
                headers=headers,
                json=kwargs.get("json"),
                extensions={"timeout": transport._timeouts},
            )
            assert built.method == expected.method
            assert built.url == expected.url
            assert built.headers.raw == expected.headers.raw
            assert built.content == expected.content
            assert b"".join(built.stream) == b"".join(expected.stream)  # type: ignore[arg-type]
            assert built.extensions == expected.extensions
            assert sorted(vars(built)) == sorted(vars(expected))

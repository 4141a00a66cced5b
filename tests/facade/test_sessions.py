"""whoami and the user's own sessions, against a mock Kratos."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from facade_fakes import PUBLIC, MockKratos, error_body, json_response, session

from ory_facade import (
    AAL2RequiredError,
    OryClient,
    SessionInactiveError,
    UnauthorizedError,
)

WHOAMI = "/sessions/whoami"


def test_whoami_with_cookie_forwards_the_whole_header(kratos: MockKratos, ory: OryClient) -> None:
    doc = session()
    kratos.json("GET", WHOAMI, 200, doc)
    header = "csrf_token_abc=xyz; ory_session_slug=SESSION; theme=dark"
    result = ory.whoami(cookie=header)
    assert str(result.id) == doc["id"]
    assert result.identity.traits["email"] == "ada@example.com"  # type: ignore[union-attr]
    assert kratos.last().headers["cookie"] == header
    assert "x-session-token" not in kratos.last().headers


def test_whoami_with_session_token(kratos: MockKratos, ory: OryClient) -> None:
    kratos.json("GET", WHOAMI, 200, session())
    ory.whoami(session_token="ory_st_abc")
    assert kratos.last().headers["x-session-token"] == "ory_st_abc"
    assert "cookie" not in kratos.last().headers


def test_whoami_without_credentials_raises_without_calling_kratos(kratos: MockKratos, ory: OryClient) -> None:
    with pytest.raises(SessionInactiveError) as caught:
        ory.whoami(cookie=None)
    assert kratos.requests == []
    assert caught.value.status == 401
    assert caught.value.error_id == "session_inactive"


def test_whoami_inactive_session(kratos: MockKratos, ory: OryClient) -> None:
    kratos.json("GET", WHOAMI, 401, error_body("session_inactive", 401, "No active session was found"))
    with pytest.raises(SessionInactiveError) as caught:
        ory.whoami(cookie="ory_kratos_session=expired")
    assert isinstance(caught.value, UnauthorizedError)


def test_whoami_aal2_required_by_kratos(kratos: MockKratos, ory: OryClient) -> None:
    redirect = f"{PUBLIC}/self-service/login/browser?aal=aal2"
    body = error_body(
        "session_aal2_required", 403, redirect_browser_to=redirect, details={"redirect_browser_to": redirect}
    )
    kratos.json("GET", WHOAMI, 403, body)
    with pytest.raises(AAL2RequiredError) as caught:
        ory.whoami(cookie="c=1")
    assert caught.value.redirect_browser_to == redirect


def test_whoami_aal_argument_checks_the_session_level(kratos: MockKratos) -> None:
    kratos.json("GET", WHOAMI, 200, session(aal="aal1"))
    client = kratos.client(browser_url="https://example.com/.ory")
    with pytest.raises(AAL2RequiredError) as caught:
        client.whoami(cookie="c=1", aal="aal2", return_to="https://example.com/account")
    redirect = caught.value.redirect_browser_to
    assert redirect is not None
    parts = urlsplit(redirect)
    assert (
        f"{parts.scheme}://{parts.netloc}{parts.path}"
        == "https://example.com/.ory/self-service/login/browser"
    )
    assert parse_qs(parts.query) == {"aal": ["aal2"], "return_to": ["https://example.com/account"]}


def test_whoami_aal_argument_accepts_a_sufficient_session(kratos: MockKratos, ory: OryClient) -> None:
    kratos.json("GET", WHOAMI, 200, session(aal="aal2"))
    assert ory.whoami(cookie="c=1", aal="aal2").authenticator_assurance_level == "aal2"


def test_whoami_tolerates_legacy_empty_aal(kratos: MockKratos, ory: OryClient) -> None:
    doc = session()
    doc["authenticator_assurance_level"] = ""
    kratos.json("GET", WHOAMI, 200, doc)
    assert ory.whoami(session_token="t").authenticator_assurance_level == ""


def test_list_my_sessions_follows_pages(kratos: MockKratos, ory: OryClient) -> None:
    first, second = session(), session()
    kratos.json(
        "GET",
        "/sessions",
        200,
        [first],
        headers=[("link", '</sessions?page_size=1&page_token=tok2>; rel="next"')],
    )
    kratos.on("GET", "/sessions", json_response(200, [second]))
    ids = [str(s.id) for s in ory.sessions.iter_all(session_token="t", page_size=1)]
    assert ids == [first["id"], second["id"]]
    tokens = [r.url.params.get("page_token") for r in kratos.requests]
    assert tokens == [None, "tok2"]
    assert all(r.headers["x-session-token"] == "t" for r in kratos.requests)


def test_revoke_session_and_others(kratos: MockKratos, ory: OryClient) -> None:
    kratos.on("DELETE", "/sessions/s-1", httpx.Response(204))
    kratos.json("DELETE", "/sessions", 200, {"count": 3})
    ory.sessions.revoke("s-1", cookie="c=1")
    assert ory.sessions.revoke_others(cookie="c=1") == 3
    assert kratos.last("DELETE", "/sessions/s-1").headers["cookie"] == "c=1"


def test_revoke_without_credentials_is_refused_locally(kratos: MockKratos, ory: OryClient) -> None:
    with pytest.raises(SessionInactiveError):
        ory.sessions.revoke_others()
    assert kratos.requests == []


def test_list_my_sessions_skips_a_page_kratos_repeats(kratos: MockKratos, ory: OryClient) -> None:
    """Kratos' /sessions offset token brings the first page again: no session is yielded twice."""
    first, second = session(), session()
    link = [("link", '</sessions?page_size=2&page_token=eyJvZmZzZXQiOiIyIn0>; rel="next"')]
    kratos.json("GET", "/sessions", 200, [first, second], headers=link)
    kratos.json("GET", "/sessions", 200, [first, second], headers=link)
    ids = [str(s.id) for s in ory.sessions.iter_all(session_token="t", page_size=2)]
    assert ids == [first["id"], second["id"]]
    assert len(kratos.requests) == 2

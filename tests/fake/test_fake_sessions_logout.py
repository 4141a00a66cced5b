"""whoami, the caller's sessions, and logout (browser and native)."""

from __future__ import annotations

from typing import Any

import httpx

from ory_facade.testing import FakeKratos

from .support import location, native_login, query_of, set_cookie_named, spa_login


def test_whoami_without_or_with_expired_credentials(
    fake_kratos: FakeKratos, api: httpx.Client, user: dict[str, Any]
) -> None:
    anonymous = api.get("/sessions/whoami")
    assert anonymous.status_code == 401
    error = anonymous.json()["error"]
    # session.ErrNoSessionFound has no error id (session/handler.go, v1.3.1 and v26.2.0).
    assert "id" not in error
    assert error["reason"] == "No valid session credentials found in the request."
    assert error["code"] == 401
    assert api.get("/sessions/whoami", headers={"X-Session-Token": "ory_st_nope"}).status_code == 401
    token = native_login(api)["session_token"]
    assert api.get("/sessions/whoami", headers={"X-Session-Token": token}).status_code == 200
    fake_kratos.advance_clock(fake_kratos.config.session_lifespan + 1)
    assert api.get("/sessions/whoami", headers={"X-Session-Token": token}).status_code == 401


def test_whoami_with_cookie_and_tokenize_as(spa: httpx.Client, user: dict[str, Any]) -> None:
    assert spa_login(spa).status_code == 200
    session = spa.get("/sessions/whoami").json()
    assert session["identity"]["traits"]["email"] == "ada@example.com"
    assert "metadata_admin" not in session["identity"]
    assert "credentials" not in session["identity"]
    assert session["devices"][0]["user_agent"].startswith("python-httpx")
    assert spa.get("/sessions/whoami", params={"tokenize_as": "jwt"}).status_code == 400


def test_my_other_sessions(fake_kratos: FakeKratos, api: httpx.Client, user: dict[str, Any]) -> None:
    current = native_login(api)
    others = [native_login(api)["session"]["id"] for _ in range(3)]
    headers = {"X-Session-Token": current["session_token"]}
    listed = api.get("/sessions", headers=headers)
    assert listed.status_code == 200
    assert sorted(s["id"] for s in listed.json()) == sorted(others)
    assert listed.headers["X-Total-Count"] == "3"
    page = api.get("/sessions", params={"page_size": 2}, headers=headers)
    assert len(page.json()) == 2
    # migrationpagination: the first page links next and last, each with both parameter styles.
    assert set(page.links) == {"next", "last"}
    assert "per_page=2" in page.links["next"]["url"]

    assert api.delete(f"/sessions/{current['session']['id']}", headers=headers).status_code == 400
    assert api.delete(f"/sessions/{others[0]}", headers=headers).status_code == 204
    # RevokeSession is a plain UPDATE: an unknown id is no error.
    assert api.delete("/sessions/00000000-0000-4000-8000-000000000000", headers=headers).status_code == 204
    assert api.delete("/sessions/not-a-uuid", headers=headers).status_code == 400
    revoked = api.delete("/sessions", headers=headers)
    assert revoked.status_code == 200
    assert revoked.json() == {"count": 3}  # real Kratos counts the session revoked above too
    assert api.get("/sessions", headers=headers).json() == []
    assert api.get("/sessions/whoami", headers=headers).status_code == 200
    assert api.get("/sessions").status_code == 401
    assert api.delete("/sessions").status_code == 401


def test_browser_logout(
    fake_kratos: FakeKratos, spa: httpx.Client, browser: httpx.Client, user: dict[str, Any]
) -> None:
    assert spa.get("/self-service/logout/browser").status_code == 401
    # A browser asking for HTML is sent to the error UI instead (errorx Forward).
    html = browser.get("/self-service/logout/browser", headers={"Accept": "text/html"})
    assert html.status_code == 303
    assert location(html).startswith("http://127.0.0.1:4455/error?id=")
    # Following a logout URL without a session is an error too, not a silent success.
    assert spa.get("/self-service/logout", params={"token": "ory_lo_x"}).status_code == 401
    assert spa_login(spa).status_code == 200
    created = spa.get("/self-service/logout/browser", params={"return_to": "http://127.0.0.1:4455/bye"})
    assert created.status_code == 200
    body = created.json()
    # url.Values.Encode sorts the keys: return_to comes before token.
    assert body["logout_url"].startswith(f"{fake_kratos.public_url}/self-service/logout?return_to=")
    assert query_of(body["logout_url"])["token"] == body["logout_token"]
    assert query_of(body["logout_url"])["return_to"] == "http://127.0.0.1:4455/bye"

    mismatch = spa.get("/self-service/logout", params={"token": "wrong"})
    assert mismatch.status_code == 403
    assert spa.get("/self-service/logout").status_code == 400

    # The browser follows the logout URL (not as JSON): 303 and the session cookie is cleared.
    followed = spa.get(body["logout_url"], headers={"Accept": "text/html"})
    assert location(followed) == "http://127.0.0.1:4455/bye"
    cleared = set_cookie_named(followed, "ory_kratos_session=")
    # Kratos re-saves the cookie to expire it, so it carries an (opaque) value.
    assert not cleared.startswith("ory_kratos_session=;")
    assert "Max-Age=0" in cleared
    set_cookie_named(followed, "csrf_token_")
    assert spa.get("/sessions/whoami").status_code == 401


def test_ajax_logout_is_204(spa: httpx.Client, user: dict[str, Any]) -> None:
    spa_login(spa)
    token = spa.get("/self-service/logout/browser").json()["logout_token"]
    response = spa.get("/self-service/logout", params={"token": token})
    assert response.status_code == 204
    assert response.content == b""
    assert spa.get("/sessions/whoami").status_code == 401


def test_native_logout(api: httpx.Client, user: dict[str, Any]) -> None:
    token = native_login(api)["session_token"]
    assert api.request("DELETE", "/self-service/logout/api", json={"session_token": token}).status_code == 204
    assert api.get("/sessions/whoami", headers={"X-Session-Token": token}).status_code == 401
    # Revoking a revoked token again is a 204; only an unknown or missing token is a 403.
    again = api.request("DELETE", "/self-service/logout/api", json={"session_token": token})
    assert again.status_code == 204
    missing = api.request("DELETE", "/self-service/logout/api", json={})
    assert missing.status_code == 403
    unknown = api.request("DELETE", "/self-service/logout/api", json={"session_token": "nope"})
    assert unknown.status_code == 403

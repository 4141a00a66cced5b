"""The Django middleware, decorators, backend and self-service views against the fake and real Kratos."""

from __future__ import annotations

import pickle
from collections.abc import Callable
from io import BytesIO
from typing import Any

from backends import Backend
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.core.handlers.wsgi import WSGIHandler
from django.http import HttpResponse
from django.test import Client

from ory_facade.contrib.django.cookies import RawMorsel, relay_set_cookies
from ory_facade.contrib.django.runtime import get_runtime

from ..helpers import (
    CSRF_COOKIE_RE,
    NEW_PASSWORD,
    PASSWORD,
    SESSION_COOKIE_RE,
    count_whoami,
    field_value,
    path_of,
    query_of,
    totp_identity,
)
from .conftest import post_form, sign_in, start_flow


def whoami_counter() -> Callable[[], int]:
    """Counts the whoami calls of the integration's client (built from the current ``ORY`` setting)."""
    return count_whoami(get_runtime().client)


def raw_cookies(response: Any) -> list[str]:
    return [m.output(header="").strip() for m in response.cookies.values()]


def logout(client: Client) -> Any:
    page = client.get("/auth/logout").content.decode()
    return post_form(client, "/auth/logout", page, logout_token=field_value(page, "logout_token"))


def test_login_required_redirects_with_return_to(client: Client) -> None:
    response = client.get("/protected?x=1")
    assert response.status_code == 302
    assert path_of(response["Location"]) == "/auth/login"
    assert query_of(response["Location"]) == {"return_to": "http://testserver/protected?x=1"}


def test_api_clients_get_json_401(client: Client) -> None:
    response = client.get("/api/me", HTTP_ACCEPT="application/json")
    assert response.status_code == 401
    assert response.json()["error"]["id"] == "session_inactive"


def test_login_through_the_pages_with_django_csrf_on(backend: Backend, client: Client) -> None:
    backend.create_identity(email="ada@example.com", password=PASSWORD)
    done = sign_in(client, "ada@example.com", return_to="/protected")
    assert done.status_code == 303
    assert done["Location"] == "http://testserver/protected"
    cookies = raw_cookies(done)
    assert any(SESSION_COOKIE_RE.match(c) for c in cookies), cookies
    assert any(CSRF_COOKIE_RE.match(c) for c in cookies), cookies
    assert client.get("/protected").content == b"hello ada@example.com"
    assert client.get("/api/me", HTTP_ACCEPT="application/json").json() == {"email": "ada@example.com"}
    assert client.get("/page").content == b"page"


def test_django_csrf_is_still_enforced_on_the_pages(backend: Backend, client: Client) -> None:
    backend.create_identity(email="ada@example.com", password=PASSWORD)
    url, page = start_flow(client, "login")
    response = client.post(
        url,
        {
            "csrf_token": field_value(page, "csrf_token"),
            "identifier": "ada@example.com",
            "password": PASSWORD,
            "method": "password",
        },
    )
    assert response.status_code == 403  # no csrfmiddlewaretoken: Django refuses before Kratos is asked
    assert not any(c.startswith("ory_kratos_session=") for c in raw_cookies(response))


def test_django_csrf_token_is_not_forwarded_and_kratos_token_is_checked(
    backend: Backend, client: Client
) -> None:
    backend.create_identity(email="ada@example.com", password=PASSWORD)
    url, page = start_flow(client, "login")
    response = post_form(
        client,
        url,
        page,
        csrf_token="B" * 88,
        identifier="ada@example.com",
        password=PASSWORD,
        method="password",
    )
    assert response.status_code == 303
    assert query_of(response["Location"])["notice"] == "csrf"
    restarted = client.get(response["Location"]).content.decode()
    assert 'data-testid="ory-notice"' in restarted


def test_set_cookie_headers_reach_the_wsgi_server_verbatim(backend: Backend, client: Client) -> None:
    """Through Django's real WSGI handler, not the test client: the headers a browser receives."""
    backend.create_identity(email="ada@example.com", password=PASSWORD)
    url, page = start_flow(client, "login")
    cookie_header = "; ".join(f"{m.key}={m.coded_value}" for m in client.cookies.values())
    body = (
        f"csrfmiddlewaretoken={field_value(page, 'csrfmiddlewaretoken')}&identifier=ada%40example.com"
        f"&password=correct+horse+battery+staple&method=password&csrf_token="
        + field_value(page, "csrf_token").replace("+", "%2B").replace("/", "%2F").replace("=", "%3D")
    ).encode()
    path, _, query = url.partition("?")
    environ = {
        "REQUEST_METHOD": "POST",
        "PATH_INFO": path,
        "QUERY_STRING": query,
        "SERVER_NAME": "testserver",
        "SERVER_PORT": "80",
        "HTTP_HOST": "testserver",
        "HTTP_COOKIE": cookie_header,
        "CONTENT_TYPE": "application/x-www-form-urlencoded",
        "CONTENT_LENGTH": str(len(body)),
        "wsgi.input": BytesIO(body),
        "wsgi.url_scheme": "http",
        "wsgi.errors": BytesIO(),
    }
    captured: dict[str, Any] = {}

    def start_response(status: str, headers: list[tuple[str, str]], exc_info: Any = None) -> None:
        captured["status"] = status
        captured["headers"] = headers

    WSGIHandler()(environ, start_response)
    assert captured["status"].startswith("303")
    set_cookie = [v.strip() for k, v in captured["headers"] if k.lower() == "set-cookie"]
    assert any(SESSION_COOKIE_RE.match(c) for c in set_cookie), set_cookie
    assert any(CSRF_COOKIE_RE.match(c) for c in set_cookie), set_cookie


def test_raw_morsel_keeps_headers_exactly_and_survives_pickling() -> None:
    headers = [
        "a=x/y+z==; Path=/; Expires=Thu, 01 Jan 2099 00:00:00 GMT; Max-Age=99; HttpOnly; Secure; "
        "SameSite=None",
        "a=; Domain=example.com; Path=/app; Partitioned",
    ]
    response = relay_set_cookies(HttpResponse("ok"), headers)
    assert raw_cookies(response) == headers
    first = next(iter(response.cookies.values()))
    assert (first.key, first.value, first["max-age"], first["samesite"], first["httponly"]) == (
        "a",
        "x/y+z==",
        "99",
        "None",
        True,
    )
    restored = pickle.loads(pickle.dumps(response.cookies))
    assert [m.output(header="").strip() for m in restored.values()] == headers
    assert isinstance(first.copy(), RawMorsel)


def test_request_ory_session_is_lazy(backend: Backend, client: Client) -> None:
    backend.create_identity(email="ada@example.com", password=PASSWORD)
    sign_in(client, "ada@example.com")
    whoami_calls = whoami_counter()
    before = whoami_calls()
    client.get("/lazy")
    assert whoami_calls() == before
    assert client.get("/maybe").content == b"signed in"
    assert whoami_calls() == before + 1
    logout(client)
    assert client.get("/maybe").content == b"anonymous"


def test_aal2_decorator_and_mixin(backend: Backend, client: Client) -> None:
    backend.create_identity(email="ada@example.com", password=PASSWORD)
    sign_in(client, "ada@example.com")
    for url in ("/step-up", "/report"):
        response = client.get(url)
        assert response.status_code == 302
        assert query_of(response["Location"]) == {"aal": "aal2", "return_to": f"http://testserver{url}"}


def test_aal2_decorator_and_mixin_accept_an_aal2_session(backend: Backend, client: Client) -> None:
    _, totp = totp_identity(backend, "totp@example.com")
    sign_in(client, "totp@example.com")  # the password: aal1
    url, page = start_flow(client, "login", aal="aal2")
    done = post_form(client, url, page, totp_code=totp(), method="totp")
    assert done.status_code == 303
    assert client.get("/step-up").content == b"second factor ok"
    assert client.get("/report").content == b"report"


def test_guest_only(backend: Backend, client: Client) -> None:
    assert client.get("/guest").content == b"welcome, guest"
    backend.create_identity(email="ada@example.com", password=PASSWORD)
    sign_in(client, "ada@example.com")
    assert client.get("/guest?next=https://evil.example/")["Location"] == "/"
    assert client.get("/guest?next=/protected")["Location"] == "/protected"


def test_context_processor(backend: Backend, client: Client) -> None:
    assert client.get("/links").content == b"/auth/login /auth/logout"
    backend.create_identity(email="ada@example.com", password=PASSWORD)
    sign_in(client, "ada@example.com")
    assert client.get("/links").content == b"/auth/login /auth/logout ada@example.com"


def test_django_user_from_the_ory_session(backend: Backend, client: Client, ory_settings: Any) -> None:
    ory_settings(DJANGO_USER=True)
    assert client.get("/who").content == b"False::"
    identity = backend.create_identity(email="ada@example.com", password=PASSWORD)
    sign_in(client, "ada@example.com")
    assert client.get("/who").content == f"True:{identity['id']}:ada@example.com".encode()
    user = get_user_model()._default_manager.get(username=identity["id"])
    assert not user.has_usable_password()
    assert client.get("/who").status_code == 200
    assert get_user_model()._default_manager.filter(username=identity["id"]).count() == 1
    user.delete()


def test_django_cache_backend_with_logout_invalidation(
    backend: Backend, client: Client, ory_settings: Any
) -> None:
    ory_settings(
        SESSION_CACHE_TTL=60, SESSION_CACHE_BACKEND="default", SESSION_COOKIE_NAME="ory_kratos_session"
    )
    cache.clear()
    backend.create_identity(email="ada@example.com", password=PASSWORD)
    sign_in(client, "ada@example.com")
    assert client.get("/protected").status_code == 200
    whoami_calls = whoami_counter()
    before = whoami_calls()
    assert client.get("/protected").status_code == 200
    assert whoami_calls() == before
    done = logout(client)
    assert done.status_code == 303
    cleared = [c for c in raw_cookies(done) if c.startswith("ory_kratos_session=")]
    assert cleared and "Max-Age=0" in cleared[0]
    assert client.get("/protected").status_code == 302


def test_recovery_and_settings_pages(backend: Backend, client: Client) -> None:
    backend.create_identity(email="ada@example.com", password=PASSWORD)
    url, page = start_flow(client, "recovery")
    sent = post_form(client, url, page, email="ada@example.com", method="code")
    assert sent.status_code == 200
    code = backend.last_code_for("ada@example.com")
    recovered = post_form(client, url, sent.content.decode(), code=code, method="code")
    assert recovered.status_code == 303
    assert path_of(recovered["Location"]) == "/auth/settings"
    settings_page = client.get(recovered["Location"]).content.decode()
    saved = post_form(client, recovered["Location"], settings_page, password=NEW_PASSWORD, method="password")
    assert saved.status_code == 200
    assert b'data-message-id="1050001"' in saved.content
    logout(client)
    assert sign_in(client, "ada@example.com", NEW_PASSWORD)["Location"] == "http://testserver/auth/"
    assert client.get("/auth/")["Location"] == "/"


def test_registration_then_verification(backend: Backend, client: Client) -> None:
    url, page = start_flow(client, "registration")
    response = post_form(
        client, url, page, **{"traits.email": "new@example.com", "password": PASSWORD, "method": "password"}
    )
    assert response.status_code == 303
    assert path_of(response["Location"]) == "/auth/verification"
    verification = client.get(response["Location"]).content.decode()
    done = post_form(
        client,
        response["Location"],
        verification,
        code=backend.last_code_for("new@example.com"),
        method="code",
    )
    assert b'data-message-id="1080002"' in done.content


def test_error_view_without_id(client: Client) -> None:
    assert client.get("/auth/error").status_code == 404

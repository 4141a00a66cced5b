"""Async views and the middleware under ASGI, through Django's ``AsyncClient``, against both Kratos.

Each test drives its coroutine with ``async_to_sync`` from the test's thread: Django's thread-sensitive
``sync_to_async`` calls then run in this thread, where the in-memory test database lives.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from asgiref.sync import async_to_sync, iscoroutinefunction
from backends import Backend
from django.contrib.auth import get_user_model
from django.http import HttpRequest, HttpResponse
from django.test import AsyncClient

from ory_facade.contrib.django.decorators import aal2_required, ory_guest_only, ory_login_required
from ory_facade.contrib.django.middleware import OrySessionMiddleware
from ory_facade.contrib.django.runtime import get_runtime

from ..helpers import PASSWORD, browser_session_cookie, count_whoami, path_of, query_of

T = TypeVar("T")


def run(make: Callable[[], Awaitable[T]]) -> T:
    async def main() -> T:
        return await make()

    return async_to_sync(main)()


def signed_in(backend: Backend, email: str = "ada@example.com") -> tuple[AsyncClient, str]:
    """An async test client with a browser session cookie, and the identity's id."""
    identity = backend.create_identity(email=email, password=PASSWORD)
    client = AsyncClient()
    client.cookies.load(browser_session_cookie(backend, email))
    return client, str(identity["id"])


def test_decorated_async_views_stay_coroutine_functions() -> None:
    async def view(request: HttpRequest) -> HttpResponse:
        return HttpResponse()

    for decorated in (ory_login_required(view), ory_login_required(aal="aal2")(view), aal2_required(view)):
        assert iscoroutinefunction(decorated)
    assert iscoroutinefunction(ory_guest_only(view))
    assert not iscoroutinefunction(ory_login_required(lambda request: HttpResponse()))


def test_middleware_is_async_under_an_async_stack() -> None:
    async def get_response(request: HttpRequest) -> HttpResponse:
        return HttpResponse()

    assert OrySessionMiddleware.async_capable and OrySessionMiddleware.sync_capable  # type: ignore[attr-defined]
    assert iscoroutinefunction(OrySessionMiddleware(get_response))
    assert not iscoroutinefunction(OrySessionMiddleware(lambda request: HttpResponse()))


def test_async_login_required_redirects_and_answers_json(ory_settings: Any) -> None:
    client = AsyncClient()
    response = run(lambda: client.get("/async/protected?x=1"))
    assert response.status_code == 302
    assert path_of(response["Location"]) == "/auth/login"
    assert query_of(response["Location"]) == {"return_to": "http://testserver/async/protected?x=1"}
    api = run(lambda: client.get("/async/protected", headers={"Accept": "application/json"}))
    assert api.status_code == 401 and api.json()["error"]["id"] == "session_inactive"
    page = run(lambda: client.get("/async/page"))
    assert page.status_code == 302 and path_of(page["Location"]) == "/auth/login"


def test_async_views_with_a_session(backend: Backend, ory_settings: Any) -> None:
    client, _ = signed_in(backend)
    response = run(lambda: client.get("/async/protected"))
    assert response.status_code == 200, response.content[:300]
    assert response.content == b"async hello ada@example.com"
    assert "no-store" in response["Cache-Control"] and "Cookie" in response["Vary"]
    assert run(lambda: client.get("/async/page")).content == b"async page"
    step_up = run(lambda: client.get("/async/step-up"))
    assert step_up.status_code == 302
    assert query_of(step_up["Location"]) == {"aal": "aal2", "return_to": "http://testserver/async/step-up"}
    assert run(lambda: client.get("/async/guest?next=/async/page"))["Location"] == "/async/page"
    assert run(lambda: AsyncClient().get("/async/guest")).content == b"async welcome, guest"


def test_async_session_lookup_is_lazy_and_once(backend: Backend, ory_settings: Any) -> None:
    client, _ = signed_in(backend)
    whoami_calls = count_whoami(get_runtime().client)
    lazy = run(lambda: client.get("/async/lazy"))
    assert lazy.content == b"never looked at the session" and whoami_calls() == 0
    assert "Cookie" not in lazy.get("Vary", "")
    assert run(lambda: client.get("/async/maybe")).content == b"signed in"
    assert whoami_calls() == 1
    assert run(lambda: AsyncClient().get("/async/maybe")).content == b"anonymous"


def test_async_django_user(backend: Backend, ory_settings: Any) -> None:
    ory_settings(DJANGO_USER=True)
    assert run(lambda: AsyncClient().get("/async/who")).content == b"False:"
    client, identity_id = signed_in(backend)
    # request.auser(): the mapping (session lookup + database) ran in a thread, the user is the identity's.
    assert run(lambda: client.get("/async/who")).content == f"True:{identity_id}".encode()
    users = get_user_model()._default_manager.filter(username=identity_id)
    assert users.count() == 1
    users.delete()

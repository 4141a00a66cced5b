"""One OryClient shared by 32 threads, each a different user: nobody ever sees another user's session."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from backends import Backend
from browser import Browser

from ory_facade import OryClient, ui

USERS = 32
ROUNDS = 3
PASSWORD = "correct horse battery staple"


@pytest.mark.fake_only(
    "Kratos on SQLite answers concurrent sign-ins with 500 'database is locked' (measured: 1 run in 15 fails "
    "with only 4 threads, and immediate transactions deadlock); 32 users at once need Kratos on PostgreSQL"
)
def test_shared_client_never_mixes_users(backend: Backend, live: OryClient) -> None:
    emails = [f"user{i:02d}@example.com" for i in range(USERS)]
    for email in emails:
        backend.create_identity(email=email, password=PASSWORD)
    barrier = threading.Barrier(USERS)
    cookie_name = backend.session_cookie_name

    def act_as(email: str) -> set[str]:
        barrier.wait()
        session_cookies: set[str] = set()
        for _ in range(ROUNDS):
            browser = Browser()
            created = live.login.create_browser()
            browser.absorb(created.set_cookie)
            body = {"method": "password", "identifier": email, "password": PASSWORD}
            result = live.login.submit(
                created.flow, body, csrf_token=ui.csrf_token(created.flow), cookie=browser.cookie
            )
            assert result.session is not None
            assert result.session.identity.traits["email"] == email  # type: ignore[union-attr]
            browser.absorb(result.set_cookie)
            session_cookies.add(browser.cookies[cookie_name])
            assert live.whoami(cookie=browser.cookie).identity.traits["email"] == email  # type: ignore[union-attr]

            native = live.login.with_password(email, PASSWORD)
            assert native.session_token and native.set_cookie == []
            assert live.whoami(session_token=native.session_token).identity.traits["email"] == email  # type: ignore[union-attr]
        return session_cookies

    with ThreadPoolExecutor(max_workers=USERS) as pool:
        per_user = list(pool.map(act_as, emails))

    all_cookies = [cookie for cookies in per_user for cookie in cookies]
    assert len(all_cookies) == len(set(all_cookies)) == USERS * ROUNDS
    assert len(live._transport.http_client.cookies.jar) == 0  # nothing was kept between calls

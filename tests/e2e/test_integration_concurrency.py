"""Many users at once through the Flask and Django example apps on threaded servers (no browser needed).

Each thread is a different user with its own session cookie and asks the app's protected ``/api/me``
again and again; every answer must be that user's own identity. The apps share one ``OryClient`` per
process, so a leak of cookies or sessions between users would show here.
"""

from __future__ import annotations

import threading
from collections import Counter

import httpx
import pytest

from ory_facade.testing import FakeKratos

USERS = 32


def hammer(fake: FakeKratos, app_url: str, rounds: int, tag: str) -> tuple[Counter[str], list[str]]:
    users = []
    for n in range(USERS):
        email = f"{tag}-{n}@example.org"
        identity = fake.create_identity(email=email, password="a long passphrase")
        users.append((email, fake.create_session(identity["id"]).cookie_header))
    outcomes: Counter[str] = Counter()
    problems: list[str] = []
    lock = threading.Lock()
    barrier = threading.Barrier(USERS)

    def act(email: str, cookie: str) -> None:
        barrier.wait()
        with httpx.Client(base_url=app_url, timeout=30, headers={"Accept": "application/json"}) as http:
            for _ in range(rounds):
                try:
                    answer = http.get("/api/me", headers={"Cookie": cookie})
                    seen = answer.json().get("email") if answer.status_code == 200 else None
                except (httpx.HTTPError, ValueError) as exc:
                    seen = f"error {type(exc).__name__}"
                with lock:
                    if seen == email:
                        outcomes["own"] += 1
                    elif isinstance(seen, str) and seen.endswith("@example.org"):
                        outcomes["leak"] += 1
                        problems.append(f"{email} saw {seen}")
                    else:
                        outcomes["error"] += 1
                        problems.append(f"{email}: {answer.status_code if seen is None else seen}")

    threads = [threading.Thread(target=act, args=user) for user in users]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return outcomes, problems[:10]


@pytest.mark.parametrize(
    "rounds", [pytest.param(30, id="32x30"), pytest.param(1000, id="32x1000", marks=pytest.mark.slow)]
)
def test_flask_app_serves_each_user_their_own_session(
    fake_kratos_server: FakeKratos, flask_app_url: str, rounds: int
) -> None:
    outcomes, problems = hammer(fake_kratos_server, flask_app_url, rounds, f"flask{rounds}")
    assert problems == []
    assert outcomes == Counter(own=USERS * rounds)


@pytest.mark.parametrize(
    "rounds", [pytest.param(30, id="32x30"), pytest.param(1000, id="32x1000", marks=pytest.mark.slow)]
)
def test_django_app_serves_each_user_their_own_session(
    fake_kratos_server: FakeKratos, django_app_url: str, rounds: int
) -> None:
    outcomes, problems = hammer(fake_kratos_server, django_app_url, rounds, f"django{rounds}")
    assert problems == []
    assert outcomes == Counter(own=USERS * rounds)

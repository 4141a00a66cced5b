"""Many users at once through the Flask and Django example apps on threaded servers (no browser needed).

Each thread is a different user with its own session cookie and asks the app's protected ``/api/me``
again and again; every answer must be that user's own identity. The apps share one ``OryClient`` per
process, so a leak of cookies or sessions between users would show here. Each user signs in through Kratos'
browser login (real session cookies on both backends); the apps only ask Kratos ``whoami``, so real Kratos
needs no UI on them here.
"""

from __future__ import annotations

import threading
from collections import Counter

import httpx
import pytest
from backends import Backend
from contrib.helpers import browser_session_cookie

from .conftest import DjangoSites, FlaskSite

USERS = 32


def hammer(backend: Backend, app_url: str, rounds: int, tag: str) -> tuple[Counter[str], list[str]]:
    users = []
    for n in range(USERS):
        email = f"{tag}-{n}@example.org"
        backend.create_identity(email=email, password="a long passphrase")
        users.append((email, browser_session_cookie(backend, email, "a long passphrase")))
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


# The soak (32 x 1,000) loads the apps' threads and their shared client; with the examples' session cache
# the apps ask Kratos whoami only a few dozen times in it, so a second run against real Kratos would add
# about 2.5 minutes and no coverage of Kratos. The 32 x 30 run checks each app against both.
SOAK = "the soak exercises the app's threads, not Kratos (cached whoami); 32x30 runs on both backends"


def test_flask_app_serves_each_user_their_own_session(backend: Backend, flask_site: FlaskSite) -> None:
    outcomes, problems = hammer(backend, flask_site.use(backend), 30, "flask30")
    assert problems == []
    assert outcomes == Counter(own=USERS * 30)


@pytest.mark.slow
@pytest.mark.fake_only(SOAK)
def test_flask_app_soak_serves_each_user_their_own_session(backend: Backend, flask_site: FlaskSite) -> None:
    outcomes, problems = hammer(backend, flask_site.use(backend), 1000, "flask1000")
    assert problems == []
    assert outcomes == Counter(own=USERS * 1000)


def test_django_app_serves_each_user_their_own_session(backend: Backend, django_sites: DjangoSites) -> None:
    outcomes, problems = hammer(backend, django_sites.url_for(backend), 30, "django30")
    assert problems == []
    assert outcomes == Counter(own=USERS * 30)


@pytest.mark.slow
@pytest.mark.fake_only(SOAK)
def test_django_app_soak_serves_each_user_their_own_session(
    backend: Backend, django_sites: DjangoSites
) -> None:
    outcomes, problems = hammer(backend, django_sites.url_for(backend), 1000, "django1000")
    assert problems == []
    assert outcomes == Counter(own=USERS * 1000)

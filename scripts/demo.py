"""``make demo``: the SDK end to end, against the embedded fake Kratos or a real one.

Runs register → login → whoami → logout → recovery via the emailed code → password change in settings →
login with the new password, printing each step, and exits non-zero on any failure.

- Without configuration it starts ``ory_facade.testing.FakeKratos`` on 127.0.0.1.
- With ``KRATOS_PUBLIC_URL`` and ``KRATOS_ADMIN_URL`` set it talks to that Kratos (which needs the password
  and code recovery methods enabled) and reads the recovery code from the admin courier API.
- With ``KRATOS=real`` (``make demo KRATOS=real``) it starts the real Kratos that ``make kratos`` built
  (``ory_facade.testing.real.RealKratos``, loopback only, a throw-away SQLite database).
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import sys
import time
from collections.abc import Callable, Iterator
from typing import Any

from ory_facade import OryClient, SessionInactiveError, UnauthorizedError

CODE = re.compile(r"\b(\d{6})\b")


def code_from_courier(ory: OryClient, email: str, after: set[str], timeout: float = 15.0) -> str:
    """The code in the newest courier message to ``email`` that was not there before."""
    deadline = time.monotonic() + timeout
    while True:
        for message in ory.admin.courier.iter_all(recipient=email):
            if str(message.id) in after:
                continue
            match = CODE.search(message.body)
            if match:
                return match.group(1)
        if time.monotonic() > deadline:
            raise RuntimeError(f"no courier message with a code for {email} within {timeout:.0f} s")
        time.sleep(0.3)


def message_ids(ory: OryClient, email: str) -> set[str]:
    return {str(m.id) for m in ory.admin.courier.iter_all(recipient=email)}


@contextlib.contextmanager
def kratos_client() -> Iterator[tuple[OryClient, str]]:
    """A client for the configured Kratos, or for a freshly started fake one."""
    if os.environ.get("KRATOS_PUBLIC_URL") and os.environ.get("KRATOS_ADMIN_URL"):
        with OryClient.from_env() as ory:
            yield ory, f"Kratos at {ory.public_url} (admin {ory.admin_url})"
        return
    if os.environ.get("KRATOS", "fake") == "real":
        from ory_facade.testing.real import RealKratos

        with (
            RealKratos() as real,
            OryClient(real.public_url, admin_url=real.admin_url) as ory,
        ):
            yield ory, f"real Kratos {real.version().split()[1]} at {real.public_url} (built by make kratos)"
        return
    from ory_facade.testing import FakeKratos

    with (
        FakeKratos() as kratos,
        OryClient(kratos.public_url, admin_url=kratos.admin_url, api_key=kratos.api_key) as ory,
    ):
        yield ory, f"embedded fake Kratos at {kratos.public_url}"


def step(number: int, title: str, action: Callable[[], str]) -> None:
    print(f"{number}. {title} ...", end=" ", flush=True)
    detail = action()
    print(f"ok ({detail})" if detail else "ok")


def run() -> None:
    email = f"demo-{secrets.token_hex(4)}@example.com"
    password = f"Demo-{secrets.token_urlsafe(12)}"
    new_password = f"Changed-{secrets.token_urlsafe(12)}"
    state: dict[str, Any] = {}

    with kratos_client() as (ory, where):
        print(f"ory-facade demo against the {where}")
        print(f"   user {email}")

        def register() -> str:
            result = ory.registration.with_password({"email": email}, password)
            assert result.identity is not None
            return f"identity {result.identity.id}"

        def login() -> str:
            result = ory.login.with_password(email, password)
            if not result.session_token:
                raise RuntimeError("login returned no session token")
            state["token"] = result.session_token
            return "got a session token"

        def whoami() -> str:
            session = ory.whoami(session_token=state["token"])
            traits = session.identity.traits if session.identity else {}
            return f"{traits.get('email')} at {session.authenticator_assurance_level}"

        def logout() -> str:
            ory.sessions.logout(state["token"])
            try:
                ory.whoami(session_token=state["token"])
            except (SessionInactiveError, UnauthorizedError):
                return "the token no longer works"
            raise RuntimeError("the session is still active after logout")

        def recover() -> str:
            before = message_ids(ory, email)
            flow = ory.recovery.start(email)
            code = code_from_courier(ory, email, before)
            result = ory.recovery.complete(flow, code)
            if not result.completed or not result.session_token:
                raise RuntimeError(f"recovery did not complete: {result!r}")
            state["recovery_token"] = result.session_token
            following = result.next_step
            return f"privileged session, next step {following.action if following else 'none'}"

        def change_password() -> str:
            result = ory.settings.change_password(state["recovery_token"], new_password)
            if not result.completed:
                raise RuntimeError(f"settings did not complete: {result!r}")
            return "settings flow succeeded"

        def login_again() -> str:
            result = ory.login.with_password(email, new_password)
            assert result.session_token
            session = ory.whoami(session_token=result.session_token)
            return f"signed in as {session.identity.traits['email'] if session.identity else '?'}"

        step(1, "register", register)
        step(2, "log in with the password", login)
        step(3, "whoami", whoami)
        step(4, "log out", logout)
        step(5, "recover the account with the emailed code", recover)
        step(6, "change the password in settings", change_password)
        step(7, "log in with the new password", login_again)
    print("demo finished: every step succeeded")


def main() -> int:
    try:
        run()
    except Exception as exc:  # OryError or anything else: a demo reports every failure the same way
        print(f"\nFAILED: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

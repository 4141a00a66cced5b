"""One realistic tour of the API against the fake Kratos: native and browser flows, settings, recovery,
verification, admin calls, expected errors and logouts. Used by the security and secret tests, which watch
what goes over the wire and into logs while it runs."""

from __future__ import annotations

from typing import Any

from ory_facade import FlowValidationError, OryClient, OryError, SessionInactiveError
from ory_facade.testing import FakeKratos

from .secret_scan import declare_secret, record_exception

PASSWORD = declare_secret("scenario passphrase for the tour", "password (scenario)")
NEW_PASSWORD = declare_secret("a brand new scenario passphrase", "password (scenario)")
ADMIN_PASSWORD = declare_secret("an admin-made scenario passphrase", "password (scenario)")


class Jar:
    """What a browser keeps: cookies from relayed ``Set-Cookie`` headers."""

    def __init__(self) -> None:
        self.cookies: dict[str, str] = {}

    def absorb(self, set_cookie: list[str]) -> None:
        for header in set_cookie:
            name, _, value = header.split(";", 1)[0].partition("=")
            if value and "Max-Age=0" not in header:
                self.cookies[name.strip()] = value.strip()
            else:
                self.cookies.pop(name.strip(), None)

    @property
    def header(self) -> str | None:
        return "; ".join(f"{k}={v}" for k, v in self.cookies.items()) or None


def expect_error(kind: type[OryError], call: Any) -> OryError:
    try:
        call()
    except kind as exc:
        record_exception(exc)
        return exc
    raise AssertionError(f"expected {kind.__name__}")


def tour(client: OryClient, fake: FakeKratos, email: str = "tour@example.com") -> dict[str, Any]:
    """Run the tour; returns what a caller may want to inspect (results with ``set_cookie``)."""
    seen: dict[str, Any] = {}
    registered = client.registration.with_password({"email": email}, PASSWORD)
    seen["registered"] = registered
    token = client.login.with_password(email, PASSWORD).session_token
    assert token
    client.whoami(session_token=token)
    expect_error(FlowValidationError, lambda: client.login.with_password(email, "definitely the wrong one"))
    expect_error(SessionInactiveError, lambda: client.whoami(session_token="ory_st_not_a_real_token_at_all"))

    # A browser: create the flow, relay its CSRF cookie, submit, relay the session cookie.
    jar = Jar()
    created = client.login.create_browser(return_to=fake.public_url + "/after")
    jar.absorb(created.set_cookie)
    body = {"method": "password", "identifier": email, "password": PASSWORD}
    # the browser posts the form's hidden csrf_token back; the facade never copies it from the flow
    login = client.login.submit(created.flow, body, cookie=jar.header, csrf_token=created.csrf_token)
    seen["browser_login"] = login
    jar.absorb(login.set_cookie)
    assert client.whoami(cookie=jar.header).identity.traits["email"] == email  # type: ignore[union-attr]
    settings = client.settings.create_browser(cookie=jar.header)
    jar.absorb(settings.set_cookie)
    client.settings.submit(
        settings.flow,
        {"method": "profile", "traits": {"email": email, "name": {"first": "Tour"}}},
        cookie=jar.header,
        csrf_token=settings.csrf_token,
    )
    list(client.sessions.iter_all(cookie=jar.header))

    # Recovery and verification by code, then a password change with the recovered session.
    flow = client.recovery.start(email)
    recovered = client.recovery.complete(flow, fake.last_code_for(email))
    assert recovered.session_token
    client.settings.change_password(recovered.session_token, NEW_PASSWORD)
    expect_error(
        FlowValidationError, lambda: client.recovery.complete(client.recovery.start(email), "000000")
    )
    verification = client.verification.start(email)
    client.verification.complete(verification, fake.last_code_for(email))

    # Admin API.
    made = client.admin.identities.create({"email": "admin-" + email}, password=ADMIN_PASSWORD)
    client.admin.identities.get(made.id, include_credential=["password"])
    list(client.admin.identities.iter_all(page_size=2))
    list(client.admin.courier.iter_all(recipient=email))
    list(client.admin.sessions.iter_all(active=True))
    client.admin.identities.create_recovery_code(made.id)
    client.admin.identities.delete(made.id)

    # Logouts: the browser's (relaying the cleared cookie) and the native token's.
    logout = client.browser_logout.logout(cookie=jar.header)
    seen["browser_logout"] = logout
    jar.absorb(logout.set_cookie)
    expect_error(SessionInactiveError, lambda: client.whoami(cookie=jar.header or "ory_kratos_session=gone"))
    client.sessions.logout(token)
    return seen

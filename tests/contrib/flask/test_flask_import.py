"""``flask ory import-users`` and the password migration hook view, against the fake and real Kratos.

The hook test serves an "old app" (Flask, the hook view checking an unsalted MD5, a hash Kratos is not
given) on a loopback werkzeug server; both Kratos are configured to call it: the first login goes through
the hook, the second does not.
"""

from __future__ import annotations

import hashlib
import json
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from backends import Backend, serve_real_kratos
from flask import Flask
from reliability.secret_scan import declare_secret, record_text
from werkzeug.security import check_password_hash, generate_password_hash
from werkzeug.serving import make_server

from ory_facade import FlowValidationError, OryClient
from ory_facade.contrib.flask.migration import init_migration
from ory_facade.contrib.password_migration import SECRET_HEADER, kratos_config
from ory_facade.password_import import ImportUser
from ory_facade.testing.real import RealKratos

from .conftest import ALLOWED_RETURN_URLS, UI_URL, AppFactory

PASSWORD = declare_secret("old app pass phrase 42", "password (flask import test)")
SECRET = declare_secret("hook-secret-" + "f" * 24, "migration hook secret")


class OldApp:
    """The app the users come from, serving only the migration hook; counts the hook's calls."""

    def __init__(self) -> None:
        self.calls: list[str] = []
        self.hashes: dict[str, str] = {}
        app = Flask("old_app")
        app.config["ORY_PASSWORD_MIGRATION_SECRET"] = SECRET
        init_migration(app, check_password=self.check)
        self.server = make_server("127.0.0.1", 0, app, threaded=True)
        self.url = f"http://127.0.0.1:{self.server.server_port}/auth/password-migration"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def check(self, identifier: str, password: str) -> bool:
        self.calls.append(identifier)
        stored = self.hashes.get(identifier.lower())
        return stored is not None and hashlib.md5(password.encode()).hexdigest() == stored

    def stop(self) -> None:
        self.server.shutdown()
        self.thread.join(timeout=5)


@pytest.fixture(scope="module")
def old_app() -> Iterator[OldApp]:
    app = OldApp()
    yield app
    app.stop()


@pytest.fixture(scope="module")
def real_kratos_server(pytestconfig: pytest.Config, old_app: OldApp) -> Iterator[RealKratos]:
    """This module's real Kratos: the package's UI settings plus the migrate hook at the old app."""
    yield from serve_real_kratos(
        pytestconfig,
        ui_url=UI_URL,
        allowed_return_urls=ALLOWED_RETURN_URLS,
        password_migration_hook=kratos_config(old_app.url, SECRET),
    )


@pytest.fixture
def hooked(backend: Backend, old_app: OldApp) -> OldApp:
    if backend.is_fake:
        backend.fake.configure(password_migration_hook=kratos_config(old_app.url, SECRET))
    old_app.calls.clear()
    old_app.hashes.clear()
    return old_app


def _cli(app: Flask, *args: str) -> Any:
    return app.test_cli_runner().invoke(args=["ory", "import-users", *args])


def test_import_users_command(backend: Backend, make_app: AppFactory, tmp_path: Path) -> None:
    users = [
        ImportUser(str(n), f"f{n}@example.com", generate_password_hash(PASSWORD, method), first_name="F")
        for n, method in enumerate(["scrypt", "pbkdf2:sha256:1000", "pbkdf2:sha512:1000"])
    ]
    for user in users:
        declare_secret(user.password_hash or "", "werkzeug hash")
    app = make_app()
    init_migration(app, user_source=lambda: users)
    dry = _cli(app, "--dry-run")
    assert dry.exit_code == 0, dry.output
    assert "dry run: 3 valid, 0 failed" in dry.stdout
    report_path = tmp_path / "report.csv"
    result = _cli(app, "--report", str(report_path), "--batch-size", "2")
    assert result.exit_code == 0, result.output + result.stderr
    assert "3 imported, 0 skipped" in result.stdout
    assert "ory import-users: 2/3 users" in result.stderr and "3/3" in result.stderr
    assert report_path.read_text().count(",imported,") == 3
    again = _cli(app)
    assert "0 imported, 3 skipped as already present" in again.stdout
    for text in (dry.output, result.output, again.output, result.stderr, report_path.read_text()):
        record_text(text, "flask ory import-users output")
        assert PASSWORD not in text and not any((u.password_hash or "") in text for u in users)
    with OryClient(backend.public_url, admin_url=backend.admin_url, api_key=backend.api_key) as ory:
        for user in users:
            assert ory.login.with_password(user.email, PASSWORD).session_token


def test_import_users_command_without_source(make_app: AppFactory) -> None:
    app = make_app()
    init_migration(app)
    result = _cli(app)
    assert result.exit_code != 0 and "no user source" in result.stderr


def test_first_login_goes_through_the_hook_then_not(
    backend: Backend, make_app: AppFactory, hooked: OldApp
) -> None:
    legacy = declare_secret(hashlib.md5(PASSWORD.encode()).hexdigest(), "legacy md5 hash")
    hooked.hashes["legacy@example.com"] = legacy
    app = make_app()
    init_migration(app, user_source=lambda: [ImportUser("9", "legacy@example.com", legacy)])
    result = _cli(app)
    assert "1 imported" in result.stdout and "1 via the password migration hook" in result.stdout
    with OryClient(backend.public_url, admin_url=backend.admin_url, api_key=backend.api_key) as ory:
        with pytest.raises(FlowValidationError):  # the hook answers 403: invalid credentials
            ory.login.with_password("legacy@example.com", PASSWORD + " wrong")
        assert hooked.calls == ["legacy@example.com"]
        assert ory.login.with_password("legacy@example.com", PASSWORD).session_token
        assert hooked.calls == ["legacy@example.com"] * 2
        assert ory.login.with_password("legacy@example.com", PASSWORD).session_token
        assert hooked.calls == ["legacy@example.com"] * 2  # Kratos has its own hash now
        identity = ory.admin.identities.find_by_identifier("legacy@example.com")
        assert identity is not None
        config = ory.admin.identities.get(identity.id, include_credential=["password"]).credentials
        assert not config["password"].config.get("use_password_migration_hook")
        declare_secret(config["password"].config.get("hashed_password") or "x", "migrated hash")
        with pytest.raises(FlowValidationError):
            ory.login.with_password("legacy@example.com", PASSWORD + " wrong")
    assert len(hooked.calls) == 2


def test_hook_view_checks_the_secret(old_app: OldApp) -> None:
    import httpx

    old_app.hashes["a@example.com"] = hashlib.md5(PASSWORD.encode()).hexdigest()
    body = json.dumps({"identifier": "a@example.com", "password": PASSWORD})
    with httpx.Client(trust_env=False) as http:
        assert http.post(old_app.url, content=body).status_code == 401
        assert http.post(old_app.url, content=body, headers={SECRET_HEADER: SECRET + "x"}).status_code == 401
        good = http.post(old_app.url, content=body, headers={SECRET_HEADER: SECRET})
        assert (good.status_code, good.json()) == (200, {"status": "password_match"})
        wrong = json.dumps({"identifier": "a@example.com", "password": "nope"})
        assert http.post(old_app.url, content=wrong, headers={SECRET_HEADER: SECRET}).status_code == 403
        assert http.post(old_app.url, content=b"[", headers={SECRET_HEADER: SECRET}).status_code == 400
        assert http.get(old_app.url).status_code == 405


def test_werkzeug_check_password_hash_as_the_hook_check() -> None:
    """The documented Flask set-up: werkzeug's check_password_hash behind the hook."""
    from flask import Flask as F

    stored = generate_password_hash(PASSWORD)
    app = F("doc")
    app.config["ORY_PASSWORD_MIGRATION_SECRET"] = SECRET
    init_migration(app, check_password=lambda identifier, password: check_password_hash(stored, password))
    client = app.test_client()
    ok = client.post(
        "/auth/password-migration",
        data=json.dumps({"identifier": "x@example.com", "password": PASSWORD}),
        headers={SECRET_HEADER: SECRET},
    )
    assert ok.status_code == 200 and ok.json == {"status": "password_match"}

"""The README's examples run as written (against the fake Kratos)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from ory_facade import OryClient, SessionInactiveError
from ory_facade.testing import FakeKratos

README = Path(__file__).resolve().parents[2] / "README.md"


def readme_block(containing: str) -> str:
    blocks = re.findall(r"```python\n(.*?)```", README.read_text(), re.S)
    return next(block for block in blocks if containing in block)


def test_fixture_example(fake_kratos: FakeKratos) -> None:
    namespace: dict[str, Any] = {"OryClient": OryClient}
    exec(readme_block("def test_login(fake_kratos"), namespace)
    namespace["test_login"](fake_kratos)


def test_whoami_native_and_admin_example(fake_kratos: FakeKratos) -> None:
    fake_kratos.create_identity(email="ada@example.org", password="a long passphrase")
    with OryClient(
        fake_kratos.public_url, admin_url=fake_kratos.admin_url, api_key=fake_kratos.api_key
    ) as ory:
        namespace: dict[str, Any] = {
            "ory": ory,
            "password": "a long passphrase",
            "SessionInactiveError": SessionInactiveError,
        }
        exec(readme_block("def current_user(cookie_header"), namespace)
        assert namespace["identity"].traits["email"] == "ada@example.org"
        assert namespace["current_user"]("ory_kratos_session=not-a-session") is None
        changed = ory.admin.identities.get(str(namespace["identity"].id))
        assert changed.traits["email"] == "ada@example.net"
        assert namespace["sent"].state == "sent_email"
        assert fake_kratos.last_code_for("ada@example.net")
        with pytest.raises(SessionInactiveError):
            ory.whoami(session_token=namespace["result"].session_token)


def test_framework_free_login_example(fake_kratos: FakeKratos, monkeypatch: pytest.MonkeyPatch) -> None:
    import httpx

    from ory_facade import ui

    fake_kratos.create_identity(email="ada@example.org", password="a long passphrase")
    monkeypatch.setenv("KRATOS_PUBLIC_URL", fake_kratos.public_url)
    namespace: dict[str, Any] = {}
    exec(readme_block("def login(cookie: str | None, flow_id"), namespace)  # builds ory from the environment
    login, ory = namespace["login"], namespace["ory"]
    with ory:
        status, headers, _ = login(None, None)
        assert status == 303
        # The browser follows the redirect to Kratos, which sets the CSRF cookie and sends it back with ?flow=
        with httpx.Client() as browser:
            kratos_answer = browser.get(dict(headers)["Location"])
        assert kratos_answer.status_code == 303
        flow_id = httpx.URL(kratos_answer.headers["location"]).params["flow"]
        cookie = "; ".join(c.split(";", 1)[0] for c in kratos_answer.headers.get_list("set-cookie"))

        status, _, context = login(cookie, flow_id)
        assert status == 200
        form = {
            "identifier": "ada@example.org",
            "password": "a long passphrase",
            "method": "password",
            "csrf_token": ui.csrf_token(context["flow"]),  # the hidden input the page rendered
        }
        status, headers, _ = login(cookie, flow_id, form)
        assert status == 303
        session_cookie = next(
            v for k, v in headers if k == "Set-Cookie" and v.startswith("ory_kratos_session=")
        )
        session = ory.whoami(cookie=session_cookie.split(";", 1)[0])
        assert session.identity is not None and session.identity.traits["email"] == "ada@example.org"

        wrong = {**form, "password": "not it"}
        status, _, context = login(cookie, flow_id, wrong)
        assert status == 400 and context["flow"].ui.messages


def test_flask_quick_start(fake_kratos: FakeKratos) -> None:
    identity = fake_kratos.create_identity(email="ada@example.org", password="a long passphrase")
    issued = fake_kratos.create_session(identity["id"])
    code = readme_block('app.config["ORY_PUBLIC_URL"]').replace(
        "http://127.0.0.1:4433", fake_kratos.public_url
    )
    namespace: dict[str, Any] = {"__name__": "readme_flask"}
    exec(code, namespace)
    client = namespace["app"].test_client()
    anonymous = client.get("/dashboard")
    assert anonymous.status_code in (302, 303) and "/auth/login" in anonymous.headers["Location"]
    name, value = issued.cookie_header.split("=", 1)
    client.set_cookie(name, value)  # the test client sends its own cookie jar, not a Cookie header
    signed_in = client.get("/dashboard")
    assert signed_in.status_code == 200 and signed_in.get_data(as_text=True) == "Hello ada@example.org"


def test_from_env_example(fake_kratos: FakeKratos, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KRATOS_PUBLIC_URL", fake_kratos.public_url)
    monkeypatch.setenv("KRATOS_ADMIN_URL", fake_kratos.admin_url)
    namespace: dict[str, Any] = {}
    exec(readme_block("OryClient.from_env()   # KRATOS_PUBLIC_URL"), namespace)
    with namespace["ory"] as ory:
        assert ory.public_url == fake_kratos.public_url and ory.admin.is_alive()


# Each README Python block and the test that runs it (a new block without one fails here).
RUN_BY = {
    "OryClient.from_env()   # KRATOS_PUBLIC_URL": "test_from_env_example",
    "def login(cookie: str | None, flow_id": "test_framework_free_login_example",
    "def current_user(cookie_header": "test_whoami_native_and_admin_example",
    "def test_login(fake_kratos": "test_fixture_example",
    '@app.get("/")': "tests/e2e/test_readme_quickstart.py (the Flask quick start in a browser)",
    "# mysite/settings.py": "tests/e2e/test_readme_quickstart_django.py (the Django quick start, browser)",
    "instrument_client(ory.http_client)": "test_otel.py::test_the_readme_block_traces_every_call",
    "def users()": "test_user_source_example",
}


def test_every_python_block_of_the_readme_is_run_by_a_test() -> None:
    blocks = re.findall(r"```python\n(.*?)```", README.read_text(), re.S)
    assert blocks
    for block in blocks:
        owners = [test for marker, test in RUN_BY.items() if marker in block]
        assert len(owners) == 1, f"README block {block.splitlines()[0]!r} is run by {owners or 'no test'}"


def test_migration_hook_config_example() -> None:
    """The README's Kratos snippet uses the header the hook views read and the path Flask mounts."""
    from ory_facade.contrib.password_migration import SECRET_HEADER, kratos_config

    snippet = next(
        b for b in re.findall(r"```yaml\n(.*?)```", README.read_text(), re.S) if "migrate_hook" in b
    )
    config = kratos_config("https://app.example/auth/password-migration", "s")
    assert f"name: {SECRET_HEADER}" in snippet and "in: header" in snippet and "type: api_key" in snippet
    assert f"url: {config['url']}" in snippet and "method: POST" in snippet


def test_user_source_example(fake_kratos: FakeKratos) -> None:
    """The Flask import block with a stand-in for the SQLAlchemy model, then `flask ory import-users`."""
    from types import SimpleNamespace

    from flask import Flask
    from werkzeug.security import generate_password_hash

    from ory_facade.contrib.flask import Ory

    rows = [
        SimpleNamespace(
            id=n, email=f"u{n}@example.org", first_name="U", active=True,
            password_hash=generate_password_hash("a long passphrase", "pbkdf2:sha256:1000"),
        )
        for n in (1, 2)
    ]  # fmt: skip
    user_model = SimpleNamespace(id="id", query=SimpleNamespace(order_by=lambda column: list(rows)))
    app = Flask("readme")
    app.config.update(
        ORY_PUBLIC_URL=fake_kratos.public_url,
        ORY_ADMIN_URL=fake_kratos.admin_url,
        ORY_API_KEY=fake_kratos.api_key,
    )
    Ory(app)
    namespace: dict[str, Any] = {"app": app, "User": user_model, "old_password_ok": lambda i, p: False}
    exec(readme_block("def users()"), namespace)
    result = app.test_cli_runner().invoke(args=["ory", "import-users"])
    assert "2 imported" in result.output, result.output
    with OryClient(
        fake_kratos.public_url, admin_url=fake_kratos.admin_url, api_key=fake_kratos.api_key
    ) as ory:
        assert ory.login.with_password("u2@example.org", "a long passphrase").session_token

"""The README's examples run as written (against the fake Kratos)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from ory_facade import OryClient, SessionInactiveError
from ory_facade.testing import FakeKratos

README = Path(__file__).resolve().parents[2] / "README.md"


def readme_block(containing: str) -> str:
    blocks = re.findall(r"```python\n(.*?)```", README.read_text(), re.S)
    return next(block for block in blocks if containing in block)


def test_fixture_example(fake_kratos: FakeKratos) -> None:
    namespace: dict[str, Any] = {"OryClient": OryClient}
    exec(readme_block("def test_login(fake_kratos)"), namespace)
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
        exec(readme_block("ory.login_with_password"), namespace)
        assert namespace["identity"].traits["email"] == "ada@example.org"
        assert namespace["current_user"]("ory_kratos_session=not-a-session") is None

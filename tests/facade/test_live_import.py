"""import_users against the fake and real Kratos: Werkzeug hashes translated and verified, idempotent and
resumable imports, dry runs, the report, and no hash or password in any log line or error text."""

from __future__ import annotations

import json
import logging

import pytest
from backends import Backend
from reliability.secret_scan import declare_secret, record_exception
from werkzeug.security import generate_password_hash

from ory_facade import OryClient
from ory_facade.password_import import (
    ImportUser,
    UntranslatableHashError,
    import_users,
    translate_hash,
)

PASSWORD = declare_secret("imported pass phrase <&> 9", "password (import test)")


def _user(n: int, hashed: str | None, **kw: object) -> ImportUser:
    return ImportUser(local_id=str(n), email=f"user{n}@example.com", password_hash=hashed, **kw)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "method", ["pbkdf2:sha256:1000", "pbkdf2:sha512:1000", "pbkdf2:sha1:1000", "scrypt:1024:8:1", "scrypt"]
)
def test_werkzeug_hash_imported_then_login(backend: Backend, live: OryClient, method: str) -> None:
    hashed = declare_secret(generate_password_hash(PASSWORD, method), "werkzeug hash")
    declare_secret(translate_hash(hashed), "translated hash")
    report = import_users(live, [_user(1, hashed, first_name="Ada")])
    assert (report.imported, report.failed) == (1, 0), report.rows
    assert report.rows[0].password == "hash"
    assert live.login.with_password("user1@example.com", PASSWORD).session_token
    with pytest.raises(Exception) as wrong:
        live.login.with_password("user1@example.com", PASSWORD + "x")
    record_exception(wrong.value)


def test_import_is_idempotent_and_resumes(backend: Backend, live: OryClient) -> None:
    hashed = declare_secret(generate_password_hash(PASSWORD, "pbkdf2:sha256:1000"), "werkzeug hash")
    users = [_user(n, hashed) for n in range(7)]
    first = import_users(live, users[:3], batch_size=2)  # "crashed" after three users
    assert (first.imported, first.skipped, first.failed) == (3, 0, 0)
    progress: list[int] = []
    second = import_users(live, users, batch_size=2, on_progress=progress.append)
    assert [r.status for r in second.rows] == ["skipped"] * 3 + ["imported"] * 4
    assert progress == [2, 4, 6, 7]
    # The version, one PATCH per batch, and one GET checking the rows "created" in the batch with a conflict
    # (rows 2 and 3); v1.3.1 rolls such a batch back while answering "create", so row 3 goes again (PATCH).
    assert second.kratos_calls == (1 + 4 + 1 if backend.is_fake else 1 + 4 + 1 + 1)
    third = import_users(live, users)
    assert (third.imported, third.skipped) == (0, 7)
    identities = live.admin.identities
    assert len(list(identities.iter_all())) == 7
    found = identities.find_by_identifier("user5@example.com")
    assert found is not None and found.metadata_admin == {"local_id": "5"}
    if not backend.is_fake:
        return
    # Kratos v25.4.0+ (the fake's v26.2.0): the local id is the external id too.
    assert str(identities.get_by_external_id("5").id) == str(found.id)


def test_untranslatable_hash_goes_to_the_migration_hook(backend: Backend, live: OryClient) -> None:
    custom = declare_secret("myhasher$abc$" + "0" * 40, "custom hash")
    with pytest.raises(UntranslatableHashError) as raised:
        translate_hash(custom)
    record_exception(raised.value)
    assert raised.value.format == "django myhasher"
    assert custom not in str(raised.value) and custom not in repr(raised.value)
    report = import_users(live, [_user(1, custom)])
    assert report.imported == 1 and report.rows[0].password == "migration_hook"
    identity = live.admin.identities.get(report.rows[0].identity_id, include_credential=["password"])
    config = identity.credentials["password"].config
    assert config.get("use_password_migration_hook") is True
    assert not config.get("hashed_password")


def test_dry_run_validates_against_the_schema(backend: Backend, live: OryClient) -> None:
    hashed = generate_password_hash(PASSWORD, "pbkdf2:sha256:1000")
    users = [
        _user(1, hashed),
        ImportUser(local_id="2", email="not an email", password_hash=hashed),
        ImportUser(local_id="3", email="x@example.com", traits={"email": "x@example.com", "age": 3}),
        _user(1, hashed),  # the same local id and email again
    ]
    report = import_users(live, users, dry_run=True)
    assert [r.status for r in report.rows] == ["valid", "failed", "failed", "failed"]
    assert "not an email" in report.rows[1].reason
    assert "traits.age: not allowed" in report.rows[2].reason
    assert "duplicate" in report.rows[3].reason
    assert list(live.admin.identities.iter_all()) == []


def test_report_files_and_no_secret_in_logs(
    backend: Backend, live: OryClient, tmp_path: object, caplog: pytest.LogCaptureFixture
) -> None:
    from pathlib import Path

    hashed = declare_secret(generate_password_hash(PASSWORD, "scrypt:1024:8:1"), "werkzeug hash")
    users = [_user(1, hashed), _user(2, "bcrypt_sha256$$2b$12$" + "a" * 53), _user(3, None)]
    assert "password_hash" not in repr(users[0]) and hashed not in repr(users[0])
    with caplog.at_level(logging.DEBUG):
        report = import_users(live, users)
        import_users(live, users)
    assert (report.imported, report.via_migration_hook) == (3, 1)
    directory = Path(str(tmp_path))
    report.write_json(directory / "r.json")
    report.write_csv(directory / "r.csv")
    data = json.loads((directory / "r.json").read_text())
    assert data["imported"] == 3 and [r["password"] for r in data["rows"]] == [
        "hash",
        "migration_hook",
        "none",
    ]
    assert data["rows"][0]["hash_format"] == "werkzeug scrypt"
    text = (directory / "r.json").read_text() + (directory / "r.csv").read_text() + caplog.text + repr(report)
    assert hashed not in text and PASSWORD not in text and translate_hash(hashed) not in text
    assert (directory / "r.csv").read_text().splitlines()[0].startswith("local_id,email,status")

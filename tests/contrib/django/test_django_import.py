"""``manage.py ory_import_users``, the password migration hook view and OryBackend's link back, against the
fake and real Kratos: each Django hasher's hash is translated and imported; the original password signs in."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from backends import Backend
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import (
    Argon2PasswordHasher,
    BCryptPasswordHasher,
    BCryptSHA256PasswordHasher,
    PBKDF2PasswordHasher,
    PBKDF2SHA1PasswordHasher,
    ScryptPasswordHasher,
    make_password,
)
from django.core.management import CommandError, call_command
from django.test import Client
from reliability.secret_scan import declare_secret, record_exception, record_text

from ory_facade import OryClient
from ory_facade.contrib.django import backends as django_backends
from ory_facade.contrib.django.backends import OryBackend
from ory_facade.contrib.password_migration import SECRET_HEADER
from ory_facade.password_import import translate_hash

PASSWORD = declare_secret("django pass phrase 77 <&>", "password (django import test)")
SECRET = declare_secret("django-hook-secret-" + "e" * 20, "migration hook secret")


class FastPBKDF2(PBKDF2PasswordHasher):
    iterations = 1000  # Django's hasher, fewer rounds: the test signs in on both Kratos


class FastPBKDF2SHA1(PBKDF2SHA1PasswordHasher):
    iterations = 1000


HASHERS = {
    "pbkdf2_sha256": FastPBKDF2,
    "pbkdf2_sha1": FastPBKDF2SHA1,
    "argon2": Argon2PasswordHasher,
    "bcrypt": BCryptPasswordHasher,
    "scrypt": ScryptPasswordHasher,
}


@pytest.fixture
def users(ory_settings: Any) -> Iterator[Any]:
    """The user model, emptied before and after; ORY points at the test's Kratos (ADMIN_URL too)."""
    model = get_user_model()
    model._default_manager.all().delete()
    django_backends._LOCAL_IDS.clear()
    yield model
    model._default_manager.all().delete()
    django_backends._LOCAL_IDS.clear()


def _make(model: Any, n: int, hashed: str, **extra: Any) -> Any:
    declare_secret(hashed, "django hash")
    return model._default_manager.create(
        username=f"dj{n}", email=f"Dj{n}@Example.com", password=hashed, first_name="Dj", **extra
    )


def _run(*args: str) -> tuple[str, str]:
    out, err = io.StringIO(), io.StringIO()
    try:
        call_command("ory_import_users", *args, stdout=out, stderr=err)
    except CommandError as exc:
        record_exception(exc)
        raise
    finally:
        record_text(out.getvalue() + err.getvalue(), "manage.py ory_import_users output")
    return out.getvalue(), err.getvalue()


def _ory(backend: Backend) -> OryClient:
    return OryClient(backend.public_url, admin_url=backend.admin_url, api_key=backend.api_key)


@pytest.mark.parametrize("name", list(HASHERS))
def test_django_hash_imported_then_login(backend: Backend, users: Any, name: str) -> None:
    hashed = make_password(PASSWORD, hasher=HASHERS[name]())
    assert hashed.startswith(name + "$")
    declare_secret(translate_hash(hashed), "translated hash")
    user = _make(users, 1, hashed, last_name="Ango")
    out, err = _run()
    assert "1 imported, 0 skipped as already present, 0 failed" in out
    assert "ory_import_users: 1/1 users" in err
    assert hashed not in out + err and PASSWORD not in out + err
    with _ory(backend) as ory:
        session = ory.whoami(session_token=ory.login.with_password("dj1@example.com", PASSWORD).session_token)
        assert session.identity.traits == {
            "email": "Dj1@Example.com",
            "name": {"first": "Dj", "last": "Ango"},
        }
        identity = ory.admin.identities.get(session.identity.id)
        assert identity.metadata_admin == {"local_id": str(user.pk)}


def test_inactive_users_unusable_passwords_dry_run_and_report(
    backend: Backend, users: Any, tmp_path: Path
) -> None:
    _make(users, 1, make_password(PASSWORD, hasher=FastPBKDF2()), is_active=False)
    _make(users, 2, make_password(None))  # unusable: imported without a password
    _make(users, 3, make_password(PASSWORD, hasher=BCryptSHA256PasswordHasher()))  # via the hook
    users._default_manager.create(username="dj4", email="not-an-email", password="x")
    report = tmp_path / "dry.json"
    with pytest.raises(CommandError):
        _run("--dry-run", "--report", str(report))
    rows = json.loads(report.read_text())["rows"]
    assert [(r["status"], r["password"]) for r in rows] == [
        ("valid", "hash"),
        ("valid", "none"),
        ("valid", "migration_hook"),
        ("failed", "none"),
    ]
    assert "traits.email: not an email address" in rows[3]["reason"]
    with _ory(backend) as ory:
        assert list(ory.admin.identities.iter_all()) == []
    users._default_manager.filter(username="dj4").delete()
    out, _ = _run("--report", str(tmp_path / "r.csv"))
    assert "3 imported" in out and "1 via the password migration hook" in out
    csv_text = (tmp_path / "r.csv").read_text()
    assert csv_text.count(",imported,") == 3 and "django bcrypt_sha256" in csv_text
    with _ory(backend) as ory:
        states = {i.traits["email"]: str(i.state) for i in ory.admin.identities.iter_all()}
    assert states == {"Dj1@Example.com": "inactive", "Dj2@Example.com": "active", "Dj3@Example.com": "active"}


def test_hook_view(users: Any, ory_settings: Any) -> None:
    _make(users, 1, make_password(PASSWORD, hasher=BCryptSHA256PasswordHasher()))
    client = Client()

    def post(body: Any, **headers: str) -> Any:
        return client.post(
            "/hooks/password-migration", json.dumps(body), content_type="application/json", headers=headers
        )

    good = {"identifier": "dj1@example.com", "password": PASSWORD}
    assert post(good).status_code == 404  # no PASSWORD_MIGRATION_SECRET: the hook is off
    ory_settings(PASSWORD_MIGRATION_SECRET=SECRET)
    assert post(good).status_code == 401
    assert post(good, **{SECRET_HEADER: SECRET[:-1]}).status_code == 401
    answer = post(good, **{SECRET_HEADER: SECRET})
    assert (answer.status_code, answer.json()) == (200, {"status": "password_match"})
    assert post({**good, "password": "wrong"}, **{SECRET_HEADER: SECRET}).status_code == 403
    assert post({**good, "identifier": "nobody@example.com"}, **{SECRET_HEADER: SECRET}).status_code == 403
    assert post(["no"], **{SECRET_HEADER: SECRET}).status_code == 400
    assert client.get("/hooks/password-migration").status_code == 405


def test_ory_backend_finds_the_imported_user(backend: Backend, users: Any) -> None:
    user = _make(users, 1, make_password(PASSWORD, hasher=FastPBKDF2()))
    _run()
    with _ory(backend) as ory:
        session = ory.whoami(session_token=ory.login.with_password("dj1@example.com", PASSWORD).session_token)
    mapped = OryBackend().authenticate(None, ory_session=session)
    assert mapped is not None and mapped.pk == user.pk
    assert users._default_manager.count() == 1  # no new user named after the identity
    assert OryBackend().authenticate(None, ory_session=session).pk == user.pk  # remembered

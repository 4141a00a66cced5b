"""translate_hash: the encodings Kratos' hash comparator decodes; untranslatable hashes named, never shown."""

from __future__ import annotations

import base64
import hashlib
from typing import Any

import pytest
from werkzeug.security import generate_password_hash

from ory_facade import OryError
from ory_facade.password_import import (
    ImportUser,
    UntranslatableHashError,
    hash_format,
    translate_hash,
    validate_traits,
)
from ory_facade.testing.identity_schema import DEFAULT_IDENTITY_SCHEMA

PASSWORD = "pw for unit tests"


def test_werkzeug_scrypt_keeps_n_as_ln_and_pads_base64() -> None:
    encoded = generate_password_hash(PASSWORD, "scrypt:1024:8:1")
    method, salt, hexhash = encoded.split("$")
    assert method == "scrypt:1024:8:1"
    translated = translate_hash(encoded)
    head, params, b64salt, b64hash = translated.split("$")[1:]
    assert (head, params) == ("scrypt", "ln=1024,r=8,p=1")  # Kratos passes ln to scrypt.Key as N
    assert base64.b64decode(b64salt, validate=True) == salt.encode()
    assert base64.b64decode(b64hash, validate=True) == bytes.fromhex(hexhash)
    assert len(b64hash) % 4 == 0  # StdEncoding: padded
    expected = hashlib.scrypt(PASSWORD.encode(), salt=salt.encode(), n=1024, r=8, p=1, dklen=64)
    assert base64.b64decode(b64hash) == expected


def test_pbkdf2_is_unpadded_with_the_key_length() -> None:
    translated = translate_hash(generate_password_hash(PASSWORD, "pbkdf2:sha512:1200"))
    head, params, b64salt, b64hash = translated.split("$")[1:]
    assert (head, params) == ("pbkdf2-sha512", "i=1200,l=64")
    assert "=" not in b64salt + b64hash  # RawStdEncoding
    django = "pbkdf2_sha256$1000$c2FsdA$" + base64.b64encode(b"k" * 32).decode()
    assert translate_hash(django) == (
        "$pbkdf2-sha256$i=1000,l=32$" + base64.b64encode(b"c2FsdA").decode().rstrip("=") + "$"
        + base64.b64encode(b"k" * 32).decode().rstrip("=")
    )  # fmt: skip


def test_kratos_encodings_pass_unchanged() -> None:
    for kratos in (
        "$2b$04$" + "a" * 53,
        "$argon2id$v=19$m=64,t=1,p=1$c2FsdHNhbHQ$aGFzaGhhc2g",
        "$scrypt$ln=2",
    ):
        assert translate_hash(kratos) == kratos


@pytest.mark.parametrize(
    ("encoded", "name"),
    [
        ("bcrypt_sha256$$2b$12$" + "a" * 53, "django bcrypt_sha256"),
        ("md5$salt$" + "0" * 32, "django md5"),
        ("sha1$salt$" + "0" * 40, "django sha1"),
        ("0" * 32, "django unsalted_md5"),
        ("argon2$argon2i$m=512,t=2,p=2$c2FsdHNhbHQ$aGFzaA", "django argon2"),  # before v=19
        ("pbkdf2:sha384:1000$salt$" + "ab" * 48, "werkzeug pbkdf2:sha384"),  # SHA-3 in Kratos
        ("pbkdf2_sha256$many$salt$aGFzaA==", "django pbkdf2_sha256"),
        ("scrypt:1000:8:1$salt$abcd", "werkzeug scrypt"),  # N not a power of two
        ("something custom", "unknown"),
        ("", "empty"),
    ],
)
def test_untranslatable_hashes_are_named_not_shown(encoded: str, name: str) -> None:
    with pytest.raises(UntranslatableHashError) as raised:
        translate_hash(encoded)
    assert isinstance(raised.value, OryError) and isinstance(raised.value, ValueError)
    assert raised.value.format == name
    assert hash_format(encoded).split(":")[0] == name.split(":")[0]
    for text in (str(raised.value), repr(raised.value)):
        assert not encoded or encoded not in text


def test_import_user_repr_hides_the_hash() -> None:
    user = ImportUser("1", "a@example.com", "pbkdf2_sha256$1000$salt$aGFzaA==")
    assert "aGFzaA" not in repr(user) and "salt" not in repr(user)


def test_minimal_schema_check() -> None:
    assert validate_traits({"email": "a@example.com", "name": {"first": "A"}}, DEFAULT_IDENTITY_SCHEMA) == []
    assert validate_traits({"name": {"first": 3}}, DEFAULT_IDENTITY_SCHEMA) == [
        "traits.email: missing",
        "traits.name.first: expected string",
    ]
    assert validate_traits({"email": True}, DEFAULT_IDENTITY_SCHEMA) == ["traits.email: expected string"]
    assert validate_traits({"email": "ab"}, DEFAULT_IDENTITY_SCHEMA) == [
        "traits.email: shorter than 3 characters",
        "traits.email: not an email address",
    ]


def test_an_unauthorised_import_raises_instead_of_failing_every_row(fake_kratos: object) -> None:
    """A 401 for a batch is no row's fault: the importer stops instead of sending each row alone."""
    from ory_facade import OryClient, UnauthorizedError
    from ory_facade.password_import import import_users

    kratos: Any = fake_kratos
    users = [ImportUser(str(n), f"u{n}@example.com", None) for n in range(3)]
    ory = OryClient(kratos.public_url, admin_url=kratos.admin_url, api_key="wrong key")
    with ory, pytest.raises(UnauthorizedError):
        import_users(ory, users, use_external_id=True)
    assert [r.path for r in kratos.requests] == ["/admin/identities"]  # one batch, not one per row

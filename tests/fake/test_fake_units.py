"""Unit checks of the fake's building blocks (CSRF masks, hashes, TOTP, negotiation, schema, clock)."""

from __future__ import annotations

import base64
from datetime import UTC, datetime

import pytest

from ory_facade.testing import DEFAULT_IDENTITY_SCHEMA, Clock, csrf, gourl, hashing, totp
from ory_facade.testing.errors import KratosError
from ory_facade.testing.httpio import Request, negotiate
from ory_facade.testing.identity_schema import IdentitySchema
from ory_facade.testing.jsonpatch import PatchError, apply_patch
from ory_facade.testing.pagination import decode_token, encode_token


def test_csrf_masks_verify_against_their_secret_only() -> None:
    secret, other = csrf.new_secret(), csrf.new_secret()
    first, second = csrf.mask(secret), csrf.mask(secret)
    assert first != second
    assert csrf.verify(secret, first) and csrf.verify(secret, second)
    assert not csrf.verify(other, first)
    assert not csrf.verify(secret, "garbage")
    assert not csrf.verify(None, first)
    assert csrf.cookie_name("http://127.0.0.1:1/").startswith("csrf_token_")


def test_password_hashes() -> None:
    stored = hashing.hash_password("s3cret pass")
    assert stored.startswith("$pbkdf2-sha256$i=")
    assert hashing.verify_password("s3cret pass", stored)
    assert not hashing.verify_password("s3cret pasS", stored)
    ssha = (
        "{SSHA}" + base64.b64encode(__import__("hashlib").sha1(b"pw" + b"salt").digest() + b"salt").decode()
    )
    assert hashing.verify_password("pw", ssha)
    # Without argon2-cffi argon2 is refused by name; with it, "def" is not canonical base64 (Go's Strict()).
    with pytest.raises(
        hashing.UnsupportedHashError, match="argon2id" if hashing._argon2 is None else "malformed"
    ):
        hashing.check_importable("$argon2id$v=19$m=65536,t=3,p=4$abc$def")
    with pytest.raises(hashing.UnsupportedHashError):
        hashing.check_importable("plaintext")
    assert not hashing.verify_password("x", "$pbkdf2-sha256$broken")


def test_totp_matches_rfc_6238() -> None:
    secret = base64.b32encode(b"12345678901234567890").decode()
    assert totp.code_at(secret, datetime.fromtimestamp(59, UTC)) == "287082"
    assert totp.code_at(secret, datetime.fromtimestamp(1111111109, UTC)) == "081804"
    assert totp.verify(secret, "287082", datetime.fromtimestamp(59 + 30, UTC))
    assert not totp.verify(secret, "287082", datetime.fromtimestamp(59 + 120, UTC))


def test_content_negotiation_like_kratos() -> None:
    offers = ["text/html", "application/json"]
    assert negotiate("application/json", offers, "text/html") == "application/json"
    assert negotiate("*/*", offers, "text/html") == "text/html"
    assert negotiate("", offers, "text/html") == "text/html"
    assert negotiate("text/html,application/json", offers, "text/html") == "text/html"
    assert negotiate("text/html;q=0.5,application/json", offers, "text/html") == "application/json"
    json_body = Request.build("POST", "/", [("Content-Type", "application/json")], b"{}", "127.0.0.1")
    assert json_body.is_json()
    form = Request.build(
        "POST",
        "/?a=1",
        [("Content-Type", "application/x-www-form-urlencoded")],
        b"traits.name.first=A&x=1",
        "x",
    )
    assert not form.is_json()
    assert form.form() == {"traits": {"name": {"first": "A"}}, "x": "1"}
    cookies = Request.build("GET", "/", [("Cookie", "a=1; b=x=y"), ("Cookie", "c=3")], b"", "x").cookies
    assert cookies == {"a": "1", "b": "x=y", "c": "3"}


def test_identity_schema_validation_and_extensions() -> None:
    schema = IdentitySchema("default", DEFAULT_IDENTITY_SCHEMA)
    assert schema.validate({"email": "a@example.com", "name": {"first": "A"}}) == []
    errors = schema.validate({"name": {"first": 3}, "extra": True})
    ids = sorted(e.message["id"] for e in errors)
    assert ids == [4000001, 4000002, 4000026]
    ext = schema.extensions({"email": " Ada@Example.COM "})
    assert ext.identifiers == ["ada@example.com"]
    assert ext.verifiable == [("ada@example.com", "email")]
    assert ext.recovery == [("ada@example.com", "email")]
    assert [leaf.path for leaf in schema.leaves()] == [("email",), ("name", "first"), ("name", "last")]


def test_json_patch() -> None:
    doc = {"a": {"b": [1, 2]}, "c": 1}
    assert apply_patch(doc, [{"op": "add", "path": "/a/b/-", "value": 3}])["a"]["b"] == [1, 2, 3]
    assert apply_patch(doc, [{"op": "replace", "path": "/x/y", "value": 2}])["x"] == {"y": 2}  # replace = add
    with pytest.raises(PatchError, match="unsupported operation: move"):
        apply_patch(doc, [{"op": "move", "from": "/c", "path": "/d"}])
    with pytest.raises(PatchError, match="denied path: /ID"):
        apply_patch(doc, [{"op": "add", "path": "/ID", "value": 1}], ("/id",))
    assert doc == {"a": {"b": [1, 2]}, "c": 1}
    with pytest.raises(PatchError):
        apply_patch(doc, [{"op": "remove", "path": "/missing"}])
    with pytest.raises(PatchError):
        apply_patch(doc, {"op": "add"})


def test_page_tokens_round_trip() -> None:
    assert decode_token(encode_token(42)) == 42
    with pytest.raises(KratosError) as raised:
        decode_token("!!")
    assert raised.value.code == 400
    assert "page token" in (raised.value.reason or "")


def test_clock_advance_freeze() -> None:
    clock = Clock()
    start = clock.now()
    clock.advance(3600)
    assert (clock.now() - start).total_seconds() >= 3600
    clock.freeze()
    frozen = clock.now()
    assert clock.now() == frozen
    clock.advance(1)
    assert (clock.now() - frozen).total_seconds() == 1
    clock.reset()
    assert abs((clock.now() - datetime.now(UTC)).total_seconds()) < 1


def test_go_url_parse_and_string() -> None:
    """net/url's Parse + String and http.Redirect's hexEscapeNonASCII (the HTTP cases are in
    test_fake_divergences.py, checked against real Kratos)."""

    def go(raw: str) -> str:
        return gourl.parse(raw).string()

    assert go("http://u:p%40@h:1/x") == "http://u:p%40@h:1/x"
    assert go("mailto:x@y") == "mailto:x@y"
    assert go("http://h/?") == "http://h/?"
    assert go("http://h/x#") == "http://h/x"
    assert go("http://h/x#a%2Fb") == "http://h/x#a%2Fb"
    assert go("http:/x") == "http:/x"
    assert gourl.GoURL(path="a:b").string() == "./a:b"
    assert gourl.hex_escape_non_ascii("/caf\u00e9?q=\u0436") == "/caf%c3%a9?q=%d0%b6"
    for raw, reason in (
        ("http://h/%zz", 'parse "http://h/%zz": invalid URL escape "%zz"'),
        (":x", 'parse ":x": missing protocol scheme'),
        ("a:b:c/d", "a:b:c/d"),
        ("x:y", "x:y"),
        ("1a:b", 'parse "1a:b": first path segment in URL cannot contain colon'),
        ("http://h\u0020/", 'parse "http://h /": invalid character " " in host name'),
    ):
        if reason.startswith("parse"):
            with pytest.raises(gourl.URLParseError) as caught:
                gourl.parse(raw)
            assert str(caught.value) == reason
        else:
            assert go(raw) == reason


def test_hashes_decode_as_strictly_as_kratos() -> None:
    """hash_comparator.go: PBKDF2 salt/key RawStdEncoding.Strict(), scrypt StdEncoding.Strict(), ln = N."""
    import hashlib

    salt, key = b"0123456789abcdef", hashlib.pbkdf2_hmac("sha256", b"pw", b"0123456789abcdef", 10, 32)
    raw = base64.b64encode(salt).decode().rstrip("="), base64.b64encode(key).decode().rstrip("=")
    good = f"$pbkdf2-sha256$i=10,l=32${raw[0]}${raw[1]}"
    assert hashing.verify_password("pw", good)
    assert not hashing.verify_password("pw", good + "=")  # padding: Kratos' raw decoder refuses it
    assert not hashing.verify_password("pw", good.replace("$i=10,l=32$", "$l=32,i=10$"))
    sha3 = hashlib.pbkdf2_hmac("sha3_384", b"pw", salt, 10, 48)
    assert hashing.verify_password(
        "pw", f"$pbkdf2-sha384$i=10,l=48${raw[0]}${base64.b64encode(sha3).decode()}"
    )
    derived = hashlib.scrypt(b"pw", salt=salt, n=16, r=8, p=1, dklen=32)
    padded = f"$scrypt$ln=16,r=8,p=1${base64.b64encode(salt).decode()}${base64.b64encode(derived).decode()}"
    assert hashing.verify_password("pw", padded)
    assert not hashing.verify_password("pw", padded.rstrip("="))  # StdEncoding wants the padding
    assert not hashing.verify_password("pw", padded.replace("ln=16", "ln=4"))  # ln is N, not log2(N)

"""Password hashes the fake can create and check with the standard library only.

Kratos imports many formats; the fake verifies the ones ``hashlib`` can compute: Kratos-style
``$pbkdf2-<sha1|sha256|sha512>$i=<n>,l=<len>$<salt>$<hash>``, ``$scrypt$ln=<N>,r=<r>,p=<p>$<salt>$<hash>``,
``$md5$<hash>`` and LDAP ``{SSHA}``/``{SSHA256}``/``{SSHA512}``. bcrypt (``$2a$``/``$2b$``/``$2y$``, which
Kratos verifies) is checked with the optional ``bcrypt`` package (``pip install ory-facade[bcrypt]``);
without it, and for argon2 and the rest, an import is refused loudly rather than accepted and never
verifiable.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import secrets
from typing import Any

_bcrypt: Any
try:
    import bcrypt as _bcrypt
except ImportError:  # optional: without it bcrypt imports are refused
    _bcrypt = None

__all__ = ["UnsupportedHashError", "check_importable", "hash_password", "verify_password"]

_ITERATIONS = 1000  # low on purpose: a fake, and tests must stay fast
_PBKDF2 = {"pbkdf2-sha1": "sha1", "pbkdf2-sha256": "sha256", "pbkdf2-sha512": "sha512"}
_SSHA = {"{SSHA}": ("sha1", 20), "{SSHA256}": ("sha256", 32), "{SSHA512}": ("sha512", 64)}
_BCRYPT = ("$2a$", "$2b$", "$2y$")
_KNOWN_UNVERIFIABLE = {
    **dict.fromkeys(_BCRYPT, "bcrypt"),
    "$argon2id$": "argon2id",
    "$argon2i$": "argon2i",
    "$firescrypt$": "firescrypt",
    "$sha": "salted SHA",
}


class UnsupportedHashError(ValueError):
    """A hash format the fake can not verify (the message names the format, never the hash)."""


def _b64decode(value: str) -> bytes:
    value = value.strip()
    padded = value + "=" * (-len(value) % 4)
    try:
        return base64.b64decode(padded, validate=True)
    except (binascii.Error, ValueError):
        return base64.urlsafe_b64decode(padded)


def _b64encode(value: bytes) -> str:
    return base64.b64encode(value).decode().rstrip("=")


def hash_password(password: str) -> str:
    """Hash as Kratos' PBKDF2 format (what the fake stores for cleartext passwords)."""
    salt = secrets.token_bytes(16)
    digest = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, _ITERATIONS, 32)
    return f"$pbkdf2-sha256$i={_ITERATIONS},l=32${_b64encode(salt)}${_b64encode(digest)}"


def _params(text: str) -> dict[str, int]:
    out: dict[str, int] = {}
    for part in text.split(","):
        key, _, value = part.partition("=")
        out[key.strip()] = int(value)
    return out


def check_importable(hashed: str) -> None:
    """Raise :class:`UnsupportedHashError` unless :func:`verify_password` can check ``hashed``."""
    try:
        if _verify(hashed, None):
            return
    except UnsupportedHashError:
        raise
    except (ValueError, KeyError, IndexError, binascii.Error) as exc:
        raise UnsupportedHashError("The hashed password is malformed or uses an unknown format.") from exc
    raise UnsupportedHashError("The hashed password is malformed or uses an unknown format.")


def verify_password(password: str, hashed: str) -> bool:
    try:
        return _verify(hashed, password)
    except (ValueError, KeyError, IndexError, binascii.Error):
        return False


def _verify(hashed: str, password: str | None) -> bool:
    """With ``password=None`` only checks that the format is understood."""
    if hashed.startswith(_BCRYPT) and _bcrypt is not None:
        # $2y$ is PHP's name for $2b$; the bcrypt package knows $2a$ and $2b$.
        encoded = ("$2b$" + hashed[4:] if hashed.startswith("$2y$") else hashed).encode()
        if len(encoded) != 60:
            raise ValueError("malformed bcrypt hash")
        if password is None:
            _bcrypt.checkpw(b"", encoded)  # raises ValueError on a malformed salt or cost
            return True
        # Go's bcrypt refuses passwords over 72 bytes; the package would too.
        return len(password.encode()) <= 72 and bool(_bcrypt.checkpw(password.encode(), encoded))
    for prefix, name in _KNOWN_UNVERIFIABLE.items():
        if hashed.startswith(prefix):
            hint = " (install the optional bcrypt package: pip install ory-facade[bcrypt])" * (
                name == "bcrypt"
            )
            raise UnsupportedHashError(
                f"The fake Kratos can not verify {name} hashes{hint}; import pbkdf2, scrypt, md5 or SSHA "
                "hashes, or a cleartext password."
            )
    for prefix, (algorithm, size) in _SSHA.items():
        if hashed.startswith(prefix):
            raw = _b64decode(hashed[len(prefix) :])
            if len(raw) <= size:
                raise ValueError("short SSHA hash")
            if password is None:
                return True
            digest, salt = raw[:size], raw[size:]
            return hmac.compare_digest(hashlib.new(algorithm, password.encode() + salt).digest(), digest)
    parts = hashed.split("$")
    if len(parts) < 3 or parts[0] != "":
        raise ValueError("unknown format")
    scheme = parts[1]
    if scheme in _PBKDF2 and len(parts) == 5:
        params = _params(parts[2])
        salt, digest = _b64decode(parts[3]), _b64decode(parts[4])
        if password is None:
            return params["i"] > 0 and len(digest) > 0
        computed = hashlib.pbkdf2_hmac(_PBKDF2[scheme], password.encode(), salt, params["i"], len(digest))
        return hmac.compare_digest(computed, digest)
    if scheme == "scrypt" and len(parts) == 5:
        params = _params(parts[2])
        salt, digest = _b64decode(parts[3]), _b64decode(parts[4])
        if password is None:
            return params["ln"] > 1 and len(digest) > 0
        n, r, p = params["ln"], params["r"], params["p"]
        computed = hashlib.scrypt(
            password.encode(), salt=salt, n=n, r=r, p=p, dklen=len(digest), maxmem=256 * 1024 * 1024
        )
        return hmac.compare_digest(computed, digest)
    if scheme == "md5" and len(parts) == 3:
        digest = _b64decode(parts[2])
        if password is None:
            return len(digest) == 16
        return hmac.compare_digest(hashlib.md5(password.encode()).digest(), digest)
    raise ValueError("unknown format")

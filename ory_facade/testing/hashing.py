"""Password hashes the fake can create and check with the standard library only.

Kratos imports many formats; the fake verifies the ones ``hashlib`` can compute, decoding them as
Kratos' ``hash/hash_comparator.go`` does (v1.3.1 and v26.2.0 alike):
``$pbkdf2-<digest>$i=<n>,l=<len>$<salt>$<hash>`` (unpadded standard base64; sha1/sha256/sha512,
sha224/sha384 computed with SHA-3 and any other digit string with SHA-256, as Kratos'
getPseudorandomFunctionForPbkdf2), ``$scrypt$ln=<N>,r=<r>,p=<p>$<salt>$<hash>`` (padded standard
base64; ``ln`` is N itself, the cost Kratos passes to ``scrypt.Key``), ``$md5$<hash>``
and LDAP ``{SSHA}``/``{SSHA256}``/``{SSHA512}``. bcrypt (``$2a$``/``$2b$``/``$2y$``) is checked with the
optional ``bcrypt`` package and ``$argon2id$``/``$argon2i$`` (``v=19``, unpadded base64) with the optional
``argon2-cffi`` package (``pip install ory-facade[bcrypt]`` installs both); without them, and for the rest,
an import is refused loudly rather than accepted and never verifiable.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import re
import secrets
from typing import Any

_bcrypt: Any
try:
    import bcrypt as _bcrypt
except ImportError:  # optional: without it bcrypt imports are refused
    _bcrypt = None
_argon2: Any
try:
    import argon2.low_level as _argon2
except ImportError:  # optional: without it argon2 imports are refused
    _argon2 = None

__all__ = ["UnsupportedHashError", "check_importable", "hash_password", "verify_password"]

_ITERATIONS = 1000  # low on purpose: a fake, and tests must stay fast
_PBKDF2 = {"sha1": "sha1", "sha224": "sha3_224", "sha256": "sha256", "sha384": "sha3_384", "sha512": "sha512"}
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
    """Lenient (SSHA: Go's non-strict StdEncoding; unused bits are ignored)."""
    value = value.strip()
    padded = value + "=" * (-len(value) % 4)
    try:
        return base64.b64decode(padded, validate=True)
    except (binascii.Error, ValueError):
        return base64.urlsafe_b64decode(padded)


def _strict_b64decode(value: str, *, padded: bool) -> bytes:
    """Go's ``base64.StdEncoding.Strict()`` (``padded``) or ``RawStdEncoding.Strict()``: the standard
    alphabet, padding exactly as the encoding wants it, and zero unused bits (a canonical encoding)."""
    if padded:
        if len(value) % 4:
            raise ValueError("bad padding")
        text = value
    else:
        if "=" in value or len(value) % 4 == 1:
            raise ValueError("padding in raw base64")
        text = value + "=" * (-len(value) % 4)
    decoded = base64.b64decode(text, validate=True)
    if base64.b64encode(decoded).decode() != text:
        raise ValueError("non-canonical base64")
    return decoded


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
    if hashed.startswith(("$argon2id$", "$argon2i$")) and _argon2 is not None:
        return _verify_argon2(hashed, password)
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
            package = {"bcrypt": "bcrypt", "argon2id": "argon2-cffi", "argon2i": "argon2-cffi"}.get(name)
            hint = f" (install the optional {package} package: pip install ory-facade[bcrypt])" * bool(
                package
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
    if re.fullmatch(r"pbkdf2-sha[0-9]{1,3}", scheme) and len(parts) == 5:
        params = _params(parts[2])
        if list(params) != ["i", "l"]:
            raise ValueError("pbkdf2 parameters are i=,l=")
        salt = _strict_b64decode(parts[3], padded=False)
        digest = _strict_b64decode(parts[4], padded=False)
        if password is None:
            return params["i"] > 0 and len(digest) > 0
        algorithm = _PBKDF2.get(scheme.split("-", 1)[1], "sha256")
        computed = hashlib.pbkdf2_hmac(algorithm, password.encode(), salt, params["i"], len(digest))
        return hmac.compare_digest(computed, digest)
    if scheme == "scrypt" and len(parts) == 5:
        params = _params(parts[2])
        if list(params) != ["ln", "r", "p"]:
            raise ValueError("scrypt parameters are ln=,r=,p=")
        salt = _strict_b64decode(parts[3], padded=True)
        digest = _strict_b64decode(parts[4], padded=True)
        if password is None:
            n = params["ln"]
            return n > 1 and n & (n - 1) == 0 and len(digest) > 0
        n, r, p = params["ln"], params["r"], params["p"]
        computed = hashlib.scrypt(
            password.encode(), salt=salt, n=n, r=r, p=p, dklen=len(digest), maxmem=256 * 1024 * 1024
        )
        return hmac.compare_digest(computed, digest)
    if scheme == "md5" and len(parts) == 3:
        digest = _strict_b64decode(parts[2], padded=True)
        if password is None:
            return len(digest) == 16
        return hmac.compare_digest(hashlib.md5(password.encode()).digest(), digest)
    raise ValueError("unknown format")


def _verify_argon2(hashed: str, password: str | None) -> bool:
    """decodeArgon2idHash: 6 parts, ``v=19``, ``m=,t=,p=``, unpadded strict base64 salt and key."""
    parts = hashed.split("$")
    if len(parts) != 6 or parts[2] != "v=19":
        raise ValueError("argon2 hashes need 6 parts and v=19")
    match = re.fullmatch(r"m=(\d+),t=(\d+),p=(\d+)", parts[3])
    if match is None:
        raise ValueError("argon2 parameters are m=,t=,p=")
    memory, iterations, lanes = (int(g) for g in match.groups())
    salt = _strict_b64decode(parts[4], padded=False)
    digest = _strict_b64decode(parts[5], padded=False)
    # libargon2 (argon2-cffi) wants a salt of 8+ bytes and a key of 4+; Go's argon2 takes shorter ones.
    if len(salt) < 8 or len(digest) < 4 or iterations < 1 or lanes < 1 or memory < 8 * lanes:
        raise UnsupportedHashError(
            f"The fake Kratos can not verify {parts[1]} hashes with these parameters (libargon2 wants a salt "
            "of 8+ bytes, a key of 4+, t >= 1 and m >= 8 * p)."
        )
    if password is None:
        return True
    kind = _argon2.Type.ID if parts[1] == "argon2id" else _argon2.Type.I
    computed = _argon2.hash_secret_raw(
        password.encode(),
        salt,
        time_cost=iterations,
        memory_cost=memory,
        parallelism=lanes,
        hash_len=len(digest),
        type=kind,
        version=19,
    )
    return hmac.compare_digest(computed, digest)

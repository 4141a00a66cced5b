"""Anti-CSRF tokens the way Kratos (nosurf) does them.

The cookie ``csrf_token_<sha256(public URL)>`` holds a random secret; each flow's hidden ``csrf_token``
node holds a *masked* copy (one-time pad + XOR), so every flow shows a different token that still
verifies against the same cookie.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import secrets

__all__ = ["cookie_name", "mask", "new_secret", "unmask", "verify"]

TOKEN_BYTES = 32
COOKIE_MAX_AGE = 31536000  # nosurf.MaxAge, one year


def cookie_name(public_url: str) -> str:
    return "csrf_token_" + hashlib.sha256(public_url.encode()).hexdigest()


def new_secret() -> str:
    return base64.b64encode(secrets.token_bytes(TOKEN_BYTES)).decode()


def _raw(secret: str) -> bytes | None:
    try:
        raw = base64.b64decode(secret, validate=True)
    except (binascii.Error, ValueError):
        return None
    return raw if len(raw) == TOKEN_BYTES else None


def is_valid_secret(secret: str) -> bool:
    return _raw(secret) is not None


def mask(secret: str) -> str:
    raw = _raw(secret)
    if raw is None:
        raise ValueError("invalid anti-CSRF secret")
    pad = secrets.token_bytes(TOKEN_BYTES)
    return base64.b64encode(pad + bytes(a ^ b for a, b in zip(pad, raw, strict=True))).decode()


def unmask(token: str) -> bytes | None:
    try:
        raw = base64.b64decode(token, validate=True)
    except (binascii.Error, ValueError):
        return None
    if len(raw) != 2 * TOKEN_BYTES:
        return None
    pad, masked = raw[:TOKEN_BYTES], raw[TOKEN_BYTES:]
    return bytes(a ^ b for a, b in zip(pad, masked, strict=True))


def verify(secret: str | None, token: str | None) -> bool:
    """True when the masked ``token`` was derived from the cookie ``secret``."""
    if not secret or not token:
        return False
    raw = _raw(secret)
    sent = unmask(token)
    return raw is not None and sent is not None and hmac.compare_digest(raw, sent)

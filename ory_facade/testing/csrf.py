"""Anti-CSRF tokens the way Kratos (nosurf) does them.

The cookie ``csrf_token_<sha256(public URL)>`` holds a random secret; each flow's hidden ``csrf_token``
node holds a *masked* copy (one-time pad + XOR), so every flow shows a different token that still
verifies against the same cookie.
"""

from __future__ import annotations

import base64
import binascii
import fnmatch
import hashlib
import hmac
import secrets

__all__ = ["cookie_name", "mask", "new_secret", "nosurf_applies", "unmask", "verify"]

# Public paths Kratos tells nosurf to ignore (IgnorePath/IgnoreGlob/DisablePath in the v26.2.0 handlers:
# API flows, submit routes, sessions, identities, courier, schema items, health and version). Every other
# public request without a valid anti-CSRF cookie gets a fresh one, whatever the handler answers.
NOSURF_IGNORED = (
    *(
        f"/self-service/{kind}{tail}"
        for kind in ("login", "registration", "recovery", "settings", "verification")
        for tail in ("", "/api")
    ),
    "/self-service/logout/api",
    "/sessions/whoami",
    "/sessions",
    "/sessions/*",
    "/sessions/*/extend",
    "/admin/identities/*/sessions",
    *(f"{prefix}/identities{tail}" for prefix in ("", "/admin") for tail in ("", "/*", "/*/credentials/*")),
    "/schemas/*",
    "/admin/schemas/*",
    "/courier/messages",
    "/admin/courier/messages",
    "/health/alive",
    "/health/ready",
    "/version",
)


def nosurf_applies(path: str) -> bool:
    """Whether nosurf handles ``path`` on the public port (a glob's ``*`` stops at ``/``, like path.Match)."""
    for pattern in NOSURF_IGNORED:
        if "*" not in pattern:
            if path == pattern:
                return False
        elif fnmatch.fnmatchcase(path, pattern) and path.count("/") == pattern.count("/"):
            return False
    return True


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

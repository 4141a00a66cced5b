"""RFC 6238 TOTP (SHA-1, 6 digits, 30 s) so the fake can offer an AAL2 second factor."""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import struct
from datetime import datetime
from urllib.parse import quote

__all__ = ["code_at", "new_secret", "otpauth_url", "verify"]

PERIOD = 30
DIGITS = 6


def new_secret() -> str:
    return base64.b32encode(secrets.token_bytes(20)).decode().rstrip("=")


def code_at(secret: str, when: datetime) -> str:
    key = base64.b32decode(secret + "=" * (-len(secret) % 8), casefold=True)
    counter = int(when.timestamp()) // PERIOD
    digest = hmac.new(key, struct.pack(">Q", counter), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    value = struct.unpack(">I", digest[offset : offset + 4])[0] & 0x7FFFFFFF
    return str(value % 10**DIGITS).zfill(DIGITS)


def verify(secret: str, code: str, when: datetime) -> bool:
    """Accept the current step and one step either side, like Kratos' validator."""
    from datetime import timedelta

    for skew in (-1, 0, 1):
        if hmac.compare_digest(code_at(secret, when + timedelta(seconds=skew * PERIOD)), code):
            return True
    return False


def otpauth_url(secret: str, issuer: str, account: str) -> str:
    return (
        f"otpauth://totp/{quote(issuer)}:{quote(account)}?algorithm=SHA1&digits={DIGITS}"
        f"&issuer={quote(issuer)}&period={PERIOD}&secret={secret}"
    )

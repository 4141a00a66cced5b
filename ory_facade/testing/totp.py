"""RFC 6238 TOTP (SHA-1, 6 digits, 30 s) so the fake can offer an AAL2 second factor."""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import struct
from datetime import datetime
from urllib.parse import quote

__all__ = ["code_at", "key_url", "new_secret", "otpauth_url", "qr_data_url", "secret_of", "verify"]

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


def key_url(issuer: str, account: str) -> str:
    """A fresh key as Kratos keeps it in a settings flow's internal context (an otpauth:// URL)."""
    return otpauth_url(new_secret(), issuer, account)


def secret_of(url: str) -> str:
    for part in url.partition("?")[2].split("&"):
        key, _, value = part.partition("=")
        if key == "secret":
            return value
    return ""


def qr_data_url(url: str) -> str:
    """A 256x256 PNG as a data URL, like Kratos' ``totp_qr`` image.

    The fake draws no real QR code (no encoder in the runtime package): the image is a valid PNG whose
    pixels are derived from the key URL, so it changes with the key. Apps read ``totp_secret_key``.
    """
    import zlib

    size = 256
    seed = hashlib.sha256(url.encode()).digest()
    rows = bytearray()
    for y in range(size):
        rows.append(0)  # filter: none
        for x in range(size):
            cell = (y // 32) * 8 + (x // 32)
            rows.append(0 if seed[cell % len(seed)] >> (cell % 8) & 1 else 255)

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    png = (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 0, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(bytes(rows)))
        + chunk(b"IEND", b"")
    )
    return "data:image/png;base64," + base64.b64encode(png).decode()

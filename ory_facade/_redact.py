"""Scrub secrets from text that may end up in an exception message or a log record.

Bodies of unparseable responses are shown in errors to make them debuggable; they can hold session tokens,
CSRF tokens, passwords, codes or cookies (a proxy echoing the request, a debug page), so they pass through
here first.
"""

from __future__ import annotations

import logging
import re

from ._constants import BODY_EXCERPT_CHARS

REDACTED = "[REDACTED]"

# Field names whose values are secrets wherever they appear (JSON keys, form fields, query parameters).
_SECRET_NAMES = (
    r"(?:[a-z_]*session_token|session_token_exchange_code|tokenized|csrf_token|password|hashed_password"
    r"|code|recovery_code|recovery_link|logout_token|token|api_key|secret|totp_code|lookup_secret"
    r"|ory_session_[a-z0-9_]*|ory_kratos_session|csrf_token_[a-z0-9_]*)"
)
_JSON_PAIR = re.compile(r'("' + _SECRET_NAMES + r'"\s*:\s*)"(?:[^"\\]|\\.)*"', re.IGNORECASE)
_FORM_PAIR = re.compile(r"(\b" + _SECRET_NAMES + r"=)[^&;\s\"'<>]+", re.IGNORECASE)
# A form field *named* like a secret carries it in its value: Kratos' UI nodes ({"name": "csrf_token",
# ..., "value": "..."}) and HTML inputs (<input name="csrf_token" value="...">), in either order.
_NAMED = r"""["']""" + _SECRET_NAMES + r"""["']"""
_JSON_NODE_NAME_FIRST = re.compile(
    r'("name"\s*:\s*' + _NAMED + r'[^{}]*?"value"\s*:\s*)"(?:[^"\\]|\\.)*"', re.I
)
_JSON_NODE_VALUE_FIRST = re.compile(
    r'("value"\s*:\s*)"(?:[^"\\]|\\.)*"([^{}]*?"name"\s*:\s*' + _NAMED + ")", re.I
)
_HTML_NAME_FIRST = re.compile(r"(\bname\s*=\s*" + _NAMED + r"[^>]*?\bvalue\s*=\s*)([\"'])[^\"']*\2", re.I)
_HTML_VALUE_FIRST = re.compile(r"(\bvalue\s*=\s*)([\"'])[^\"']*\2([^>]*?\bname\s*=\s*" + _NAMED + ")", re.I)
_BEARER = re.compile(r"(\bBearer\s+)[A-Za-z0-9._~+/=-]+", re.IGNORECASE)
_HEADER = re.compile(r"((?:^|\n)\s*(?:cookie|set-cookie|authorization|x-session-token)\s*:\s*)[^\n]*", re.I)


def redact(text: str) -> str:
    """Replace the values of secret-looking fields, bearer tokens and cookie headers in ``text``."""
    text = _JSON_PAIR.sub(r'\1"' + REDACTED + '"', text)
    text = _JSON_NODE_NAME_FIRST.sub(r'\1"' + REDACTED + '"', text)
    text = _JSON_NODE_VALUE_FIRST.sub(r'\1"' + REDACTED + r'"\2', text)
    text = _HTML_NAME_FIRST.sub(r"\1\2" + REDACTED + r"\2", text)
    text = _HTML_VALUE_FIRST.sub(r"\1\2" + REDACTED + r"\2\3", text)
    text = _FORM_PAIR.sub(r"\1" + REDACTED, text)
    text = _BEARER.sub(r"\1" + REDACTED, text)
    return _HEADER.sub(r"\1" + REDACTED, text)


def excerpt(content: bytes, limit: int = BODY_EXCERPT_CHARS) -> str:
    """A redacted, shortened, printable view of a response body."""
    text = content.decode("utf-8", errors="replace")
    text = redact(text)
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit] + "…"


#: Loggers of httpx and httpcore: on httpx's own path (an injected client, a proxy) they log request
#: URLs (a logout token in the query) and response headers (Set-Cookie) with the values in them.
HTTP_LIBRARY_LOGGERS = (
    "httpx",
    "httpcore.connection",
    "httpcore.http11",
    "httpcore.http2",
    "httpcore.proxy",
    "httpcore.socks",
)


class RedactingFilter(logging.Filter):
    """Rewrites a record's message with :func:`redact` before any handler formats it."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except (TypeError, ValueError):  # a record whose arguments do not fit its format: leave it alone
            return True
        cleaned = redact(message)
        if cleaned != message:
            record.msg, record.args = cleaned, ()
        return True


def redact_http_library_logs() -> None:
    """Attach :class:`RedactingFilter` to httpx's and httpcore's loggers (once per process)."""
    for name in HTTP_LIBRARY_LOGGERS:
        target = logging.getLogger(name)
        if not any(isinstance(existing, RedactingFilter) for existing in target.filters):
            target.addFilter(RedactingFilter())

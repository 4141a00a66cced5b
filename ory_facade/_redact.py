"""Scrub secrets from text that may end up in an exception message or a log record.

Bodies of unparseable responses are shown in errors to make them debuggable; they can hold session tokens,
CSRF tokens, passwords, codes or cookies (a proxy echoing the request, a debug page), so they pass through
here first.

The text can be large and hostile (a proxy's HTML page, a log message of any size), so every pattern runs in
time linear in its input: a match attempt either fails after a bounded number of steps, or scans a span no
other attempt scans again (a quoted string ends at the next quote, a header line at the next newline), or
succeeds and consumes what it scanned. Quantifiers that cannot give anything back are possessive (``*+``),
the span between a field's name and its value is bounded (:data:`_GAP`), and a value that reaches the end of
the text is redacted as it is (a cut excerpt ends inside it). Each pattern marks the secret with its
capturing groups (only secrets are captured); the spans are collected on the original text and replaced in
one pass, so patterns cannot hide a secret from each other.
"""

from __future__ import annotations

import contextlib
import html
import json
import logging
import re
from collections.abc import Iterable, Sequence
from typing import Any
from urllib.parse import quote, quote_plus

from ._constants import BODY_EXCERPT_CHARS

REDACTED = "[REDACTED]"

#: Bytes of a response body read to make an :func:`excerpt` of it, whatever the body's size: the cost of
#: redaction is bounded by this, not by the body (a proxy's 502 page, a megabyte of HTML).
EXCERPT_WINDOW = 32 * 1024
#: Characters at the end of a cut window that are read as context but never shown: a secret whose name
#: follows its value (``value="..." name="csrf_token"``) is recognised only when both are in the window.
EXCERPT_LOOKAHEAD = 16 * 1024

#: Most characters between a UI node's or an input's name and its value (other attributes in between),
#: inside one JSON object or one HTML tag.
_GAP = 256
_JSON_GAP = rf"[^{{}}]{{0,{_GAP}}}?"
_HTML_GAP = rf"[^>]{{0,{_GAP}}}?"

# Field names whose values are secrets wherever they appear (JSON keys, form fields, query parameters).
# No alternative has two unbounded parts that could share characters: ``[a-z_]*`` is followed by a literal.
_SECRET_NAMES = (
    r"(?:[a-z_]*session_token|session_token_exchange_code|tokenized|csrf_token|password|hashed_password"
    r"|code|recovery_code|recovery_link|logout_token|token|api_key|secret|totp_code|lookup_secret"
    r"|ory_session_[a-z0-9_]*+|ory_kratos_session|csrf_token_[a-z0-9_]*+)"
)
# The inside of a JSON string, up to its closing quote or the end of the text (a lone trailing backslash
# included). The alternatives cannot both match at one position, and the repetition is possessive.
_JSON_STRING = r'"((?:[^"\\]|\\[\s\S])*+\\?)(?:"|\Z)'
# The inside of a closed JSON string (when more must follow it).
_JSON_CLOSED_STRING = r'"((?:[^"\\]|\\[\s\S])*+)"'
_JSON_PAIR = re.compile(r'"' + _SECRET_NAMES + r'"\s*+:\s*+' + _JSON_STRING, re.I)
_FORM_PAIR = re.compile(r"\b" + _SECRET_NAMES + r"=([^&;\s\"'<>]++)", re.I)
# A form field *named* like a secret carries it in its value: Kratos' UI nodes ({"name": "csrf_token",
# ..., "value": "..."}) and HTML inputs (<input name="csrf_token" value="...">), in either order.
_JSON_NAMED = r'"' + _SECRET_NAMES + r'"'
_HTML_NAMED = r"""(?:["']""" + _SECRET_NAMES + r"""["']|""" + _SECRET_NAMES + r"""(?![\w-]))"""
_JSON_NODE_NAME_FIRST = re.compile(
    r'"name"\s*+:\s*+' + _JSON_NAMED + _JSON_GAP + r'"value"\s*+:\s*+' + _JSON_STRING, re.I
)
_JSON_NODE_VALUE_FIRST = re.compile(
    r'"value"\s*+:\s*+' + _JSON_CLOSED_STRING + _JSON_GAP + r'"name"\s*+:\s*+' + _JSON_NAMED,
    re.I,
)
# An HTML attribute value: double-quoted, single-quoted (either may run to the end of the text) or bare
# (no quote, ``=``, ``<``, ``>`` or backtick inside, as HTML defines it).
_HTML_VALUE = r"""(?:"([^"]*+)(?:"|\Z)|'([^']*+)(?:'|\Z)|([^\s"'=<>`]++))"""
_HTML_CLOSED_VALUE = r"""(?:"([^"]*+)"|'([^']*+)'|([^\s"'=<>`]++))"""
_HTML_NAME_FIRST = re.compile(
    r"\bname\s*+=\s*+" + _HTML_NAMED + _HTML_GAP + r"\bvalue\s*+=\s*+" + _HTML_VALUE, re.I
)
_HTML_VALUE_FIRST = re.compile(
    r"\bvalue\s*+=\s*+" + _HTML_CLOSED_VALUE + _HTML_GAP + r"\bname\s*+=\s*+" + _HTML_NAMED,
    re.I,
)
# Kratos' UI texts that carry a secret in their "text": the TOTP key (1050006), a lookup code (1050009),
# the code list (1050015, its codes are 1050009 texts in context.secrets); and images with a data URL (the
# TOTP QR code encodes the otpauth URL with the key).
_SECRET_TEXT_ID = r'"id"\s*+:\s*+10500(?:06|09|15)(?![0-9])'
_JSON_SECRET_TEXT_ID_FIRST = re.compile(_SECRET_TEXT_ID + _JSON_GAP + r'"text"\s*+:\s*+' + _JSON_STRING)
_JSON_SECRET_TEXT_TEXT_FIRST = re.compile(
    r'"text"\s*+:\s*+' + _JSON_CLOSED_STRING + _JSON_GAP + _SECRET_TEXT_ID
)
_JSON_DATA_URL = re.compile(r'"src"\s*+:\s*+"(data:(?:[^"\\]|\\[\s\S])*+\\?)(?:"|\Z)', re.I)
_BEARER = re.compile(r"\bBearer\s++([A-Za-z0-9._~+/=-]++)", re.I)
# A header line as a proxy or debug page echoes it. ``^`` and ``[ \t]`` keep each attempt on its own line.
_HEADER = re.compile(
    r"^[ \t]*+(?:cookie|set-cookie|authorization|x-session-token|x-api-key)[ \t]*+:[ \t]*+([^\r\n]++)",
    re.I | re.M,
)
_PATTERNS = (
    _JSON_PAIR,
    _JSON_NODE_NAME_FIRST,
    _JSON_NODE_VALUE_FIRST,
    _JSON_SECRET_TEXT_ID_FIRST,
    _JSON_SECRET_TEXT_TEXT_FIRST,
    _JSON_DATA_URL,
    _HTML_NAME_FIRST,
    _HTML_VALUE_FIRST,
    _FORM_PAIR,
    _BEARER,
    _HEADER,
)

#: Characters a token (a cookie value, a session token, base64) is made of: a cut excerpt drops the run of
#: them it ends in, so no prefix of an unrecognised secret is shown.
_TOKEN_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._~+/=%|-:!*$@#^")


def _secret_spans(text: str, secrets: Sequence[str] = (), *, patterns: bool = True) -> list[tuple[int, int]]:
    """The ``(start, end)`` spans of ``text`` that hold secrets, sorted, possibly overlapping: what the
    patterns recognise and every occurrence of each of ``secrets`` (values known to be secret)."""
    spans: list[tuple[int, int]] = []
    for pattern in _PATTERNS if patterns else ():
        for match in pattern.finditer(text):
            for group in range(1, pattern.groups + 1):
                start, end = match.span(group)
                if start >= 0:
                    spans.append((start, end))
    for secret in secrets:
        found = text.find(secret)
        while found >= 0:
            spans.append((found, found + len(secret)))
            found = text.find(secret, found + len(secret))
    spans.sort()
    return spans


def _replace(text: str, spans: list[tuple[int, int]], end: int) -> str:
    """``text[:end]`` with every span replaced by :data:`REDACTED`; a span crossing ``end`` is replaced."""
    parts: list[str] = []
    position = 0
    for start, stop in spans:
        if start >= end:
            break
        if start < position:  # overlaps a span already replaced: extend it
            position = max(position, stop)
            continue
        parts.append(text[position:start])
        parts.append(REDACTED)
        position = stop
    if position < end:
        parts.append(text[position:end])
    return "".join(parts)


def redact(text: str, secrets: Sequence[str] = ()) -> str:
    """Replace the values of secret-looking fields, bearer tokens and cookie headers in ``text``, and every
    occurrence of ``secrets`` (see :func:`sent_secrets`)."""
    spans = _secret_spans(text, secrets)
    return _replace(text, spans, len(text)) if spans else text


def scrub(text: str, secrets: Sequence[str]) -> str:
    """``text`` with every occurrence of ``secrets`` replaced, and nothing else changed (for the reason and
    message of a JSON error, whose wording the patterns of :func:`redact` must not touch)."""
    if not text or not secrets:
        return text
    spans = _secret_spans(text, secrets, patterns=False)
    return _replace(text, spans, len(text)) if spans else text


def scrub_json(value: Any, secrets: Sequence[str], depth: int = 0) -> Any:
    """A copy of decoded JSON with :func:`scrub` applied to every string in it (keys included)."""
    if not secrets:
        return value
    if isinstance(value, str):
        return scrub(value, secrets)
    if depth > _MAX_JSON_DEPTH:
        return REDACTED if isinstance(value, (dict, list)) else value
    if isinstance(value, dict):
        return {scrub(k, secrets): scrub_json(v, secrets, depth + 1) for k, v in value.items()}
    if isinstance(value, list):
        return [scrub_json(item, secrets, depth + 1) for item in value]
    return value


def excerpt(content: bytes, limit: int = BODY_EXCERPT_CHARS, secrets: Sequence[str] = ()) -> str:
    """A redacted, shortened, printable view of the start of a response body.

    At most :data:`EXCERPT_WINDOW` bytes are read, so the work does not grow with the body. When the
    body is longer, the last :data:`EXCERPT_LOOKAHEAD` characters of the window are context only (a
    value followed by the name that makes it a secret), and the run of token characters the shown part
    ends in is dropped: what straddles the cut is never shown in part. ``secrets`` are values known to be
    secret (see :func:`sent_secrets`), replaced wherever they appear.
    """
    window = content[:EXCERPT_WINDOW]
    text = window.decode("utf-8", errors="replace")
    end = len(text)
    cut = len(content) > len(window)
    if cut:
        end = max(0, end - EXCERPT_LOOKAHEAD)
        while end > 0 and text[end - 1] in _TOKEN_CHARS:
            end -= 1
    shown = " ".join(_replace(text, _secret_spans(text, secrets), end).split())
    return shown if not cut and len(shown) <= limit else shown[:limit] + "…"


# --- what the client sent ----------------------------------------------------------------------------------
#: Credential values shorter than this are not scrubbed: they would match ordinary text (``theme=dark``).
MIN_SECRET_LENGTH = 8
#: Request headers whose values are credentials.
_CREDENTIAL_HEADERS = frozenset({"x-session-token", "authorization", "proxy-authorization", "cookie"})
_SECRET_FIELD = re.compile(_SECRET_NAMES, re.I)
_MAX_JSON_DEPTH = 32
#: Request bodies larger than this are not searched for secret fields (the facade sends small ones).
_MAX_BODY = 64 * 1024


def sent_secrets(response: Any) -> tuple[str, ...]:
    """The credentials the request behind ``response`` carried, as an upstream might echo them.

    The values of ``X-Session-Token``, ``Authorization`` (whole, and the token after the scheme: the API
    key), each cookie in ``Cookie``, and the string values of secret-named fields of a JSON body (password,
    codes, CSRF token), each also JSON-, HTML- and URL-escaped; none shorter than
    :data:`MIN_SECRET_LENGTH`. Longest first, so a value is replaced before a part of it.
    """
    try:
        request = response.request
    except RuntimeError:  # a response built without a request
        return ()
    headers = request.headers.raw
    try:
        body = request.content
    except RuntimeError:  # a streamed body that was not read
        body = None
    values: set[str] = set()
    for name, value in headers:
        name = name.decode("latin-1") if isinstance(name, bytes) else name
        if name.lower() not in _CREDENTIAL_HEADERS:
            continue
        for text in _texts(value):
            if name.lower() == "cookie":
                for pair in text.split(";"):
                    values.add(pair.partition("=")[2].strip().strip('"'))
            else:
                values.update((text.strip(), text.strip().partition(" ")[2].strip()))
    if body and len(body) <= _MAX_BODY:
        with contextlib.suppress(ValueError, RecursionError):
            values.update(_secret_fields(json.loads(body)))
    found = {variant for value in values for variant in _variants(value) if len(variant) >= MIN_SECRET_LENGTH}
    return tuple(sorted(found, key=len, reverse=True))


def _texts(value: str | bytes) -> set[str]:
    if isinstance(value, str):
        return {value}
    texts = {value.decode("latin-1")}
    with contextlib.suppress(UnicodeDecodeError):
        texts.add(value.decode("utf-8"))
    return texts


def _variants(value: str) -> set[str]:
    """``value`` as an echo may write it: as is, in a JSON string, in HTML, URL-encoded."""
    return {value, json.dumps(value)[1:-1], html.escape(value), quote(value, safe=""), quote_plus(value)}


def _secret_fields(value: Any, depth: int = 0) -> Iterable[str]:
    if depth > _MAX_JSON_DEPTH:
        return
    if isinstance(value, dict):
        for key, item in value.items():
            if isinstance(item, str) and isinstance(key, str) and _SECRET_FIELD.fullmatch(key):
                yield item
            else:
                yield from _secret_fields(item, depth + 1)
    elif isinstance(value, list):
        for item in value:
            yield from _secret_fields(item, depth + 1)


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

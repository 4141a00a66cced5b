"""Helpers shared by the framework integration tests."""

from __future__ import annotations

import html
import re

PASSWORD = "correct horse battery staple"
NEW_PASSWORD = "another long passphrase 42"

SESSION_COOKIE_RE = re.compile(
    r"^ory_kratos_session=[^;]+; Path=/; "
    r"Expires=[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT; "
    r"Max-Age=\d+; HttpOnly; SameSite=Lax$"
)
CSRF_COOKIE_RE = re.compile(
    r"^csrf_token_[0-9a-f]{64}=[A-Za-z0-9+/=]+; Path=/; Max-Age=31536000; HttpOnly; SameSite=Lax$"
)


def field_value(page: str, name: str) -> str:
    """The value of the (first) input called ``name`` in an HTML page."""
    match = re.search(rf'name="{re.escape(name)}" value="([^"]*)"', page)
    assert match, f"no input {name!r} in the page"
    return html.unescape(match.group(1))


def query_of(location: str) -> dict[str, str]:
    from urllib.parse import parse_qsl, urlsplit

    return dict(parse_qsl(urlsplit(location).query))


def path_of(location: str) -> str:
    from urllib.parse import urlsplit

    return urlsplit(location).path

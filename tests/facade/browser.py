"""A minimal browser cookie jar for integration tests: what a user's browser keeps between requests."""

from __future__ import annotations

import contextlib
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime


class Browser:
    """Stores cookies from relayed ``Set-Cookie`` headers and renders the ``Cookie`` header to forward."""

    def __init__(self) -> None:
        self.cookies: dict[str, str] = {}

    def absorb(self, set_cookie: list[str]) -> None:
        for header in set_cookie:
            first, *attributes = (part.strip() for part in header.split(";"))
            name, _, value = first.partition("=")
            expired = False
            for attribute in attributes:
                key, _, arg = attribute.partition("=")
                if key.lower() == "max-age" and arg.strip().lstrip("-").isdigit() and int(arg) <= 0:
                    expired = True
                if key.lower() == "expires":
                    with contextlib.suppress(TypeError, ValueError):
                        expired = expired or parsedate_to_datetime(arg) <= datetime.now(UTC)
            if expired or not value:
                self.cookies.pop(name, None)
            else:
                self.cookies[name] = value

    @property
    def cookie(self) -> str | None:
        return "; ".join(f"{k}={v}" for k, v in self.cookies.items()) or None

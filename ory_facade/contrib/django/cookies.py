"""Relaying Kratos' ``Set-Cookie`` headers through a Django response, byte for byte.

Django keeps response cookies in ``response.cookies`` (a ``SimpleCookie``) and writes each with
``morsel.output(header="")``; its header dict holds one value per name, so several ``Set-Cookie`` headers
cannot go there. Parsing Kratos' headers into ordinary morsels would re-quote values (base64 CSRF secrets
contain ``/``, ``+`` and ``=``) and drop attributes Python does not know (``Partitioned``, ``Priority``).
:class:`RawMorsel` outputs the header exactly as Kratos sent it, and still exposes name, value and the usual
attributes to code (and test clients) that read ``response.cookies``.
"""

from __future__ import annotations

import contextlib
from http.cookies import CookieError, Morsel
from typing import Any

from django.http import HttpResponseBase

__all__ = ["RawMorsel", "relay_set_cookies"]

_KNOWN_ATTRIBUTES = {"path", "domain", "expires", "max-age", "secure", "httponly", "samesite"}


class RawMorsel(Morsel[str]):
    """A morsel whose output is the given ``Set-Cookie`` header value, unchanged."""

    def __init__(self, header: str) -> None:
        super().__init__()
        self.raw_header = header.strip()
        first, *attributes = self.raw_header.split(";")
        name, _, value = first.partition("=")
        # Set directly: Morsel.set() refuses names Python considers illegal, and this relays, not judges.
        self.__dict__.update(_key=name.strip(), _value=value.strip(), _coded_value=value.strip())
        for attribute in attributes:
            key, has_value, arg = attribute.strip().partition("=")
            key = key.strip().lower()
            if key in _KNOWN_ATTRIBUTES:
                with contextlib.suppress(CookieError):  # every key above is reserved: never raised
                    self[key] = arg.strip() if has_value else True

    def OutputString(self, attrs: Any = None) -> str:  # Morsel's API
        return self.raw_header

    def __reduce__(self) -> tuple[type[RawMorsel], tuple[str]]:
        # Cache middleware pickles responses; keep the raw header across that.
        return (RawMorsel, (self.raw_header,))

    def copy(self) -> RawMorsel:
        return RawMorsel(self.raw_header)


def relay_set_cookies(response: HttpResponseBase, set_cookie: list[str]) -> HttpResponseBase:
    """Add every ``Set-Cookie`` header to ``response`` exactly as Kratos sent it.

    Two headers for the same cookie name (rare) are both kept, under distinct keys of ``response.cookies``.
    """
    for header in set_cookie:
        morsel = RawMorsel(header)
        key = morsel.key
        n = 1
        while key in response.cookies:
            n += 1
            key = f"{morsel.key}\x00{n}"
        dict.__setitem__(response.cookies, key, morsel)
    return response

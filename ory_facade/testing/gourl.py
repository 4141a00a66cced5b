"""Go's ``net/url`` Parse and ``URL.String``, and ``net/http``'s Location escaping, as Kratos uses them.

Kratos parses every ``return_to`` with ``url.Parse`` and redirects to ``URL.String()`` through
``http.Redirect``, which percent-encodes each byte >= 0x80 (lower-case hex) of the Location it sets. So a
``return_to`` of ``http://h/café?q=é`` goes out as ``Location: http://h/caf%C3%A9?q=%c3%a9``: the path is
re-escaped by ``String`` (upper-case hex), the raw query is kept and only its non-ASCII bytes are escaped.

Go strings are bytes; here a ``str`` stands for its UTF-8 encoding (undecodable bytes as surrogates).
"""

from __future__ import annotations

from dataclasses import dataclass

from ory_facade.testing.goerrors import go_quote

__all__ = ["GoURL", "URLParseError", "hex_escape_non_ascii", "parse"]

_PATH, _HOST, _USER, _QUERY, _FRAGMENT = "path", "host", "user", "query", "fragment"
_ALNUM = frozenset(b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
_HEX = frozenset(b"0123456789abcdefABCDEF")


class URLParseError(ValueError):
    """A ``*url.Error``; ``str()`` is Go's text: ``parse "<url>": <reason>``."""


def _bytes(s: str) -> bytes:
    return s.encode("utf-8", "surrogateescape")


def _text(b: bytes) -> str:
    return b.decode("utf-8", "surrogateescape")


def _should_escape(c: int, mode: str) -> bool:
    """``url.shouldEscape``."""
    if c in _ALNUM:
        return False
    if mode == _HOST and chr(c) in "!$&'()*+,;=:[]<>\"":
        return False
    ch = chr(c)
    if ch in "-_.~":
        return False
    if ch in "$&+,/:;=?@":
        if mode == _PATH:
            return ch == "?"
        if mode == _USER:
            return ch in "@/?:"
        if mode == _QUERY:
            return True
        if mode == _FRAGMENT:
            return False
    # The fragment leaves these sub-delims alone; everything else is escaped.
    return not (mode == _FRAGMENT and ch in "!()*")


def _escape(s: str, mode: str) -> str:
    out = []
    for c in _bytes(s):
        if c == 0x20 and mode == _QUERY:
            out.append("+")
        elif _should_escape(c, mode):
            out.append(f"%{c:02X}")
        else:
            out.append(chr(c))
    return "".join(out)


class _Invalid(Exception):
    pass


def _unescape(s: str, mode: str) -> str:
    raw = _bytes(s)
    out = bytearray()
    i = 0
    while i < len(raw):
        c = raw[i]
        if c == 0x25:  # %
            if i + 2 >= len(raw) or raw[i + 1] not in _HEX or raw[i + 2] not in _HEX:
                bad = _text(raw[i : i + 3])
                raise _Invalid(f"invalid URL escape {go_quote(bad)}")
            if mode == _HOST and int(chr(raw[i + 1]), 16) < 8 and raw[i : i + 3] != b"%25":
                raise _Invalid(f"invalid URL escape {go_quote(_text(raw[i : i + 3]))}")
            out.append(int(raw[i + 1 : i + 3], 16))
            i += 3
            continue
        if mode == _HOST and c < 0x80 and _should_escape(c, mode):
            raise _Invalid(f"invalid character {go_quote(chr(c))} in host name")
        out.append(0x20 if c == 0x2B and mode == _QUERY else c)
        i += 1
    return _text(bytes(out))


def _valid_encoded(s: str, mode: str) -> bool:
    """``url.validEncoded``: nothing in ``s`` would be escaped (``%`` left to unescape)."""
    for c in _bytes(s):
        if chr(c) in "!$&'()*+,;=:@[]%":
            continue
        if _should_escape(c, mode):
            return False
    return True


@dataclass
class GoURL:
    """A ``url.URL`` (the fields Kratos' redirects touch)."""

    scheme: str = ""
    opaque: str = ""
    user: tuple[str, str | None] | None = None
    host: str = ""
    path: str = ""
    raw_path: str = ""
    omit_host: bool = False
    force_query: bool = False
    raw_query: str = ""
    fragment: str = ""
    raw_fragment: str = ""

    def escaped_path(self) -> str:
        if self.raw_path and _valid_encoded(self.raw_path, _PATH):
            try:
                if _unescape(self.raw_path, _PATH) == self.path:
                    return self.raw_path
            except _Invalid:
                pass
        if self.path == "*":
            return "*"
        return _escape(self.path, _PATH)

    def escaped_fragment(self) -> str:
        if self.raw_fragment and _valid_encoded(self.raw_fragment, _FRAGMENT):
            try:
                if _unescape(self.raw_fragment, _FRAGMENT) == self.fragment:
                    return self.raw_fragment
            except _Invalid:
                pass
        return _escape(self.fragment, _FRAGMENT)

    def string(self) -> str:
        """``URL.String()``."""
        buf = ""
        if self.scheme:
            buf += self.scheme + ":"
        if self.opaque:
            buf += self.opaque
        else:
            has_authority = self.scheme or self.host or self.user is not None
            if has_authority and not (self.omit_host and not self.host and self.user is None):
                if self.host or self.path or self.user is not None:
                    buf += "//"
                if self.user is not None:
                    name, password = self.user
                    buf += _escape(name, _USER)
                    if password is not None:
                        buf += ":" + _escape(password, _USER)
                    buf += "@"
                if self.host:
                    buf += _escape(self.host, _HOST)
            path = self.escaped_path()
            if path and not path.startswith("/") and self.host:
                buf += "/"
            if not buf and ":" in path.partition("/")[0]:
                buf += "./"
            buf += path
        if self.force_query or self.raw_query:
            buf += "?" + self.raw_query
        if self.fragment:
            buf += "#" + self.escaped_fragment()
        return buf


def _scheme(raw: str) -> tuple[str, str]:
    for i, ch in enumerate(raw):
        if ch.isascii() and ch.isalpha():
            continue
        if ch.isascii() and (ch.isdigit() or ch in "+-."):
            if i == 0:
                return "", raw
            continue
        if ch == ":":
            if i == 0:
                raise _Invalid("missing protocol scheme")
            return raw[:i], raw[i + 1 :]
        return "", raw
    return "", raw


def _valid_port(colon_port: str) -> bool:
    if colon_port == "":
        return True
    return colon_port[0] == ":" and all("0" <= c <= "9" for c in colon_port[1:])


def _host(host: str) -> str:
    if host.startswith("["):
        end = host.rfind("]")
        if end < 0:
            raise _Invalid("missing ']' in host")
        colon_port = host[end + 1 :]
        if not _valid_port(colon_port):
            raise _Invalid(f"invalid port {go_quote(colon_port)} after host")
    else:
        colon = host.rfind(":")
        if colon != -1 and not _valid_port(host[colon:]):
            raise _Invalid(f"invalid port {go_quote(host[colon:])} after host")
    return _unescape(host, _HOST)


_USERINFO_OK = frozenset("-._:~!$&'()*+,;=%@")


def _authority(authority: str) -> tuple[tuple[str, str | None] | None, str]:
    at = authority.rfind("@")
    host = _host(authority[at + 1 :] if at >= 0 else authority)
    if at < 0:
        return None, host
    info = authority[:at]
    if not all((c.isascii() and c.isalnum()) or c in _USERINFO_OK for c in info):
        raise _Invalid("net/url: invalid userinfo")
    if ":" not in info:
        return (_unescape(info, _USER), None), host
    name, _, password = info.partition(":")
    return (_unescape(name, _USER), _unescape(password, _USER)), host


def _parse(raw: str) -> GoURL:
    if any(ord(c) < 0x20 or ord(c) == 0x7F for c in raw):
        raise _Invalid("net/url: invalid control character in URL")
    url = GoURL()
    if raw == "*":
        url.path = "*"
        return url
    scheme, rest = _scheme(raw)
    url.scheme = scheme.lower()
    if rest.endswith("?") and rest.count("?") == 1:
        url.force_query = True
        rest = rest[:-1]
    else:
        rest, _, url.raw_query = rest.partition("?")
    if not rest.startswith("/"):
        if url.scheme:
            url.opaque = rest
            return url
        if ":" in rest.partition("/")[0]:
            raise _Invalid("first path segment in URL cannot contain colon")
    if (url.scheme or not rest.startswith("///")) and rest.startswith("//"):
        authority, slash, tail = rest[2:].partition("/")
        rest = slash + tail
        url.user, url.host = _authority(authority)
    elif url.scheme and rest.startswith("/"):
        url.omit_host = True
    url.path = _unescape(rest, _PATH)
    url.raw_path = "" if _escape(url.path, _PATH) == rest else rest
    return url


def parse(raw: str) -> GoURL:
    """``url.Parse``; :class:`URLParseError` carries Go's message."""
    head, sep, fragment = raw.partition("#")
    try:
        url = _parse(head)
    except _Invalid as exc:
        raise URLParseError(f"parse {go_quote(head)}: {exc}") from None
    if not sep or not fragment:
        return url
    try:
        url.fragment = _unescape(fragment, _FRAGMENT)
    except _Invalid as exc:
        raise URLParseError(f"parse {go_quote(raw)}: {exc}") from None
    url.raw_fragment = "" if _escape(url.fragment, _FRAGMENT) == fragment else fragment
    return url


def hex_escape_non_ascii(location: str) -> str:
    """``http.Redirect``'s ``hexEscapeNonASCII``: each byte >= 0x80 as ``%xx`` (lower-case hex)."""
    if location.isascii():
        return location
    return "".join(chr(c) if c < 0x80 else f"%{c:x}" for c in _bytes(location))

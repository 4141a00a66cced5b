"""The texts of Go library errors that Kratos passes through to its answers (``herodot.WithError``).

Kratos' admin handlers put the raw error of ``encoding/json`` or ``gofrs/uuid`` into an error's
``message``; the fake words them the same way for the common cases.
"""

from __future__ import annotations

import json

__all__ = ["go_quote", "json_decode_error", "uuid_error"]

_WS = " \t\r\n"
_SHORT_ESCAPES = {"\a": "\\a", "\b": "\\b", "\f": "\\f", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\v": "\\v"}


def go_quote(value: str) -> str:
    """``strconv.Quote`` (what ``%q`` prints); undecodable bytes (surrogate escapes) come out as ``\\xNN``."""
    out = ['"']
    for ch in value:
        code = ord(ch)
        if ch in ('"', "\\"):
            out.append("\\" + ch)
        elif 0xDC80 <= code <= 0xDCFF:
            out.append(f"\\x{code - 0xDC00:02x}")
        elif ch in _SHORT_ESCAPES:
            out.append(_SHORT_ESCAPES[ch])
        elif ch == " " or ch.isprintable():
            out.append(ch)
        elif code < 0x20 or code == 0x7F:
            out.append(f"\\x{code:02x}")
        elif code < 0x10000:
            out.append(f"\\u{code:04x}")
        else:
            out.append(f"\\U{code:08x}")
    out.append('"')
    return "".join(out)


def uuid_error(value: str) -> str | None:
    """gofrs/uuid ``FromString``'s error for ``value``, or None when it parses."""
    text = value.strip()
    size = len(text)
    if size not in (32, 36, 38, 41, 45):
        return f'uuid: incorrect UUID length {len(value)} in string "{value}"'
    core = text
    if size == 38 and text.startswith("{") and text.endswith("}"):
        core = text[1:-1]
    elif size == 45 and text.lower().startswith("urn:uuid:"):
        core = text[9:]
    hexes = core.replace("-", "") if len(core) == 36 else core
    dashes_ok = len(core) != 36 or all(core[i] == "-" for i in (8, 13, 18, 23))
    if len(hexes) == 32 and dashes_ok and all(c in "0123456789abcdefABCDEF" for c in hexes):
        return None
    return f'uuid: incorrect UUID format in string "{value}"'


def _quote(c: str) -> str:
    # encoding/json's quoteChar
    if c == "'":
        return "'\\''"
    if c == '"':
        return "'\"'"
    return "'" + json.dumps(c)[1:-1] + "'"


class _Syntax(Exception):
    pass


class _Scanner:
    """Just enough of encoding/json's scanner to name the first syntax error like Go does."""

    def __init__(self, text: str) -> None:
        self.s = text
        self.i = 0

    def _skip(self) -> None:
        while self.i < len(self.s) and self.s[self.i] in _WS:
            self.i += 1

    def _peek(self) -> str:
        self._skip()
        if self.i >= len(self.s):
            raise _Syntax("unexpected EOF")
        return self.s[self.i]

    def _bad(self, where: str) -> _Syntax:
        return _Syntax(f"invalid character {_quote(self.s[self.i])} {where}")

    def value(self) -> None:
        c = self._peek()
        if c == "{":
            self.i += 1
            if self._peek() == "}":
                self.i += 1
                return
            while True:
                if self._peek() != '"':
                    raise self._bad("looking for beginning of object key string")
                self.string()
                if self._peek() != ":":
                    raise self._bad("after object key")
                self.i += 1
                self.value()
                c = self._peek()
                self.i += 1
                if c == "}":
                    return
                if c != ",":
                    self.i -= 1
                    raise self._bad("after object key:value pair")
        elif c == "[":
            self.i += 1
            if self._peek() == "]":
                self.i += 1
                return
            while True:
                self.value()
                c = self._peek()
                self.i += 1
                if c == "]":
                    return
                if c != ",":
                    self.i -= 1
                    raise self._bad("after array element")
        elif c == '"':
            self.string()
        elif c in "-0123456789":
            start = self.i
            while self.i < len(self.s) and self.s[self.i] in "-+.eE0123456789":
                self.i += 1
            try:
                float(self.s[start : self.i])
            except ValueError as exc:
                raise _Syntax(f"invalid character in numeric literal {self.s[start : self.i]!r}") from exc
        else:
            for word in ("true", "false", "null"):
                if c == word[0]:
                    for k, expected in enumerate(word[1:], start=1):
                        if self.i + k >= len(self.s):
                            raise _Syntax("unexpected EOF")
                        if self.s[self.i + k] != expected:
                            self.i += k
                            raise self._bad(f"in literal {word} (expecting {_quote(expected)})")
                    self.i += len(word)
                    return
            raise self._bad("looking for beginning of value")

    def string(self) -> None:
        self.i += 1
        while True:
            if self.i >= len(self.s):
                raise _Syntax("unexpected EOF")
            c = self.s[self.i]
            if c == '"':
                self.i += 1
                return
            if c == "\\":
                self.i += 1
            elif ord(c) < 0x20:
                raise self._bad("in string literal")
            self.i += 1


def json_decode_error(text: str) -> str:
    """What ``json.NewDecoder(body).Decode(&v)`` says about a body that is not one JSON value."""
    if not text.strip(_WS):
        return "EOF"
    try:
        _Scanner(text).value()
    except _Syntax as exc:
        return str(exc)
    return "unexpected EOF"

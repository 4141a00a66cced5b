"""Requests and responses as the fake's handlers see them, plus Kratos' content negotiation."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from email.utils import format_datetime
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit, urlunsplit

__all__ = ["BodyError", "Request", "Response", "add_query", "set_cookie_header"]


class BodyError(ValueError):
    """The request body can not be decoded (bad JSON, unsupported content type)."""


class Headers:
    """Case-insensitive, order-keeping header list."""

    def __init__(self, items: Iterable[tuple[str, str]] = ()) -> None:
        self._items: list[tuple[str, str]] = list(items)

    def get(self, name: str, default: str = "") -> str:
        lower = name.lower()
        for key, value in self._items:
            if key.lower() == lower:
                return value
        return default

    def get_all(self, name: str) -> list[str]:
        lower = name.lower()
        return [value for key, value in self._items if key.lower() == lower]

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and any(k.lower() == name.lower() for k, _ in self._items)

    def items(self) -> list[tuple[str, str]]:
        return list(self._items)


@dataclass
class Request:
    """An incoming request; ``repr`` leaves out the query, headers and body (tokens, cookies, passwords)."""

    method: str
    path: str
    query: dict[str, list[str]] = field(repr=False)
    headers: Headers = field(repr=False)
    body: bytes = field(repr=False)
    client_ip: str = "127.0.0.1"
    raw_query: str = field(default="", repr=False)

    @classmethod
    def build(
        cls, method: str, target: str, headers: Iterable[tuple[str, str]], body: bytes, client_ip: str
    ) -> Request:
        parts = urlsplit(target)
        return cls(
            method=method.upper(),
            path=parts.path or "/",
            query=parse_qs(parts.query, keep_blank_values=True),
            headers=Headers(headers),
            body=body,
            client_ip=client_ip,
            raw_query=parts.query,
        )

    def arg(self, name: str, default: str = "") -> str:
        values = self.query.get(name)
        return values[0] if values else default

    def args(self, name: str) -> list[str]:
        return list(self.query.get(name, []))

    @property
    def cookies(self) -> dict[str, str]:
        """All cookies of all ``Cookie`` headers (later ones win), parsed leniently like Go does."""
        out: dict[str, str] = {}
        for header in self.headers.get_all("Cookie"):
            for part in header.split(";"):
                key, sep, value = part.strip().partition("=")
                if sep and key:
                    out[key] = value.strip('"')
        return out

    @property
    def has_cookies(self) -> bool:
        """Kratos ignores Cloudflare's ``__cf*`` cookies when deciding a request came from a browser."""
        return any(not name.startswith("__cf") for name in self.cookies)

    @property
    def content_type(self) -> str:
        return self.headers.get("Content-Type").split(";")[0].strip().lower()

    def is_json(self) -> bool:
        """Kratos' ``x.IsJSONRequest``: a JSON body, or ``Accept`` negotiating to JSON over HTML."""
        if self.content_type == "application/json":
            return True
        return negotiate(self.headers.get("Accept"), ["text/html", "application/json"], "text/html") == (
            "application/json"
        )

    def json_body(self) -> Any:
        """Any JSON value (JSON patches are arrays)."""
        try:
            return json.loads(self.body.decode("utf-8") or "null")
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise BodyError("the body is not valid JSON") from exc

    def form(self) -> dict[str, Any]:
        """The submitted body as a nested dict (JSON as is; form keys like ``traits.email`` nested)."""
        if not self.body:
            return {}
        try:
            text = self.body.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise BodyError("the body is not UTF-8") from exc
        if self.content_type == "application/json":
            try:
                data = json.loads(text)
            except json.JSONDecodeError as exc:
                raise BodyError("the body is not valid JSON") from exc
            if not isinstance(data, dict):
                raise BodyError("JSON body must be an object")
            return data
        if self.content_type in ("application/x-www-form-urlencoded", ""):
            flat = parse_qs(text, keep_blank_values=True)
            nested: dict[str, Any] = {}
            for key, values in flat.items():
                target = nested
                parts = key.split(".")
                for part in parts[:-1]:
                    child = target.setdefault(part, {})
                    if not isinstance(child, dict):
                        break
                    target = child
                else:
                    target[parts[-1]] = values[-1]
            return nested
        raise BodyError(f"unsupported content type {self.content_type!r}")


def negotiate(accept: str, offers: list[str], default: str) -> str:
    """golang/gddo's NegotiateContentType: best q wins, ties go to the earlier offer."""
    specs: list[tuple[str, float]] = []
    for part in accept.split(","):
        media, *params = [p.strip() for p in part.split(";")]
        if not media:
            continue
        q = 1.0
        for param in params:
            key, _, value = param.partition("=")
            if key.strip() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        specs.append((media.lower(), q))
    best, best_q, best_wild = default, -1.0, 3
    for offer in offers:
        otype = offer.partition("/")[0]
        for media, q in specs:
            mtype, _, msub = media.partition("/")
            if media == "*/*":
                wild = 2
            elif mtype == otype and msub == "*":
                wild = 1
            elif media == offer:
                wild = 0
            else:
                continue
            if q > best_q or (q == best_q and wild < best_wild):
                best, best_q, best_wild = offer, q, wild
    return best if best_q > 0 else default


@dataclass
class Response:
    """An answer; ``repr`` shows the status only (headers and bodies carry cookies and tokens)."""

    status: int
    headers: list[tuple[str, str]] = field(default_factory=list, repr=False)
    body: bytes = field(default=b"", repr=False)
    payload: Any = field(default=None, repr=False)  # the JSON value before encoding, for validation
    is_json: bool = False

    @classmethod
    def json(cls, status: int, payload: Any, headers: Iterable[tuple[str, str]] = ()) -> Response:
        body = json.dumps(payload, separators=(",", ":")).encode() + b"\n"
        return cls(
            status,
            [("Content-Type", "application/json; charset=utf-8"), *headers],
            body,
            payload,
            True,
        )

    @classmethod
    def error(cls, status: int, payload: Any, headers: Iterable[tuple[str, str]] = ()) -> Response:
        """herodot's error writer: like :meth:`json` but ``Content-Type: application/json`` (no charset)."""
        response = cls.json(status, payload, headers)
        response.headers[0] = ("Content-Type", "application/json")
        return response

    @classmethod
    def redirect(cls, location: str, headers: Iterable[tuple[str, str]] = (), status: int = 303) -> Response:
        return cls(status, [*headers, ("Location", location)])

    @classmethod
    def empty(cls, status: int = 204, headers: Iterable[tuple[str, str]] = ()) -> Response:
        return cls(status, list(headers))

    def header(self, name: str) -> str | None:
        for key, value in self.headers:
            if key.lower() == name.lower():
                return value
        return None


def set_cookie_header(
    name: str,
    value: str,
    *,
    max_age: int | None = None,
    expires: datetime | None = None,
    path: str = "/",
    http_only: bool = True,
    same_site: str = "Lax",
) -> tuple[str, str]:
    parts = [f"{name}={value}", f"Path={path}"]
    if expires is not None:
        parts.append("Expires=" + format_datetime(expires, usegmt=True))
    if max_age is not None:
        parts.append(f"Max-Age={max_age}")
    if http_only:
        parts.append("HttpOnly")
    parts.append(f"SameSite={same_site}")
    return ("Set-Cookie", "; ".join(parts))


def add_query(url: str, params: Mapping[str, str]) -> str:
    """``url`` with ``params`` set (replacing existing keys)."""
    parts = urlsplit(url)
    query = parse_qs(parts.query, keep_blank_values=True)
    for key, value in params.items():
        query[key] = [value]
    return urlunsplit(parts._replace(query=urlencode(query, doseq=True)))

"""Kratos' pagination: keyset ``page_size``/``page_token`` with ``Link`` headers, and the legacy
``page``/``per_page`` form with ``X-Total-Count``. Link targets are relative (Kratos builds them from
the request URL)."""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Sequence
from typing import TypeVar
from urllib.parse import urlencode

from ory_facade.testing.errors import KratosError
from ory_facade.testing.httpio import Request

__all__ = ["paginate"]

T = TypeVar("T")
DEFAULT_SIZE = 250


def encode_token(offset: int) -> str:
    return base64.urlsafe_b64encode(json.dumps({"o": offset}).encode()).decode().rstrip("=")


def decode_token(token: str) -> int:
    try:
        raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
        offset = json.loads(raw)["o"]
    except (binascii.Error, ValueError, KeyError, TypeError) as exc:
        raise KratosError.bad_request(
            "The page token is invalid, do not craft your own page tokens."
        ) from exc
    if not isinstance(offset, int) or offset < 0:
        raise KratosError.bad_request("The page token is invalid, do not craft your own page tokens.")
    return offset


def _link(req: Request, rel: str, params: dict[str, str]) -> str:
    query = {k: v[-1] for k, v in req.query.items()}
    query.update(params)
    return f'<{req.path}?{urlencode(query)}>; rel="{rel}"'


def _int(req: Request, name: str, default: int) -> int:
    raw = req.arg(name)
    if not raw:
        return default
    try:
        return int(raw)
    except ValueError as exc:
        raise KratosError.bad_request(f"could not parse parameter {name}") from exc


def paginate(
    req: Request, items: Sequence[T], *, max_size: int = 1000, total_header: bool = False
) -> tuple[list[T], list[tuple[str, str]]]:
    """One page of ``items`` plus the headers Kratos sends with it."""
    legacy = ("page" in req.query or "per_page" in req.query) and not (
        "page_token" in req.query or "page_size" in req.query
    )
    headers: list[tuple[str, str]] = []
    total = len(items)
    if legacy:
        per_page = min(max(_int(req, "per_page", DEFAULT_SIZE), 1), max_size)
        page = max(_int(req, "page", 0), 0)
        offset = page * per_page
        chunk = list(items[offset : offset + per_page])
        last_page = max((total - 1) // per_page, 0)

        def params(p: int) -> dict[str, str]:
            return {"page": str(p), "per_page": str(per_page)}

        links = [_link(req, "first", params(0))]
        if page < last_page:
            links.append(_link(req, "next", params(page + 1)))
        if page > 0:
            links.append(_link(req, "prev", params(min(page - 1, last_page))))
        links.append(_link(req, "last", params(last_page)))
        headers.append(("Link", ",".join(links)))
        headers.append(("X-Total-Count", str(total)))
        return chunk, headers

    size = min(max(_int(req, "page_size", DEFAULT_SIZE), 1), max_size)
    token = req.arg("page_token")
    offset = decode_token(token) if token else 0
    chunk = list(items[offset : offset + size])
    links = [_link(req, "first", {"page_size": str(size), "page_token": encode_token(0)})]
    if offset + size < total:
        links.append(_link(req, "next", {"page_size": str(size), "page_token": encode_token(offset + size)}))
    headers.append(("Link", ",".join(links)))
    if total_header:
        headers.append(("X-Total-Count", str(total)))
    return chunk, headers

"""Kratos' three pagination styles (v26.2.0), each on the endpoints that use it.

* keyset (``page_size``/``page_token``, ``Link`` with ``first`` and, unless on the last page, ``next``):
  identities (the token is the last id, oryx/pagination/keysetpagination), admin sessions and courier
  messages (opaque tokens);
* the identities list's fallback ``page``/``per_page`` form (oryx/pagination/pagepagination, plus
  ``X-Total-Count``; x/pagination.go ParseKeysetOrPagePagination);
* "migration" pagination (oryx/pagination/migrationpagination): offset pages that accept both forms and
  write every link with all four parameters, plus ``X-Total-Count`` (an identity's sessions, my sessions,
  schemas).

Link targets are relative (Kratos builds them from the request URL).
"""

from __future__ import annotations

import base64
import binascii
import json
import uuid
from collections.abc import Callable, Sequence
from typing import TypeVar
from urllib.parse import urlencode

from ory_facade.testing.errors import KratosError
from ory_facade.testing.httpio import Request

__all__ = ["NIL_UUID", "keyset_by_id", "migration", "paginate"]

T = TypeVar("T")
DEFAULT_SIZE = 250
NIL_UUID = "00000000-0000-0000-0000-000000000000"


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
    # Go's url.Values.Set replaces a parameter, keeps the others (repeated ones too) and sorts by key.
    query = {k: list(v) for k, v in req.query.items()}
    query.update({k: [v] for k, v in params.items()})
    pairs = [(k, v) for k in sorted(query) for v in query[k]]
    return f'<{req.path}?{urlencode(pairs)}>; rel="{rel}"'


def _int(req: Request, name: str, default: int) -> int:
    raw = req.arg(name)
    if not raw:
        return default
    try:
        return int(raw)
    except ValueError as exc:
        raise KratosError.bad_request(f"could not parse parameter {name}") from exc


def _lenient_int(req: Request, name: str, default: int) -> int:
    # ParsePagination in oryx ignores unparseable numbers and uses the default.
    try:
        return int(req.arg(name))
    except ValueError:
        return default


def _page_form(req: Request, items: Sequence[T], max_size: int) -> tuple[list[T], list[tuple[str, str]]]:
    """``page``/``per_page`` with first/next/prev/last links and ``X-Total-Count`` (pagepagination)."""
    per_page = min(max(_lenient_int(req, "per_page", DEFAULT_SIZE), 1), max_size)
    page = max(_lenient_int(req, "page", 0), 0)
    total = len(items)
    chunk = list(items[page * per_page : (page + 1) * per_page])
    links = _offset_links(
        total,
        page,
        per_page,
        lambda rel, size, off: _link(req, rel, {"page": str(off // size), "per_page": str(size)}),
    )
    return chunk, [("Link", links), ("X-Total-Count", str(total))]


def _offset_links(total: int, page: int, size: int, fmt: Callable[[str, int, int], str]) -> str:
    """The rels oryx/pagination/header.go HeaderWithFormatter picks for an offset page."""
    offset = page * size
    last = total - size if total % size == 0 else (total // size) * size
    if offset >= last:
        if total == 0:
            rels = [("first", size, 0), ("next", size, (offset // size + 1) * size)]
            rels.append(("prev", size, (offset // size - 1) * size))
        elif total <= size:
            rels = [("first", total, 0)]
        else:
            rels = [("first", size, 0), ("prev", size, last - size)]
    elif offset < size:
        rels = [("next", size, size), ("last", size, last)]
    else:
        rels = [("first", size, 0), ("next", size, (offset // size + 1) * size)]
        rels += [("prev", size, (offset // size - 1) * size), ("last", size, last)]
    return ",".join(fmt(rel, s, o) for rel, s, o in rels)


def _migration_token(offset: int) -> str:
    return base64.urlsafe_b64encode(f'{{"offset":"{offset}","v":2}}'.encode()).decode().rstrip("=")


def _migration_offset(token: str) -> int:
    try:
        raw = json.loads(base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)))
        return int(raw["offset"]) if isinstance(raw, dict) else 0
    except (binascii.Error, ValueError, KeyError, TypeError):
        return 0  # tokenpagination ignores a token it can not read


def migration(req: Request, items: Sequence[T]) -> tuple[list[T], list[tuple[str, str]]]:
    """migrationpagination: token or page parameters in, links carrying both forms out."""
    if "page_token" in req.query or "page_size" in req.query:
        size = min(max(_lenient_int(req, "page_size", DEFAULT_SIZE), 1), 1000)
        token = req.arg("page_token")
        offset = _migration_offset(token) if token else 0
        page = max(offset // size, 0)
    else:
        size = min(max(_lenient_int(req, "per_page", DEFAULT_SIZE), 1), 1000)
        page = max(_lenient_int(req, "page", 0), 0)
    total = len(items)
    chunk = list(items[page * size : (page + 1) * size])

    def fmt(rel: str, s: int, off: int) -> str:
        params = {"page": str(off // s), "page_size": str(s), "page_token": _migration_token(off)}
        params["per_page"] = str(s)
        return _link(req, rel, params)

    return chunk, [("Link", _offset_links(total, page, size, fmt)), ("X-Total-Count", str(total))]


def keyset_by_id(
    req: Request, items: Sequence[T], key: Callable[[T], str], *, max_size: int = 1000
) -> tuple[list[T], list[tuple[str, str]]]:
    """The identities list: keyset pages over ``items`` sorted by ``key`` (the id); the token is the last
    id of the page before, the first page's the nil UUID. ``page`` alone switches to the page form."""
    if "page" in req.query and not ("page_token" in req.query or "page_size" in req.query):
        return _page_form(req, items, 500)
    size = min(max(_int(req, "page_size", _lenient_int(req, "per_page", DEFAULT_SIZE)), 1), max_size)
    token = req.arg("page_token") or NIL_UUID
    try:
        token = str(uuid.UUID(token))
    except ValueError as exc:  # the id column is a UUID: the database refuses anything else
        raise KratosError.bad_request(
            "The page token is invalid, do not craft your own page tokens."
        ) from exc
    rest = [i for i in items if key(i) > token]
    chunk = rest[:size]
    links = [_link(req, "first", {"page_size": str(size), "page_token": NIL_UUID})]
    if len(rest) > size:
        links.append(_link(req, "next", {"page_size": str(size), "page_token": key(chunk[-1])}))
    return chunk, [("Link", ",".join(links))]


def paginate(
    req: Request, items: Sequence[T], *, max_size: int = 1000, default_size: int = DEFAULT_SIZE
) -> tuple[list[T], list[tuple[str, str]]]:
    """Keyset pages with opaque tokens (admin sessions, courier messages)."""
    size = min(max(_int(req, "page_size", default_size), 1), max_size)
    token = req.arg("page_token")
    offset = decode_token(token) if token else 0
    chunk = list(items[offset : offset + size])
    links = [_link(req, "first", {"page_size": str(size), "page_token": encode_token(0)})]
    if offset + size < len(items):
        links.append(_link(req, "next", {"page_size": str(size), "page_token": encode_token(offset + size)}))
    return chunk, [("Link", ",".join(links))]

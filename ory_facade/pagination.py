"""Token pagination over Kratos' list endpoints.

Kratos pages with ``page_size`` + ``page_token`` and announces the next page in a ``Link`` header
(``rel="next"``); the older ``page``/``per_page`` pair is deprecated and not used. The iterators fetch one
page at a time, so walking a million identities keeps one page in memory.

Example::

    for identity in ory.admin.identities.iter_all(page_size=500):
        print(identity.id, identity.traits["email"])
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Generic, TypeVar
from urllib.parse import parse_qs, urlsplit

from ._transport import Transport, parse

if TYPE_CHECKING:
    import httpx

__all__ = ["Page", "fetch_page", "iterate_pages", "next_page_token"]

T = TypeVar("T")


@dataclass(frozen=True, repr=False)
class Page(Generic[T]):
    """One page of results and the token of the next page (None on the last page)."""

    items: list[T]
    next_page_token: str | None = None
    response: httpx.Response | None = field(default=None, repr=False, compare=False)

    def __iter__(self) -> Iterator[T]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)

    def __repr__(self) -> str:
        # Items are not shown: identities can carry credentials and sessions a tokenized JWT.
        more = "more pages" if self.next_page_token else "last page"
        return f"Page({len(self.items)} items, {more})"


def next_page_token(response: httpx.Response) -> str | None:
    """The ``page_token`` of the ``Link: <...>; rel="next"`` header, if any."""
    link = response.links.get("next")
    url = link.get("url") if link else None
    if not url:
        return None
    try:
        tokens = parse_qs(urlsplit(url).query).get("page_token")
    except ValueError:  # an unparseable URL (e.g. "http://[x"): no next page rather than a crash
        return None
    return tokens[0] if tokens and tokens[0] else None


def iterate_pages(
    fetch: Callable[[str | None], Page[T]],
    first_token: str | None = None,
    *,
    key: Callable[[T], str] | None = None,
) -> Iterator[T]:
    """Yield every item, fetching the next page lazily; stops on a missing or repeated token.

    With ``key`` each item is yielded once and a page with nothing new ends the walk: Kratos' offset-paged
    session lists hand out a second-page token that brings the first page again.
    """
    token = first_token
    seen_tokens: set[str] = set()
    seen_items: set[str] = set()
    while True:
        page = fetch(token)
        items = page.items
        if key is not None:
            items = [item for item in items if key(item) not in seen_items]
            seen_items.update(key(item) for item in items)
        yield from items
        token = page.next_page_token
        if not token or token in seen_tokens or not items:
            return
        seen_tokens.add(token)


def fetch_page(
    transport: Transport,
    kwargs: Mapping[str, Any],
    item: Callable[[Any], T],
    what: str,
    *,
    admin: bool = True,
) -> Page[T]:
    """GET one page of a list endpoint and parse each element with ``item`` (a ``from_dict``)."""
    response = transport.call(kwargs, admin=admin)

    def parse_list(data: Any) -> list[T]:
        if not isinstance(data, list):
            raise TypeError("expected a JSON array")
        return [item(element) for element in data]

    return Page(parse(response, parse_list, f"a list of {what}"), next_page_token(response), response)

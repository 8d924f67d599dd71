"""OData query options of the directory reads: `$select`, `$top`, `$skiptoken`.

`$select` narrows a user or group to the properties it names (and names the selection in
`@odata.context`); `$top` and `$skiptoken` page a listing, the token being the last object id
of the page before.
"""

from __future__ import annotations

from urllib.parse import urlencode

DEFAULT_PAGE_SIZE = 100


def selection(select: str | None) -> tuple[str, ...]:
    """The properties `$select` names, in its order, without repeats (empty: all). The spec's
    pattern for `$select` admits only the type's properties."""
    if select is None:
        return ()
    return tuple(dict.fromkeys(select.split(",")))


def context_suffix(chosen: tuple[str, ...]) -> str:
    """What Graph appends to a context URL's entity set for a selection: `(a,b)`."""
    return f"({','.join(chosen)})" if chosen else ""


def after_skiptoken(token: str | None) -> str | None:
    """The object id a `$skiptoken` continues after (the token is that id: any value is a
    place in the order, so a stale or hand-made token still answers a page)."""
    return token


def next_link(collection_url: str, top: int | None, select: str | None, last_id: str) -> str:
    """The `@odata.nextLink` of a page whose last object is `last_id`."""
    query: dict[str, str] = {}
    if top is not None:
        query["$top"] = str(top)
    if select is not None:
        query["$select"] = select
    query["$skiptoken"] = last_id
    return f"{collection_url}?{urlencode(query, safe='$,')}"

"""OData query options of the directory's collections, as the web receives and writes them.

`$select` narrows a user or group to the properties it names (and names the selection in
`@odata.context`). `$filter`, `$orderby`, `$top` and `$count` make a `DirectoryQuery`
(`graph_photos.directory.query`, which checks them against Graph's rules). A page continues
with `@odata.nextLink`: the original options and an opaque `$skiptoken` that carries them and
where the page ended, so that the next request asks exactly what the first asked.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from urllib.parse import urlencode

import orjson

from graph_photos.web.errors import GraphError


def selection(select: Sequence[str] | None) -> tuple[str, ...]:
    """The properties `$select` names, in its order, without repeats (empty: none named). The
    spec admits only the type's properties (Graph's error otherwise)."""
    if not select:
        return ()
    return tuple(dict.fromkeys(select))


def context_suffix(chosen: tuple[str, ...]) -> str:
    """What Graph appends to a context URL's entity set for a selection: `(a,b)`."""
    return f"({','.join(chosen)})" if chosen else ""


@dataclass(frozen=True)
class CollectionOptions:
    """What a client asked of a collection, as it asked it."""

    filter: str | None = None
    orderby: str | None = None
    top: int | None = None
    count: bool = False
    select: tuple[str, ...] = ()
    search: str | None = None

    def as_query(self) -> dict[str, str]:
        """These options as query parameters, in Graph's spelling."""
        query: dict[str, str] = {}
        if self.filter is not None:
            query["$filter"] = self.filter
        if self.orderby is not None:
            query["$orderby"] = self.orderby
        if self.top is not None:
            query["$top"] = str(self.top)
        if self.count:
            query["$count"] = "true"
        if self.select:
            query["$select"] = ",".join(self.select)
        if self.search is not None:
            query["$search"] = self.search
        return query


def _bad_token() -> GraphError:
    return GraphError(
        400,
        "BadRequest",
        "The $skiptoken is not one this service wrote: take it from an @odata.nextLink.",
    )


def skiptoken(options: CollectionOptions, after: tuple[str, str]) -> str:
    """The opaque token of the page after `after` of the query `options` describe."""
    document = {"o": asdict(options), "a": list(after)}
    return base64.urlsafe_b64encode(orjson.dumps(document)).decode("ascii").rstrip("=")


def continued(token: str) -> tuple[CollectionOptions, tuple[str, str]]:
    """The options and position a `$skiptoken` carries; `400` for one this service did not
    write."""
    try:
        document = orjson.loads(base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)))
        fields = dict(document["o"])
        if not isinstance(fields.get("select", []), list):
            raise _bad_token()
        fields["select"] = tuple(fields.get("select", ()))
        options = CollectionOptions(**fields)
        sort_value, id_key = document["a"]
    except (binascii.Error, ValueError, TypeError, KeyError, orjson.JSONDecodeError):
        raise _bad_token() from None
    texts = (options.filter, options.orderby, options.search)
    if not (
        isinstance(sort_value, str)
        and isinstance(id_key, str)
        and all(text is None or isinstance(text, str) for text in texts)
        and all(isinstance(name, str) for name in options.select)
        and (options.top is None or type(options.top) is int)
        and isinstance(options.count, bool)
    ):
        raise _bad_token()
    return options, (sort_value, id_key)


# Left unencoded in a next link, as Graph writes them: `$top`, `startswith(...)`, `"a:b"`.
_READABLE = '$,()"'


def next_link(collection_url: str, options: CollectionOptions, after: tuple[str, str]) -> str:
    """The `@odata.nextLink` of the page that ended at `after`: the options, and the token."""
    query = {**options.as_query(), "$skiptoken": skiptoken(options, after)}
    return f"{collection_url}?{urlencode(query, safe=_READABLE)}"


# Left unencoded in an Outlook collection's next link: `$top`, `any(a:a/address eq 'x')`.
_READABLE_OUTLOOK = "$,()/:'"


def skip_link(
    collection_url: str, total: int, top: int, skip: int, options: dict[str, str]
) -> str | None:
    """The `@odata.nextLink` of a collection paged by `$skip` (Outlook's: contacts and their
    folders), with the request's other options (`{"filter": ...}`), while more remain."""
    if skip + top >= total:
        return None
    query = {
        **{f"${name}": value for name, value in options.items()},
        "$top": str(top),
        "$skip": str(skip + top),
    }
    return f"{collection_url}?{urlencode(query, safe=_READABLE_OUTLOOK)}"

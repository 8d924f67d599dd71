"""A batch's requests: what its body asks for, checked for what the spec's schema cannot say
and turned into one HTTP request per item."""

from __future__ import annotations

import base64
import binascii
from collections.abc import Mapping
from dataclasses import dataclass, field
from urllib.parse import unquote, urlsplit

import orjson
from starlette.types import Scope

from graph_photos.directory.model import ascii_key
from graph_photos.generated.models import BatchRequest, BatchRequestItem
from graph_photos.web.errors import GraphError
from graph_photos.web.request_state import batch_of

# From the batch's own request, every item carries these.
_INHERITED = (b"authorization", b"host")


def _bad_batch(message: str) -> GraphError:
    return GraphError(400, "BadRequest", message)


@dataclass
class BatchItem:
    """One item, ready to be sent: its HTTP request, and the items it waits for."""

    id: str
    method: str
    path: str
    raw_path: bytes
    query_string: bytes
    headers: list[tuple[bytes, bytes]]
    body: bytes
    depends_on: list[str] = field(default_factory=list)


def is_json(content_type: str) -> bool:
    media_type = content_type.split(";", 1)[0].strip().lower()
    return media_type == "application/json" or media_type.endswith("+json")


def _item(raw: BatchRequestItem, inherited: list[tuple[bytes, bytes]], version: str) -> BatchItem:
    # The spec's schema (batchRequestItem) has been checked: id, method and url are non-empty
    # strings, the method is a known one, headers map strings to strings, dependsOn lists ids.
    item_id, method, url = raw.id, raw.method.upper(), raw.url
    try:
        parts = urlsplit(url)
    except ValueError:
        raise _bad_batch(f"Request '{item_id}' has a url that is not a URL: '{url}'.") from None
    if parts.scheme or parts.netloc or url.startswith("//"):
        raise _bad_batch(
            f"Request '{item_id}' has an absolute URL; a batch item's url is relative to the "
            f"version, e.g. '/me' for '/{version}/me'."
        )
    relative = parts.path.lstrip("/")
    # As routing will read it (`%24batch` is `$batch`); the batch operation also refuses to run
    # as an item (`parse_batch`), whatever spelling routed there.
    if ascii_key(unquote(relative.split("/", 1)[0])) == "$batch":
        raise _bad_batch(f"Request '{item_id}' is a $batch; batches cannot be nested.")
    headers_in: Mapping[str, str] = raw.headers or {}
    headers = [
        (name.strip().lower().encode("latin-1", "replace"), value.encode("latin-1", "replace"))
        for name, value in headers_in.items()
        if name.strip().lower().encode() not in (*_INHERITED, b"content-length")
    ]
    content_type = next(
        (value for name, value in headers_in.items() if name.strip().lower() == "content-type"),
        None,
    )
    body = b""
    if raw.body is not None:
        if content_type is None:
            raise _bad_batch(f"Request '{item_id}' has a body but no Content-Type header.")
        if is_json(content_type):
            body = orjson.dumps(raw.body)
        elif isinstance(raw.body, str):
            try:
                body = base64.b64decode(raw.body, validate=True)
            except (binascii.Error, ValueError):
                raise _bad_batch(
                    f"The body of request '{item_id}' is not base64, which its Content-Type "
                    f"'{content_type}' (not JSON) needs."
                ) from None
        else:
            raise _bad_batch(
                f"The body of request '{item_id}' is not base64 text, which its Content-Type "
                f"'{content_type}' (not JSON) needs."
            )
        headers.append((b"content-length", str(len(body)).encode("ascii")))
    depends_on: list[str] = list(raw.dependsOn or [])
    raw_path = f"/{version}/{relative}".encode("utf-8", "replace")
    return BatchItem(
        id=item_id,
        method=method,
        path=unquote(raw_path.decode("utf-8", "replace")),
        raw_path=raw_path,
        query_string=parts.query.encode("utf-8", "replace"),
        headers=[*inherited, *headers],
        body=body,
        depends_on=depends_on,
    )


def parse_batch(body: BatchRequest, scope: Scope, version: str) -> list[BatchItem]:
    """The items of a batch request body that passed the spec's schema (1 to 20 well-formed
    items), each after those it depends on; raises `GraphError` (400) for what a schema cannot
    say, for the whole batch."""
    if batch_of(scope) is not None:
        raise _bad_batch(
            "A $batch cannot be a request of another $batch; batches cannot be nested."
        )
    inherited = [(key, value) for key, value in scope["headers"] if key in _INHERITED]
    items = [_item(raw, inherited, version) for raw in body.requests]
    by_key: dict[str, BatchItem] = {}
    for item in items:
        key = ascii_key(item.id)
        if key in by_key:
            raise _bad_batch(f"The id '{item.id}' is used by more than one request of the batch.")
        by_key[key] = item
    for item in items:
        for dependency in item.depends_on:
            if ascii_key(dependency) not in by_key:
                raise _bad_batch(
                    f"Request '{item.id}' depends on '{dependency}', which is not in the batch."
                )
        item.depends_on = [by_key[ascii_key(dependency)].id for dependency in item.depends_on]
    return _dependencies_first(items)


def _dependencies_first(items: list[BatchItem]) -> list[BatchItem]:
    """`items` in their order, each moved after those it depends on; 400 for a cycle."""
    by_id = {item.id: item for item in items}
    ordered: list[BatchItem] = []
    done: set[str] = set()

    def visit(item: BatchItem, path: tuple[str, ...]) -> None:
        if item.id in path:
            raise _bad_batch(
                "The dependsOn of the batch make a cycle: " + " -> ".join((*path, item.id)) + "."
            )
        if item.id in done:
            return
        for dependency in item.depends_on:
            visit(by_id[dependency], (*path, item.id))
        done.add(item.id)
        ordered.append(item)

    for item in items:
        visit(item, ())
    return ordered

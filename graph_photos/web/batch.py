"""JSON batching (`POST /{version}/$batch`): each item sent through the app, as if alone.

`parse_batch` checks what the spec's schema cannot (ids unique ignoring case, dependsOn naming
items without a cycle, relative urls, bodies with a Content-Type) and turns each item into an
HTTP request: the version's path and query, the batch's `Authorization` and `Host`, the item's
headers, and its body (JSON as JSON, anything else from base64). Whole-batch problems are one
`400 BadRequest`.

`run_batch` sends every item into the stack where `BatchEntryMiddleware` stands: below the
layers that belong to the batch's connection (server errors, CORS), above everything a request
passes alone. So an item gets exactly what it would get alone: its own `request-id`, routing,
authentication, permissions, validation, the caller's tenant, errors, ETags and metrics; the
batch's access-log line lists its items instead of one line each. Items run one at a time,
dependencies first (measured: running them at once cost more CPU than it overlapped); an item
whose dependency failed answers `424`. Each answer is rendered as Graph does: JSON as JSON,
binary bytes as base64 text, `Content-Type` (exactly so cased: the Graph Toolkit reads it so)
and `ETag` in its headers, no body for 204 and 304.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote, urlsplit

import anyio
import orjson
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from graph_photos.web.error_envelope import error_body, internal_error
from graph_photos.web.errors import GraphError
from graph_photos.web.request_state import RequestIds, RequestState, mark_batch_item, state_of

FAILED_DEPENDENCY = 424
_ENTRY_KEY = "graph_photos.batch_entry"
# Headers an item's answer does not repeat: they describe the batch's own connection.
_HOP_HEADERS = frozenset(
    {"content-length", "connection", "transfer-encoding", "date", "server", "vary"}
)
# Graph's casing of the headers clients read from an item's answer; others keep theirs.
_CASING = {
    "content-type": "Content-Type",
    "etag": "ETag",
    "location": "Location",
    "retry-after": "Retry-After",
    "www-authenticate": "WWW-Authenticate",
    "allow": "Allow",
    "cache-control": "Cache-Control",
}
# From the batch's own request, every item carries these.
_INHERITED = (b"authorization", b"host")


class BatchEntryMiddleware:
    """Marks where `$batch` items enter the stack: it records the app below it in the lifespan
    state, which every request's state starts from."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            scope.setdefault("state", {})[_ENTRY_KEY] = self.app
        await self.app(scope, receive, send)


def batch_entry(scope: Scope) -> ASGIApp:
    """The app that the items of the `$batch` of `scope` are sent into."""
    entry: ASGIApp | None = scope.get("state", {}).get(_ENTRY_KEY)
    if entry is None:
        raise RuntimeError("the app has no BatchEntryMiddleware, or its lifespan has not run")
    return entry


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


def _is_json(content_type: str) -> bool:
    media_type = content_type.split(";", 1)[0].strip().lower()
    return media_type == "application/json" or media_type.endswith("+json")


def _item(raw: Mapping[str, Any], inherited: list[tuple[bytes, bytes]], version: str) -> BatchItem:
    # The spec's schema (batchRequestItem) has been checked: id, method and url are non-empty
    # strings, the method is a known one, headers map strings to strings, dependsOn lists ids.
    item_id, method, url = raw["id"], raw["method"].upper(), raw["url"]
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
    if relative.split("/", 1)[0].lower() == "$batch":
        raise _bad_batch(f"Request '{item_id}' is a $batch; batches cannot be nested.")
    headers_in: Mapping[str, str] = raw.get("headers") or {}
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
    if raw.get("body") is not None:
        if content_type is None:
            raise _bad_batch(f"Request '{item_id}' has a body but no Content-Type header.")
        if _is_json(content_type):
            body = orjson.dumps(raw["body"])
        elif isinstance(raw["body"], str):
            try:
                body = base64.b64decode(raw["body"], validate=True)
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
    depends_on: list[str] = list(raw.get("dependsOn") or [])
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


def parse_batch(body: Mapping[str, Any], scope: Scope, version: str) -> list[BatchItem]:
    """The items of a batch request body that passed the spec's schema (1 to 20 well-formed
    items), each after those it depends on; raises `GraphError` (400) for what a schema cannot
    say, for the whole batch."""
    inherited = [(key, value) for key, value in scope["headers"] if key in _INHERITED]
    items = [_item(raw, inherited, version) for raw in body["requests"]]
    by_key: dict[str, BatchItem] = {}
    for item in items:
        key = item.id.lower()
        if key in by_key:
            raise _bad_batch(f"The id '{item.id}' is used by more than one request of the batch.")
        by_key[key] = item
    for item in items:
        for dependency in item.depends_on:
            if dependency.lower() not in by_key:
                raise _bad_batch(
                    f"Request '{item.id}' depends on '{dependency}', which is not in the batch."
                )
        item.depends_on = [by_key[dependency.lower()].id for dependency in item.depends_on]
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


def _item_scope(parent: Scope, item: BatchItem) -> Scope:
    return {
        "type": "http",
        "asgi": parent.get("asgi", {"version": "3.0"}),
        "http_version": parent.get("http_version", "1.1"),
        "method": item.method,
        "scheme": parent.get("scheme", "http"),
        "path": item.path,
        "raw_path": item.raw_path,
        "query_string": item.query_string,
        # Not the parent's: routing has rewritten it in place (Starlette's Mount), and the
        # service is never served below a root path.
        "root_path": "",
        "headers": list(item.headers),
        "server": parent.get("server"),
        "client": parent.get("client"),
        "state": dict(parent.get("state", {})),
    }


async def _send_one(app: ASGIApp, scope: Scope, item: BatchItem) -> dict[str, Any]:
    """Send one item (its request in `scope`) into `app`; its answer as a batch response item."""
    status = 500
    headers: list[tuple[bytes, bytes]] = []
    chunks: list[bytes] = []
    sent_body = False

    async def receive() -> Message:
        nonlocal sent_body
        if not sent_body:
            sent_body = True
            return {"type": "http.request", "body": item.body, "more_body": False}
        await anyio.sleep_forever()
        raise AssertionError("unreachable")  # pragma: no cover

    async def send(message: Message) -> None:
        nonlocal status, headers
        if message["type"] == "http.response.start":
            status = message["status"]
            headers = list(message.get("headers", []))
        elif message["type"] == "http.response.body":
            chunks.append(message.get("body", b""))

    try:
        await app(scope, receive, send)
    except Exception:
        if not headers:
            error = internal_error()
            return _answer(item.id, error.status_code, _error_headers(), _error(error))
    return _answer(item.id, status, headers, b"".join(chunks))


def _error_headers() -> list[tuple[bytes, bytes]]:
    return [(b"content-type", b"application/json")]


def _error(error: GraphError) -> bytes:
    return error_body(RequestIds.fresh(), error.code, error.message)


def _answer(
    item_id: str, status: int, raw_headers: list[tuple[bytes, bytes]], body: bytes
) -> dict[str, Any]:
    headers: dict[str, str] = {}
    for raw_name, raw_value in raw_headers:
        name = raw_name.decode("latin-1").lower()
        if name not in _HOP_HEADERS:
            headers[_CASING.get(name, name)] = raw_value.decode("latin-1")
    answer: dict[str, Any] = {"id": item_id, "status": status, "headers": headers}
    if body and status not in (204, 304):
        content_type = headers.get("Content-Type", "")
        if _is_json(content_type):
            answer["body"] = orjson.loads(body)
        else:
            answer["body"] = base64.b64encode(body).decode("ascii")
    return answer


def _failed_dependency(item: BatchItem, dependency: str) -> dict[str, Any]:
    body = error_body(
        RequestIds.fresh(),
        "FailedDependency",
        f"Request '{item.id}' was not run: request '{dependency}', which it depends on, failed.",
    )
    return _answer(item.id, FAILED_DEPENDENCY, _error_headers(), body)


async def run_batch(entry: ASGIApp, scope: Scope, items: list[BatchItem]) -> list[dict[str, Any]]:
    """Every item's answer, in the order they ran (`items`' order, from `parse_batch`: each
    after those it depends on). The batch's access log lists them."""
    answers: dict[str, dict[str, Any]] = {}
    logged: list[dict[str, Any]] = []
    batch = state_of(scope)
    batch.batch_items = logged
    try:
        # In a task of its own, so in a copy of the batch's context: connexion's context
        # middleware sets its context variables (the operation) for each item and never resets
        # them, which would leave the batch's own answer with an item's operation. (Each item
        # sets them afresh, so the items need no task each: measured, 20 tasks cost 8% more.)
        await asyncio.create_task(_run_items(entry, scope, batch, items, answers, logged))
    finally:
        for release in batch.batch_end:
            await release()
    return list(answers.values())


async def _run_items(
    entry: ASGIApp,
    scope: Scope,
    batch: RequestState,
    items: list[BatchItem],
    answers: dict[str, dict[str, Any]],
    logged: list[dict[str, Any]],
) -> None:
    for item in items:
        failed = next((dep for dep in item.depends_on if answers[dep]["status"] >= 400), None)
        if failed is not None:
            answers[item.id] = _failed_dependency(item, failed)
            logged.append({"id": item.id, "status": FAILED_DEPENDENCY})
            continue
        item_scope = _item_scope(scope, item)
        mark_batch_item(item_scope, item.id, batch)
        started = time.perf_counter()
        answer = await _send_one(entry, item_scope, item)
        answers[item.id] = answer
        item_state = state_of(item_scope)
        logged.append(
            {
                "id": item.id,
                "status": answer["status"],
                "method": item.method,
                "path": item.raw_path.decode("utf-8", "replace"),
                "operation": item_state.operation_id,
                "request_id": item_state.ids.request_id,
                "resource": item_state.resource,
                "duration_ms": round((time.perf_counter() - started) * 1000, 2),
            }
        )

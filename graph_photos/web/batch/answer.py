"""A batch's answer: each item sent through the app, its answer streamed into the batch's."""

from __future__ import annotations

import asyncio
import base64
import logging
import time
from typing import Any

import anyio
import orjson
from starlette.responses import StreamingResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from graph_photos.generated.models import BatchResponse, BatchResponseItem, Headers
from graph_photos.web.batch.requests import BatchItem, is_json
from graph_photos.web.convert import wire_json
from graph_photos.web.errors import GraphError, error_body, internal_error
from graph_photos.web.request_state import (
    RequestIds,
    RequestState,
    mark_batch_item,
    state_of,
)

LOG = logging.getLogger("graph_photos.batch")
# `{"responses":[`: the wire model's own start, each item then written as it is answered.
_OPENING = wire_json(BatchResponse(responses=[]))[:-2]
FAILED_DEPENDENCY = 424
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


# What an item's request shares with the batch's: the connection, and what the app set on the
# scope above the entry (connexion's `app`, which makes routing raise its 404 and 405 for the
# error handlers instead of answering in plain text). Everything else is the item's own.
_CONNECTION_KEYS = ("asgi", "http_version", "scheme", "server", "client", "app")


def _item_scope(parent: Scope, item: BatchItem) -> Scope:
    scope: dict[str, Any] = {key: parent[key] for key in _CONNECTION_KEYS if key in parent}
    scope.update(
        {
            "type": "http",
            "method": item.method,
            "path": item.path,
            "raw_path": item.raw_path,
            "query_string": item.query_string,
            # Not the parent's: routing has rewritten it in place (Starlette's Mount), and the
            # service is never served below a root path.
            "root_path": "",
            "headers": list(item.headers),
            "state": dict(parent.get("state", {})),
        }
    )
    return scope


# The batch's body is sent in pieces of about this much: items' answers are written as they
# arrive, so memory holds one piece, not the whole answer (20 photos as base64: up to 112 MB).
FLUSH_BYTES = 64 * 1024


class _BodyWriter:
    """The batch's response body, sent in pieces of at least `FLUSH_BYTES` (fewer sends for
    small answers, each of which passes every layer above)."""

    def __init__(self, send: Send) -> None:
        self._send = send
        self._pending: list[bytes] = []
        self._size = 0

    async def write(self, data: bytes) -> None:
        self._pending.append(data)
        self._size += len(data)
        if self._size >= FLUSH_BYTES:
            await self.flush(more_body=True)

    async def flush(self, *, more_body: bool) -> None:
        body, self._pending, self._size = b"".join(self._pending), [], 0
        if body or not more_body:
            await self._send({"type": "http.response.body", "body": body, "more_body": more_body})


def _item_headers(raw_headers: list[tuple[bytes, bytes]]) -> dict[str, str]:
    headers: dict[str, str] = {}
    for raw_name, raw_value in raw_headers:
        name = raw_name.decode("latin-1").lower()
        if name not in _HOP_HEADERS:
            headers[_CASING.get(name, name)] = raw_value.decode("latin-1")
    return headers


class _ItemAnswer:
    """One item's answer, written into the batch's body as the item answers: `id`, `status`
    and `headers`, then its body, JSON as JSON, anything else as base64 text encoded piece by
    piece (so a photo is never held whole a second time), none for 204 and 304."""

    def __init__(self, item_id: str, body: _BodyWriter) -> None:
        self.item_id = item_id
        self.status: int | None = None
        self._body = body
        self._headers: dict[str, str] = {}
        self._json: list[bytes] | None = None  # the JSON body's pieces, parsed at the end
        self._opened = False  # the binary body's string has begun
        self._carry = b""  # bytes not yet encoded (base64 encodes 3 at a time)

    def _item(self, **body: Any) -> bytes:
        return wire_json(
            BatchResponseItem(
                id=self.item_id,
                status=self.status or 500,
                headers=Headers.model_validate(self._headers),
                **body,
            )
        )

    def _head(self) -> bytes:
        return self._item()[:-1]  # without its closing brace: the body may follow

    async def send(self, message: Message) -> None:
        if message["type"] == "http.response.start":
            self.status = int(message["status"])
            self._headers = _item_headers(list(message.get("headers", [])))
            if is_json(self._headers.get("Content-Type", "")):
                self._json = []
            return
        if message["type"] != "http.response.body" or self.status in (204, 304):
            return
        chunk = message.get("body", b"")
        if self._json is not None:
            self._json.append(chunk)
        elif chunk:
            if not self._opened:
                self._opened = True
                await self._body.write(self._head() + b',"body":"')
            data = self._carry + chunk
            cut = len(data) - len(data) % 3
            self._carry = data[cut:]
            await self._body.write(base64.b64encode(data[:cut]))

    async def finish(self) -> None:
        """Close the item's answer (whatever part of its body arrived)."""
        if self._opened:
            await self._body.write(base64.b64encode(self._carry) + b'"}')
            return
        body = b"".join(self._json or ())
        if body and self.status not in (204, 304):
            await self._body.write(self._item(body=orjson.loads(body)))
        else:
            await self._body.write(self._item())

    async def fail(self, error: GraphError) -> None:
        """Answer with `error` instead (nothing of the item's own answer was written)."""
        self.status = error.status_code
        self._headers = {"Content-Type": "application/json", **error.headers}
        self._json = [error_body(RequestIds.fresh(), error.code, error.message)]
        await self.finish()


async def _send_one(app: ASGIApp, scope: Scope, item: BatchItem, answer: _ItemAnswer) -> None:
    """Send one item (its request in `scope`) into `app`, its answer written by `answer`."""
    sent_body = False

    async def receive() -> Message:
        nonlocal sent_body
        if not sent_body:
            sent_body = True
            return {"type": "http.request", "body": item.body, "more_body": False}
        await anyio.sleep_forever()
        raise AssertionError("unreachable")  # pragma: no cover

    try:
        await app(scope, receive, answer.send)
    except Exception:
        if answer.status is None:  # nothing answered yet: the item failed, the batch goes on
            await answer.fail(internal_error())
            return
        LOG.exception("batch item %r failed after its answer began", item.id)
    await answer.finish()


class BatchAnswer(StreamingResponse):
    """`200` and `{"responses": [...]}`, each item's answer written as soon as it is
    answered (items run one at a time, each after those it depends on)."""

    # What the streamed body is: the generated model it is never held whole as.
    wire_model = BatchResponse

    def __init__(self, entry: ASGIApp, scope: Scope, items: list[BatchItem]) -> None:
        super().__init__(iter(()), media_type="application/json")
        self._entry = entry
        self._scope = scope
        self._items = items

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await send(
            {"type": "http.response.start", "status": self.status_code, "headers": self.raw_headers}
        )
        body = _BodyWriter(send)
        await body.write(_OPENING)
        batch = state_of(self._scope)
        batch.batch_items = []
        try:
            # In a task of its own, so in a copy of the batch's context: connexion's context
            # middleware sets its context variables (the operation) for each item and never
            # resets them, which would leave the batch's own request with an item's operation.
            # (Each item sets them afresh, so the items need no task each: measured, 20 tasks
            # cost 8% more.)
            await asyncio.create_task(self._run_items(body, batch))
        finally:
            with anyio.CancelScope(shield=True):
                for release in batch.batch_end:
                    await release()
        await body.write(b"]}")
        await body.flush(more_body=False)

    async def _run_items(self, body: _BodyWriter, batch: RequestState) -> None:
        statuses: dict[str, int] = {}
        logged = batch.batch_items if batch.batch_items is not None else []
        for number, item in enumerate(self._items):
            if number:
                await body.write(b",")
            answer = _ItemAnswer(item.id, body)
            failed = next((dep for dep in item.depends_on if statuses[dep] >= 400), None)
            if failed is not None:
                await answer.fail(
                    GraphError(
                        FAILED_DEPENDENCY,
                        "FailedDependency",
                        f"Request '{item.id}' was not run: request '{failed}', which it "
                        "depends on, failed.",
                    )
                )
                statuses[item.id] = FAILED_DEPENDENCY
                logged.append({"id": item.id, "status": FAILED_DEPENDENCY})
                continue
            item_scope = _item_scope(self._scope, item)
            mark_batch_item(item_scope, item.id, batch)
            started = time.perf_counter()
            await _send_one(self._entry, item_scope, item, answer)
            statuses[item.id] = answer.status or 500
            item_state = state_of(item_scope)
            logged.append(
                {
                    "id": item.id,
                    "status": statuses[item.id],
                    "method": item.method,
                    "path": item.raw_path.decode("utf-8", "replace"),
                    "operation": item_state.operation_label,
                    "request_id": item_state.ids.request_id,
                    "resource": item_state.resource,
                    "duration_ms": round((time.perf_counter() - started) * 1000, 2),
                }
            )

"""`BodyLimitMiddleware`: how large and how slow a request body may be.

It runs after routing and takes the limit from the routed operation, never from the
`Content-Type` header: an operation that takes a photo accepts `max_photo_bytes` whatever type
is declared (or none), every other one `max_json_body_bytes`. A declared `Content-Length` over
the limit is refused at once (413), before any byte is read; a chunked body is counted as it
streams. A body must keep arriving: no gap longer than `body_timeout`, and once that much time
has passed, an average of at least `body_min_rate` bytes a second; otherwise 408. A client that
disconnects while sending is recorded on the request's state (logged as such, not as a 500).
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Mapping
from typing import Any

import anyio
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from graph_photos.specification import operations
from graph_photos.web.errors import GraphError
from graph_photos.web.request_state import state_of

_METHODS_WITH_BODY = frozenset({"POST", "PUT", "PATCH"})
PHOTO_MEDIA_TYPES = frozenset(
    {"image/jpeg", "image/png", "image/gif", "image/webp", "application/octet-stream"}
)


def photo_operations(spec: dict[str, Any]) -> frozenset[str]:
    """The operationIds whose request body is a photo (an image or octet-stream type)."""
    bodies = spec.get("components", {}).get("requestBodies", {})
    found = set()
    for operation in operations(spec):
        body = operation.operation.get("requestBody")
        if body is None or operation.operation_id is None:
            continue
        if "$ref" in body:
            body = bodies[body["$ref"].rsplit("/", 1)[1]]
        if PHOTO_MEDIA_TYPES & set(body.get("content", {})):
            found.add(operation.operation_id)
    return frozenset(found)


def _too_large(limit: int) -> GraphError:
    return GraphError(
        413,
        "RequestEntityTooLarge",
        f"The request body is larger than the limit of {limit} bytes.",
    )


def _too_slow(message: str) -> GraphError:
    return GraphError(408, "RequestTimeout", message, {"Connection": "close"})


class BodyLimitMiddleware:
    """Refuses bodies over the operation's limit (413) or arriving too slowly (408)."""

    def __init__(
        self,
        app: ASGIApp,
        *,
        photo_operations: Iterable[str],
        photo_limit: int,
        json_limit: int,
        body_timeout: float,
        body_min_rate: int,
        operation_limits: Mapping[str, int] | None = None,
    ) -> None:
        self.app = app
        self.photo_operations = frozenset(photo_operations)
        self.photo_limit = photo_limit
        self.json_limit = json_limit
        self.operation_limits = dict(operation_limits or {})
        self.body_timeout = body_timeout
        self.body_min_rate = body_min_rate

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] not in _METHODS_WITH_BODY:
            await self.app(scope, receive, send)
            return
        state = state_of(scope)
        is_photo = state.operation_id in self.photo_operations
        limit = self.photo_limit if is_photo else self.json_limit
        limit = self.operation_limits.get(state.operation_id or "", limit)
        declared: str | None = None
        for key, value in scope["headers"]:
            if key == b"content-length":
                declared = value.decode("latin-1")
        if declared is not None:
            if not declared.strip().isdigit():
                raise GraphError(
                    400, "Request_BadRequest", "The Content-Length header is not a number."
                )
            if int(declared) > limit:
                raise _too_large(limit)
        started = time.monotonic()
        received = 0
        complete = False

        async def guarded_receive() -> Message:
            nonlocal received, complete
            if complete:  # the body is in: what follows is the disconnect, whenever it comes
                return await receive()
            elapsed = time.monotonic() - started
            allowed = self.body_timeout + received / self.body_min_rate - elapsed
            wait = min(self.body_timeout, allowed)
            message: Message | None = None
            if wait > 0:
                with anyio.move_on_after(wait):
                    message = await receive()
            if message is None:
                raise _too_slow(
                    f"The request body arrived too slowly ({received} bytes in {elapsed:.0f} s; "
                    f"at least {self.body_min_rate} bytes a second are needed, with no pause "
                    f"over {self.body_timeout:g} s)."
                )
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise _too_large(limit)
                complete = not message.get("more_body", False)
            elif message["type"] == "http.disconnect":
                state.disconnected = True
            return message

        await self.app(scope, guarded_receive, send)

"""`RequestBodyMiddleware`: what a request's body may cost, decided before a byte of it is read.

It runs after authorisation (an anonymous or forbidden caller learns nothing of the limits and
takes no place in the queue) and takes everything from the routed operation, never from the
`Content-Type` header:

- **Size.** An operation that takes a photo accepts `max_photo_bytes` whatever type is declared
  (or none), `$batch` `max_batch_body_bytes`, every other one `max_json_body_bytes`. A declared
  `Content-Length` over the limit is refused at once (413), before any byte is read; a chunked
  body is counted as it streams.
- **Pace.** A body must keep arriving: no gap longer than `body_timeout`, and once that much
  time has passed, an average of at least `body_min_rate` bytes a second; otherwise 408. A
  client that disconnects while sending is recorded on the request's state (logged as such,
  not as a 500).
- **The upload queue.** Photo uploads are admitted `upload_slots` at a time (the services'
  `upload_limiter`): others wait before their bodies are read, their bytes held back by TCP
  flow control, so a burst costs memory for the photos being processed only. At most
  `upload_queue` wait, each at most `upload_queue_timeout`; beyond that, 503 with
  `Retry-After`. Once an upload's body has arrived, a client that leaves cancels its work.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Mapping
from typing import Any

import anyio
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from graph_photos.services import services_of
from graph_photos.specification import operations
from graph_photos.web.errors import GraphError
from graph_photos.web.request_state import RequestState, state_of

_METHODS_WITH_BODY = frozenset({"POST", "PUT", "PATCH"})
PHOTO_MEDIA_TYPES = frozenset(
    {"image/jpeg", "image/png", "image/gif", "image/webp", "application/octet-stream"}
)
RETRY_AFTER_SECONDS = 1


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


def busy(message: str) -> GraphError:
    """503 with `Retry-After`: the request was not started; the same one may be sent again."""
    return GraphError(
        503, "serviceNotAvailable", message, {"Retry-After": str(RETRY_AFTER_SECONDS)}
    )


class RequestBodyMiddleware:
    """Refuses bodies over the operation's limit (413) or arriving too slowly (408); admits
    photo uploads from a bounded queue (503 when full)."""

    def __init__(
        self,
        app: ASGIApp,
        *,
        photo_operations: Iterable[str],
        photo_limit: int,
        json_limit: int,
        body_timeout: float,
        body_min_rate: int,
        queue: int,
        queue_timeout: float,
        operation_limits: Mapping[str, int] | None = None,
    ) -> None:
        self.app = app
        self.photo_operations = frozenset(photo_operations)
        self.photo_limit = photo_limit
        self.json_limit = json_limit
        self.operation_limits = dict(operation_limits or {})
        self.body_timeout = body_timeout
        self.body_min_rate = body_min_rate
        self.queue = queue
        self.queue_timeout = queue_timeout
        self.waiting = 0

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] not in _METHODS_WITH_BODY:
            await self.app(scope, receive, send)
            return
        state = state_of(scope)
        is_photo = state.operation_id in self.photo_operations
        limit = self.photo_limit if is_photo else self.json_limit
        limit = self.operation_limits.get(state.operation_id or "", limit)
        self._check_declared(scope, limit)
        receive = self._guarded(receive, state, limit)
        if not is_photo:
            await self.app(scope, receive, send)
            return
        limiter = services_of(scope).upload_limiter
        if limiter.available_tokens < 1 and self.waiting >= self.queue:
            raise busy(
                "Too many photo uploads are in progress or waiting; retry after the time in "
                "Retry-After."
            )
        self.waiting += 1
        try:
            with anyio.move_on_after(self.queue_timeout) as waited:
                await limiter.acquire()
        finally:
            self.waiting -= 1
        if waited.cancelled_caught:
            raise busy(
                f"No upload slot came free within {self.queue_timeout:g} s; retry after the "
                "time in Retry-After."
            )
        try:
            await self._run_cancelled_on_disconnect(scope, receive, send)
        finally:
            limiter.release()

    @staticmethod
    def _check_declared(scope: Scope, limit: int) -> None:
        declared: str | None = None
        for key, value in scope["headers"]:
            if key == b"content-length":
                declared = value.decode("latin-1")
        if declared is None:
            return
        if not declared.strip().isdigit():
            raise GraphError(
                400, "Request_BadRequest", "The Content-Length header is not a number."
            )
        if int(declared) > limit:
            raise _too_large(limit)

    def _guarded(self, receive: Receive, state: RequestState, limit: int) -> Receive:
        """`receive`, refusing a body over `limit` or arriving too slowly."""
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

        return guarded_receive

    async def _run_cancelled_on_disconnect(
        self, scope: Scope, receive: Receive, send: Send
    ) -> None:
        """Run the upload; once its body is in, a client that leaves cancels it (image work
        stops at its next checkpoint)."""
        state = state_of(scope)
        body_in = anyio.Event()
        responded = False
        failure: Exception | None = None

        async def receiving(message_source: Receive = receive) -> Message:
            message = await message_source()
            if message["type"] == "http.request" and not message.get("more_body", False):
                body_in.set()
            return message

        async def sending(message: Message) -> None:
            nonlocal responded
            if message["type"] == "http.response.start":
                responded = True
            await send(message)

        async with anyio.create_task_group() as tasks:

            async def watch() -> None:
                await body_in.wait()
                message = await receive()
                if message["type"] == "http.disconnect" and not responded:
                    state.disconnected = True
                    tasks.cancel_scope.cancel()

            tasks.start_soon(watch)
            try:
                await self.app(scope, receiving, sending)
            except Exception as exc:  # raised as itself, not in a task group's ExceptionGroup
                failure = exc
            finally:
                tasks.cancel_scope.cancel()
        if failure is not None:
            raise failure

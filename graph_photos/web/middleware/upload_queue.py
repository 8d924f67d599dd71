"""`UploadQueueMiddleware`: how many photo uploads are read and processed at once.

It runs after authorisation and admits photo uploads `upload_slots` at a time (the
services' `upload_limiter`): others wait before their bodies are read, their bytes held back by
TCP flow control, so a burst costs memory for the photos being processed only. At most
`upload_queue` wait, each at most `upload_queue_timeout`; beyond that, 503 with `Retry-After`.
Once an upload's body has arrived, a client that leaves cancels its work.
"""

from __future__ import annotations

from collections.abc import Iterable

import anyio
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from graph_photos.services import services_of
from graph_photos.web.errors import GraphError
from graph_photos.web.request_state import state_of

RETRY_AFTER_SECONDS = 1


def busy(message: str) -> GraphError:
    """503 with `Retry-After`: the request was not started; the same one may be sent again."""
    return GraphError(
        503, "serviceNotAvailable", message, {"Retry-After": str(RETRY_AFTER_SECONDS)}
    )


class UploadQueueMiddleware:
    """Admits photo uploads `upload_slots` at a time from a bounded queue (503 when full)."""

    def __init__(
        self,
        app: ASGIApp,
        *,
        photo_operations: Iterable[str],
        queue: int,
        queue_timeout: float,
    ) -> None:
        self.app = app
        self.photo_operations = frozenset(photo_operations)
        self.queue = queue
        self.queue_timeout = queue_timeout
        self.waiting = 0

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        state = state_of(scope)
        if scope["type"] != "http" or state.operation_id not in self.photo_operations:
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

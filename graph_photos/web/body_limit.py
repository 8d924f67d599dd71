"""Request body limits: how large a body may be, and how many photos are held at once.

A declared `Content-Length` over the limit is refused at once, before any byte is read; a body
without one (chunked) is counted as it streams and refused as soon as it passes the limit, so
the server never buffers more than the limit. The limit depends on the media type.

Photo bodies are admitted `upload_slots` at a time (the services' `upload_limiter`): a request
over that number waits before its body is read, its bytes held back by TCP flow control, so a
burst of uploads costs memory for the photos being processed, not for every photo in the queue.
"""

from __future__ import annotations

from collections.abc import Callable

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from graph_photos.services import services_of
from graph_photos.web.errors import GraphError

_METHODS_WITH_BODY = frozenset({"POST", "PUT", "PATCH"})


def _too_large(limit: int) -> GraphError:
    return GraphError(
        413,
        "RequestEntityTooLarge",
        f"The request body is larger than the limit of {limit} bytes.",
    )


class BodyLimitMiddleware:
    """Refuses bodies larger than `limit_for(media type)` bytes with 413; queues photo bodies."""

    def __init__(
        self,
        app: ASGIApp,
        *,
        limit_for: Callable[[str], int],
        is_photo: Callable[[str], bool],
    ) -> None:
        self.app = app
        self.limit_for = limit_for
        self.is_photo = is_photo

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] not in _METHODS_WITH_BODY:
            await self.app(scope, receive, send)
            return
        content_type = ""
        declared: str | None = None
        for key, value in scope["headers"]:
            if key == b"content-type":
                content_type = value.decode("latin-1").split(";", 1)[0].strip().lower()
            elif key == b"content-length":
                declared = value.decode("latin-1")
        limit = self.limit_for(content_type)
        if declared is not None:
            if not declared.strip().isdigit():
                raise GraphError(
                    400, "Request_BadRequest", "The Content-Length header is not a number."
                )
            if int(declared) > limit:
                raise _too_large(limit)
        received = 0

        async def counting_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise _too_large(limit)
            return message

        if not self.is_photo(content_type):
            await self.app(scope, counting_receive, send)
            return
        async with services_of(scope).upload_limiter:
            await self.app(scope, counting_receive, send)

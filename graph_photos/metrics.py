"""The service's Prometheus metrics, in a registry of their own.

Each app has its own registry, so several apps in one process (the tests) do not collide;
`/metrics` serves it in the Prometheus text format. The web layer counts and times requests,
the domain's image workers time their jobs with `image_work`.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from prometheus_client import CollectorRegistry, Counter, Histogram, generate_latest


class Metrics:
    """The service's metrics, in a registry of their own."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry(auto_describe=True)
        self.requests = Counter(
            "graph_photos_requests",
            "Requests answered, by operation and status.",
            ["operation", "method", "status"],
            registry=self.registry,
        )
        self.latency = Histogram(
            "graph_photos_request_duration_seconds",
            "Time from the request's arrival to the end of its response, by operation.",
            ["operation"],
            buckets=(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5),
            registry=self.registry,
        )
        self.upload_bytes = Histogram(
            "graph_photos_upload_bytes",
            "Sizes of the photos uploaded.",
            buckets=(16_384, 65_536, 262_144, 1_048_576, 2_097_152, 4_194_304),
            registry=self.registry,
        )
        self.image_seconds = Histogram(
            "graph_photos_image_processing_seconds",
            "Time spent decoding, normalising and resizing, by kind of work.",
            ["kind"],
            buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5),
            registry=self.registry,
        )
        self.faults = Counter(
            "graph_photos_faults_injected",
            "Failures injected by the fault plan (PHOTOS_FAULTS), by operation and status.",
            ["operation", "status"],
            registry=self.registry,
        )
        # (operation, method, status) -> its counter and histogram: prometheus_client validates
        # and locks on every `labels()` call. Bounded: operations, methods and statuses are few.
        self._request_series: dict[tuple[str, str, int], tuple[Any, Any]] = {}

    def observe_request(self, operation: str, method: str, status: int, seconds: float) -> None:
        """Count and time one request; the labelled series are looked up once each."""
        key = (operation, method, status)
        series = self._request_series.get(key)
        if series is None:
            series = (
                self.requests.labels(operation, method, str(status)),
                self.latency.labels(operation),
            )
            self._request_series[key] = series
        series[0].inc()
        series[1].observe(seconds)

    @contextmanager
    def image_work(self, kind: str) -> Iterator[None]:
        started = time.perf_counter()
        try:
            yield
        finally:
            self.image_seconds.labels(kind).observe(time.perf_counter() - started)

    def exposition(self) -> bytes:
        return generate_latest(self.registry)

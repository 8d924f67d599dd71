"""What the people running the service see: JSON access logs and Prometheus metrics.

`ObservabilityMiddleware` wraps every request: it times it, counts it by operationId, method and
status, and writes one JSON access-log line (request-id, status, duration, caller's subject;
never the token). Each app has its own metrics registry, so several apps in one process (the
tests) do not collide; `/metrics` serves it in the Prometheus text format.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from prometheus_client import CollectorRegistry, Counter, Histogram, generate_latest
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from graph_photos.request_context import request_ids

ACCESS_LOG = logging.getLogger("graph_photos.access")


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


def _operation_id(scope: Scope) -> str:
    routing = scope.get("extensions", {}).get("connexion_routing", {})
    operation_id = routing.get("operation_id")
    # Unrouted requests (404/405) share one label, so that scanners cannot explode the series.
    return str(operation_id).removeprefix("handlers.") if operation_id else "unrouted"


def _caller(scope: Scope) -> str | None:
    token_info = scope.get("extensions", {}).get("connexion_context", {}).get("token_info")
    caller = token_info.get("caller") if isinstance(token_info, dict) else None
    return getattr(caller, "subject", None)


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
            operation = _operation_id(scope)
            self.metrics.observe_request(operation, scope["method"], status, duration)
            if ACCESS_LOG.isEnabledFor(logging.INFO):
                ids = request_ids(scope)
                ACCESS_LOG.info(
                    json.dumps(
                        {
                            "event": "request",
                            "request_id": ids.request_id,
                            "client_request_id": ids.client_request_id,
                            "method": scope["method"],
                            "path": scope.get("raw_path", b"").decode("latin-1") or scope["path"],
                            "operation": operation,
                            "status": status,
                            "duration_ms": round(duration * 1000, 2),
                            "caller": _caller(scope),
                        }
                    )
                )

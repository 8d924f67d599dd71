"""Handlers of the operations endpoints (spec/operations.yaml): liveness, readiness, metrics."""

from __future__ import annotations

from typing import Any

from starlette.responses import Response

from graph_photos.web.context import current_services
from graph_photos.web.errors import GraphError


async def health() -> dict[str, Any]:
    return {"status": "ok"}


async def ready() -> dict[str, Any]:
    services = current_services()
    try:
        await services.store.ping()
    except Exception as exc:
        raise GraphError(503, "ServiceNotReady", "The database cannot be reached.") from exc
    answer: dict[str, Any] = {"status": "ready"}
    if services.throttle is not None:
        await services.throttle.check()
        answer["throttling"] = services.throttle.status()
    if services.throttle is not None or services.faults is not None:
        answer["faults"] = services.faults is not None
    return answer


async def metrics() -> Response:
    return Response(
        current_services().metrics.exposition(),
        media_type="text/plain; version=0.0.4; charset=utf-8",
    )

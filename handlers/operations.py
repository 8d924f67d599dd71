"""Handlers of the operations endpoints (spec/operations.yaml): liveness, readiness, metrics."""

from __future__ import annotations

from typing import Any

from starlette.responses import Response

from graph_photos.web.context import current_services
from graph_photos.web.errors import GraphError


async def health() -> dict[str, Any]:
    return {"status": "ok"}


async def ready() -> dict[str, Any]:
    try:
        await current_services().store.ping()
    except Exception as exc:
        raise GraphError(503, "ServiceNotReady", "The database cannot be reached.") from exc
    return {"status": "ready"}


async def metrics() -> Response:
    return Response(
        current_services().metrics.exposition(),
        media_type="text/plain; version=0.0.4; charset=utf-8",
    )

"""Handlers of the operations endpoints (spec/operations.yaml): the front page, liveness,
readiness, metrics.

Outside the Graph contract (spec/openapi.yaml generates no model for them): their answers are
typed here, as the spec describes them.
"""

from __future__ import annotations

from typing import NotRequired, TypedDict

from starlette.responses import Response

from graph_photos.throttling import ThrottlingStatus
from graph_photos.web.console import console_asset as render_console_asset, console_page
from graph_photos.web.context import base_url, current_services
from graph_photos.web.errors import GraphError
from graph_photos.web.front_page import front_page as render_front_page
from graph_photos.web.request_state import current_state


class Health(TypedDict):
    status: str


class Readiness(TypedDict):
    status: str
    throttling: NotRequired[ThrottlingStatus]
    faults: NotRequired[bool]


async def front_page() -> Response:
    services = current_services()
    return await render_front_page(base_url(current_state().scope, services), services)


async def console() -> Response:
    services = current_services()
    return await console_page(base_url(current_state().scope, services), services)


async def console_asset(asset: str) -> Response:
    return render_console_asset(asset)


async def health() -> Health:
    return {"status": "ok"}


async def ready() -> Readiness:
    services = current_services()
    try:
        await services.store.ping()
    except Exception as exc:
        raise GraphError(503, "ServiceNotReady", "The database cannot be reached.") from exc
    answer: Readiness = {"status": "ready"}
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

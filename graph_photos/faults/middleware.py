"""`FaultInjectionMiddleware`: the fault plan's failures and latency (`graph_photos.faults`).

It runs after authorisation and throttling, and before anything reads the body or a handler
runs, so an injected failure never writes. Each injected failure is a Graph envelope with its
`request-id` (and `Retry-After` for 429 and 503), counted in `/metrics`
(`graph_photos_faults_injected_total`) and marked in the access log (`"fault": <status>`).
Without a plan it is a pass-through, and the override header means nothing. The operations
endpoints (`/health`, `/ready`, `/metrics`, no caller) are never faulted.
"""

from __future__ import annotations

import anyio
from starlette.types import ASGIApp, Receive, Scope, Send

from graph_photos.faults.plan import FORCE_HEADER, WITH_RETRY_AFTER
from graph_photos.services import services_of
from graph_photos.web.errors import GraphError
from graph_photos.web.request_state import header, state_of


class FaultInjectionMiddleware:
    """Fails or delays requests as the fault plan says."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        services = services_of(scope)
        plan = services.faults
        state = state_of(scope)
        # Graph's operations only: /health, /ready and /metrics (no caller) are never faulted,
        # and their spec documents no such failure.
        if plan is None or state.operation_id is None or state.caller is None:
            await self.app(scope, receive, send)
            return
        fault = plan.decide(state.operation_id, scope["method"], header(scope, FORCE_HEADER))
        if fault is not None and fault.latency_ms:
            await anyio.sleep(fault.latency_ms / 1000)
        if fault is None or fault.status is None:
            await self.app(scope, receive, send)
            return
        state.fault = fault.status
        services.metrics.faults.labels(state.operation_id, str(fault.status)).inc()
        headers = (
            {"Retry-After": str(fault.retry_after)} if fault.status in WITH_RETRY_AFTER else {}
        )
        raise GraphError(fault.status, fault.code, fault.message, headers)

"""`RouteStateMiddleware`: the routed operation, recorded where every layer can read it.

Placed right after connexion's routing: it copies the operation connexion matched (the spec's
operationId, without the resolver's package prefix) and the API version onto the request's
`RequestState`, which the outer middlewares (access log, metrics) share with the inner ones.
"""

from __future__ import annotations

from starlette.types import ASGIApp, Receive, Scope, Send

from graph_photos.connexion_adapter.scope import connexion_routing
from graph_photos.web.request_state import state_of


class RouteStateMiddleware:
    """Records the routed operation and API version on the request's state."""

    def __init__(self, app: ASGIApp, *, resolver_package: str) -> None:
        self.app = app
        self._prefix = resolver_package + "."

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            routing = connexion_routing(scope)
            state = state_of(scope)
            operation_id = routing.get("operation_id")
            if operation_id is not None:
                state.operation_id = str(operation_id).removeprefix(self._prefix)
            api_base_path = routing.get("api_base_path")
            if api_base_path is not None:
                state.api_version = str(api_base_path).strip("/")
        await self.app(scope, receive, send)

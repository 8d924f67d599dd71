"""The only reader of the keys connexion keeps in the ASGI scope, and the layer that copies
what routing learned onto the request's state.

connexion's routing writes `scope["extensions"]["connexion_routing"]` (the operation and API),
its security and validation write `scope["extensions"]["connexion_context"]` (the token info).
Both live on connexion's copy of the scope, below its routing, so code outside this package
never reads them. `RouteStateMiddleware`, right after connexion's routing, copies the operation
connexion matched (the spec's operationId, without the resolver's package prefix) and the API
version onto the request's `RequestState`, which the outer layers (access log, metrics) share
with the inner ones; and it decodes the path parameters that routing cut from the canonically
encoded path (`web/middleware/entry.py`), so handlers see an id as the client meant it
(`alice%40contoso.com` -> `alice@contoso.com`).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import unquote

from connexion.middleware.abstract import ROUTING_CONTEXT
from starlette.types import ASGIApp, Receive, Scope, Send

from graph_photos.web.request_state import state_of

# connexion spells this one as a literal (connexion/lifecycle.py, middleware/context.py).
CONTEXT = "connexion_context"


def connexion_routing(scope: Scope) -> dict[str, Any]:
    """What connexion's routing recorded: `operation_id` (resolved), `api_base_path`."""
    routing: dict[str, Any] = scope.get("extensions", {}).get(ROUTING_CONTEXT, {})
    return routing


def connexion_context(scope: Scope) -> dict[str, Any]:
    """What connexion's security recorded (`token_info`, `user`), passed to handlers."""
    context: dict[str, Any] = scope.get("extensions", {}).get(CONTEXT, {})
    return context


class RouteStateMiddleware:
    """Records the routed operation and API version on the request's state; decodes the path
    parameters."""

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
            params = scope.get("path_params")
            if params:
                scope["path_params"] = {name: unquote(value) for name, value in params.items()}
        await self.app(scope, receive, send)

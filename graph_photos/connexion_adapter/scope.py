"""The only reader of the keys connexion keeps in the ASGI scope.

connexion's routing writes `scope["extensions"]["connexion_routing"]` (the operation and API),
its security and validation write `scope["extensions"]["connexion_context"]` (the token info).
Both live on connexion's copy of the scope, below its routing, so code outside this package
never reads them: the adapter copies what the rest needs onto the request's `RequestState`.
"""

from __future__ import annotations

from typing import Any

from connexion.middleware.abstract import ROUTING_CONTEXT
from starlette.types import Scope

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

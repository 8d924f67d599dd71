"""connexion's middlewares, named for `create_app`'s stack, with this adapter's versions in place.

`graph_photos.app` lists the whole stack, connexion's middlewares and ours, in order; it takes
connexion's from here so that only this package imports connexion.
"""

from __future__ import annotations

from connexion.middleware.context import ContextMiddleware
from connexion.middleware.exceptions import ExceptionMiddleware
from connexion.middleware.lifespan import LifespanMiddleware
from connexion.middleware.response_validation import ResponseValidationMiddleware
from connexion.middleware.security import SecurityMiddleware
from connexion.middleware.server_error import ServerErrorMiddleware

from graph_photos.connexion_adapter.request_validation import PreparedRequestValidationMiddleware
from graph_photos.connexion_adapter.routing import NoRedirectRoutingMiddleware as RoutingMiddleware
from graph_photos.connexion_adapter.scope import RouteStateMiddleware
from graph_photos.connexion_adapter.swagger_ui import SpecAndUIOnlySwaggerUIMiddleware

__all__ = [
    "ContextMiddleware",
    "ExceptionMiddleware",
    "LifespanMiddleware",
    "PreparedRequestValidationMiddleware",
    "ResponseValidationMiddleware",
    "RouteStateMiddleware",
    "RoutingMiddleware",
    "SecurityMiddleware",
    "ServerErrorMiddleware",
    "SpecAndUIOnlySwaggerUIMiddleware",
]

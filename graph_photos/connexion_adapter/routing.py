"""connexion's routing middleware without Starlette's trailing-slash redirects.

Starlette answers a path that matches only with (or without) a trailing slash by a `307` to the
other form. A client that follows it may send its body again or not (curl does not: a `PUT`
through it uploaded nothing), and `.../photo/$value` unquoted in a shell arrives as
`.../photo/`, which the redirect turned into a read of the metadata. Graph redirects nothing:
here such a path is a `404` whose message says what to fix (web/errors).
"""

from __future__ import annotations

from typing import Any

from connexion.middleware.routing import RoutingMiddleware
from starlette.routing import Mount, Router
from starlette.types import ASGIApp


class NoRedirectRoutingMiddleware(RoutingMiddleware):  # type: ignore[misc]
    """connexion's `RoutingMiddleware`, its routers never redirecting."""

    def __init__(self, app: ASGIApp) -> None:
        super().__init__(app)
        self.router.redirect_slashes = False

    def add_api(self, *args: Any, **kwargs: Any) -> None:
        super().add_api(*args, **kwargs)
        for route in self.router.routes:
            router: Any = route.app if isinstance(route, Mount) else None
            while isinstance(router, Router):  # an API's router, and those chained after it
                router.redirect_slashes = False
                router = router.default

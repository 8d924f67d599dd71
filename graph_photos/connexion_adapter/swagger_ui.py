"""connexion's Swagger UI middleware, consulted only for the paths it serves, and able to
serve two APIs at one base path.

connexion's runs its router (a mount per API, then the UI's routes) for every request; every
API request used to pay for that. And it mounts each API's spec and UI routes at the API's base
path, so that of two APIs at the root (the operations endpoints and the sign-in endpoints) the
first mount would take every path and the second's spec would never be served; connexion's
routing middleware chains such APIs (the second is asked when the first has no route), and so
does this one.
"""

from __future__ import annotations

from typing import Any

from connexion.middleware.swagger_ui import SwaggerUIMiddleware
from starlette.routing import Mount, Router
from starlette.types import Receive, Scope, Send


class SpecAndUIOnlySwaggerUIMiddleware(SwaggerUIMiddleware):  # type: ignore[misc]
    """connexion's Swagger UI middleware, consulted only for paths that may be the UI's.

    connexion serves `{base}/openapi.json`, `{base}/openapi.yaml` and `{base}/ui...` (its
    defaults; an API may name other paths); any other path goes on unchanged, as connexion's
    router would send it when no UI route matches.
    """

    _UI_PATH_MARKERS = ("/openapi.", "/ui")

    def add_api(self, *args: Any, **kwargs: Any) -> None:
        super().add_api(*args, **kwargs)
        added = self.router.routes[-1]
        for route in self.router.routes[:-1]:
            if isinstance(route, Mount) and route.path == added.path:
                last: Any = route.app
                while isinstance(last.default, Router):
                    last = last.default
                last.default = added.app  # asked when the APIs before it have no such route
                self.router.routes.pop()
                return

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and not any(
            marker in scope["path"] for marker in self._UI_PATH_MARKERS
        ):
            await self.app(scope, receive, send)
            return
        await super().__call__(scope, receive, send)

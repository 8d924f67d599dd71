"""connexion's Swagger UI middleware, consulted only for the paths it serves.

connexion's runs its router (a mount per API, then the UI's routes) for every request; every
API request used to pay for that.
"""

from __future__ import annotations

from connexion.middleware.swagger_ui import SwaggerUIMiddleware
from starlette.types import Receive, Scope, Send


class SpecAndUIOnlySwaggerUIMiddleware(SwaggerUIMiddleware):  # type: ignore[misc]
    """connexion's Swagger UI middleware, consulted only for paths that may be the UI's.

    connexion serves `{base}/openapi.json`, `{base}/openapi.yaml` and `{base}/ui...` (its
    defaults, which this app keeps); any other path goes on unchanged, as connexion's router
    would send it when no UI route matches.
    """

    _UI_PATH_MARKERS = ("/openapi.", "/ui")

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and not any(
            marker in scope["path"] for marker in self._UI_PATH_MARKERS
        ):
            await self.app(scope, receive, send)
            return
        await super().__call__(scope, receive, send)

"""`DecodedPathParamsMiddleware`: path parameters decoded as the client meant them.

Routing matches the canonically encoded path (`path_encoding.RoutablePathMiddleware`), so the
parameters it extracts are still percent-encoded; this decodes each one after routing, so
handlers see the id exactly as the client meant it (`alice%40contoso.com` -> `alice@contoso.com`).
"""

from __future__ import annotations

from urllib.parse import unquote

from starlette.types import ASGIApp, Receive, Scope, Send


class DecodedPathParamsMiddleware:
    """Decodes the path parameters that routing extracted from the canonical path."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        params = scope.get("path_params")
        if params:
            scope["path_params"] = {name: unquote(value) for name, value in params.items()}
        await self.app(scope, receive, send)

"""Where `$batch` items enter the stack: below the layers of the batch's connection (server
errors, CORS), above everything a request passes alone."""

from __future__ import annotations

from starlette.types import ASGIApp, Receive, Scope, Send

_ENTRY_KEY = "graph_photos.batch_entry"


class BatchEntryMiddleware:
    """Marks where `$batch` items enter the stack: it records the app below it in the lifespan
    state, which every request's state starts from."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            scope.setdefault("state", {})[_ENTRY_KEY] = self.app
        await self.app(scope, receive, send)


def batch_entry(scope: Scope) -> ASGIApp:
    """The app that the items of the `$batch` of `scope` are sent into."""
    entry: ASGIApp | None = scope.get("state", {}).get(_ENTRY_KEY)
    if entry is None:
        raise RuntimeError("the app has no BatchEntryMiddleware, or its lifespan has not run")
    return entry

"""`RequestIdMiddleware`: a fresh `request-id` for every request, stamped on its response.

It begins the request's `RequestState` (with the ids), echoes a `client-request-id` the client
sent (at most 128 characters), and adds both headers to the response.
"""

from __future__ import annotations

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from graph_photos.domain.resolutions import listening
from graph_photos.web.request_state import begin_request, done, header, make_current, state_of

_CLIENT_REQUEST_ID_MAX = 128


class RequestIdMiddleware:
    """Assigns the request ids (once per request) and adds them to the response headers.

    Installed at two depths of the stack when responses are validated; the inner one reuses the
    state of the outer one, and the outer one adds the headers only where the inner one has not.
    """

    def __init__(self, app: ASGIApp, *, outermost: bool = True) -> None:
        self.app = app
        self.outermost = outermost

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if self.outermost:
            client_request_id = header(scope, b"client-request-id")
            if client_request_id is not None:
                client_request_id = client_request_id[:_CLIENT_REQUEST_ID_MAX]
            state = begin_request(scope, client_request_id)
        else:
            state = state_of(scope)
        ids = state.ids
        extra = [(b"request-id", ids.request_id.encode("latin-1"))]
        if ids.client_request_id is not None:
            extra.append((b"client-request-id", ids.client_request_id.encode("latin-1")))

        async def send_with_ids(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                if not any(key.lower() == b"request-id" for key, _ in headers):
                    message = {**message, "headers": headers + extra}
            await send(message)

        if not self.outermost:
            await self.app(scope, receive, send_with_ids)
            return
        token = make_current(state)
        try:
            # What the domain resolves (the user, group or team the request is about) is the
            # request's resource: handlers need not report it.
            with listening(state.note_resource):
                await self.app(scope, receive, send_with_ids)
        finally:
            done(token)

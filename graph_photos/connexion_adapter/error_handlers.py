"""connexion's error handlers, rendering every failure as a Graph error envelope.

connexion answers its own problems (`ProblemException`) and starlette's (`HTTPException`) in
`application/problem+json`; these handlers answer them, our `GraphError`s, the domain's
exceptions and anything unexpected with the Graph envelope of `web.error_envelope`, which
decides every status, code and message.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable

from connexion import AsyncApp
from connexion.exceptions import ProblemException
from connexion.lifecycle import ConnexionRequest, ConnexionResponse
from starlette.exceptions import HTTPException
from starlette.requests import ClientDisconnect

from graph_photos.identity.registry import OAuthError
from graph_photos.web.errors import (
    TRANSLATED_EXCEPTIONS,
    GraphError,
    error_body,
    for_status,
    internal_error,
    translate,
)
from graph_photos.web.middleware.entry import CLIENT_CLOSED_REQUEST
from graph_photos.web.oauth import oauth_error_body
from graph_photos.web.request_state import state_of
from graph_photos.web.spec_paths import PathIndex

logger = logging.getLogger("graph_photos.errors")

_Handler = Callable[[ConnexionRequest, Exception], Awaitable[ConnexionResponse]]


def _response(request: ConnexionRequest, error: GraphError) -> ConnexionResponse:
    return ConnexionResponse(
        status_code=error.status_code,
        mimetype="application/json",
        content_type="application/json",
        body=error_body(state_of(request.scope).ids, error.code, error.message),
        headers=dict(error.headers),
    )


async def _known(request: ConnexionRequest, exc: Exception) -> ConnexionResponse:
    error = translate(exc)
    return _response(request, error if error is not None else internal_error())


async def _oauth(request: ConnexionRequest, exc: Exception) -> ConnexionResponse:
    # The identity platform's endpoints answer as OAuth does, not in Graph's envelope.
    assert isinstance(exc, OAuthError)
    return ConnexionResponse(
        status_code=exc.status,
        mimetype="application/json",
        content_type="application/json",
        body=oauth_error_body(exc, state_of(request.scope).ids),
        headers={"Cache-Control": "no-store", "Pragma": "no-cache"},
    )


async def _problem(request: ConnexionRequest, exc: Exception) -> ConnexionResponse:
    assert isinstance(exc, ProblemException)
    if exc.status >= 500:
        logger.error("connexion problem: %r", exc)
    message = str(exc.detail or exc.title or "The request is not valid.")
    return _response(request, for_status(exc.status, message, exc.headers))


def _http_exception_handler(paths: PathIndex) -> _Handler:
    async def handle(request: ConnexionRequest, exc: Exception) -> ConnexionResponse:
        assert isinstance(exc, HTTPException)
        headers = dict(exc.headers or {})
        message = str(exc.detail)
        if exc.status_code == 404:
            message = f"Resource not found for the segment '{request.url.path}'."
            if request.url.path.endswith("/") and request.url.path != "/":
                message += (
                    " Graph's paths do not end with '/': drop it. (In a shell, quote "
                    "'.../photo/$value': unquoted, $value is replaced by nothing.)"
                )
        elif exc.status_code == 405:
            # starlette names only the methods of the first route that matched; the spec knows all.
            allowed = ", ".join(paths.allowed_methods(request.url.path)) or headers.get("Allow", "")
            headers["Allow"] = allowed
            message = (
                f"The method '{request.method}' is not allowed on this path; "
                f"allowed methods are {allowed}."
            )
        return _response(request, for_status(exc.status_code, message, headers))

    return handle


async def _client_gone(request: ConnexionRequest, exc: Exception) -> ConnexionResponse:
    # Nobody reads this answer; the access log records the request as 499, not as an error.
    state_of(request.scope).disconnected = True
    return ConnexionResponse(status_code=CLIENT_CLOSED_REQUEST, body=b"")


async def _unexpected(request: ConnexionRequest, exc: Exception) -> ConnexionResponse:
    logger.error(
        "unexpected error, request-id %s", state_of(request.scope).ids.request_id, exc_info=exc
    )
    return _response(request, internal_error())


def install_error_handlers(app: AsyncApp, paths: PathIndex) -> None:
    """Register the Graph rendering for every failure the app can meet."""
    handlers: list[tuple[type[Exception], _Handler]] = [
        (GraphError, _known),
        (OAuthError, _oauth),
        (ProblemException, _problem),
        (HTTPException, _http_exception_handler(paths)),
        (ClientDisconnect, _client_gone),
        (Exception, _unexpected),
    ]
    handlers += [(cls, _known) for cls in TRANSLATED_EXCEPTIONS]
    for exc_class, handler in handlers:
        app.add_error_handler(exc_class, handler)

"""The one place where failures become Graph error responses.

Domain code raises domain exceptions (`PhotoNotFound`, `PhotoExists`, ...); the web adapters raise
`GraphError`; connexion and starlette raise their own problems. `install_error_handlers` maps all
of them to the Graph envelope

    {"error": {"code": ..., "message": ..., "innerError": {"date", "request-id", ...}}}

with `Content-Type: application/json`; never `application/problem+json`, never internals.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime

import orjson
from connexion import AsyncApp
from connexion.exceptions import ProblemException
from connexion.lifecycle import ConnexionRequest, ConnexionResponse
from starlette.exceptions import HTTPException

from generated.models import InnerError, MainError, ODataError
from graph_photos.images import ImageRejected
from graph_photos.request_context import DelegatedUserRequired, RequestIds, request_ids
from graph_photos.spec_index import PathIndex
from graph_photos.storage import PhotoExists, PhotoNotFound, PreconditionFailed

logger = logging.getLogger(__name__)


class GraphError(Exception):
    """A failure the web layer detected, already in Graph terms."""

    def __init__(
        self,
        status_code: int,
        code: str,
        message: str,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        # `status_code` is also what connexion's security layer reads to rank failures.
        self.status_code = status_code
        self.code = code
        self.message = message
        self.headers = dict(headers or {})


def not_implemented(operation_id: str) -> GraphError:
    """The error of a scaffolded handler whose operation is specified but not yet built."""
    return GraphError(
        501,
        "NotImplemented",
        f"The operation '{operation_id}' is in the spec but has no implementation yet.",
    )


@dataclass(frozen=True)
class _Translation:
    status_code: int
    code: str
    message: str | None  # None: the exception's own message, written for clients


# Domain exception -> Graph error. Messages live here so their wording is reviewed in one place.
_DOMAIN_ERRORS: dict[type[Exception], _Translation] = {
    PhotoNotFound: _Translation(404, "ImageNotFound", "The photo wasn't found."),
    PhotoExists: _Translation(
        409,
        "Request_Conflict",
        "The owner already has a photo. Replace it with PUT /photo/$value or delete it first.",
    ),
    PreconditionFailed: _Translation(
        412,
        "PreconditionFailed",
        "The photo's ETag does not match If-Match; it was changed by someone else (or deleted). "
        "Read it again and retry.",
    ),
    ImageRejected: _Translation(400, "InvalidImage", None),
    DelegatedUserRequired: _Translation(
        400,
        "Request_BadRequest",
        "/me request is only valid with delegated authentication flow.",
    ),
}

# Status of a connexion/starlette problem -> Graph code, for the problems we do not raise ourselves.
_PROBLEM_CODES: dict[int, str] = {
    400: "Request_BadRequest",
    401: "InvalidAuthenticationToken",
    403: "Authorization_RequestDenied",
    404: "ResourceNotFound",
    405: "MethodNotAllowed",
    406: "NotAcceptable",
    413: "RequestEntityTooLarge",
    415: "UnsupportedMediaType",
}

_Handler = Callable[[ConnexionRequest, Exception], Awaitable[ConnexionResponse]]

_INTERNAL_ERROR_MESSAGE = "An unexpected error occurred. Quote the request-id when you report it."


def error_body(ids: RequestIds, code: str, message: str) -> bytes:
    """Serialise the Graph error envelope for one request."""
    envelope = ODataError(
        error=MainError(
            code=code,
            message=message,
            inner_error=InnerError(
                date=datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S"),
                request_id=ids.request_id,
                client_request_id=ids.client_request_id,
            ),
        )
    )
    return orjson.dumps(envelope.model_dump(mode="json", by_alias=True, exclude_none=True))


def error_response(
    request: ConnexionRequest,
    status_code: int,
    code: str,
    message: str,
    headers: Mapping[str, str] | None = None,
) -> ConnexionResponse:
    """A complete Graph error response for `request`."""
    return ConnexionResponse(
        status_code=status_code,
        mimetype="application/json",
        content_type="application/json",
        body=error_body(request_ids(request.scope), code, message),
        headers=dict(headers or {}),
    )


async def _graph_error(request: ConnexionRequest, exc: Exception) -> ConnexionResponse:
    assert isinstance(exc, GraphError)
    return error_response(request, exc.status_code, exc.code, exc.message, exc.headers)


async def _domain_error(request: ConnexionRequest, exc: Exception) -> ConnexionResponse:
    translation = next(t for cls, t in _DOMAIN_ERRORS.items() if isinstance(exc, cls))
    message = str(exc) if translation.message is None else translation.message
    return error_response(request, translation.status_code, translation.code, message)


async def _problem(request: ConnexionRequest, exc: Exception) -> ConnexionResponse:
    assert isinstance(exc, ProblemException)
    status_code = exc.status
    if status_code >= 500:
        logger.error("connexion problem: %r", exc)
        return _internal_error(request)
    headers = dict(exc.headers or {})
    if status_code == 401:
        headers.setdefault("WWW-Authenticate", "Bearer")
    message = str(exc.detail or exc.title or "The request is not valid.")
    return error_response(
        request, status_code, _PROBLEM_CODES.get(status_code, "BadRequest"), message, headers
    )


def _http_exception_handler(paths: PathIndex) -> _Handler:
    async def handle(request: ConnexionRequest, exc: Exception) -> ConnexionResponse:
        assert isinstance(exc, HTTPException)
        status_code = exc.status_code
        headers = dict(exc.headers or {})
        if status_code == 404:
            message = f"Resource not found for the segment '{request.url.path}'."
        elif status_code == 405:
            # starlette names only the methods of the first route that matched; the spec knows all.
            allowed = ", ".join(paths.allowed_methods(request.url.path)) or headers.get("Allow", "")
            headers["Allow"] = allowed
            message = (
                f"The method '{request.method}' is not allowed on this path; "
                f"allowed methods are {allowed}."
            )
        elif status_code >= 500:
            return _internal_error(request)
        else:
            message = str(exc.detail)
        return error_response(
            request, status_code, _PROBLEM_CODES.get(status_code, "BadRequest"), message, headers
        )

    return handle


def _internal_error(request: ConnexionRequest) -> ConnexionResponse:
    return error_response(request, 500, "generalException", _INTERNAL_ERROR_MESSAGE)


async def _unexpected(request: ConnexionRequest, exc: Exception) -> ConnexionResponse:
    logger.error(
        "unexpected error, request-id %s",
        request_ids(request.scope).request_id,
        exc_info=exc,
    )
    return _internal_error(request)


def install_error_handlers(app: AsyncApp, paths: PathIndex) -> None:
    """Register the Graph rendering for every failure the app can meet."""
    handlers: list[tuple[type[Exception], _Handler]] = [
        (GraphError, _graph_error),
        (ProblemException, _problem),
        (HTTPException, _http_exception_handler(paths)),
        (Exception, _unexpected),
    ]
    handlers += [(cls, _domain_error) for cls in _DOMAIN_ERRORS]
    for exc_class, handler in handlers:
        app.add_error_handler(exc_class, handler)

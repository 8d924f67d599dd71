"""The one place where failures become Graph errors, and the envelope they are rendered in.

Domain code raises domain exceptions (`PhotoNotFound`, `PhotoExists`, ...), identity raises
`AuthenticationFailed`, the web layer raises `GraphError` (a failure already in Graph terms);
the connexion adapter hands every failure of connexion and starlette to `for_status`, and a
JSON body's schema errors become Graph's words in `errors.body`. `translate` turns any of them
into a `GraphError`, and `error_body` renders it as

    {"error": {"code": ..., "message": ..., "innerError": {"date", "request-id", ...}}}

served with `Content-Type: application/json`; never `application/problem+json`, never internals.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime

import orjson

from graph_photos.directory.query import QueryRejected
from graph_photos.domain.errors import (
    ContactChanged,
    DefaultFolderFixed,
    FolderExists,
    ImageRejected,
    ImageTooNarrow,
    ImageTooShort,
    ItemNotFound,
    ObjectNotFound,
    PhotoExists,
    PhotoNotFound,
    PreconditionFailed,
)
from graph_photos.generated.models import InnerError, MainError, ODataError
from graph_photos.identity.caller import AuthenticationFailed, DelegatedUserRequired
from graph_photos.web.request_state import RequestIds


class GraphError(Exception):
    """A failure already in Graph terms: status, Graph error code, message, extra headers."""

    def __init__(
        self,
        status_code: int,
        code: str,
        message: str,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(message)
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
    headers: Mapping[str, str] = field(default_factory=dict)


# Exception -> Graph error. Messages live here so their wording is reviewed in one place.
_TRANSLATIONS: dict[type[Exception], _Translation] = {
    PhotoNotFound: _Translation(404, "ImageNotFound", "The photo wasn't found."),
    ObjectNotFound: _Translation(404, "Request_ResourceNotFound", None),
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
    # Before ImageRejected, which they are: the first class an exception is an instance of wins.
    ImageTooNarrow: _Translation(400, "ValidationWidthTooSmall", None),
    ImageTooShort: _Translation(400, "ValidationHeightTooSmall", None),
    ImageRejected: _Translation(400, "InvalidImage", None),
    ItemNotFound: _Translation(
        404, "ErrorItemNotFound", "The specified object was not found in the store."
    ),
    FolderExists: _Translation(
        409, "ErrorFolderExists", "A folder with the specified name already exists."
    ),
    ContactChanged: _Translation(
        409,
        "ErrorIrresolvableConflict",
        "The contact kept changing while it was being updated; read it again and retry.",
    ),
    DefaultFolderFixed: _Translation(403, "ErrorAccessDenied", None),
    DelegatedUserRequired: _Translation(
        400,
        "Request_BadRequest",
        "/me request is only valid with delegated authentication flow.",
    ),
    AuthenticationFailed: _Translation(
        401, "InvalidAuthenticationToken", None, {"WWW-Authenticate": "Bearer"}
    ),
}

# The exceptions `translate` knows besides `GraphError`, for registering handlers.
TRANSLATED_EXCEPTIONS: tuple[type[Exception], ...] = (*_TRANSLATIONS, QueryRejected)

# Status of a framework's own problem -> Graph code, for the problems we do not raise ourselves.
_STATUS_CODES: dict[int, str] = {
    400: "Request_BadRequest",
    401: "InvalidAuthenticationToken",
    403: "Authorization_RequestDenied",
    404: "ResourceNotFound",
    405: "MethodNotAllowed",
    406: "NotAcceptable",
    413: "RequestEntityTooLarge",
    415: "UnsupportedMediaType",
}

_INTERNAL_ERROR_MESSAGE = "An unexpected error occurred. Quote the request-id when you report it."


def translate(exc: Exception) -> GraphError | None:
    """The Graph error of a failure this service knows, or None for an unexpected one."""
    if isinstance(exc, GraphError):
        return exc
    if isinstance(exc, QueryRejected):  # a directory query Graph refuses: its code, its words
        return GraphError(400, exc.code, exc.message)
    for cls, translation in _TRANSLATIONS.items():
        if isinstance(exc, cls):
            message = str(exc) if translation.message is None else translation.message
            return GraphError(
                translation.status_code, translation.code, message, translation.headers
            )
    return None


def for_status(
    status_code: int, message: str, headers: Mapping[str, str] | None = None
) -> GraphError:
    """The Graph error of a framework's problem with `status_code` (a 5xx hides `message`)."""
    if status_code >= 500:
        return internal_error()
    headers = dict(headers or {})
    if status_code == 401:
        headers.setdefault("WWW-Authenticate", "Bearer")
    return GraphError(status_code, _STATUS_CODES.get(status_code, "BadRequest"), message, headers)


def internal_error() -> GraphError:
    """The error of an unexpected failure: no internals, only the request-id to quote."""
    return GraphError(500, "generalException", _INTERNAL_ERROR_MESSAGE)


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

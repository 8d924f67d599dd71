"""The state of one request, shared by every layer of the web stack.

`RequestEntryMiddleware` (the outermost layer of a request) creates one `RequestState` per
request and keeps it in the scope and in a context variable: the one channel of request data.
The object is shared, not copied: connexion's routing works on a copy of the scope, so what it
learns would never reach the outer middlewares (the access log, the metrics) through scope keys
of its own under a real server. The connexion adapter writes the routed operation and the
authenticated caller here instead, and everyone reads them here.
"""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable
from contextvars import ContextVar, Token
from dataclasses import dataclass, field
from typing import Any

from starlette.types import Scope

from graph_photos.identity.caller import Caller

_STATE_KEY = "graph_photos.request"
_current: ContextVar[RequestState] = ContextVar("graph_photos.request")
NOT_PARSED: Any = object()  # the JSON body of a request whose body no validator has read


@dataclass(frozen=True, slots=True)
class RequestIds:
    """The ids that identify one request in responses, error bodies and logs."""

    request_id: str
    client_request_id: str | None

    @classmethod
    def fresh(cls, client_request_id: str | None = None) -> RequestIds:
        """A new request-id (a UUID), with the client's id if it sent one."""
        return cls(str(uuid.uuid4()), client_request_id)


@dataclass(slots=True)
class RequestState:
    """What is known about one request, filled in as it passes the layers."""

    ids: RequestIds
    scope: Scope = field(repr=False)
    # The spec's operationId and API version ("beta", "v1.0", "" for the operations endpoints),
    # once routed; None for a request that matched no operation.
    operation_id: str | None = None
    api_version: str | None = None
    # Once the bearer token is verified; None for operations without authentication.
    caller: Caller | None = None
    # The directory object the request turned out to be about (`users/<object id>`).
    resource: str | None = None
    # The client went away before the answer (logged as 499, nginx's "client closed request").
    disconnected: bool = False
    # A `$batch`'s items as its access-log line shows them (id, status, operation, ids, time).
    batch_items: list[dict[str, Any]] | None = None
    # A `$batch`'s: what its items hold until the whole batch is answered (their places among a
    # mailbox's concurrent requests: Graph runs a batch's items together).
    batch_end: list[Callable[[], Awaitable[None]]] = field(default_factory=list)
    # The status of a failure the fault plan injected (marked in the access log).
    fault: int | None = None
    # For an item of a `$batch`: its id, and the batch's own state (the batch's access-log line
    # tells of the item, it writes none of its own).
    batch_item: str | None = None
    batch: RequestState | None = None
    # The JSON body as request validation parsed it (None when it was empty), for the handler.
    json_body: Any = field(default=NOT_PARSED, repr=False)

    def note_resource(self, kind: str, object_id: str) -> None:
        """The request turned out to be about `kind/object_id` (the domain tells it)."""
        self.resource = f"{kind}/{object_id}"

    @property
    def operation_label(self) -> str:
        """The operationId as logs and metrics name it: unrouted requests (404, 405) share one
        label, so that scanners cannot explode the series."""
        return self.operation_id or "unrouted"


def header(scope: Scope, name: bytes) -> str | None:
    """The first value of the request header `name` (lower case), or None."""
    for key, value in scope["headers"]:
        if key == name:
            return str(value.decode("latin-1"))
    return None


def begin_request(scope: Scope, client_request_id: str | None) -> RequestState:
    """A fresh state for the request of `scope`, kept in it (a `$batch` item keeps what its
    batch marked)."""
    marked = scope.get(_STATE_KEY)
    state = RequestState(RequestIds.fresh(client_request_id), scope)
    if isinstance(marked, RequestState):
        state.batch_item, state.batch = marked.batch_item, marked.batch
    scope[_STATE_KEY] = state
    return state


def mark_batch_item(scope: Scope, item_id: str, batch: RequestState) -> None:
    """The request of `scope` is the item `item_id` of the `$batch` whose state is `batch`."""
    marked = RequestState(RequestIds.fresh(), scope, batch_item=item_id, batch=batch)
    scope[_STATE_KEY] = marked


def batch_of(scope: Scope) -> RequestState | None:
    """The state of the `$batch` that the request of `scope` is an item of, or None."""
    return state_of(scope).batch


def make_current(state: RequestState) -> Token[RequestState]:
    """Make `state` the current request's; `done(token)` when the request is served."""
    return _current.set(state)


def done(token: Token[RequestState]) -> None:
    """The request of `token` is served: its state is no longer current."""
    _current.reset(token)


def state_of(scope: Scope | dict[str, Any]) -> RequestState:
    """The state of the request of `scope`; a fresh one if the middleware did not run (it
    always does in the app; unit tests call parts of the stack alone)."""
    state = scope.get(_STATE_KEY)
    if isinstance(state, RequestState):
        return state
    return begin_request(scope, None)


def current_state() -> RequestState:
    """The state of the request being handled (valid inside the request only)."""
    try:
        return _current.get()
    except LookupError:
        raise RuntimeError("no request is being handled in this context") from None

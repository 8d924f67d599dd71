"""`RequestEntryMiddleware`: what every request gets as it enters the stack, in one layer.

In the order it happens:

1. **Ids.** A fresh `request-id`; a `client-request-id` the client sent is echoed (at most 128
   characters). The request's `RequestState` begins here (with the ids) and is made current;
   both ids are stamped on the answer, errors included.
2. **Observation.** The request is timed, counted in the app's `Metrics` by operationId, method
   and status, and written as one JSON access-log line (request-id, status, duration, the
   caller's subject and the resource it was about; never the token). A client that left before
   its answer is logged and counted as 499 (nginx's "client closed request"). The items of a
   `$batch` are counted each and listed in the batch's own line: one line, not 21.
3. **The head.** One meaning per head: `Content-Type` or `Host` sent twice, an HTTP/1.1 request
   without `Host`, or a `Host` that is not one of ours is a 400, answered here. Links
   (`Location`, `@odata.context`) are built from `Host` unless `public_base_url` is set, so an
   attacker's `Host: evil.example` would otherwise be written into them (and DNS rebinding
   would reach a service listening on loopback).
4. **The path.** A type cast by the namespace's alias (`/members/graph.user`, as the Graph SDKs
   write it) is routed as the spec spells it (`/members/microsoft.graph.user`). Clients
   percent-encode ids (`alice%40contoso.com`, `a%2Fb`) and some `$` as
   `%24`; servers decode the whole path before routing, so an encoded `/` would split a segment.
   The path is rebuilt from the raw bytes with each segment in one canonical encoding (reserved
   and non-ASCII characters encoded, harmless ones decoded); after routing,
   `connexion_adapter/scope.py` decodes each path parameter once, so handlers see the id as
   the client meant it.

`$batch` items enter the stack here too (the lifespan records this layer as their entry): each
gets its own ids, observation, head and path checks, below the batch's connection (server
errors, CORS). Everything above this layer belongs to the connection; everything below to the
request alone.
"""

from __future__ import annotations

import logging
import re
import time
from urllib.parse import quote, unquote_to_bytes

import orjson
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from graph_photos.domain.resolutions import listening
from graph_photos.metrics import Metrics
from graph_photos.web.errors import GraphError, error_body
from graph_photos.web.request_state import (
    RequestIds,
    begin_request,
    done,
    header,
    make_current,
    state_of,
)

ACCESS_LOG = logging.getLogger("graph_photos.access")
# The status logged and counted for a request whose client left before its answer (nginx's).
CLIENT_CLOSED_REQUEST = 499
_CLIENT_REQUEST_ID_MAX = 128
_BATCH_ENTRY_KEY = "graph_photos.batch_entry"
_SINGLE = (b"content-type", b"host")
# RFC 3986 sub-delims and the pchar extras: legal in a segment, so kept readable (`$value`, `@`).
_SEGMENT_SAFE = "!$&'()*+,;=:@-._~"
# A path of only unreserved and segment-safe characters, nothing percent-encoded, is already
# canonical (the usual case): it is routed as it is, without decoding and re-encoding.
_CANONICAL = re.compile(rb"[A-Za-z0-9/" + re.escape(_SEGMENT_SAFE.encode()) + rb"]*")
# A type cast after a group's members by the alias of Graph's namespace (`graph.user`).
_ALIASED_CAST = re.compile(r"/(members|transitiveMembers)/graph\.(user|group)(?=/|$)")


class RequestEntryMiddleware:
    """Ids, observation, head checks and the routable path for every request (and `$batch`
    item); `allowed_hosts` None accepts any `Host`."""

    def __init__(
        self, app: ASGIApp, *, metrics: Metrics, allowed_hosts: frozenset[str] | None
    ) -> None:
        self.app = app
        self.metrics = metrics
        self.allowed_hosts = allowed_hosts

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            if scope["type"] == "lifespan":
                scope.setdefault("state", {})[_BATCH_ENTRY_KEY] = self
            await self.app(scope, receive, send)
            return
        client_request_id = header(scope, b"client-request-id")
        if client_request_id is not None:
            client_request_id = client_request_id[:_CLIENT_REQUEST_ID_MAX]
        state = begin_request(scope, client_request_id)
        ids = _id_headers(state.ids)
        started = time.perf_counter()
        status = 500

        async def send_observed(message: Message) -> None:  # the one wrapper of `send` here
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                message = _with_ids(message, ids)
            await send(message)

        token = make_current(state)
        try:
            refusal = _head_refusal(scope, self.allowed_hosts)
            if refusal is not None:
                await send_error(send_observed, state.ids, refusal)
                return
            raw_path = scope.get("raw_path") or quote(scope["path"]).encode("latin-1")
            scope["path"] = routable_path(raw_path)
            # What the domain resolves (the user, group or team the request is about) is the
            # request's resource: handlers need not report it.
            with listening(state.note_resource):
                await self.app(scope, receive, send_observed)
        finally:
            done(token)
            self._observe(scope, status, time.perf_counter() - started)

    def _observe(self, scope: Scope, status: int, duration: float) -> None:
        state = state_of(scope)
        if state.disconnected:
            status = CLIENT_CLOSED_REQUEST
        operation = state.operation_label
        self.metrics.observe_request(operation, scope["method"], status, duration)
        if state.batch_item is not None or not ACCESS_LOG.isEnabledFor(logging.INFO):
            return
        ids = state.ids
        line = {
            "event": "request",
            "request_id": ids.request_id,
            "client_request_id": ids.client_request_id,
            "method": scope["method"],
            "path": scope.get("raw_path", b"").decode("latin-1") or scope["path"],
            "operation": operation,
            "status": status,
            "duration_ms": round(duration * 1000, 2),
            "caller": None if state.caller is None else state.caller.subject,
            "tenant": None if state.caller is None else state.caller.tenant_id,
            "resource": state.resource,
        }
        if state.batch_items is not None:
            line["items"] = state.batch_items
        if state.fault is not None:
            line["fault"] = state.fault
        retry_attempt = header(scope, b"retry-attempt")
        if retry_attempt is not None:
            line["retry_attempt"] = retry_attempt
        _write(orjson.dumps(line).decode())


class StampIdsMiddleware:
    """Stamps the request's ids on answers deeper in the stack: below connexion's response
    validation, so that the handlers' answers carry them before their headers are validated
    against the spec (only when responses are validated)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        ids = _id_headers(state_of(scope).ids)

        async def send_with_ids(message: Message) -> None:
            if message["type"] == "http.response.start":
                message = _with_ids(message, ids)
            await send(message)

        await self.app(scope, receive, send_with_ids)


def batch_entry(scope: Scope) -> ASGIApp:
    """The app that the items of the `$batch` of `scope` are sent into: the entry layer."""
    entry: ASGIApp | None = scope.get("state", {}).get(_BATCH_ENTRY_KEY)
    if entry is None:
        raise RuntimeError("the app has no RequestEntryMiddleware, or its lifespan has not run")
    return entry


async def send_error(send: Send, ids: RequestIds, error: GraphError) -> None:
    """Answer with `error` in Graph's envelope, from a layer that connexion's error handlers do
    not wrap."""
    body = error_body(ids, error.code, error.message)
    headers = [(b"content-type", b"application/json"), (b"content-length", b"%d" % len(body))]
    headers += [
        (k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in error.headers.items()
    ]
    await send({"type": "http.response.start", "status": error.status_code, "headers": headers})
    await send({"type": "http.response.body", "body": body})


def _id_headers(ids: RequestIds) -> list[tuple[bytes, bytes]]:
    headers = [(b"request-id", ids.request_id.encode("latin-1"))]
    if ids.client_request_id is not None:
        headers.append((b"client-request-id", ids.client_request_id.encode("latin-1")))
    return headers


def _with_ids(start: Message, ids: list[tuple[bytes, bytes]]) -> Message:
    """An `http.response.start` message with the ids, unless it carries them already."""
    headers = list(start.get("headers", []))
    if any(key.lower() == b"request-id" for key, _ in headers):
        return start
    return {**start, "headers": headers + ids}


def _write(line: str) -> None:
    """One access-log line: straight to the handler when it takes lines (the server's
    `AccessLogHandler`, alone on the logger), else through logging (tests, other configs)."""
    handlers = ACCESS_LOG.handlers
    if len(handlers) == 1 and not ACCESS_LOG.filters and not ACCESS_LOG.propagate:
        write_line = getattr(handlers[0], "write_line", None)
        if write_line is not None and not handlers[0].filters:
            write_line(line)
            return
    ACCESS_LOG.info(line)


def host_name(host: str) -> str:
    """The name of a `Host` value, lower case without the port (`[::1]:80` is `[::1]`)."""
    host = host.strip().lower()
    if host.startswith("["):
        return host[: host.find("]") + 1] if "]" in host else host
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


def _head_refusal(scope: Scope, allowed_hosts: frozenset[str] | None) -> GraphError | None:
    """Why the head of `scope` is refused (400), or None."""
    seen: dict[bytes, int] = {}
    host: str | None = None
    for key, value in scope["headers"]:
        if key in _SINGLE:
            seen[key] = seen.get(key, 0) + 1
            if key == b"host":
                host = value.decode("latin-1")
    for name in _SINGLE:
        if seen.get(name, 0) > 1:
            return _bad_request(
                f"The request has more than one {name.decode().title()} header; send one."
            )
    if host is None:
        if scope.get("http_version") == "1.1":
            return _bad_request("An HTTP/1.1 request must have a Host header.")
        return None
    if allowed_hosts is not None and host_name(host) not in allowed_hosts:
        return _bad_request(
            f"The host '{host}' is not one this service answers to (allowed: "
            f"{', '.join(sorted(allowed_hosts))}; see PHOTOS_ALLOWED_HOSTS)."
        )
    return None


def _bad_request(message: str) -> GraphError:
    return GraphError(400, "Request_BadRequest", message)


def routable_path(raw_path: bytes) -> str:
    """The path with every segment decoded and re-encoded canonically (`/` stays `%2F`), and a
    cast by the namespace's alias (`/members/graph.user`, as the Graph SDKs send it) spelled
    as the spec does (`/members/microsoft.graph.user`)."""
    if _CANONICAL.fullmatch(raw_path):
        path = raw_path.decode("ascii")
    else:
        # Bytes throughout: a raw UTF-8 character and its percent-encoding route alike.
        path = "/".join(
            quote(unquote_to_bytes(segment), safe=_SEGMENT_SAFE) for segment in raw_path.split(b"/")
        )
    if "/graph." in path:
        path = _ALIASED_CAST.sub(r"/\1/microsoft.graph.\2", path)
    return path

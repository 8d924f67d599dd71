"""A response cache for repeated photo reads: the same request answered again without the stack.

A people list reads the same photos over and over with the same token. A `GET` passes the whole
stack (routing, authentication, permissions, validation, the handler); the second time the same
request comes (a doorkeeper remembers the keys it has seen, so the crowd of requests that come
once cost no copy and evict nothing), if its answer was built only from reads of the domain's
`ReadCache` (`recording_reads`), its status was 200 or 304 and its body is small,
`ResponseCacheMiddleware` keeps that answer under the request's key: the method, the path and
query as sent, the scheme, the server and every header (the `Authorization` header, so the
token, included) but the few the layers above handle (`Connection`, `client-request-id`,
`Retry-Attempt`, `Origin`, CORS preflight headers).

Before it answers the same request again it checks what the answer depended on:

- the token: the app's authenticator verifies it again (its own memory of verdicts makes that a
  lookup; an expired token is no longer accepted, and the full stack answers 401);
- the data: for each read, `PhotoStore.freshness(owner, side)` must still be what it was (the
  one freshness rule of both caches, `domain/freshness.py`, which says why each exists). That
  covers the photo (its ETag) and the whole directory (its generation: whom the path names,
  the caller's tenant and roles as the directory says), as the read cache's entries do.

So a request identical in everything the stack looks at, whose data have not changed, gets
the answer the stack gave, now with its own ids (added above, by `RequestEntryMiddleware`); the
access log, the metrics and a `$batch`'s item list see the same operation, caller and resource.
Any doubt (a body, a check that fails or raises) sends the request down the whole stack.
The cache is bounded by `max_bytes` (least recently used out), per process; it is coherent
across workers and replicas for the same reason as the read cache: every hit asks the database.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily
from prometheus_client.registry import Collector
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from graph_photos.domain.bounded_lru import BoundedLru
from graph_photos.domain.freshness import ReadDependency, all_hold, recording_reads
from graph_photos.identity.caller import Caller, bearer_token
from graph_photos.services import services_of
from graph_photos.web.request_state import header, state_of

# Handled by the server (the connection) or above this layer (request ids, the access log,
# CORS), or per request by design: not part of what the answer depends on.
_UNKEYED = frozenset(
    {
        b"connection",
        b"client-request-id",
        b"retry-attempt",
        b"origin",
        b"access-control-request-method",
        b"access-control-request-headers",
    }
)
# A request with a body is never answered from memory (its key does not hold the body).
_BODY_HEADERS = frozenset({b"content-length", b"transfer-encoding"})
# Stamped per request by `RequestEntryMiddleware` (and `StampIdsMiddleware` when responses are
# validated).
_ID_HEADERS = frozenset({b"request-id", b"client-request-id"})
_KEPT_STATUSES = frozenset({200, 304})
_DOORKEEPER_SLOTS = 1 << 16
# What an entry costs beyond its body and key bytes (measured with tracemalloc in the tests).
ENTRY_OVERHEAD = 1100

_Key = tuple[Any, ...]


@dataclass(slots=True)
class _Entry:
    status: int
    headers: list[tuple[bytes, bytes]]
    body: bytes
    reads: tuple[ReadDependency, ...]
    caller: Caller | None
    operation_id: str | None
    api_version: str | None
    resource: str | None


@dataclass(slots=True)
class ResponseCacheStats:
    hits: int = 0  # answered from memory
    misses: int = 0  # answered by the stack, then kept, with nothing kept before
    stale: int = 0  # a kept answer that no longer held (the stack answered)
    kept: int = 0


def _key(scope: Scope) -> _Key | None:
    """What identifies the request of `scope` for the cache; None if it has a body."""
    headers = []
    for name, value in scope["headers"]:
        if name in _UNKEYED:
            continue
        if name in _BODY_HEADERS and not (name == b"content-length" and value == b"0"):
            return None
        headers.append((name, value))
    server = scope.get("server")
    return (
        scope.get("raw_path") or scope["path"].encode(),
        scope["query_string"],
        scope.get("scheme"),
        scope.get("root_path", ""),
        None if server is None else tuple(server),
        tuple(headers),
    )


def _key_bytes(key: _Key) -> int:
    return len(key[0]) + len(key[1]) + sum(len(name) + len(value) for name, value in key[5])


class ResponseCache(BoundedLru[_Key, _Entry]):
    """Kept answers by request key, least recently used out past `max_bytes`; answers larger
    than `max_item_bytes` are not kept."""

    def __init__(self, *, max_bytes: int, max_item_bytes: int) -> None:
        super().__init__(max_bytes)
        self.max_item_bytes = max_item_bytes
        self.stats = ResponseCacheStats()


class ResponseCacheCollector(Collector):
    """The cache's counters for `/metrics`, read when scraped (nothing per request)."""

    def __init__(self, cache: ResponseCache) -> None:
        self.cache = cache

    def collect(self) -> Iterator[Any]:
        stats = self.cache.stats
        requests = CounterMetricFamily(
            "graph_photos_response_cache_requests",
            "Photo reads the response cache answered (hit), or the stack answered and the cache "
            "then kept: the second time it was asked (miss), or after a change (stale).",
            labels=["result"],
        )
        requests.add_metric(["hit"], stats.hits)
        requests.add_metric(["miss"], stats.misses)
        requests.add_metric(["stale"], stats.stale)
        yield requests
        yield CounterMetricFamily(
            "graph_photos_response_cache_evictions",
            "Answers the response cache let go to stay within its bound.",
            value=self.cache.evictions,
        )
        yield GaugeMetricFamily(
            "graph_photos_response_cache_bytes",
            "Memory the response cache's answers are estimated to hold.",
            value=self.cache.cost,
        )


class ResponseCacheMiddleware:
    """Answers a `GET` from `cache` when the same request's answer still holds; keeps the
    answers that may be kept. Below the request ids and the access log, above everything that
    routes, authenticates, validates or handles."""

    def __init__(self, app: ASGIApp, *, cache: ResponseCache) -> None:
        self.app = app
        self.cache = cache
        # The doorkeeper: the hash of the last key seen in each slot. An answer is kept only
        # for a request seen before, so the many answers keyed by a token seen once (a crowd of
        # callers each reading one photo) cost no copy and evict nothing.
        self._seen = [0] * _DOORKEEPER_SLOTS

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "GET":
            await self.app(scope, receive, send)
            return
        key = _key(scope)
        if key is None:
            await self.app(scope, receive, send)
            return
        entry = self.cache.get(key)
        if entry is None:
            seen = hash(key)
            slot = seen & (_DOORKEEPER_SLOTS - 1)
            if self._seen[slot] != seen:  # first sight: served, not kept
                self._seen[slot] = seen
                await self.app(scope, receive, send)
                return
        else:
            if await self._holds(entry, scope):
                self.cache.used(key)
                self.cache.stats.hits += 1
                await self._answer(entry, scope, send)
                return
            self.cache.drop(key)
            self.cache.stats.stale += 1
        await self._serve_and_keep(key, scope, receive, send, first=entry is None)

    async def _holds(self, entry: _Entry, scope: Scope) -> bool:
        """Whether the stack would answer `entry`'s request with `entry` now. A check that
        raises (a store that does not answer) says no: the stack then answers, and reports."""
        try:
            services = services_of(scope)
            if entry.caller is not None:
                # The token is the request's (the key holds the header): verified again.
                token = bearer_token(header(scope, b"authorization"))
                if services.authenticator.authenticate(token) != entry.caller:
                    return False
            return await all_hold(services.store, entry.reads)
        except Exception:  # any doubt: not from memory
            return False

    async def _answer(self, entry: _Entry, scope: Scope, send: Send) -> None:
        state = state_of(scope)
        state.operation_id = entry.operation_id
        state.api_version = entry.api_version
        state.caller = entry.caller
        state.resource = entry.resource
        # A copy: the layers above may add to the list they are given (CORS does).
        await send(
            {"type": "http.response.start", "status": entry.status, "headers": [*entry.headers]}
        )
        await send({"type": "http.response.body", "body": entry.body})

    async def _serve_and_keep(
        self, key: _Key, scope: Scope, receive: Receive, send: Send, *, first: bool
    ) -> None:
        status = 0
        headers: list[tuple[bytes, bytes]] = []
        chunks: list[bytes] = []
        size = 0
        complete = False

        async def capture(message: Message) -> None:
            nonlocal status, headers, size, complete
            kind = message["type"]
            if kind == "http.response.start":
                status = message["status"]
                headers = [h for h in message.get("headers", ()) if h[0].lower() not in _ID_HEADERS]
            elif kind == "http.response.body" and size <= self.cache.max_item_bytes:
                body = message.get("body", b"")
                chunks.append(body)
                size += len(body)
                complete = not message.get("more_body", False)
            await send(message)

        with recording_reads() as reads:
            await self.app(scope, receive, capture)
        if (
            not complete
            or status not in _KEPT_STATUSES
            or size > self.cache.max_item_bytes
            or not reads
            or None in reads
        ):
            return
        state = state_of(scope)
        body = b"".join(chunks)
        if first:
            self.cache.stats.misses += 1
        self.cache.keep(
            key,
            _Entry(
                status=status,
                headers=headers,
                body=body,
                # The same read twice (metadata, then a size of it) is checked once.
                reads=tuple(dict.fromkeys(read for read in reads if read is not None)),
                caller=state.caller,
                operation_id=state.operation_id,
                api_version=state.api_version,
                resource=state.resource,
            ),
            ENTRY_OVERHEAD + len(body) + _key_bytes(key),
        )
        self.cache.stats.kept += 1

"""The response cache's memory: within its bound under 10,000 distinct photo reads, with an
honest estimate of what each kept answer holds (tracemalloc)."""

from __future__ import annotations

import tracemalloc

import pytest
from starlette.types import Message, Receive, Scope, Send

from graph_photos.directory.model import ObjectRef
from graph_photos.domain.read_cache import ReadCache
from graph_photos.web.middleware.response_cache import (
    ENTRY_OVERHEAD,
    ResponseCache,
    ResponseCacheMiddleware,
)
from tests.unit.test_read_cache import TENANT, ManyOwners

pytestmark = pytest.mark.anyio

TOKEN = b"Bearer " + b"t" * 900  # about the size of a real access token
PHOTO_BYTES = 3000


def photo_reader(reads: ReadCache) -> object:
    """An app that answers a photo's bytes, read through `reads` (as the stack's handlers do)."""

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        owner = scope["path"].rsplit("/", 3)[-3]
        content = await reads.content(ObjectRef(TENANT, "users", owner), None)
        await send(
            {
                "type": "http.response.start",
                "status": 200,
                "headers": [
                    (b"content-type", b"image/jpeg"),
                    (b"content-length", str(len(content.content)).encode()),
                    (b"etag", content.etag.encode()),
                ],
            }
        )
        await send({"type": "http.response.body", "body": content.content})

    return app


def get(path: str) -> Scope:
    """The scope of a `GET` as uvicorn makes it (fresh bytes objects for each request)."""
    return {
        "type": "http",
        "method": "GET",
        "scheme": "http",
        "path": path,
        "raw_path": path.encode(),
        "query_string": b"",
        "root_path": "",
        "server": ("127.0.0.1", 8000),
        "headers": [
            (b"host", b"127.0.0.1:8000"),
            (b"authorization", bytes(bytearray(TOKEN))),  # a fresh copy, as uvicorn makes
            (b"user-agent", b"wrk"),
        ],
    }


def reading_app(budget: int) -> tuple[ResponseCacheMiddleware, ResponseCache]:
    # Small: the read cache only has to keep each read long enough to say what it depended on.
    reads = ReadCache(ManyOwners(PHOTO_BYTES), max_bytes=1 << 16, max_item_bytes=1 << 16)  # type: ignore[arg-type]
    cache = ResponseCache(max_bytes=budget, max_item_bytes=1 << 16)
    return ResponseCacheMiddleware(photo_reader(reads), cache=cache), cache  # type: ignore[arg-type]


async def read_owners(middleware: ResponseCacheMiddleware, owners: range) -> None:
    sent: list[Message] = []

    async def send(message: Message) -> None:
        sent.append(message)

    async def receive() -> Message:
        return {"type": "http.request", "body": b""}

    for number in owners:
        for _seen_then_kept in range(2):  # the cache keeps a request it has seen before
            sent.clear()
            await middleware(get(f"/beta/users/owner-{number:05}/photo/$value"), receive, send)
            assert sent[0]["status"] == 200
            assert middleware.cache.cost <= middleware.cache.max_cost


async def test_the_cache_stays_within_its_bound_under_10000_owners() -> None:
    middleware, cache = reading_app(4 * 1024 * 1024)

    await read_owners(middleware, range(10_000))

    assert cache.stats.kept == 10_000
    assert 0 < len(cache) < 10_000
    assert cache.evictions == 10_000 - len(cache)
    assert cache.cost / len(cache) >= ENTRY_OVERHEAD + PHOTO_BYTES + len(TOKEN)


async def test_the_estimate_of_an_entry_is_honest() -> None:
    """What kept answers really hold (tracemalloc) is at most what the bound counts."""
    middleware, cache = reading_app(1 << 30)  # nothing is let go
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        await read_owners(middleware, range(1000))
        held = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()

    assert len(cache) == 1000
    # Within a tenth: the read cache's few entries and the allocator's slack are in `held`.
    assert held <= cache.cost * 1.1, (held, cache.cost)

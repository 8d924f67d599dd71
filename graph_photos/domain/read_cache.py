"""A read cache of photo metadata and small photo bytes that never answers with an old photo.

Profile photos are read far more often than written, and most reads ask again for what has not
changed. `ReadCache` keeps, per reference (tenant, kind, ASCII-folded id or userPrincipalName)
and per thing read (the metadata, the photo's bytes, one size's bytes), the last answer and
what it depended on: a `Freshness`, the directory's generation (whom the reference names) and
the ETag of what was read (which derives from its bytes). Before it answers from memory it asks
the store for that freshness again (`PhotoStore.freshness`, two indexed lookups; on SQLite, on
the event loop without the worker-thread hop of a read) and answers only if nothing changed.

So it is coherent wherever the service runs, with no invalidation messages: every worker and
every replica asks the database, which every writer (another process, the CLI, SQL by hand)
changes. A write's commit precedes its answer, so a read that starts after a write returned, on
any worker, sees the write. The generation is read before the read it tags, so a change between
the two makes the entry stale rather than wrong.

Answers "not found" are kept too (the Graph Toolkit asks again for users without a photo). The
cache is bounded by `max_bytes`, an estimate of what its entries hold (bytes plus a fixed
overhead each, measured with tracemalloc in the tests), least recently used first out; bytes
larger than `max_item_bytes` are never kept.

What an answer depended on can be recorded (`recording_reads`): each read answered from, or
kept in, the cache notes its owner, side and freshness, so that a layer above (the web's
response cache) can keep a whole answer on the same terms; a read it could not keep notes
`None`, which makes the answer one not to keep.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import TypeVar

from graph_photos.directory.model import ObjectRef, ascii_key
from graph_photos.domain.bounded_lru import BoundedLru
from graph_photos.domain.errors import ObjectNotFound, PhotoNotFound
from graph_photos.domain.records import Freshness, OwnerKey, PhotoInfo, StoredContent
from graph_photos.domain.store import PhotoStore

_T = TypeVar("_T", PhotoInfo, StoredContent)
# (tenant, kind, folded reference, what: "info" or the side of the bytes, 0 for the photo's)
_Key = tuple[str | None, str, str, str | int]

# What an entry costs beyond the bytes it keeps: the key, the entry, the records (measured with
# tracemalloc: ~1.1 KB for metadata with its nine sizes, ~0.5 KB for bytes or "not found").
ENTRY_OVERHEAD = 1200
INFO = "info"


@dataclass(frozen=True, slots=True)
class ReadDependency:
    """What a read answered from the cache depended on: ask `PhotoStore.freshness(owner, side)`
    again, and the answer still holds if it equals `freshness`."""

    owner: OwnerKey | None
    side: int | None
    freshness: Freshness


# The reads of the current request, while a caller records them; None in the list: a read that
# was not kept (so nothing says when its answer changes).
_recorded: ContextVar[list[ReadDependency | None] | None] = ContextVar(
    "graph_photos.read_dependencies", default=None
)


@contextmanager
def recording_reads() -> Iterator[list[ReadDependency | None]]:
    """The reads made through any `ReadCache` in this context (and the tasks it starts),
    appended to the list yielded while the block runs."""
    reads: list[ReadDependency | None] = []
    token = _recorded.set(reads)
    try:
        yield reads
    finally:
        _recorded.reset(token)


def _note(entry: _Entry | None) -> None:
    reads = _recorded.get()
    if reads is not None:
        reads.append(
            None if entry is None else ReadDependency(entry.owner, entry.side, entry.freshness)
        )


@dataclass(slots=True)
class _Entry:
    owner: OwnerKey | None  # None: the reference named no one
    side: int | None
    freshness: Freshness
    value: PhotoInfo | StoredContent | None  # None: a "not found" answer
    not_found: tuple[object, ...] = ()  # the arguments of the PhotoNotFound it answers

    @property
    def cost(self) -> int:
        return ENTRY_OVERHEAD + (
            len(self.value.content) if isinstance(self.value, StoredContent) else 0
        )


@dataclass(slots=True)
class CacheStats:
    hits: int = 0
    misses: int = 0


class ReadCache:
    """Answers `PhotoStore` reads from memory while the store says nothing they depend on
    changed; `max_bytes` 0 turns it off."""

    def __init__(self, store: PhotoStore, *, max_bytes: int, max_item_bytes: int) -> None:
        self._store = store
        self.max_bytes = max_bytes
        self.max_item_bytes = max_item_bytes
        self._entries: BoundedLru[_Key, _Entry] = BoundedLru(max_bytes)
        self.stats = CacheStats()

    def __len__(self) -> int:
        return len(self._entries)

    @property
    def bytes(self) -> int:
        """What the kept entries are estimated to hold."""
        return self._entries.cost

    @property
    def evictions(self) -> int:
        """Entries let go to stay within `max_bytes`."""
        return self._entries.evictions

    async def photo_info(self, ref: ObjectRef) -> PhotoInfo:
        """`PhotoStore.get_photo_info`, from memory when nothing changed."""
        return await self._read(ref, INFO, None, lambda: self._store.get_photo_info(ref), PhotoInfo)

    async def content(self, ref: ObjectRef, side: int | None) -> StoredContent:
        """`PhotoStore.get_content`, from memory when nothing changed."""
        return await self._read(
            ref, side or 0, side, lambda: self._store.get_content(ref, side), StoredContent
        )

    async def _read(
        self,
        ref: ObjectRef,
        what: str | int,
        side: int | None,
        load: Callable[[], Awaitable[_T]],
        kind: type[_T],
    ) -> _T:
        if self.max_bytes <= 0:
            _note(None)
            return await load()
        key = (ref.tenant_id, ref.kind, ascii_key(ref.reference), what)
        entry = self._entries.get(key)
        if entry is not None:
            if await self._store.freshness(entry.owner, entry.side) == entry.freshness:
                self._entries.used(key)
                self.stats.hits += 1
                _note(entry)
                return _answer(entry, ref, kind)
            self._entries.drop(key)
        self.stats.misses += 1
        # Before the read: a directory change in between leaves the entry stale, never wrong.
        generation = (await self._store.freshness(None, None)).generation
        try:
            value = await load()
        except PhotoNotFound as exc:
            owner = exc.args[0] if exc.args and isinstance(exc.args[0], OwnerKey) else None
            missing = None
            if owner is not None:
                missing = _Entry(owner, side, Freshness(generation, None), None, exc.args)
                self._keep(key, missing)
            _note(missing)
            raise
        except ObjectNotFound:
            missing = _Entry(None, side, Freshness(generation, None), None)
            self._keep(key, missing)
            _note(missing)
            raise
        size = len(value.content) if isinstance(value, StoredContent) else 0
        if size <= self.max_item_bytes:
            entry = _Entry(value.owner, side, Freshness(generation, value.etag), value)
            self._keep(key, entry)
            _note(entry)
        else:
            _note(None)
        return value

    def _keep(self, key: _Key, entry: _Entry) -> None:
        self._entries.keep(key, entry, entry.cost)


def _answer(entry: _Entry, ref: ObjectRef, kind: type[_T]) -> _T:
    """The entry's answer again: its value, or a new exception like the one it answered (never
    the same instance: each raise would add to its traceback), naming the reference as asked."""
    if entry.value is None:
        if entry.owner is None:
            raise ObjectNotFound(ref.reference)
        raise PhotoNotFound(*entry.not_found)
    assert isinstance(entry.value, kind)
    return entry.value

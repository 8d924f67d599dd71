"""A read cache of photo metadata and small photo bytes that never answers with an old photo.

Profile photos are read far more often than written, and most reads ask again for what has not
changed. `ReadCache` keeps, per reference (tenant, kind, ASCII-folded id or userPrincipalName)
and per thing read (the metadata, the photo's bytes, one size's bytes), the last answer and
what it depended on, and answers from memory only while it still holds: the rule of
`domain/freshness.py`, which says why there are two caches and how both stay coherent across
workers and replicas. The generation is read before the read it tags, so a change between the
two makes the entry stale rather than wrong.

Answers "not found" are kept too (the Graph Toolkit asks again for users without a photo). The
cache is bounded by `max_bytes`, an estimate of what its entries hold (bytes plus a fixed
overhead each, measured with tracemalloc in the tests), least recently used first out; bytes
larger than `max_item_bytes` are never kept.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TypeVar

from graph_photos.directory.model import ObjectRef, ascii_key
from graph_photos.domain.bounded_lru import BoundedLru
from graph_photos.domain.errors import ObjectNotFound, PhotoNotFound
from graph_photos.domain.freshness import ReadDependency, note_read
from graph_photos.domain.records import Freshness, OwnerKey, PhotoInfo, StoredContent
from graph_photos.domain.store import PhotoStore

_T = TypeVar("_T", PhotoInfo, StoredContent)
# (tenant, kind, folded reference, what: "info" or the side of the bytes, 0 for the photo's)
_Key = tuple[str | None, str, str, str | int]

# What an entry costs beyond the bytes it keeps: the key, the entry, the records (measured with
# tracemalloc: ~1.1 KB for metadata with its nine sizes, ~0.5 KB for bytes or "not found").
ENTRY_OVERHEAD = 1200
INFO = "info"


@dataclass(slots=True)
class _Entry:
    read: ReadDependency  # its owner None: the reference named no one
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
            note_read(None)
            return await load()
        key = (ref.tenant_id, ref.kind, ascii_key(ref.reference), what)
        entry = self._entries.get(key)
        if entry is not None:
            if await entry.read.holds(self._store):
                self._entries.used(key)
                self.stats.hits += 1
                note_read(entry.read)
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
                read = ReadDependency(owner, side, Freshness(generation, None))
                missing = _Entry(read, None, exc.args)
                self._keep(key, missing)
            note_read(None if missing is None else missing.read)
            raise
        except ObjectNotFound:
            missing = _Entry(ReadDependency(None, side, Freshness(generation, None)), None)
            self._keep(key, missing)
            note_read(missing.read)
            raise
        size = len(value.content) if isinstance(value, StoredContent) else 0
        if size <= self.max_item_bytes:
            entry = _Entry(
                ReadDependency(value.owner, side, Freshness(generation, value.etag)), value
            )
            self._keep(key, entry)
            note_read(entry.read)
        else:
            note_read(None)
        return value

    def _keep(self, key: _Key, entry: _Entry) -> None:
        self._entries.keep(key, entry, entry.cost)


def _answer(entry: _Entry, ref: ObjectRef, kind: type[_T]) -> _T:
    """The entry's answer again: its value, or a new exception like the one it answered (never
    the same instance: each raise would add to its traceback), naming the reference as asked."""
    if entry.value is None:
        if entry.read.owner is None:
            raise ObjectNotFound(ref.reference)
        raise PhotoNotFound(*entry.not_found)
    assert isinstance(entry.value, kind)
    return entry.value

"""The one freshness rule of both caches of the read path: an answer still holds while the
store says the same freshness for every read it was built from.

Why two caches. `ReadCache` (domain) keeps the store's answers, photo metadata and small photo
bytes, per reference: every request that reads a photo benefits, whatever else it asks, and a
hit still passes the whole web stack. The response cache (`web/middleware/response_cache.py`)
keeps whole HTTP answers of repeated `GET`s, per request (token included): a hit skips routing,
authentication, validation and the handler, which is most of a small read's cost. It keeps only
answers built from reads of the first, so both are coherent on the same terms.

The rule. A read of one owner's photo (or of one of its sizes) depends on a `Freshness`: the
directory's generation (whom a reference names) and the ETag of what was read. Before an
answer is served from memory, `PhotoStore.freshness(owner, side)` is asked again for each read
it depends on, and it is served only if every one is unchanged (`ReadDependency.holds`). Every
worker and replica asks the database that every writer changes: no invalidation messages.

What an answer depended on can be recorded (`recording_reads`): each read answered from, or
kept in, the `ReadCache` notes its dependency; a read it could not keep notes `None`, which
makes the answer one not to keep.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

from graph_photos.domain.records import Freshness, OwnerKey
from graph_photos.domain.store import PhotoStore


@dataclass(frozen=True, slots=True)
class ReadDependency:
    """What one read depended on: `PhotoStore.freshness(owner, side)` as it was (`owner`
    None: a reference that named no one, which depends on the directory's generation only)."""

    owner: OwnerKey | None
    side: int | None
    freshness: Freshness

    async def holds(self, store: PhotoStore) -> bool:
        """Whether the store says the same now: the read would answer the same."""
        return await store.freshness(self.owner, self.side) == self.freshness


async def all_hold(store: PhotoStore, dependencies: Iterable[ReadDependency]) -> bool:
    """Whether an answer built from these reads still holds (each asked, in order, until one
    does not)."""
    for dependency in dependencies:
        if not await dependency.holds(store):
            return False
    return True


# The reads of the current request, while a caller records them.
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


def note_read(dependency: ReadDependency | None) -> None:
    """Record one read for whoever records (None: a read that was not kept)."""
    reads = _recorded.get()
    if reads is not None:
        reads.append(dependency)

"""The persistence seam: records, domain errors, the `PhotoStore` protocol and its factory.

Records are frozen dataclasses; generated wire models never reach this package. Each backend
(SQLite by default, PostgreSQL for scale-out) implements `PhotoStore` and is chosen by URL in
`open_store`. A photo and its standard sizes are written and replaced together, atomically, so
a reader never sees sizes of another photo than the metadata it reads.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Literal, Protocol

import anyio.to_thread

OwnerKind = Literal["users", "groups"]


class PhotoNotFound(Exception):
    """The owner has no photo (or no photo of the asked size)."""


class PhotoExists(Exception):
    """The owner already has a photo, and the operation would not replace it."""


class PreconditionFailed(Exception):
    """An `If-Match` condition did not hold; nothing was changed."""


@dataclass(frozen=True)
class OwnerKey:
    """Whose photo: a user or a group, by the id the caller used.

    Graph compares object ids and userPrincipalNames case-insensitively, so records are keyed by
    `key` (case-folded) while `id` keeps the caller's spelling for URLs.
    """

    kind: OwnerKind
    id: str

    @property
    def key(self) -> str:
        return self.id.casefold()


@dataclass(frozen=True)
class IfMatch:
    """An `If-Match` condition: `*` (any current photo) or a set of strong ETags."""

    etags: frozenset[str] = frozenset()
    any: bool = False

    def holds_for(self, current_etag: str | None) -> bool:
        if current_etag is None:
            return False
        return self.any or current_etag in self.etags


@dataclass(frozen=True)
class NewPhoto:
    """A photo about to be stored: JPEG bytes, the dimensions they decode to, and its sizes."""

    content: bytes
    width: int
    height: int
    sizes: Mapping[int, bytes] = field(default_factory=dict)
    content_type: str = "image/jpeg"


@dataclass(frozen=True)
class SizeInfo:
    """One stored standard size of a photo (a square of `side` pixels)."""

    side: int
    etag: str


@dataclass(frozen=True)
class PhotoInfo:
    """A stored photo's metadata; every `etag` derives from the bytes it names."""

    owner: OwnerKey
    width: int
    height: int
    etag: str
    content_type: str
    updated_at: datetime
    sizes: tuple[SizeInfo, ...] = ()

    def size(self, side: int) -> SizeInfo:
        """The stored size of `side` pixels; raises `PhotoNotFound`."""
        for size in self.sizes:
            if size.side == side:
                return size
        raise PhotoNotFound(self.owner, side)


@dataclass(frozen=True)
class StoredContent:
    """Bytes of a photo or of one of its sizes, with their ETag."""

    etag: str
    content_type: str
    content: bytes


def media_etag(content: bytes) -> str:
    """The quoted ETag of a photo's bytes (a strong validator: it changes with every byte)."""
    return '"' + hashlib.sha256(content).hexdigest()[:16].upper() + '"'


def size_infos(photo: NewPhoto) -> tuple[SizeInfo, ...]:
    """The metadata of a new photo's sizes, smallest first."""
    return tuple(SizeInfo(side, media_etag(data)) for side, data in sorted(photo.sizes.items()))


# A write's condition on the owner's current photo (its ETag, None when there is none), checked
# by every backend inside its write transaction; it raises to refuse the write.
Precondition = Callable[[str | None], None]


def no_photo_yet(owner: OwnerKey) -> Precondition:
    """The condition of a create: raises `PhotoExists` when the owner has a photo."""

    def check(current: str | None) -> None:
        if current is not None:
            raise PhotoExists(owner)

    return check


def if_match_holds(owner: OwnerKey, if_match: IfMatch | None) -> Precondition:
    """The condition of a conditional write: raises `PreconditionFailed` when it fails."""

    def check(current: str | None) -> None:
        if if_match is not None and not if_match.holds_for(current):
            raise PreconditionFailed(owner)

    return check


class PhotoStore(Protocol):
    """Where photos live. Every method is atomic; reads see every write that returned."""

    async def get_photo_info(self, owner: OwnerKey) -> PhotoInfo:
        """The owner's photo metadata with its sizes; raises `PhotoNotFound`."""
        ...

    async def get_content(self, owner: OwnerKey, side: int | None = None) -> StoredContent:
        """The bytes of the photo (`side` None) or of one size; raises `PhotoNotFound`."""
        ...

    async def create_photo(self, owner: OwnerKey, photo: NewPhoto) -> PhotoInfo:
        """Store the owner's first photo; raises `PhotoExists` and changes nothing if one exists."""
        ...

    async def put_photo(
        self, owner: OwnerKey, photo: NewPhoto, if_match: IfMatch | None = None
    ) -> PhotoInfo:
        """Create or replace the owner's photo and sizes; raises `PreconditionFailed`."""
        ...

    async def delete_photo(self, owner: OwnerKey, if_match: IfMatch | None = None) -> None:
        """Delete the photo and its sizes; raises `PhotoNotFound` or `PreconditionFailed`."""
        ...

    async def ping(self) -> None:
        """Raise if the database cannot be reached (readiness)."""
        ...

    async def close(self) -> None:
        """Release connections and files."""
        ...


def _sqlite_path(url: str) -> str:
    return url.removeprefix("sqlite://").removeprefix("/")


def migrate(url: str) -> None:
    """Bring the database at `url` to the current schema (blocking)."""
    if not url.startswith(("sqlite://", "postgresql://", "postgres://")):
        raise ValueError(
            f"unsupported database URL {url!r}: expected sqlite:///<path> or postgresql://…"
        )
    if url.startswith("sqlite://") and _sqlite_path(url) != ":memory:":
        Path(_sqlite_path(url)).parent.mkdir(parents=True, exist_ok=True)
    from graph_photos.storage.migrations import upgrade

    upgrade(url)


async def open_store(url: str) -> PhotoStore:
    """Migrate, then open the backend named by `url`: `sqlite:///path/to/photos.db` (the
    default) or `postgresql://user@host/db` (for several replicas)."""
    await anyio.to_thread.run_sync(migrate, url)
    if url.startswith("sqlite://"):
        from graph_photos.storage.sqlite import SqlitePhotoStore

        return await SqlitePhotoStore.open(_sqlite_path(url))
    from graph_photos.storage.postgres import PostgresPhotoStore

    return await PostgresPhotoStore.open(url)

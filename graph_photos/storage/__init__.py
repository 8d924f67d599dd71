"""The persistence seam: records, domain errors, the `PhotoStore` protocol and its factory.

Records are frozen dataclasses; generated wire models never reach this package. Each backend
(SQLite by default, PostgreSQL for scale-out) implements `PhotoStore` and is chosen by URL in
`open_store`.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime
from typing import Literal, Protocol

OwnerKind = Literal["users", "groups"]


class PhotoNotFound(Exception):
    """The owner has no photo."""


class PhotoExists(Exception):
    """The owner already has a photo, and the operation would not replace it."""


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
class NewPhoto:
    """A photo about to be stored: JPEG bytes and the dimensions they decode to."""

    content: bytes
    width: int
    height: int
    content_type: str = "image/jpeg"


@dataclass(frozen=True)
class PhotoInfo:
    """A stored photo's metadata; `etag` derives from its bytes."""

    owner: OwnerKey
    width: int
    height: int
    etag: str
    content_type: str
    updated_at: datetime


@dataclass(frozen=True)
class StoredPhoto:
    """A stored photo with its bytes."""

    info: PhotoInfo
    content: bytes


def media_etag(content: bytes) -> str:
    """The quoted ETag of a photo's bytes (a strong validator: it changes with every byte)."""
    return '"' + hashlib.sha256(content).hexdigest()[:16].upper() + '"'


class PhotoStore(Protocol):
    """Where photos live. Every method is atomic; reads see every write that returned."""

    async def get_photo_info(self, owner: OwnerKey) -> PhotoInfo:
        """The owner's photo metadata; raises `PhotoNotFound`."""
        ...

    async def get_photo(self, owner: OwnerKey) -> StoredPhoto:
        """The owner's photo with its bytes; raises `PhotoNotFound`."""
        ...

    async def create_photo(self, owner: OwnerKey, photo: NewPhoto) -> PhotoInfo:
        """Store the owner's first photo; raises `PhotoExists` and changes nothing if one exists."""
        ...

    async def close(self) -> None:
        """Release connections and files."""
        ...


async def open_store(url: str) -> PhotoStore:
    """Open the backend named by `url` (`sqlite:///path/to/photos.db`)."""
    if url.startswith("sqlite://"):
        from graph_photos.storage.sqlite import SqlitePhotoStore

        return await SqlitePhotoStore.open(url.removeprefix("sqlite://").removeprefix("/"))
    raise ValueError(f"unsupported database URL {url!r}: expected sqlite:///<path>")

"""The records of the photo domain: frozen values that flow between the layers.

Owners, conditions, photos about to be stored and photos as stored. Generated wire models never
appear here; the web layer converts these records to them.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime

from graph_photos.directory.model import OwnerKind, ascii_key
from graph_photos.domain.errors import PhotoExists, PhotoNotFound, PreconditionFailed


@dataclass(frozen=True)
class OwnerKey:
    """Whose photo: a directory object (user or group) or a contact of a tenant, resolved from
    the id or userPrincipalName a request used. Records are keyed by `key` (Graph's
    ASCII-case-insensitive comparison of object ids), `id` is the object id as the directory
    spells it."""

    tenant_id: str
    kind: OwnerKind
    id: str

    @property
    def key(self) -> str:
        return ascii_key(self.id)


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
    """Bytes of a photo or of one of its sizes, with their ETag, and whose they are."""

    etag: str
    content_type: str
    content: bytes
    owner: OwnerKey


@dataclass(frozen=True, slots=True)
class Freshness:
    """What a read of one owner's photo depends on, as the store says it now: the directory's
    generation (it changes with any change of the directory, which may change whom a reference
    names) and the owner's photo ETag (None without a photo). Equal freshness, equal answer."""

    generation: int
    etag: str | None


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

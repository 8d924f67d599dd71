"""The persistence port: what the domain needs from a store of photos.

`graph_photos.storage` implements it (SQLite by default, PostgreSQL for scale-out). A photo and
its standard sizes are written and replaced together, atomically, so a reader never sees sizes
of another photo than the metadata it reads.
"""

from __future__ import annotations

from typing import Protocol

from graph_photos.domain.records import IfMatch, NewPhoto, OwnerKey, PhotoInfo, StoredContent


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

"""The photo operations: what each one does, in terms of the store and image work.

`Photos` is built once per running app from what it uses: the directory, the store, the image
workers and the largest photo it decodes. Each operation first resolves the object the request
addresses in the caller's tenant (`ObjectNotFound` when there is none); in an open directory a
write creates an unknown owner, and a read of one finds no photo. Image work is CPU-bound, so it
runs in worker threads, at most `ImageWorkers.limiter` at a time: the event loop keeps serving
while photos render, and a burst of uploads cannot exhaust memory.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import TypeVar

import anyio
import anyio.to_thread

from graph_photos.domain import images
from graph_photos.domain.directory import ObjectRef, ascii_key
from graph_photos.domain.errors import ImageRejected, ObjectNotFound, PhotoExists, PhotoNotFound
from graph_photos.domain.images import RenderedPhoto
from graph_photos.domain.records import (
    IfMatch,
    NewPhoto,
    OwnerKey,
    PhotoInfo,
    SizeInfo,
    StoredContent,
    if_match_holds,
)
from graph_photos.domain.store import PhotoStore

_T = TypeVar("_T")


@dataclass(frozen=True)
class NotModified:
    """The client already has these bytes (its `If-None-Match` names their ETag)."""

    etag: str
    owner: OwnerKey


@dataclass(frozen=True)
class ImageWorkers:
    """Where image work runs: worker threads, at most `limiter` at once, each job timed by
    `timer(kind)` (the service's metrics)."""

    limiter: anyio.CapacityLimiter
    timer: Callable[[str], AbstractContextManager[None]]

    async def run(self, kind: str, work: Callable[..., _T], *args: object) -> _T:
        def timed() -> _T:
            with self.timer(kind):
                return work(*args)

        return await anyio.to_thread.run_sync(timed, limiter=self.limiter)


def size_side(size_id: str) -> int:
    """The side of a standard size id (`48x48`, `48X48`); raises `PhotoNotFound` otherwise."""
    width, _, height = size_id.lower().partition("x")
    if width != height or not width.isdigit() or int(width) not in images.STANDARD_SIZES:
        raise PhotoNotFound(size_id)
    return int(width)


def _new_photo(rendered: RenderedPhoto) -> NewPhoto:
    return NewPhoto(rendered.content, rendered.width, rendered.height, rendered.sizes)


class Photos:
    """The photo operations of one running app."""

    def __init__(
        self,
        store: PhotoStore,
        workers: ImageWorkers,
        *,
        max_photo_pixels: int,
        open_directory: bool = False,
        observe_upload_size: Callable[[int], None] = lambda _size: None,
    ) -> None:
        self.store = store
        self._workers = workers
        self._max_photo_pixels = max_photo_pixels
        self._open_directory = open_directory
        self._observe_upload_size = observe_upload_size

    async def _reading(self, read: Awaitable[_T]) -> _T:
        """`read`, where an unknown owner in an open directory is one without a photo (there
        any id is a user or group, without a photo until one is set)."""
        try:
            return await read
        except ObjectNotFound as exc:
            if self._open_directory:
                raise PhotoNotFound(exc.reference) from None
            raise

    async def info(self, ref: ObjectRef) -> PhotoInfo:
        """The owner's photo metadata with its sizes; raises `PhotoNotFound`."""
        return await self._reading(self.store.get_photo_info(ref))

    async def size_info(self, ref: ObjectRef, size_id: str) -> tuple[OwnerKey, SizeInfo]:
        """One standard size of the owner's photo; raises `PhotoNotFound`."""
        side = size_side(size_id)
        info = await self.info(ref)
        return info.owner, info.size(side)

    async def create_placeholder(self, ref: ObjectRef, width: int, height: int) -> PhotoInfo:
        """Create the owner's photo as a rendered placeholder; raises `PhotoExists`."""
        try:
            existing = await self.info(ref)
        except PhotoNotFound:
            pass
        else:
            # Checked first only to spare the render; the insert below is what guarantees it.
            raise PhotoExists(existing.owner)
        rendered = await self._workers.run(
            "placeholder", images.render_placeholder, width, height, ascii_key(ref.reference)
        )
        return await self.store.create_photo(
            ref, _new_photo(rendered), create_owner=self._open_directory
        )

    async def upload(self, ref: ObjectRef, content: bytes, if_match: IfMatch | None) -> PhotoInfo:
        """Normalise uploaded bytes and store them as the owner's photo; raises `ImageRejected`."""
        if not content:
            raise ImageRejected("The request body is empty; send the photo's bytes.")
        self._observe_upload_size(len(content))
        rendered = await self._workers.run(
            "upload", images.normalise_upload, content, self._max_photo_pixels
        )
        return await self.store.put_photo(
            ref, _new_photo(rendered), if_match, create_owner=self._open_directory
        )

    async def for_update(self, ref: ObjectRef, if_match: IfMatch | None) -> PhotoInfo:
        """The metadata a PATCH answers with, once `If-Match` holds; nothing in it can change."""
        info = await self.info(ref)
        if_match_holds(info.owner, if_match)(info.etag)
        return info

    async def delete(self, ref: ObjectRef, if_match: IfMatch | None) -> OwnerKey:
        """Delete the owner's photo and sizes; raises `PhotoNotFound` or `PreconditionFailed`."""
        return await self._reading(self.store.delete_photo(ref, if_match))

    async def content_unless_unchanged(
        self, ref: ObjectRef, size_id: str | None, if_none_match: IfMatch | None
    ) -> StoredContent | NotModified:
        """The bytes to serve (the photo's, or one size's), or `NotModified` when
        `If-None-Match` says the client has them."""
        side = None if size_id is None else size_side(size_id)
        if if_none_match is not None:
            info = await self.info(ref)
            etag = info.etag if side is None else info.size(side).etag
            if if_none_match.holds_for(etag):
                return NotModified(etag, info.owner)
        return await self._reading(self.store.get_content(ref, side))

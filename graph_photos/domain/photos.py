"""The photo operations: what each one does, in terms of the store and image work.

`Photos` is built once per running app from what it uses: the directory, the store, the image
workers and the largest photo it decodes. Each operation first resolves the object the request
addresses in the caller's tenant (`ObjectNotFound` when there is none); in an open directory a
write creates an unknown owner, and a read of one finds no photo. Image work is CPU-bound, so it
runs in worker threads, at most `ImageWorkers.limiter` at a time: the event loop keeps serving
while photos render, and a burst of uploads cannot exhaust memory.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import AbstractContextManager, asynccontextmanager
from dataclasses import dataclass
from typing import TypeVar

import anyio
import anyio.from_thread
import anyio.to_thread

from graph_photos.directory.model import ObjectRef, ascii_key
from graph_photos.domain import images
from graph_photos.domain.errors import ImageRejected, ObjectNotFound, PhotoExists, PhotoNotFound
from graph_photos.domain.images import RenderedPhoto
from graph_photos.domain.read_cache import ReadCache
from graph_photos.domain.records import (
    IfMatch,
    NewPhoto,
    OwnerKey,
    PhotoInfo,
    SizeInfo,
    StoredContent,
    if_match_holds,
)
from graph_photos.domain.resolutions import resolved
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
    `timer(kind)` (the service's metrics). A job that takes `checkpoint` is handed anyio's
    `check_cancelled`: cancelled (its client left), it stops at its next checkpoint."""

    limiter: anyio.CapacityLimiter
    timer: Callable[[str], AbstractContextManager[None]]

    async def run(self, kind: str, work: Callable[..., _T], *args: object, **kwargs: object) -> _T:
        def timed() -> _T:
            with self.timer(kind):
                return work(*args, **kwargs)

        return await anyio.to_thread.run_sync(timed, limiter=self.limiter)


@dataclass(frozen=True)
class UploadLimits:
    """What an uploaded photo may cost (the settings of the same names)."""

    max_pixels: int = 50_000_000
    max_jpeg_scans: int = 100
    max_side: int = 4096
    max_bytes: int = 4 * 1024 * 1024
    # Pixels decoded at once across all workers: memory follows pixels, not bytes.
    decode_pixel_budget: int = 64_000_000


class PixelBudget:
    """A weighted semaphore of pixels: decodes wait until their pixels fit in the budget.

    Written here because anyio's limiters count tokens one at a time; a photo of 49 MP must not
    count as one of `image_workers`. A photo larger than the whole budget takes all of it."""

    def __init__(self, total: int) -> None:
        self.total = total
        self.in_use = 0
        self._changed = anyio.Condition()

    @asynccontextmanager
    async def reserve(self, pixels: int) -> AsyncIterator[None]:
        pixels = min(pixels, self.total)
        async with self._changed:
            while self.in_use + pixels > self.total:
                await self._changed.wait()
            self.in_use += pixels
        try:
            yield
        finally:
            with anyio.CancelScope(shield=True):
                async with self._changed:
                    self.in_use -= pixels
                    self._changed.notify_all()


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
        limits: UploadLimits | None = None,
        open_directory: bool = False,
        observe_upload_size: Callable[[int], None] = lambda _size: None,
        cache: ReadCache | None = None,
    ) -> None:
        self.store = store
        # Reads go through it (a pass-through when it is off).
        self.cache = cache if cache is not None else ReadCache(store, max_bytes=0, max_item_bytes=0)
        self._workers = workers
        self._limits = limits or UploadLimits()
        self._pixels = PixelBudget(max(self._limits.decode_pixel_budget, self._limits.max_pixels))
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
        info = await self._reading(self.cache.photo_info(ref))
        resolved(ref.kind, info.owner.id)
        return info

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
        created = await self.store.create_photo(
            ref, _new_photo(rendered), create_owner=self._open_directory
        )
        resolved(ref.kind, created.owner.id)
        return created

    async def upload(self, ref: ObjectRef, content: bytes, if_match: IfMatch | None) -> PhotoInfo:
        """Normalise uploaded bytes and store them as the owner's photo; raises `ImageRejected`."""
        if not content:
            raise ImageRejected("The request body is empty; send the photo's bytes.")
        self._observe_upload_size(len(content))
        limits = self._limits
        # The header only, on the event loop: cheap, and it says what decoding will cost.
        checked = images.probe(
            content,
            max_pixels=limits.max_pixels,
            max_jpeg_scans=limits.max_jpeg_scans,
            max_side=limits.max_side,
        )
        async with self._pixels.reserve(checked.decoded_pixels):
            rendered = await self._workers.run(
                "upload",
                images.normalise_upload,
                content,
                limits.max_pixels,
                max_jpeg_scans=limits.max_jpeg_scans,
                max_side=limits.max_side,
                max_bytes=limits.max_bytes,
                checkpoint=anyio.from_thread.check_cancelled,
                checked=checked,
            )
        stored = await self.store.put_photo(
            ref, _new_photo(rendered), if_match, create_owner=self._open_directory
        )
        resolved(ref.kind, stored.owner.id)
        return stored

    async def for_update(self, ref: ObjectRef, if_match: IfMatch | None) -> PhotoInfo:
        """The metadata a PATCH answers with, once `If-Match` holds; nothing in it can change."""
        info = await self.info(ref)
        if_match_holds(info.owner, if_match)(info.etag)
        return info

    async def delete(self, ref: ObjectRef, if_match: IfMatch | None) -> OwnerKey:
        """Delete the owner's photo and sizes; raises `PhotoNotFound` or `PreconditionFailed`."""
        owner = await self._reading(self.store.delete_photo(ref, if_match))
        resolved(ref.kind, owner.id)
        return owner

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
        content = await self._reading(self.cache.content(ref, side))
        resolved(ref.kind, content.owner.id)
        return content

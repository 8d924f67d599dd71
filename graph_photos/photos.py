"""The photo domain: what each operation does, in terms of storage and image work.

Image work is CPU-bound, so it runs in worker threads, at most `image_limiter` at a time: the
event loop keeps serving while photos render, and a burst of uploads cannot exhaust memory.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

import anyio.to_thread

from graph_photos import images
from graph_photos.images import ImageRejected, RenderedPhoto
from graph_photos.request_context import Services
from graph_photos.storage import (
    IfMatch,
    NewPhoto,
    OwnerKey,
    PhotoExists,
    PhotoInfo,
    PhotoNotFound,
    StoredContent,
    if_match_holds,
)

_T = TypeVar("_T")


@dataclass(frozen=True)
class NotModified:
    """The client already has these bytes (its `If-None-Match` names their ETag)."""

    etag: str


async def _image_work(services: Services, kind: str, work: Callable[..., _T], *args: object) -> _T:
    def timed() -> _T:
        with services.metrics.image_work(kind):
            return work(*args)

    return await anyio.to_thread.run_sync(timed, limiter=services.image_limiter)


def _new_photo(rendered: RenderedPhoto) -> NewPhoto:
    return NewPhoto(rendered.content, rendered.width, rendered.height, rendered.sizes)


async def create_placeholder_photo(
    services: Services, owner: OwnerKey, width: int, height: int
) -> PhotoInfo:
    """Create the owner's photo as a rendered placeholder; raises `PhotoExists`."""
    try:
        await services.store.get_photo_info(owner)
    except PhotoNotFound:
        pass
    else:
        # Checked first only to spare the render; the insert below is what guarantees it.
        raise PhotoExists(owner)
    rendered = await _image_work(
        services, "placeholder", images.render_placeholder, width, height, owner.key
    )
    return await services.store.create_photo(owner, _new_photo(rendered))


async def upload_photo(
    services: Services, owner: OwnerKey, content: bytes, if_match: IfMatch | None
) -> PhotoInfo:
    """Normalise uploaded bytes and store them as the owner's photo; raises `ImageRejected`."""
    if not content:
        raise ImageRejected("The request body is empty; send the photo's bytes.")
    services.metrics.upload_bytes.observe(len(content))
    rendered = await _image_work(
        services, "upload", images.normalise_upload, content, services.settings.max_photo_pixels
    )
    return await services.store.put_photo(owner, _new_photo(rendered), if_match)


async def photo_for_update(
    services: Services, owner: OwnerKey, if_match: IfMatch | None
) -> PhotoInfo:
    """The metadata a PATCH answers with, once `If-Match` holds; nothing in it can change."""
    info = await services.store.get_photo_info(owner)
    if_match_holds(owner, if_match)(info.etag)
    return info


def size_side(size_id: str) -> int:
    """The side of a standard size id (`48x48`, `48X48`); raises `PhotoNotFound` otherwise."""
    width, _, height = size_id.lower().partition("x")
    if width != height or int(width) not in images.STANDARD_SIZES:
        raise PhotoNotFound(size_id)
    return int(width)


async def content_unless_unchanged(
    services: Services, owner: OwnerKey, side: int | None, if_none_match: IfMatch | None
) -> StoredContent | NotModified:
    """The bytes to serve, or `NotModified` when `If-None-Match` says the client has them."""
    if if_none_match is not None:
        info = await services.store.get_photo_info(owner)
        etag = info.etag if side is None else info.size(side).etag
        if if_none_match.holds_for(etag):
            return NotModified(etag)
    return await services.store.get_content(owner, side)

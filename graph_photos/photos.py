"""The photo domain: what each operation does, in terms of storage and image work.

Image work is CPU-bound, so it runs in worker threads, at most `image_limiter` at a time: the
event loop keeps serving while photos render, and a burst of uploads cannot exhaust memory.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import anyio.to_thread

from graph_photos import images
from graph_photos.request_context import Services
from graph_photos.storage import NewPhoto, OwnerKey, PhotoExists, PhotoInfo, PhotoNotFound

_T = TypeVar("_T")


async def _image_work(services: Services, work: Callable[..., _T], *args: object) -> _T:
    return await anyio.to_thread.run_sync(work, *args, limiter=services.image_limiter)


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
    content = await _image_work(services, images.render_placeholder, width, height, owner.key)
    return await services.store.create_photo(owner, NewPhoto(content, width, height))

"""Conversion from storage records to the generated wire models (and their JSON form)."""

from __future__ import annotations

from typing import Any

from generated.models import ProfilePhoto
from graph_photos.storage import PhotoInfo


def profile_photo(info: PhotoInfo, context_url: str) -> dict[str, Any]:
    """The profilePhoto JSON of a stored photo, as Graph serves it."""
    model = ProfilePhoto(
        odata_context=context_url,
        odata_media_content_type="image/jpeg",
        odata_media_etag=info.etag,
        id=f"{info.width}x{info.height}",
        height=info.height,
        width=info.width,
    )
    return model.model_dump(mode="json", by_alias=True, exclude_none=True)

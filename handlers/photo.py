"""Handlers of the profilePhoto resource."""

from __future__ import annotations

from typing import Any

from starlette.responses import Response

from generated.models import ProfilePhotoCreate
from graph_photos import convert, photos
from graph_photos.request_context import current_request
from graph_photos.storage import OwnerKey

_PHOTO_ENTITY = "photo/$entity"


async def get_user_photo(user_id: str) -> dict[str, Any]:
    request = current_request()
    owner = OwnerKey("users", user_id)
    info = await request.services.store.get_photo_info(owner)
    return convert.profile_photo(info, request.context_url(owner, _PHOTO_ENTITY))


async def create_user_photo(
    user_id: str, body: dict[str, Any]
) -> tuple[dict[str, Any], int, dict[str, str]]:
    request = current_request()
    owner = OwnerKey("users", user_id)
    wanted = ProfilePhotoCreate.model_validate(body)
    info = await photos.create_placeholder_photo(
        request.services, owner, wanted.width, wanted.height
    )
    location = f"{request.owner_url(owner)}/photo"
    return (
        convert.profile_photo(info, request.context_url(owner, _PHOTO_ENTITY)),
        201,
        {"Location": location},
    )


async def get_user_photo_content(user_id: str) -> Response:
    request = current_request()
    photo = await request.services.store.get_photo(OwnerKey("users", user_id))
    return Response(
        photo.content, media_type=photo.info.content_type, headers={"ETag": photo.info.etag}
    )

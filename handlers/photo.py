"""Handlers of the profilePhoto resource, for every owner.

`handlers.users`, `handlers.me` and `handlers.groups` bind these functions to their
operationIds. The owner comes from the path (`user_id`, `group_id`) or, for `/me`, from the
token; connexion passes only the parameters an operation declares.
"""

from __future__ import annotations

from typing import Any

from starlette.responses import Response

from generated.models import ProfilePhotoCreate, ProfilePhotoUpdate
from graph_photos import convert, photos
from graph_photos.request_context import RequestContext, current_request
from graph_photos.storage import OwnerKey, StoredContent

__all__ = [
    "create_photo",
    "delete_photo",
    "delete_photo_content",
    "get_photo",
    "get_photo_content",
    "get_photo_size",
    "get_photo_size_content",
    "list_photos",
    "patch_photo_content",
    "put_photo_content",
    "update_photo",
]

_PHOTO_ENTITY = "photo/$entity"
_SIZE_ENTITY = "photos/$entity"
_SIZES = "photos"


def _target(user_id: str | None, group_id: str | None) -> tuple[RequestContext, OwnerKey]:
    request = current_request()
    return request, request.owner(user_id, group_id)


def _bytes_response(result: StoredContent | photos.NotModified) -> Response:
    if isinstance(result, photos.NotModified):
        return Response(status_code=304, headers={"ETag": result.etag})
    return Response(result.content, media_type=result.content_type, headers={"ETag": result.etag})


async def get_photo(user_id: str | None = None, group_id: str | None = None) -> dict[str, Any]:
    request, owner = _target(user_id, group_id)
    info = await request.services.store.get_photo_info(owner)
    return convert.profile_photo(info, request.context_url(owner, _PHOTO_ENTITY))


async def create_photo(
    body: dict[str, Any], user_id: str | None = None, group_id: str | None = None
) -> tuple[dict[str, Any], int, dict[str, str]]:
    request, owner = _target(user_id, group_id)
    wanted = ProfilePhotoCreate.model_validate(body)
    info = await photos.create_placeholder_photo(
        request.services, owner, wanted.width, wanted.height
    )
    photo = convert.profile_photo(info, request.context_url(owner, _PHOTO_ENTITY))
    return photo, 201, {"Location": f"{request.owner_url(owner)}/photo"}


async def update_photo(
    body: dict[str, Any], user_id: str | None = None, group_id: str | None = None
) -> dict[str, Any]:
    request, owner = _target(user_id, group_id)
    ProfilePhotoUpdate.model_validate(body)
    info = await photos.photo_for_update(request.services, owner, request.if_match)
    return convert.profile_photo(info, request.context_url(owner, _PHOTO_ENTITY))


async def delete_photo(user_id: str | None = None, group_id: str | None = None) -> Response:
    request, owner = _target(user_id, group_id)
    await request.services.store.delete_photo(owner, request.if_match)
    return Response(status_code=204)


async def get_photo_content(user_id: str | None = None, group_id: str | None = None) -> Response:
    request, owner = _target(user_id, group_id)
    result = await photos.content_unless_unchanged(
        request.services, owner, None, request.if_none_match
    )
    return _bytes_response(result)


async def put_photo_content(
    body: bytes | dict[str, Any], user_id: str | None = None, group_id: str | None = None
) -> dict[str, Any]:
    request, owner = _target(user_id, group_id)
    # connexion hands an empty binary body over as `{}`.
    content = body if isinstance(body, bytes) else b""
    info = await photos.upload_photo(request.services, owner, content, request.if_match)
    return convert.profile_photo(info, request.context_url(owner, _PHOTO_ENTITY))


patch_photo_content = put_photo_content
delete_photo_content = delete_photo


async def list_photos(user_id: str | None = None, group_id: str | None = None) -> dict[str, Any]:
    request, owner = _target(user_id, group_id)
    info = await request.services.store.get_photo_info(owner)
    return convert.photo_collection(info.sizes, request.context_url(owner, _SIZES))


async def get_photo_size(
    size: str, user_id: str | None = None, group_id: str | None = None
) -> dict[str, Any]:
    request, owner = _target(user_id, group_id)
    info = await request.services.store.get_photo_info(owner)
    return convert.size_photo(
        info.size(photos.size_side(size)), request.context_url(owner, _SIZE_ENTITY)
    )


async def get_photo_size_content(
    size: str, user_id: str | None = None, group_id: str | None = None
) -> Response:
    request, owner = _target(user_id, group_id)
    result = await photos.content_unless_unchanged(
        request.services, owner, photos.size_side(size), request.if_none_match
    )
    return _bytes_response(result)

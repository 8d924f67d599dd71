"""Handlers of the profilePhoto resource, for every owner.

`users`, `me` and `groups` bind these functions to their operationIds (`users.get_photo` is
`get_photo` in `handlers/users.py`). The owner comes from the path (`user_id`, `group_id`) or,
for `/me`, from the token; connexion passes only the parameters an operation declares.
"""

from __future__ import annotations

from typing import Any

from starlette.responses import Response

from graph_photos.domain.photos import NotModified
from graph_photos.domain.records import OwnerKey, StoredContent
from graph_photos.generated.models import ProfilePhotoCreate
from graph_photos.web import convert
from graph_photos.web.context import RequestContext, current_request

_PHOTO_ENTITY = "photo/$entity"
_SIZE_ENTITY = "photos/$entity"
_SIZES = "photos"


def _target(user_id: str | None, group_id: str | None) -> tuple[RequestContext, OwnerKey]:
    request = current_request()
    return request, request.owner(user_id, group_id)


def _bytes_response(result: StoredContent | NotModified) -> Response:
    if isinstance(result, NotModified):
        return Response(status_code=304, headers={"ETag": result.etag})
    return Response(result.content, media_type=result.content_type, headers={"ETag": result.etag})


async def get_photo(user_id: str | None = None, group_id: str | None = None) -> dict[str, Any]:
    request, owner = _target(user_id, group_id)
    info = await request.photos.info(owner)
    return convert.profile_photo(info, request.context_url(owner, _PHOTO_ENTITY))


async def create_photo(
    body: dict[str, Any], user_id: str | None = None, group_id: str | None = None
) -> tuple[dict[str, Any], int, dict[str, str]]:
    request, owner = _target(user_id, group_id)
    # Validated against the spec's schema already (request validation): typed, not re-checked.
    wanted = ProfilePhotoCreate.model_construct(**body)
    info = await request.photos.create_placeholder(owner, wanted.width, wanted.height)
    photo = convert.profile_photo(info, request.context_url(owner, _PHOTO_ENTITY))
    return photo, 201, {"Location": f"{request.owner_url(owner)}/photo"}


async def update_photo(
    body: dict[str, Any], user_id: str | None = None, group_id: str | None = None
) -> dict[str, Any]:
    # The body was validated against the spec's schema; every property derives from the bytes,
    # so there is nothing in it to apply.
    request, owner = _target(user_id, group_id)
    info = await request.photos.for_update(owner, request.if_match)
    return convert.profile_photo(info, request.context_url(owner, _PHOTO_ENTITY))


async def delete_photo(user_id: str | None = None, group_id: str | None = None) -> Response:
    request, owner = _target(user_id, group_id)
    await request.photos.delete(owner, request.if_match)
    return Response(status_code=204)


async def get_photo_content(user_id: str | None = None, group_id: str | None = None) -> Response:
    request, owner = _target(user_id, group_id)
    result = await request.photos.content_unless_unchanged(owner, None, request.if_none_match)
    return _bytes_response(result)


async def put_photo_content(
    body: bytes | dict[str, Any], user_id: str | None = None, group_id: str | None = None
) -> dict[str, Any]:
    request, owner = _target(user_id, group_id)
    # connexion hands an empty binary body over as `{}`.
    content = body if isinstance(body, bytes) else b""
    info = await request.photos.upload(owner, content, request.if_match)
    return convert.profile_photo(info, request.context_url(owner, _PHOTO_ENTITY))


patch_photo_content = put_photo_content
delete_photo_content = delete_photo


async def list_photos(user_id: str | None = None, group_id: str | None = None) -> dict[str, Any]:
    request, owner = _target(user_id, group_id)
    info = await request.photos.info(owner)
    return convert.photo_collection(info.sizes, request.context_url(owner, _SIZES))


async def get_photo_size(
    size: str, user_id: str | None = None, group_id: str | None = None
) -> dict[str, Any]:
    request, owner = _target(user_id, group_id)
    size_info = await request.photos.size_info(owner, size)
    return convert.size_photo(size_info, request.context_url(owner, _SIZE_ENTITY))


async def get_photo_size_content(
    size: str, user_id: str | None = None, group_id: str | None = None
) -> Response:
    request, owner = _target(user_id, group_id)
    result = await request.photos.content_unless_unchanged(owner, size, request.if_none_match)
    return _bytes_response(result)

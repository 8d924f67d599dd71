"""Handlers of the profilePhoto resource, for every owner.

`users`, `me`, `groups` and `teams` bind these functions to their operationIds
(`users.get_photo` is `get_photo` in `handlers/users.py`). The owner comes from the path
(`user_id`, `group_id`, `team_id`) or, for `/me`, from the token, and is resolved in the
caller's tenant by the domain; connexion passes only the parameters an operation declares.
"""

from __future__ import annotations

from starlette.responses import Response

from graph_photos.directory.model import ObjectRef
from graph_photos.domain.photos import NotModified
from graph_photos.domain.records import PhotoInfo, StoredContent
from graph_photos.generated.models import (
    ProfilePhoto,
    ProfilePhotoCollection,
    ProfilePhotoCreate,
    ProfilePhotoUpdate,
)
from graph_photos.web import convert
from graph_photos.web.context import RequestContext, current_request
from graph_photos.web.responses import PhotoResponse

_PHOTO_ENTITY = "/photo/$entity"
_SIZE_ENTITY = "/photos/$entity"
_SIZES = "/photos"


def _target(
    user_id: str | None, group_id: str | None, team_id: str | None
) -> tuple[RequestContext, ObjectRef]:
    request = current_request()
    return request, request.addressed(user_id, group_id, team_id)


def _photo(request: RequestContext, ref: ObjectRef, info: PhotoInfo) -> ProfilePhoto:
    return convert.profile_photo(info, request.context_url(ref.kind, info.owner.id, _PHOTO_ENTITY))


def _bytes_response(result: StoredContent | NotModified) -> Response:
    if isinstance(result, NotModified):
        return Response(status_code=304, headers={"ETag": result.etag})
    return PhotoResponse(
        result.content, media_type=result.content_type, headers={"ETag": result.etag}
    )


async def get_photo(
    user_id: str | None = None, group_id: str | None = None, team_id: str | None = None
) -> ProfilePhoto:
    request, ref = _target(user_id, group_id, team_id)
    return _photo(request, ref, await request.photos.info(ref))


async def create_photo(
    body: ProfilePhotoCreate, user_id: str | None = None, group_id: str | None = None
) -> tuple[ProfilePhoto, int, dict[str, str]]:
    request, ref = _target(user_id, group_id, None)
    info = await request.photos.create_placeholder(ref, body.width, body.height)
    location = f"{request.object_url(ref.kind, info.owner)}/photo"
    return _photo(request, ref, info), 201, {"Location": location}


async def update_photo(
    body: ProfilePhotoUpdate, user_id: str | None = None, group_id: str | None = None
) -> ProfilePhoto:
    # The body was validated against the spec's schema; every property derives from the bytes,
    # so there is nothing in it to apply.
    request, ref = _target(user_id, group_id, None)
    return _photo(request, ref, await request.photos.for_update(ref, request.if_match))


async def delete_photo(user_id: str | None = None, group_id: str | None = None) -> Response:
    request, ref = _target(user_id, group_id, None)
    await request.photos.delete(ref, request.if_match)
    return Response(status_code=204)


async def get_photo_content(
    user_id: str | None = None, group_id: str | None = None, team_id: str | None = None
) -> Response:
    request, ref = _target(user_id, group_id, team_id)
    return await content_response(request, ref)


async def content_response(request: RequestContext, ref: ObjectRef) -> Response:
    """The photo's bytes (`304` when the client's `If-None-Match` names them): any owner's,
    a contact's too."""
    result = await request.photos.content_unless_unchanged(ref, None, request.if_none_match)
    return _bytes_response(result)


async def put_photo_content(
    body: bytes,
    user_id: str | None = None,
    group_id: str | None = None,
    team_id: str | None = None,
) -> ProfilePhoto:
    request, ref = _target(user_id, group_id, team_id)
    return _photo(request, ref, await request.photos.upload(ref, body, request.if_match))


patch_photo_content = put_photo_content
delete_photo_content = delete_photo


async def list_photos(
    user_id: str | None = None, group_id: str | None = None
) -> ProfilePhotoCollection:
    request, ref = _target(user_id, group_id, None)
    info = await request.photos.info(ref)
    return convert.photo_collection(
        info.sizes, request.context_url(ref.kind, info.owner.id, _SIZES)
    )


async def get_photo_size(
    size: str, user_id: str | None = None, group_id: str | None = None
) -> ProfilePhoto:
    request, ref = _target(user_id, group_id, None)
    owner, size_info = await request.photos.size_info(ref, size)
    return convert.size_photo(size_info, request.context_url(ref.kind, owner.id, _SIZE_ENTITY))


async def get_photo_size_content(
    size: str, user_id: str | None = None, group_id: str | None = None
) -> Response:
    request, ref = _target(user_id, group_id, None)
    result = await request.photos.content_unless_unchanged(ref, size, request.if_none_match)
    return _bytes_response(result)

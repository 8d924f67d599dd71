"""Handlers of a mailbox's contacts and contact folders, and of the contacts' photos, at every
address Graph gives them: `/contacts` (the default folder; an item there is found in any
folder), `/contactFolders/{id}/contacts` and `/contactFolders/{id}/childFolders/{id}/contacts`,
each under `/me` and `/users/{user-id}`. `me` and `users` bind these functions to their
operationIds; connexion passes only the parameters an operation declares, so one function
serves every address form of its operation.
"""

from __future__ import annotations

from urllib.parse import quote

from starlette.responses import Response

from graph_photos.directory.contact_query import contact_filter, ordered
from graph_photos.directory.model import ObjectRef
from graph_photos.domain.mailboxes import Place
from graph_photos.domain.records import OwnerKey
from graph_photos.generated.models import (
    Contact,
    ContactCollection,
    ContactFolder,
    ContactFolderCollection,
    ContactFolderCreate,
    ContactFolderUpdate,
    ContactWrite,
    ProfilePhoto,
)
from graph_photos.handlers import photo
from graph_photos.web import convert, odata_query
from graph_photos.web.context import RequestContext, current_request

DEFAULT_TOP = 10  # Outlook's page size


def _segment(value: str) -> str:
    return quote(value, safe="")


def _folder_path(place: Place) -> str:
    """The path of the contacts' folder under the user, as the request named it."""
    if place.folder_id is None:
        return ""
    path = f"/contactFolders('{_segment(place.folder_id)}')"
    if place.child_id is not None:
        path += f"/childFolders('{_segment(place.child_id)}')"
    return path


async def _mailbox(user_id: str | None) -> tuple[RequestContext, OwnerKey]:
    request = current_request()
    return request, await request.mailboxes.owner(request.addressed(user_id))


def _context(request: RequestContext, owner: OwnerKey, tail: str) -> str:
    return request.metadata_url(f"users('{_segment(owner.id)}'){tail}")


def _next_link(
    request: RequestContext, total: int, top: int, skip: int, **options: str
) -> str | None:
    """The next page's link (`$skip` past this one) at the path the request named."""
    path = quote(request.scope["path"].removeprefix(f"/{request.api_version}/"), safe="/@")
    return odata_query.skip_link(request.collection_url(path), total, top, skip, options)


# Contacts.


async def list_contacts(
    user_id: str | None = None,
    contact_folder_id: str | None = None,
    child_folder_id: str | None = None,
    filter: str | None = None,  # `$filter`
    orderby: list[str] | None = None,
    count: bool | None = None,
    select: list[str] | None = None,
    top: int | None = None,
    skip: int | None = None,
) -> ContactCollection:
    request, owner = await _mailbox(user_id)
    place = Place(contact_folder_id, child_folder_id)
    found = await request.mailboxes.contacts(owner, place, contact_filter(filter))
    found = ordered(found, orderby or ())
    chosen = odata_query.selection(select)
    top, skip = top or DEFAULT_TOP, skip or 0
    options = {"filter": filter} if filter is not None else {}
    if orderby:
        options["orderby"] = ",".join(orderby)
    if count:
        options["count"] = "true"
    if chosen:
        options["select"] = ",".join(chosen)
    tail = f"{_folder_path(place)}/contacts{odata_query.context_suffix(chosen)}"
    page = convert.contacts(
        found[skip : skip + top],
        chosen,
        _context(request, owner, tail),
        _next_link(request, len(found), top, skip, **options),
    )
    if count:
        page.odata_count = len(found)
    return page


async def create_contact(
    body: ContactWrite,
    user_id: str | None = None,
    contact_folder_id: str | None = None,
    child_folder_id: str | None = None,
) -> tuple[Contact, int, dict[str, str]]:
    request, owner = await _mailbox(user_id)
    place = Place(contact_folder_id, child_folder_id)
    created = await request.mailboxes.create_contact(owner, place, convert.contact_values(body))
    context = _context(request, owner, f"{_folder_path(place)}/contacts/$entity")
    location = f"{request.object_url('users', owner)}/contacts/{_segment(created.id)}"
    return convert.contact(created, (), context), 201, {"Location": location}


async def get_contact(
    contact_id: str,
    user_id: str | None = None,
    contact_folder_id: str | None = None,
    child_folder_id: str | None = None,
    select: list[str] | None = None,
) -> Contact:
    request, owner = await _mailbox(user_id)
    place = Place(contact_folder_id, child_folder_id)
    found = await request.mailboxes.contact(owner, place, contact_id)
    chosen = odata_query.selection(select)
    tail = f"{_folder_path(place)}/contacts{odata_query.context_suffix(chosen)}/$entity"
    return convert.contact(found, chosen, _context(request, owner, tail))


async def update_contact(
    body: ContactWrite,
    contact_id: str,
    user_id: str | None = None,
    contact_folder_id: str | None = None,
    child_folder_id: str | None = None,
) -> Contact:
    request, owner = await _mailbox(user_id)
    place = Place(contact_folder_id, child_folder_id)
    changes = convert.contact_values(body)
    updated = await request.mailboxes.update_contact(owner, place, contact_id, changes)
    return convert.contact(
        updated, (), _context(request, owner, f"{_folder_path(place)}/contacts/$entity")
    )


async def delete_contact(
    contact_id: str,
    user_id: str | None = None,
    contact_folder_id: str | None = None,
    child_folder_id: str | None = None,
) -> Response:
    request, owner = await _mailbox(user_id)
    place = Place(contact_folder_id, child_folder_id)
    await request.mailboxes.delete_contact(owner, place, contact_id)
    return Response(status_code=204)


# A contact's photo: the contact is found where the path says, then its photo is read or
# written as any profile photo.


async def _photo_target(
    contact_id: str, user_id: str | None, contact_folder_id: str | None, child_folder_id: str | None
) -> tuple[RequestContext, ObjectRef, str]:
    """The request, the reference of the contact's photo and the photo's context URL."""
    request, owner = await _mailbox(user_id)
    place = Place(contact_folder_id, child_folder_id)
    ref = await request.mailboxes.photo_ref(owner, place, contact_id)
    context = _context(request, owner, f"/contacts('{_segment(ref.reference)}')/photo/$entity")
    return request, ref, context


async def get_contact_photo(
    contact_id: str,
    user_id: str | None = None,
    contact_folder_id: str | None = None,
    child_folder_id: str | None = None,
) -> ProfilePhoto:
    request, ref, context = await _photo_target(
        contact_id, user_id, contact_folder_id, child_folder_id
    )
    return convert.profile_photo(await request.photos.info(ref), context)


async def get_contact_photo_content(
    contact_id: str,
    user_id: str | None = None,
    contact_folder_id: str | None = None,
    child_folder_id: str | None = None,
) -> Response:
    request, ref, _context_url = await _photo_target(
        contact_id, user_id, contact_folder_id, child_folder_id
    )
    return await photo.content_response(request, ref)


async def put_contact_photo_content(
    body: bytes,
    contact_id: str,
    user_id: str | None = None,
    contact_folder_id: str | None = None,
    child_folder_id: str | None = None,
) -> ProfilePhoto:
    request, ref, context = await _photo_target(
        contact_id, user_id, contact_folder_id, child_folder_id
    )
    return convert.profile_photo(await request.photos.upload(ref, body, request.if_match), context)


patch_contact_photo_content = put_contact_photo_content


# Folders.


async def list_contact_folders(
    user_id: str | None = None,
    contact_folder_id: str | None = None,
    top: int | None = None,
    skip: int | None = None,
) -> ContactFolderCollection:
    request, owner = await _mailbox(user_id)
    place = Place(contact_folder_id)
    found = await request.mailboxes.folders(owner, place)
    top, skip = top or DEFAULT_TOP, skip or 0
    tail = "/contactFolders" if contact_folder_id is None else f"{_folder_path(place)}/childFolders"
    return convert.contact_folders(
        found[skip : skip + top],
        _context(request, owner, tail),
        _next_link(request, len(found), top, skip),
    )


async def create_contact_folder(
    body: ContactFolderCreate, user_id: str | None = None, contact_folder_id: str | None = None
) -> tuple[ContactFolder, int, dict[str, str]]:
    request, owner = await _mailbox(user_id)
    created = await request.mailboxes.create_folder(
        owner, Place(contact_folder_id), body.displayName
    )
    location = f"{request.object_url('users', owner)}/contactFolders/{_segment(created.id)}"
    context = _context(request, owner, "/contactFolders/$entity")
    return convert.contact_folder(created, context), 201, {"Location": location}


async def get_contact_folder(contact_folder_id: str, user_id: str | None = None) -> ContactFolder:
    request, owner = await _mailbox(user_id)
    found = await request.mailboxes.folder(owner, contact_folder_id)
    return convert.contact_folder(found, _context(request, owner, "/contactFolders/$entity"))


async def update_contact_folder(
    body: ContactFolderUpdate, contact_folder_id: str, user_id: str | None = None
) -> ContactFolder:
    request, owner = await _mailbox(user_id)
    if body.displayName is None:  # nothing to change
        found = await request.mailboxes.folder(owner, contact_folder_id)
    else:
        found = await request.mailboxes.rename_folder(owner, contact_folder_id, body.displayName)
    return convert.contact_folder(found, _context(request, owner, "/contactFolders/$entity"))


async def delete_contact_folder(contact_folder_id: str, user_id: str | None = None) -> Response:
    request, owner = await _mailbox(user_id)
    await request.mailboxes.delete_folder(owner, contact_folder_id)
    return Response(status_code=204)


# The other address forms of each operation (a folder's contacts, a child folder's) are the
# same function; `me` and `users` bind every name of `__all__` to their operationIds.
list_child_folders = list_contact_folders
create_child_folder = create_contact_folder
list_folder_contacts = list_child_folder_contacts = list_contacts
create_folder_contact = create_child_folder_contact = create_contact
get_folder_contact = get_child_folder_contact = get_contact
update_folder_contact = update_child_folder_contact = update_contact
delete_folder_contact = delete_child_folder_contact = delete_contact
get_folder_contact_photo = get_child_folder_contact_photo = get_contact_photo
get_folder_contact_photo_content = get_child_folder_contact_photo_content = (
    get_contact_photo_content
)
put_folder_contact_photo_content = put_child_folder_contact_photo_content = (
    put_contact_photo_content
)
patch_folder_contact_photo_content = patch_child_folder_contact_photo_content = (
    patch_contact_photo_content
)

__all__ = [
    "create_child_folder",
    "create_child_folder_contact",
    "create_contact",
    "create_contact_folder",
    "create_folder_contact",
    "delete_child_folder_contact",
    "delete_contact",
    "delete_contact_folder",
    "delete_folder_contact",
    "get_child_folder_contact",
    "get_child_folder_contact_photo",
    "get_child_folder_contact_photo_content",
    "get_contact",
    "get_contact_folder",
    "get_contact_photo",
    "get_contact_photo_content",
    "get_folder_contact",
    "get_folder_contact_photo",
    "get_folder_contact_photo_content",
    "list_child_folder_contacts",
    "list_child_folders",
    "list_contact_folders",
    "list_contacts",
    "list_folder_contacts",
    "patch_child_folder_contact_photo_content",
    "patch_contact_photo_content",
    "patch_folder_contact_photo_content",
    "put_child_folder_contact_photo_content",
    "put_contact_photo_content",
    "put_folder_contact_photo_content",
    "update_child_folder_contact",
    "update_contact",
    "update_contact_folder",
    "update_folder_contact",
]

"""The persistence ports: what the domain needs from a store of photos and of the directory.

`graph_photos.storage` implements it (SQLite by default, PostgreSQL for scale-out). A photo and
its standard sizes are written and replaced together, atomically, so a reader never sees sizes
of another photo than the metadata it reads.
"""

from __future__ import annotations

from contextlib import AbstractAsyncContextManager
from typing import Protocol

from graph_photos.directory.applications import Application
from graph_photos.directory.contacts import Contact, ContactFolder
from graph_photos.directory.model import Directory, Group, ObjectRef, Page, Tenant, User
from graph_photos.directory.query import DirectoryQuery
from graph_photos.domain.grants import Grant
from graph_photos.domain.records import (
    Freshness,
    IfMatch,
    NewPhoto,
    OwnerKey,
    PhotoInfo,
    StoredContent,
)


class PhotoStore(Protocol):
    """Where photos live. Every method is atomic; reads see every write that returned.

    Each method resolves the object `ref` addresses in the same step (one round trip), as
    `DirectoryStore.resolve` does, and raises `ObjectNotFound` when there is none; a write with
    `create_owner` (an open directory) creates an unknown owner first, in its transaction.
    """

    async def get_photo_info(self, ref: ObjectRef) -> PhotoInfo:
        """The owner's photo metadata with its sizes; raises `PhotoNotFound`."""
        ...

    async def get_content(self, ref: ObjectRef, side: int | None = None) -> StoredContent:
        """The bytes of the photo (`side` None) or of one size; raises `PhotoNotFound`."""
        ...

    async def create_photo(
        self, ref: ObjectRef, photo: NewPhoto, *, create_owner: bool = False
    ) -> PhotoInfo:
        """Store the owner's first photo; raises `PhotoExists` and changes nothing if one exists."""
        ...

    async def put_photo(
        self,
        ref: ObjectRef,
        photo: NewPhoto,
        if_match: IfMatch | None = None,
        *,
        create_owner: bool = False,
    ) -> PhotoInfo:
        """Create or replace the owner's photo and sizes; raises `PreconditionFailed`."""
        ...

    async def delete_photo(self, ref: ObjectRef, if_match: IfMatch | None = None) -> OwnerKey:
        """Delete the photo and its sizes; raises `PhotoNotFound` or `PreconditionFailed`."""
        ...

    async def freshness(self, owner: OwnerKey | None, side: int | None = None) -> Freshness:
        """What a read of `owner`'s photo (`side` None) or of one of its sizes depends on, now:
        the directory's generation and that ETag (`owner` None: the generation only). Much
        cheaper than the read: the read cache asks it on every hit."""
        ...

    async def ping(self) -> None:
        """Raise if the database cannot be reached (readiness)."""
        ...

    async def close(self) -> None:
        """Release connections and files."""
        ...


class DirectoryStore(Protocol):
    """Where the directory lives (the same database as the photos). Lookups are confined to
    one tenant: the ref's, or the default tenant's when it names none."""

    async def resolve(self, ref: ObjectRef, *, create: bool = False) -> OwnerKey:
        """The user or group `ref` names (a user by object id or userPrincipalName, a group or
        team by object id, ASCII-case-insensitively); raises `ObjectNotFound`. With `create`
        (an open directory), an unknown one is created under the reference as its id."""
        ...

    async def get_user(self, ref: ObjectRef) -> User:
        """The user `ref` names; raises `ObjectNotFound`."""
        ...

    async def get_group(self, ref: ObjectRef) -> Group:
        """The group `ref` names; raises `ObjectNotFound`."""
        ...

    async def find_users(
        self, tenant_id: str | None, query: DirectoryQuery, after: tuple[str, str] | None
    ) -> Page[User]:
        """The page of the tenant's users that `query` finds after `after` (a page's
        `next_after`), with their count when the query asks for it."""
        ...

    async def find_groups(
        self, tenant_id: str | None, query: DirectoryQuery, after: tuple[str, str] | None
    ) -> Page[Group]:
        """The page of the tenant's groups that `query` finds after `after`."""
        ...

    async def count(self, tenant_id: str | None, query: DirectoryQuery) -> int:
        """How many of the tenant's objects of `query`'s kind it finds."""
        ...

    def one_generation(self) -> AbstractAsyncContextManager[None]:
        """A scope whose finds and counts ask whether the directory changed once, not each:
        for a handler that asks several queries of one request (the people ranks)."""
        ...

    async def import_directory(self, directory: Directory) -> None:
        """Create or update every tenant, user and group of `directory` (nothing is deleted);
        its default tenant becomes the default."""
        ...

    async def export_directory(self) -> Directory:
        """Every tenant with its users and groups."""
        ...

    async def bootstrap(self, directory: Directory) -> bool:
        """Import `directory` if the store has no tenant yet (true when it did), then attach
        the photos stored before the directory existed to their owners."""
        ...


class ContactStore(Protocol):
    """Where users' mailboxes keep their contacts (the same database). Each method is confined
    to one mailbox, `owner` (a resolved user); folders and contacts of another are not found.
    The default folder (`default_folder_id`) is stored by the first write into it."""

    async def contact_folder(self, owner: OwnerKey, folder_id: str) -> ContactFolder:
        """The stored folder of that id; raises `ItemNotFound`."""
        ...

    async def contact_folders(self, owner: OwnerKey, parent_id: str) -> list[ContactFolder]:
        """The folders in the folder `parent_id`, by name."""
        ...

    async def add_contact_folder(self, owner: OwnerKey, folder: ContactFolder) -> None:
        """Store a new folder in `folder.parent_id`; raises `ItemNotFound` (no such parent)
        or `FolderExists` (a folder beside it has the name, ignoring case)."""
        ...

    async def rename_contact_folder(self, owner: OwnerKey, folder: ContactFolder) -> None:
        """Rename the folder `folder.id` to `folder.display_name`; raises `ItemNotFound` or
        `FolderExists`."""
        ...

    async def delete_contact_folder(self, owner: OwnerKey, folder_id: str) -> None:
        """Delete a folder with its folders, contacts and their photos; raises `ItemNotFound`."""
        ...

    async def contacts(self, owner: OwnerKey, folder_id: str) -> list[Contact]:
        """The contacts in the folder, oldest first."""
        ...

    async def mailbox_contacts(self, tenant_id: str | None, user_id: str) -> list[Contact]:
        """Every contact of the mailbox of the user of that object id in the tenant (None: the
        default one), in any folder, oldest first; none for an unknown user."""
        ...

    async def contact(self, owner: OwnerKey, contact_id: str) -> Contact:
        """The contact of that id, in any folder; raises `ItemNotFound`."""
        ...

    async def add_contact(self, owner: OwnerKey, contact: Contact) -> None:
        """Store a new contact in `contact.folder_id`; raises `ItemNotFound` (no such folder)."""
        ...

    async def replace_contact(self, owner: OwnerKey, before: Contact, after: Contact) -> None:
        """Store `after` over `before`; raises `ContactChanged` if the stored contact is not
        `before` any more."""
        ...

    async def delete_contact(self, owner: OwnerKey, contact_id: str) -> None:
        """Delete a contact with its photo; raises `ItemNotFound`."""
        ...


class IdentityStore(Protocol):
    """Where the local identity platform keeps app registrations and the grants it issued."""

    async def tenants(self) -> list[Tenant]:
        """Every tenant, the default one first (few: sign-in finds one by id or domain among
        them)."""
        ...

    async def applications(self, tenant_id: str | None) -> list[tuple[str, Application]]:
        """(tenant id, app) of the tenant's apps, or of every tenant's (None), by client id."""
        ...

    async def replace_application(
        self, tenant_id: str, before: Application, after: Application
    ) -> None:
        """Store `after` in place of `before`; raises `ApplicationChanged` when the stored app
        is no longer `before` (another writer came first), `ApplicationNotFound` when gone."""
        ...

    async def add_grant(self, grant: Grant, now: float) -> None:
        """Keep `grant` (and forget the grants that expired before `now`)."""
        ...

    async def take_grant(self, handle_key: str, kind: str) -> Grant | None:
        """The grant of `handle_key`, removed: of two requests, only one gets it."""
        ...

    async def grant(self, handle_key: str, kind: str) -> Grant | None:
        """The grant of `handle_key`, left in place."""
        ...

    async def device_grant(self, user_code_key: str) -> Grant | None:
        """The device code whose user code is `user_code_key`."""
        ...

    async def update_grant(self, before: Grant, after: Grant) -> bool:
        """Replace `before` by `after` if it is still as read; false when it is not."""
        ...

    async def revoke_grants(
        self, tenant_id: str, user_key: str | None, client_key: str | None
    ) -> int:
        """Remove the refresh tokens of a user, of an app, or of both; how many were."""
        ...


class Store(PhotoStore, DirectoryStore, ContactStore, IdentityStore, Protocol):
    """One database holding all three: what `graph_photos.storage.open_store` opens."""

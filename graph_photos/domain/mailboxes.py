"""The contact operations of a user's mailbox, in terms of the store.

`Mailboxes` is built once per running app. `owner` resolves the user a request addresses in the
caller's tenant (`ObjectNotFound` when there is none; in an open directory an unknown user is
created, with an empty mailbox); each operation on that mailbox finds the folder the path
names (`Place`), then does one thing to the store. Folders and contacts of another mailbox
are not found (`ItemNotFound`), whatever their id. A contact's photo is a profile photo whose
owner is the contact: `photo_ref` names it for `graph_photos.domain.photos`, once the contact
is found where the path says.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any

from graph_photos.directory.contact_query import ContactFilter
from graph_photos.directory.contacts import (
    DEFAULT_FOLDER_NAME,
    Contact,
    ContactFields,
    ContactFolder,
    default_folder_id,
    new_change_key,
    new_item_id,
    root_folder_id,
    with_values,
)
from graph_photos.directory.model import ObjectRef, ascii_key
from graph_photos.domain.errors import (
    ContactChanged,
    DefaultFolderFixed,
    ItemNotFound,
)
from graph_photos.domain.freshness import note_read
from graph_photos.domain.records import OwnerKey
from graph_photos.domain.resolutions import resolved
from graph_photos.domain.store import ContactStore, DirectoryStore

UPDATE_ATTEMPTS = 5  # a PATCH re-reads and re-applies when another changed the contact meanwhile


@dataclass(frozen=True)
class Place:
    """The folder a path names: `folder_id` (None: the default Contacts folder, `/contacts`)
    and, in it, `child_id` (`/contactFolders/{id}/childFolders/{id}`)."""

    folder_id: str | None = None
    child_id: str | None = None

    @property
    def anywhere(self) -> bool:
        """`/contacts/{id}` finds a contact in any folder of the mailbox, as Graph does."""
        return self.folder_id is None


def _default_folder(owner: OwnerKey) -> ContactFolder:
    return ContactFolder(default_folder_id(owner.id), DEFAULT_FOLDER_NAME, root_folder_id(owner.id))


class Mailboxes:
    """The contact operations of one running app."""

    def __init__(
        self,
        store: ContactStore,
        directory: DirectoryStore,
        *,
        open_directory: bool = False,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self._store = store
        self._directory = directory
        self._open_directory = open_directory
        self._clock = clock

    async def owner(self, ref: ObjectRef) -> OwnerKey:
        """The user whose mailbox `ref` names (the mailbox every other operation takes); in an
        open directory, where any id is a user, an unknown one is created (its mailbox is
        empty). Raises `ObjectNotFound`."""
        owner = await self._directory.resolve(ref, create=self._open_directory)
        resolved("users", owner.id)
        return owner

    async def _folder(self, owner: OwnerKey, folder_id: str) -> ContactFolder:
        default = _default_folder(owner)
        if ascii_key(folder_id) == default.key:
            return default
        return await self._store.contact_folder(owner, folder_id)

    async def _place(self, owner: OwnerKey, place: Place) -> ContactFolder:
        """The folder `place` names; raises `ItemNotFound`."""
        if place.folder_id is None:
            return _default_folder(owner)
        folder = await self._folder(owner, place.folder_id)
        if place.child_id is None:
            return folder
        child = await self._folder(owner, place.child_id)
        if ascii_key(child.parent_id) != folder.key:
            raise ItemNotFound(place.child_id)
        return child

    # Folders.

    async def folders(self, owner: OwnerKey, place: Place) -> list[ContactFolder]:
        """The folders in the folder `place` names, by name."""
        return await self._store.contact_folders(owner, (await self._place(owner, place)).id)

    async def folder(self, owner: OwnerKey, folder_id: str) -> ContactFolder:
        """Any folder of the mailbox (the default one too)."""
        return await self._folder(owner, folder_id)

    async def create_folder(self, owner: OwnerKey, place: Place, name: str) -> ContactFolder:
        """A new folder in the folder `place` names; raises `FolderExists`."""
        parent = await self._place(owner, place)
        folder = ContactFolder(new_item_id(), name, parent.id)
        await self._store.add_contact_folder(owner, folder)
        return folder

    async def rename_folder(self, owner: OwnerKey, folder_id: str, name: str) -> ContactFolder:
        """The folder under its new name; raises `DefaultFolderFixed` for the default one."""
        folder = await self._folder(owner, folder_id)
        if folder.key == _default_folder(owner).key:
            raise DefaultFolderFixed("The default Contacts folder cannot be renamed.")
        renamed = replace(folder, display_name=name)
        await self._store.rename_contact_folder(owner, renamed)
        return renamed

    async def delete_folder(self, owner: OwnerKey, folder_id: str) -> None:
        """Delete a folder with what it holds; raises `DefaultFolderFixed` for the default."""
        if ascii_key(folder_id) == _default_folder(owner).key:
            raise DefaultFolderFixed("The default Contacts folder cannot be deleted.")
        await self._store.delete_contact_folder(owner, folder_id)

    # Contacts.

    async def contacts(
        self, owner: OwnerKey, place: Place, condition: ContactFilter
    ) -> list[Contact]:
        """The contacts in the folder `place` names that meet `condition`, oldest first."""
        folder = await self._place(owner, place)
        found = await self._store.contacts(owner, folder.id)
        return [contact for contact in found if condition(contact.fields)]

    async def people(
        self, tenant_id: str | None, user_id: str, search: ContactFilter
    ) -> list[Contact]:
        """The contacts of every folder of the mailbox of a resolved user (object id, in the
        tenant; None: the default one) that a people search finds, by name: the mailbox's part
        of `/me/people`, asked without resolving the user again."""
        found = await self._store.mailbox_contacts(tenant_id, user_id)
        found = [contact for contact in found if search(contact.fields)]
        return sorted(found, key=lambda contact: ascii_key(contact.fields.display_name or ""))

    async def contact(self, owner: OwnerKey, place: Place, contact_id: str) -> Contact:
        """The contact, where the path says it is; raises `ItemNotFound`."""
        contact = await self._store.contact(owner, contact_id)
        if not place.anywhere:
            folder = await self._place(owner, place)
            if ascii_key(contact.folder_id) != folder.key:
                raise ItemNotFound(contact_id)
        return contact

    async def create_contact(
        self, owner: OwnerKey, place: Place, values: Mapping[str, Any]
    ) -> Contact:
        """A new contact in the folder `place` names, from its properties (Graph's names)."""
        folder = await self._place(owner, place)
        now = self._clock()
        fields = with_values(ContactFields(), dict(values)).with_display_name()
        contact = Contact(new_item_id(), folder.id, now, now, new_change_key(), fields)
        await self._store.add_contact(owner, contact)
        return contact

    async def update_contact(
        self, owner: OwnerKey, place: Place, contact_id: str, changes: Mapping[str, Any]
    ) -> Contact:
        """The contact with `changes` (Graph's names; `null` clears one) applied to what it is
        when written: a concurrent update is re-read, never overwritten."""
        for _attempt in range(UPDATE_ATTEMPTS):
            before = await self.contact(owner, place, contact_id)
            after = replace(
                before,
                fields=with_values(before.fields, dict(changes)),
                modified=self._clock(),
                change_key=new_change_key(),
            )
            try:
                await self._store.replace_contact(owner, before, after)
            except ContactChanged:
                continue
            return after
        raise ContactChanged(contact_id)

    async def delete_contact(self, owner: OwnerKey, place: Place, contact_id: str) -> None:
        """Delete the contact (where the path says it is) with its photo."""
        contact = await self.contact(owner, place, contact_id)
        await self._store.delete_contact(owner, contact.id)

    async def photo_ref(self, owner: OwnerKey, place: Place, contact_id: str) -> ObjectRef:
        """The reference of the contact's photo, once the contact is found where the path
        says; raises `ItemNotFound`."""
        contact = await self.contact(owner, place, contact_id)
        # Where the contact is (which folder, whose) is no read of the caches, and nothing
        # they ask says when it changes: an answer built on it is not one to keep.
        note_read(None)
        return ObjectRef(owner.tenant_id, "contacts", contact.id)

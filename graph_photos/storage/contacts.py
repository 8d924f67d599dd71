"""The contacts of mailboxes in SQL (migration 0006), shared by both backends.

`MailboxRows` implements `ContactStore` on two primitives of a backend: `_rows` (the rows of
one read) and `_apply` (statements in one transaction, each a `Step` that may stop it: a guard
that finds a row where none may be, or none where one must be; a write that changes no row).
Contacts are rows with their fields as JSON; an update replaces them only if they are still the
ones it read, so two concurrent PATCHes never lose one another's change.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import orjson

from graph_photos.directory.contacts import (
    DEFAULT_FOLDER_NAME,
    Contact,
    ContactFields,
    ContactFolder,
    FolderTree,
    Mailbox,
    default_folder_id,
    fields_document,
    root_folder_id,
    with_values,
)
from graph_photos.directory.model import ascii_key
from graph_photos.domain.errors import ContactChanged, FolderExists, ItemNotFound
from graph_photos.domain.records import OwnerKey
from graph_photos.storage.directory_query import Dialect
from graph_photos.storage.queries import TENANT, lookup_key


@dataclass(frozen=True)
class Step:
    """One statement of a write. `missing`: raised (and nothing written) when it finds or
    changes no row; `present`: when it finds one. `conflict`: when the database refuses it
    for a key another writer took meanwhile."""

    sql: str
    parameters: tuple[object, ...]
    missing: Exception | None = None
    present: Exception | None = None
    conflict: Exception | None = None

    def check(self, count: int) -> None:
        if count == 0 and self.missing is not None:
            raise self.missing
        if count > 0 and self.present is not None:
            raise self.present


_FOLDER_COLUMNS = "f.id, f.display_name, p.id"
_FOLDERS = (
    f"SELECT {_FOLDER_COLUMNS} FROM contact_folders f LEFT JOIN contact_folders p "
    "ON p.tenant_id = f.tenant_id AND p.id_key = f.parent_key "
    "WHERE f.tenant_id = {p} AND f.owner_key = {p}"
)
_FOLDER = _FOLDERS + " AND f.id_key = {p}"
_CHILD_FOLDERS = _FOLDERS + " AND f.parent_key = {p} ORDER BY f.name_key, f.id_key"
_NAME_TAKEN = (
    "SELECT 1 FROM contact_folders WHERE tenant_id = {p} AND owner_key = {p} "
    "AND parent_key = {p} AND name_key = {p} AND id_key <> {p}"
)
_FOLDER_EXISTS = (
    "SELECT 1 FROM contact_folders WHERE tenant_id = {p} AND owner_key = {p} AND id_key = {p}"
)
_ENSURE_DEFAULT = (
    "INSERT INTO contact_folders (tenant_id, id_key, id, owner_key, parent_key, display_name, "
    "name_key) VALUES ({p}, {p}, {p}, {p}, NULL, {p}, {p}) ON CONFLICT DO NOTHING"
)
_INSERT_FOLDER = (
    "INSERT INTO contact_folders (tenant_id, id_key, id, owner_key, parent_key, display_name, "
    "name_key) VALUES ({p}, {p}, {p}, {p}, {p}, {p}, {p})"
)
_RENAME_FOLDER = (
    "UPDATE contact_folders SET display_name = {p}, name_key = {p} "
    "WHERE tenant_id = {p} AND owner_key = {p} AND id_key = {p} AND parent_key IS NOT NULL"
)
# Its child folders and contacts go with it (foreign keys), the contacts' photos too (trigger).
_DELETE_FOLDER = (
    "DELETE FROM contact_folders "
    "WHERE tenant_id = {p} AND owner_key = {p} AND id_key = {p} AND parent_key IS NOT NULL"
)
_CONTACTS = (
    "SELECT c.id, f.id, c.created_at, c.properties FROM contacts c JOIN contact_folders f "
    "ON f.tenant_id = c.tenant_id AND f.id_key = c.folder_key "
    "WHERE c.tenant_id = {p} AND c.owner_key = {p}"
)
_CONTACTS_IN = _CONTACTS + " AND c.folder_key = {p} ORDER BY c.created_at, c.id_key"
# A user's contacts in every folder, the user named by tenant (None: the default) and id key:
# a people search asks it beside the directory's ranks, with no resolving round trip first.
_PEOPLE_CONTACTS = (
    "SELECT c.id, f.id, c.created_at, c.properties FROM contacts c JOIN contact_folders f "
    "ON f.tenant_id = c.tenant_id AND f.id_key = c.folder_key "
    f"WHERE c.tenant_id = {TENANT} AND c.owner_key = {{p}} ORDER BY c.created_at, c.id_key"
)
_CONTACT = _CONTACTS + " AND c.id_key = {p}"
_INSERT_CONTACT = (
    "INSERT INTO contacts (tenant_id, id_key, id, owner_key, folder_key, created_at, "
    "properties) VALUES ({p}, {p}, {p}, {p}, {p}, {p}, {p})"
)
# Only over the version it read (`{change_key}`: the change key in the JSON, per engine).
_UPDATE_CONTACT = (
    "UPDATE contacts SET properties = {p} "
    "WHERE tenant_id = {p} AND owner_key = {p} AND id_key = {p} AND {change_key} = {p}"
)
_DELETE_CONTACT = "DELETE FROM contacts WHERE tenant_id = {p} AND owner_key = {p} AND id_key = {p}"


# A directory file's mailboxes: imported over what is stored (nothing deleted), exported whole.
UPSERT_FOLDER = (
    "INSERT INTO contact_folders (tenant_id, id_key, id, owner_key, parent_key, display_name, "
    "name_key) VALUES ({p}, {p}, {p}, {p}, {p}, {p}, {p}) ON CONFLICT (tenant_id, id_key) DO "
    "UPDATE SET id = excluded.id, owner_key = excluded.owner_key, "
    "parent_key = excluded.parent_key, display_name = excluded.display_name, "
    "name_key = excluded.name_key"
)
UPSERT_CONTACT = (
    "INSERT INTO contacts (tenant_id, id_key, id, owner_key, folder_key, created_at, "
    "properties) VALUES ({p}, {p}, {p}, {p}, {p}, {p}, {p}) ON CONFLICT (tenant_id, id_key) DO "
    "UPDATE SET id = excluded.id, owner_key = excluded.owner_key, "
    "folder_key = excluded.folder_key, created_at = excluded.created_at, "
    "properties = excluded.properties"
)
_OWNER_USER = (
    "JOIN directory_objects o ON o.tenant_id = {alias}.tenant_id AND o.kind = 'users' "
    "AND o.id_key = {alias}.owner_key"
)
ALL_FOLDERS = (
    "SELECT f.id, f.display_name, p.id, o.id FROM contact_folders f "
    "JOIN contact_folders p ON p.tenant_id = f.tenant_id AND p.id_key = f.parent_key "
    + _OWNER_USER.format(alias="f")
    + " WHERE f.tenant_id = {p} ORDER BY f.owner_key, f.name_key, f.id_key"
)
ALL_CONTACTS = (
    "SELECT c.id, f.id, c.created_at, c.properties, o.id FROM contacts c "
    "JOIN contact_folders f ON f.tenant_id = c.tenant_id AND f.id_key = c.folder_key "
    + _OWNER_USER.format(alias="c")
    + " WHERE c.tenant_id = {p} ORDER BY c.owner_key, c.created_at, c.id_key"
)


@dataclass(frozen=True)
class MailboxQueries:
    """The import's and export's statements with one backend's placeholder."""

    upsert_folder: str
    upsert_contact: str
    all_folders: str
    all_contacts: str

    @classmethod
    def for_placeholder(cls, placeholder: str) -> MailboxQueries:
        return cls(
            *(
                query.format(p=placeholder)
                for query in (UPSERT_FOLDER, UPSERT_CONTACT, ALL_FOLDERS, ALL_CONTACTS)
            )
        )


def mailbox_rows(
    tenant_id: str, mailbox: Mailbox
) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    """The `UPSERT_FOLDER` rows (the default folder first, parents before children) and the
    `UPSERT_CONTACT` rows of a directory file's mailbox."""
    owner_key = ascii_key(mailbox.user_id)
    default = default_folder_id(mailbox.user_id)
    folders: list[tuple[object, ...]] = [
        (
            tenant_id,
            ascii_key(default),
            default,
            owner_key,
            None,
            DEFAULT_FOLDER_NAME,
            ascii_key(DEFAULT_FOLDER_NAME),
        )
    ]
    contacts = list(mailbox.contacts)
    for tree in mailbox.folders:
        folder = tree.folder
        folders.append(
            (
                tenant_id,
                folder.key,
                folder.id,
                owner_key,
                ascii_key(folder.parent_id),
                folder.display_name,
                ascii_key(folder.display_name),
            )
        )
        contacts += tree.contacts
    contact_rows: list[tuple[object, ...]] = [
        (
            tenant_id,
            contact.key,
            contact.id,
            owner_key,
            ascii_key(contact.folder_id),
            contact.created.isoformat(),
            contact_properties(contact),
        )
        for contact in contacts
    ]
    return folders, contact_rows


def mailboxes_of(
    folder_rows: Sequence[Sequence[Any]], contact_rows: Sequence[Sequence[Any]]
) -> tuple[Mailbox, ...]:
    """The mailboxes of a tenant from its `ALL_FOLDERS` and `ALL_CONTACTS` rows."""
    folders: dict[str, list[ContactFolder]] = {}
    for folder_id, name, parent_id, user_id in folder_rows:
        folders.setdefault(str(user_id), []).append(
            ContactFolder(str(folder_id), str(name), str(parent_id))
        )
    contacts: dict[str, list[Contact]] = {}
    for *row, user_id in contact_rows:
        contacts.setdefault(str(user_id), []).append(contact_of(row))
    mailboxes = []
    for user_id in sorted(folders.keys() | contacts.keys()):
        default = ascii_key(default_folder_id(user_id))
        held: dict[str, list[Contact]] = {}
        for contact in contacts.get(user_id, []):
            held.setdefault(ascii_key(contact.folder_id), []).append(contact)
        # Parents before children: from the default folder down, one level at a time.
        trees: list[FolderTree] = []
        level, remaining = {default}, folders.get(user_id, [])
        while level:
            found = [folder for folder in remaining if ascii_key(folder.parent_id) in level]
            trees += [FolderTree(folder, tuple(held.get(folder.key, ()))) for folder in found]
            level = {folder.key for folder in found}
        mailboxes.append(Mailbox(user_id, tuple(held.get(default, ())), tuple(trees)))
    return tuple(mailboxes)


def _item_key(item_id: str) -> str:
    """The key a requested contact or folder id is looked up by (`ItemNotFound` for one with
    NUL, as `lookup_key` says)."""
    return lookup_key(item_id, ItemNotFound)


def contact_properties(contact: Contact) -> str:
    """The `properties` column of a contact: its fields, change key and modification time."""
    document = fields_document(contact.fields)
    document["changeKey"] = contact.change_key
    document["lastModifiedDateTime"] = contact.modified.isoformat()
    return orjson.dumps(document).decode()


def contact_of(row: Sequence[Any]) -> Contact:
    """A contact from its row: id, folder id, created_at, properties."""
    contact_id, folder_id, created_at, properties_json = row
    document = orjson.loads(properties_json)
    change_key = document.pop("changeKey")
    modified = datetime.fromisoformat(document.pop("lastModifiedDateTime"))
    return Contact(
        str(contact_id),
        str(folder_id),
        datetime.fromisoformat(str(created_at)),
        modified,
        change_key,
        with_values(ContactFields(), document),
    )


def _folder_of(owner: OwnerKey, row: Sequence[Any]) -> ContactFolder:
    folder_id, name, parent_id = row
    return ContactFolder(str(folder_id), str(name), str(parent_id or root_folder_id(owner.id)))


class MailboxRows:
    """`ContactStore` on the backend's `_rows` and `_apply`."""

    dialect: Dialect

    async def _rows(self, query: str, parameters: Sequence[object]) -> Sequence[Sequence[Any]]:
        raise NotImplementedError

    async def _apply(self, steps: Sequence[Step]) -> Sequence[Sequence[Any]]:
        """Run `steps` in one transaction; the first that raises rolls all back. The rows the
        last step returned (`RETURNING`), if any."""
        raise NotImplementedError

    def _sql(self, query: str) -> str:
        return query.format(p=self.dialect.placeholder, change_key=self.dialect.field("changeKey"))

    def _ensure_default(self, owner: OwnerKey, folder_key: str) -> list[Step]:
        """The step that stores the default folder, if `folder_key` is its key."""
        default = default_folder_id(owner.id)
        if folder_key != ascii_key(default):
            return []
        parameters = (
            owner.tenant_id,
            folder_key,
            default,
            owner.key,
            DEFAULT_FOLDER_NAME,
            ascii_key(DEFAULT_FOLDER_NAME),
        )
        return [Step(self._sql(_ENSURE_DEFAULT), parameters)]

    def _folder_exists(self, owner: OwnerKey, folder_key: str) -> list[Step]:
        """The guard that the folder of `folder_key` is the owner's (the default one always is)."""
        if folder_key == ascii_key(default_folder_id(owner.id)):
            return self._ensure_default(owner, folder_key)
        parameters = (owner.tenant_id, owner.key, folder_key)
        return [Step(self._sql(_FOLDER_EXISTS), parameters, missing=ItemNotFound(folder_key))]

    async def contact_folder(self, owner: OwnerKey, folder_id: str) -> ContactFolder:
        """The owner's folder of that id (not the default one unless stored); raises
        `ItemNotFound`."""
        parameters = (owner.tenant_id, owner.key, _item_key(folder_id))
        rows = await self._rows(self._sql(_FOLDER), parameters)
        if not rows:
            raise ItemNotFound(folder_id)
        return _folder_of(owner, rows[0])

    async def contact_folders(self, owner: OwnerKey, parent_id: str) -> list[ContactFolder]:
        """The folders in the owner's folder `parent_id`, by name."""
        parameters = (owner.tenant_id, owner.key, ascii_key(parent_id))
        rows = await self._rows(self._sql(_CHILD_FOLDERS), parameters)
        return [_folder_of(owner, row) for row in rows]

    async def add_contact_folder(self, owner: OwnerKey, folder: ContactFolder) -> None:
        """Store a new folder in its parent; raises `ItemNotFound` (no such parent) or
        `FolderExists` (a folder beside it has its name, ignoring case)."""
        parent_key, name_key = ascii_key(folder.parent_id), ascii_key(folder.display_name)
        taken = FolderExists(folder.display_name)
        await self._apply(
            [
                *self._folder_exists(owner, parent_key),
                Step(
                    self._sql(_NAME_TAKEN),
                    (owner.tenant_id, owner.key, parent_key, name_key, folder.key),
                    present=taken,
                ),
                Step(
                    self._sql(_INSERT_FOLDER),
                    (
                        owner.tenant_id,
                        folder.key,
                        folder.id,
                        owner.key,
                        parent_key,
                        folder.display_name,
                        name_key,
                    ),
                    conflict=taken,
                ),
            ]
        )

    async def rename_contact_folder(self, owner: OwnerKey, folder: ContactFolder) -> None:
        """Give the owner's folder `folder.id` the name `folder.display_name`; raises
        `ItemNotFound` or `FolderExists`."""
        name_key = ascii_key(folder.display_name)
        await self._apply(
            [
                Step(
                    self._sql(_NAME_TAKEN),
                    (owner.tenant_id, owner.key, ascii_key(folder.parent_id), name_key, folder.key),
                    present=FolderExists(folder.display_name),
                ),
                Step(
                    self._sql(_RENAME_FOLDER),
                    (folder.display_name, name_key, owner.tenant_id, owner.key, folder.key),
                    missing=ItemNotFound(folder.id),
                ),
            ]
        )

    async def delete_contact_folder(self, owner: OwnerKey, folder_id: str) -> None:
        """Delete the owner's folder with all it holds; raises `ItemNotFound`."""
        parameters = (owner.tenant_id, owner.key, _item_key(folder_id))
        await self._apply(
            [Step(self._sql(_DELETE_FOLDER), parameters, missing=ItemNotFound(folder_id))]
        )

    async def contacts(self, owner: OwnerKey, folder_id: str) -> list[Contact]:
        """The contacts in the owner's folder, oldest first."""
        parameters = (owner.tenant_id, owner.key, _item_key(folder_id))
        return [contact_of(row) for row in await self._rows(self._sql(_CONTACTS_IN), parameters)]

    async def mailbox_contacts(self, tenant_id: str | None, user_id: str) -> list[Contact]:
        """Every contact of the mailbox of the user `user_id` (an object id, as resolved) of
        the tenant (None: the default one), in any folder, oldest first."""
        parameters = (tenant_id, ascii_key(user_id))
        rows = await self._rows(self._sql(_PEOPLE_CONTACTS), parameters)
        return [contact_of(row) for row in rows]

    async def contact(self, owner: OwnerKey, contact_id: str) -> Contact:
        """The owner's contact of that id, in any folder; raises `ItemNotFound`."""
        parameters = (owner.tenant_id, owner.key, _item_key(contact_id))
        rows = await self._rows(self._sql(_CONTACT), parameters)
        if not rows:
            raise ItemNotFound(contact_id)
        return contact_of(rows[0])

    async def add_contact(self, owner: OwnerKey, contact: Contact) -> None:
        """Store a new contact in its folder; raises `ItemNotFound` (no such folder)."""
        folder_key = ascii_key(contact.folder_id)
        row = (
            owner.tenant_id,
            contact.key,
            contact.id,
            owner.key,
            folder_key,
            contact.created.isoformat(),
            contact_properties(contact),
        )
        await self._apply(
            [
                *self._folder_exists(owner, folder_key),
                Step(self._sql(_INSERT_CONTACT), row, conflict=ItemNotFound(contact.folder_id)),
            ]
        )

    async def replace_contact(self, owner: OwnerKey, before: Contact, after: Contact) -> None:
        """Store `after` over `before`; raises `ContactChanged` if the stored contact is not
        `before` any more (changed or deleted meanwhile)."""
        parameters = (
            contact_properties(after),
            owner.tenant_id,
            owner.key,
            before.key,
            before.change_key,
        )
        await self._apply(
            [Step(self._sql(_UPDATE_CONTACT), parameters, missing=ContactChanged(before.id))]
        )

    async def delete_contact(self, owner: OwnerKey, contact_id: str) -> None:
        """Delete the owner's contact with its photo; raises `ItemNotFound`."""
        parameters = (owner.tenant_id, owner.key, _item_key(contact_id))
        await self._apply(
            [Step(self._sql(_DELETE_CONTACT), parameters, missing=ItemNotFound(contact_id))]
        )

"""A mailbox's contacts and contact folders, as records.

Each user's mailbox has a default Contacts folder (`default_folder_id`: known without being
stored, created in the database by the first write that needs it) and any folders below it.
Folder and contact ids are the server's, unique in a tenant; they are compared ignoring ASCII
case, as every Graph id here. A contact's properties are the ones a client writes
(`ContactFields`, Graph's names in `CONTACT_FIELDS`); the server keeps its id, folder, dates
and change key beside them.
"""

from __future__ import annotations

import base64
import secrets
from collections.abc import Iterable
from dataclasses import dataclass, field, fields, replace
from datetime import UTC, datetime
from typing import Any

from graph_photos.directory.model import ascii_key

DEFAULT_FOLDER_NAME = "Contacts"
DISPLAY_NAME_LENGTH = 256  # the longest display name a contact has (spec: contactWrite)


def default_folder_id(user_id: str) -> str:
    """The id of the user's default Contacts folder (a contact's `parentFolderId` there)."""
    return f"Contacts-{user_id}"


def root_folder_id(user_id: str) -> str:
    """The id of the mailbox's root: the default folder's `parentFolderId` (no API names it)."""
    return f"MsgFolderRoot-{user_id}"


def new_item_id() -> str:
    """A new contact or folder id: opaque and URL-safe, shaped like Exchange's (`AAMkA...`)."""
    return "AAMkA" + secrets.token_urlsafe(30)


def new_change_key() -> str:
    """A new change key: a contact's version, `@odata.etag` as `W/"<change key>"`."""
    return "EQAAABYAAA" + base64.b64encode(secrets.token_bytes(12)).decode().rstrip("=")


@dataclass(frozen=True)
class EmailAddress:
    address: str | None = None
    name: str | None = None


@dataclass(frozen=True)
class ContactFields:
    """What a client sets on a contact (Graph's names in `CONTACT_FIELDS`)."""

    display_name: str | None = None
    given_name: str | None = None
    middle_name: str | None = None
    surname: str | None = None
    nick_name: str | None = None
    title: str | None = None
    email_addresses: tuple[EmailAddress, ...] = ()
    im_addresses: tuple[str, ...] = ()
    business_phones: tuple[str, ...] = ()
    home_phones: tuple[str, ...] = ()
    mobile_phone: str | None = None
    company_name: str | None = None
    department: str | None = None
    job_title: str | None = None
    office_location: str | None = None
    personal_notes: str | None = None
    categories: tuple[str, ...] = ()

    def with_display_name(self) -> ContactFields:
        """These fields, with a display name made of the names when none is set (as
        Outlook shows a contact saved without one)."""
        if self.display_name:
            return self
        names = (self.given_name, self.middle_name, self.surname)
        joined = " ".join(name for name in names if name)[:DISPLAY_NAME_LENGTH]
        return replace(self, display_name=joined or None)


# Graph's name of each field of `ContactFields`.
CONTACT_FIELDS: dict[str, str] = {
    "displayName": "display_name",
    "givenName": "given_name",
    "middleName": "middle_name",
    "surname": "surname",
    "nickName": "nick_name",
    "title": "title",
    "emailAddresses": "email_addresses",
    "imAddresses": "im_addresses",
    "businessPhones": "business_phones",
    "homePhones": "home_phones",
    "mobilePhone": "mobile_phone",
    "companyName": "company_name",
    "department": "department",
    "jobTitle": "job_title",
    "officeLocation": "office_location",
    "personalNotes": "personal_notes",
    "categories": "categories",
}
_COLLECTIONS = frozenset(f.name for f in fields(ContactFields) if f.type.startswith("tuple"))


def with_values(current: ContactFields, values: dict[str, Any]) -> ContactFields:
    """`current` with the properties in `values` (Graph's names and JSON values, as a create
    or a PATCH sends them; `null` clears one, and an empty collection)."""
    updates: dict[str, Any] = {}
    for name, value in values.items():
        attribute = CONTACT_FIELDS[name]
        if attribute == "email_addresses":
            value = tuple(
                EmailAddress(item.get("address"), item.get("name")) for item in value or ()
            )
        elif attribute in _COLLECTIONS:
            value = tuple(value or ())
        updates[attribute] = value
    return replace(current, **updates)


def fields_document(values: ContactFields) -> dict[str, Any]:
    """The fields under Graph's names as JSON values (collections as lists)."""
    document: dict[str, Any] = {}
    for name, attribute in CONTACT_FIELDS.items():
        value = getattr(values, attribute)
        if attribute == "email_addresses":
            value = [{"name": item.name, "address": item.address} for item in value]
        elif attribute in _COLLECTIONS:
            value = list(value)
        document[name] = value
    return document


@dataclass(frozen=True)
class Contact:
    """A contact of a mailbox: its fields and what the server keeps beside them."""

    id: str
    folder_id: str
    created: datetime
    modified: datetime
    change_key: str
    fields: ContactFields = field(default_factory=ContactFields)

    @property
    def key(self) -> str:
        return ascii_key(self.id)


@dataclass(frozen=True)
class ContactFolder:
    """A folder of a mailbox; the default one's parent is the mailbox's root."""

    id: str
    display_name: str
    parent_id: str

    @property
    def key(self) -> str:
        return ascii_key(self.id)


@dataclass(frozen=True)
class FolderTree:
    """A folder of a directory file with what it holds, for import and export."""

    folder: ContactFolder
    contacts: tuple[Contact, ...] = ()


@dataclass(frozen=True)
class Mailbox:
    """One user's contacts and folders, as a directory file holds them (the default folder's
    contacts, then each other folder with its contacts; folders before their children)."""

    user_id: str
    contacts: tuple[Contact, ...] = ()
    folders: tuple[FolderTree, ...] = ()


def _utc_text(when: datetime) -> str:
    return when.astimezone(UTC).isoformat().replace("+00:00", "Z")


def _utc_time(text: str | None, default: datetime) -> datetime:
    """A file's date-time (RFC 3339; none: `default`), in UTC."""
    if text is None:
        return default
    try:
        when = datetime.fromisoformat(text.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        raise ValueError(
            f"date-time {text!r} is not one (RFC 3339: 2026-11-02T09:00:00Z)"
        ) from None
    return when.replace(tzinfo=UTC) if when.tzinfo is None else when.astimezone(UTC)


def mailbox_document(mailbox: Mailbox) -> dict[str, Any]:
    """A mailbox as a directory file's user holds it: `contacts` (the default folder's) and
    `contactFolders`, each with its contacts and `childFolders` (empty ones left out)."""

    def contact_document(contact: Contact) -> dict[str, Any]:
        document: dict[str, Any] = {
            "id": contact.id,
            "createdDateTime": _utc_text(contact.created),
            "lastModifiedDateTime": _utc_text(contact.modified),
            "changeKey": contact.change_key,
        }
        for name, value in fields_document(contact.fields).items():
            if value not in (None, []):
                document[name] = value
        return document

    folders: dict[str, dict[str, Any]] = {}
    top: list[dict[str, Any]] = []
    for tree in mailbox.folders:  # parents come before their children
        document: dict[str, Any] = {"id": tree.folder.id, "displayName": tree.folder.display_name}
        if tree.contacts:
            document["contacts"] = [contact_document(contact) for contact in tree.contacts]
        folders[tree.folder.key] = document
        parent = folders.get(ascii_key(tree.folder.parent_id))
        if parent is None:
            top.append(document)
        else:
            parent.setdefault("childFolders", []).append(document)
    mailbox_fields: dict[str, Any] = {}
    if mailbox.contacts:
        mailbox_fields["contacts"] = [contact_document(contact) for contact in mailbox.contacts]
    if top:
        mailbox_fields["contactFolders"] = top
    return mailbox_fields


def parse_mailbox(user_id: str, user_fields: dict[str, Any], now: datetime) -> Mailbox | None:
    """The mailbox a directory file's user holds (None: no contacts, no folders); `now` dates
    contacts that carry no `createdDateTime`. Folders are walked without recursion."""
    if not user_fields.get("contacts") and not user_fields.get("contactFolders"):
        return None

    def contact_of(document: dict[str, Any], folder_id: str) -> Contact:
        created = _utc_time(document.get("createdDateTime"), now)
        modified = _utc_time(document.get("lastModifiedDateTime"), created)
        change_key = document.get("changeKey") or new_change_key()
        values = {name: value for name, value in document.items() if name in CONTACT_FIELDS}
        fields = with_values(ContactFields(), values).with_display_name()
        return Contact(document["id"], folder_id, created, modified, change_key, fields)

    default = default_folder_id(user_id)
    trees: list[FolderTree] = []
    pending = [(document, default) for document in user_fields.get("contactFolders", ())]
    while pending:
        document, parent_id = pending.pop(0)
        folder = ContactFolder(document["id"], document["displayName"], parent_id)
        contacts = tuple(contact_of(item, folder.id) for item in document.get("contacts", ()))
        trees.append(FolderTree(folder, contacts))
        pending.extend((child, folder.id) for child in document.get("childFolders", ()))
    contacts = tuple(contact_of(item, default) for item in user_fields.get("contacts", ()))
    return Mailbox(user_id, contacts, tuple(trees))


def mailbox_conflict(mailboxes: Iterable[Mailbox]) -> str | None:
    """Why the mailboxes of one tenant cannot all be stored, or None: an id of two contacts or
    two folders (ids name one item of a tenant), or two folders of one name beside each
    other (ignoring case)."""
    seen: set[str] = set()
    for mailbox in mailboxes:
        siblings: set[tuple[str, str]] = set()
        items: list[Contact | ContactFolder] = [*mailbox.contacts]
        for tree in mailbox.folders:
            items += [tree.folder, *tree.contacts]
            place = (ascii_key(tree.folder.parent_id), ascii_key(tree.folder.display_name))
            if place in siblings:
                return (
                    f"user {mailbox.user_id!r}: two contact folders named "
                    f"{tree.folder.display_name!r} are in one folder"
                )
            siblings.add(place)
        for item in items:
            if item.key in seen:
                return f"the contact or folder id {item.id!r} is not unique in the tenant"
            seen.add(item.key)
    return None

"""Every storage backend (SQLite, PostgreSQL) against the ContactStore contract: mailboxes keep
their contacts apart, a folder takes what it holds with it (photos too), concurrent updates
lose nothing, and a directory file's contacts are imported and exported whole."""

from __future__ import annotations

import asyncio
import dataclasses

import pytest

from graph_photos.directory.contact_query import contact_filter
from graph_photos.directory.contacts import ContactFolder, default_folder_id
from graph_photos.directory.file import dump_directory
from graph_photos.directory.model import Directory, ObjectRef
from graph_photos.domain.errors import FolderExists, ItemNotFound, ObjectNotFound
from graph_photos.domain.freshness import recording_reads
from graph_photos.domain.mailboxes import Mailboxes, Place
from graph_photos.domain.records import NewPhoto, OwnerKey
from graph_photos.domain.store import Store
from tests.unit.test_directory_store import ALICE, CONTOSO, load_directory_text

pytestmark = pytest.mark.anyio
BOB = "1672f008-70db-5739-8d05-77b76b38ae9a"
SUPPLIERS, PRINTING = "AAMkAGSuppliers", "AAMkAGPrinting"
PAT, SAM, RAE = "AAMkAGPatKim", "AAMkAGSamOrtiz", "AAMkAGRaeChen"
EVERYONE = contact_filter(None)


async def _owner(store: Store, user: str) -> OwnerKey:
    return await store.resolve(ObjectRef(CONTOSO, "users", user))


def _photo() -> NewPhoto:
    return NewPhoto(b"\xff\xd8 not decoded here \xff\xd9", 64, 64, {48: b"small"})


async def _has_photo(store: Store, contact_id: str) -> bool:
    """Whether a photo row of the contact is stored (its ETag), whoever can reach it."""
    return (await store.freshness(OwnerKey(CONTOSO, "contacts", contact_id))).etag is not None


async def test_a_folder_takes_its_folders_contacts_and_their_photos_with_it(store: Store) -> None:
    alice = await _owner(store, ALICE)
    for contact in (SAM, RAE, PAT):
        await store.put_photo(ObjectRef(CONTOSO, "contacts", contact), _photo())
        assert await _has_photo(store, contact)
    await store.delete_contact_folder(alice, SUPPLIERS)
    for missing in (SAM, RAE):
        assert not await _has_photo(store, missing)
        with pytest.raises(ItemNotFound):
            await store.contact(alice, missing)
        with pytest.raises(ObjectNotFound):  # and no photo address reaches it
            await store.get_photo_info(ObjectRef(CONTOSO, "contacts", missing))
    with pytest.raises(ItemNotFound):
        await store.contact_folder(alice, PRINTING)
    assert await _has_photo(store, PAT)  # another folder's contact keeps its photo
    await store.delete_contact(alice, PAT.lower())
    assert not await _has_photo(store, PAT)


async def test_one_mailbox_never_reaches_anothers_items(store: Store) -> None:
    bob = await _owner(store, BOB)
    with pytest.raises(ItemNotFound):
        await store.contact(bob, PAT)
    with pytest.raises(ItemNotFound):
        await store.contact_folder(bob, SUPPLIERS)
    with pytest.raises(ItemNotFound):
        await store.delete_contact(bob, PAT)
    with pytest.raises(ItemNotFound):  # Bob cannot file a folder into Alice's
        await store.add_contact_folder(bob, ContactFolder("AAMkBob", "Mine", SUPPLIERS))
    assert await store.contacts(bob, default_folder_id(BOB)) == []
    alice = await _owner(store, ALICE)
    assert (await store.contact(alice, PAT)).fields.given_name == "Pat"


async def test_folder_names_are_unique_beside_each_other_ignoring_case(store: Store) -> None:
    mailboxes = Mailboxes(store, store)
    alice = await _owner(store, ALICE)
    with pytest.raises(FolderExists):
        await mailboxes.create_folder(alice, Place(), "SUPPLIERS")
    inside = await mailboxes.create_folder(alice, Place(SUPPLIERS), "Suppliers")
    assert inside.parent_id == SUPPLIERS
    with pytest.raises(FolderExists):
        await mailboxes.rename_folder(alice, inside.id, "printing")
    names = [folder.display_name for folder in await mailboxes.folders(alice, Place(SUPPLIERS))]
    assert names == ["Printing", "Suppliers"]


async def test_concurrent_updates_of_one_contact_keep_every_change(store: Store) -> None:
    mailboxes = Mailboxes(store, store)
    alice = await _owner(store, ALICE)
    changes = [{"jobTitle": "Lead"}, {"department": "Buying"}, {"nickName": "P"},
               {"officeLocation": "Seattle"}, {"mobilePhone": "+1 206 555 0100"}]  # fmt: skip
    results = await asyncio.gather(
        *(mailboxes.update_contact(alice, Place(), PAT, change) for change in changes)
    )
    assert len({result.change_key for result in results}) == len(changes)
    final = (await store.contact(alice, PAT)).fields
    assert (final.job_title, final.department, final.nick_name) == ("Lead", "Buying", "P")
    assert (final.office_location, final.mobile_phone) == ("Seattle", "+1 206 555 0100")


async def test_a_contact_cannot_be_filed_into_a_folder_that_went(store: Store) -> None:
    mailboxes = Mailboxes(store, store)
    alice = await _owner(store, ALICE)
    folder = await mailboxes.create_folder(alice, Place(), "Short-lived")
    made = await mailboxes.create_contact(alice, Place(folder.id), {"givenName": "Kai"})
    await store.delete_contact_folder(alice, folder.id)
    with pytest.raises(ItemNotFound):
        await store.add_contact(alice, dataclasses.replace(made, id="AAMkAGLate"))
    with pytest.raises(ItemNotFound):
        await store.contact(alice, made.id)


async def test_contacts_are_exported_and_imported_with_the_directory(store: Store) -> None:
    mailboxes = Mailboxes(store, store)
    alice = await _owner(store, ALICE)
    made = await mailboxes.create_contact(
        alice, Place(SUPPLIERS, PRINTING), {"givenName": "Lu", "categories": ["Print"]}
    )
    exported = await store.export_directory()
    contoso = next(entry for entry in exported.tenants if entry.tenant.id == CONTOSO)
    (mailbox,) = contoso.mailboxes
    assert mailbox.user_id == ALICE
    assert [contact.id for contact in mailbox.contacts] == [PAT, "AAMkAGDanaLee"]
    assert [(tree.folder.id, [c.id for c in tree.contacts]) for tree in mailbox.folders] == [
        (SUPPLIERS, [SAM]),
        (PRINTING, [RAE, made.id]),
    ]
    # What export writes, import reads back to the same directory, contacts included.
    assert load_directory_text(dump_directory(exported)) == exported
    # Imported again over changed contacts, the file's versions win; nothing is deleted.
    await mailboxes.update_contact(alice, Place(), PAT, {"jobTitle": "Changed"})
    await store.import_directory(Directory(exported.default_tenant, (contoso,)))
    assert (await store.contact(alice, PAT)).fields.job_title == "Buyer"
    assert (await store.contact(alice, made.id)).fields.categories == ("Print",)
    listed = await mailboxes.contacts(alice, Place(PRINTING), EVERYONE)
    assert [contact.id for contact in listed] == [RAE, made.id]


async def test_an_id_no_item_can_have_is_not_found_on_any_engine(store: Store) -> None:
    alice = await _owner(store, ALICE)
    for lookup in (
        store.contact(alice, "AAMk\x00"),
        store.contact_folder(alice, "AAMk\x00"),
        store.delete_contact(alice, "AAMk\x00"),
        store.delete_contact_folder(alice, "AAMk\x00"),
        store.contacts(alice, "AAMk\x00"),
    ):
        with pytest.raises(ItemNotFound):
            await lookup


async def test_a_contacts_photo_is_read_past_the_response_cache(store: Store) -> None:
    """Finding the contact where the path says is no read the caches can vouch for: the
    answer is marked not to keep (a `None` read), whatever the photo's read notes."""
    mailboxes = Mailboxes(store, store)
    alice = await _owner(store, ALICE)
    with recording_reads() as reads:
        ref = await mailboxes.photo_ref(alice, Place(SUPPLIERS), SAM)
    assert ref == ObjectRef(CONTOSO, "contacts", SAM)
    assert reads == [None]

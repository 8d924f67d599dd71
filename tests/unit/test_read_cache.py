"""The read cache: answers from memory only while the store says nothing changed, within its bound.

Run on every backend (SQLite, PostgreSQL): a second store opened on the same database plays
another worker or replica, whose writes the cache must see at once.
"""

from __future__ import annotations

import tracemalloc
from collections.abc import AsyncIterator
from dataclasses import replace

import pytest

from graph_photos.directory.model import Directory, ObjectRef, User
from graph_photos.domain.errors import ObjectNotFound, PhotoNotFound
from graph_photos.domain.read_cache import ENTRY_OVERHEAD, ReadCache
from graph_photos.domain.records import (
    Freshness,
    NewPhoto,
    OwnerKey,
    PhotoInfo,
    StoredContent,
    media_etag,
)
from graph_photos.domain.store import Store
from graph_photos.storage import open_store
from tests.unit.test_storage import ALICE, DIRECTORY, PHOTO, TENANT

pytestmark = pytest.mark.anyio

OTHER_PHOTO = NewPhoto(b"other-jpeg", 5, 4, {48: b"o48", 64: b"o64"})


class CountingStore:
    """A store that counts the reads that reach it."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.reads = 0

    async def get_photo_info(self, ref: ObjectRef) -> PhotoInfo:
        self.reads += 1
        return await self.store.get_photo_info(ref)

    async def get_content(self, ref: ObjectRef, side: int | None = None) -> StoredContent:
        self.reads += 1
        return await self.store.get_content(ref, side)

    async def freshness(self, owner: OwnerKey | None, side: int | None = None) -> Freshness:
        return await self.store.freshness(owner, side)


@pytest.fixture
async def stores(database_url: str) -> AsyncIterator[tuple[Store, Store]]:
    """Two stores on one database: this process's, and another worker's."""
    first = await open_store(database_url)
    await first.bootstrap(DIRECTORY)
    second = await open_store(database_url)
    yield first, second
    await first.close()
    await second.close()


def cache_of(store: Store | CountingStore, **limits: int) -> ReadCache:
    values = {"max_bytes": 1 << 20, "max_item_bytes": 1 << 16, **limits}
    return ReadCache(store, **values)  # type: ignore[arg-type]


async def test_an_unchanged_photo_is_read_from_memory(stores: tuple[Store, Store]) -> None:
    store, _ = stores
    await store.put_photo(ALICE, PHOTO)
    counting = CountingStore(store)
    cache = cache_of(counting)

    first = await cache.photo_info(ALICE)
    again = await cache.photo_info(ALICE)
    content = [await cache.content(ALICE, None) for _ in range(3)]
    size = [await cache.content(ALICE, 48) for _ in range(3)]

    assert again == first
    assert {c.content for c in content} == {PHOTO.content}
    assert {s.content for s in size} == {b"s48"}
    assert counting.reads == 3  # one each for the metadata, the photo and the size
    assert (cache.stats.hits, cache.stats.misses) == (5, 3)


async def test_a_write_by_another_process_is_seen_at_once(stores: tuple[Store, Store]) -> None:
    store, other = stores
    await store.put_photo(ALICE, PHOTO)
    cache = cache_of(store)
    assert (await cache.content(ALICE, None)).content == PHOTO.content
    assert (await cache.content(ALICE, 64)).content == b"s64"
    assert (await cache.photo_info(ALICE)).etag == media_etag(PHOTO.content)

    await other.put_photo(ALICE, OTHER_PHOTO)

    assert (await cache.content(ALICE, None)).content == OTHER_PHOTO.content
    assert (await cache.content(ALICE, 64)).content == b"o64"
    assert (await cache.photo_info(ALICE)).etag == media_etag(OTHER_PHOTO.content)

    await other.delete_photo(ALICE)

    with pytest.raises(PhotoNotFound):
        await cache.photo_info(ALICE)
    with pytest.raises(PhotoNotFound):
        await cache.content(ALICE, 48)


async def test_a_kept_not_found_ends_when_the_photo_is_set(stores: tuple[Store, Store]) -> None:
    store, other = stores
    counting = CountingStore(store)
    cache = cache_of(counting)
    for _ in range(3):
        with pytest.raises(PhotoNotFound):
            await cache.photo_info(ALICE)
    assert counting.reads == 1  # "no photo" is kept: the Toolkit asks again and again

    await other.put_photo(ALICE, PHOTO)

    assert (await cache.photo_info(ALICE)).etag == media_etag(PHOTO.content)


async def test_a_directory_change_ends_what_a_reference_resolved_to(
    stores: tuple[Store, Store],
) -> None:
    store, other = stores
    bob_upn = ObjectRef(TENANT, "users", "bob@contoso.com")
    cache = cache_of(store)
    with pytest.raises(ObjectNotFound) as unknown:
        await cache.photo_info(bob_upn)
    with pytest.raises(ObjectNotFound) as again:  # kept, and raised anew each time
        await cache.photo_info(bob_upn)
    assert again.value is not unknown.value

    # Another process imports a user with that userPrincipalName, and gives them a photo.
    tenant = DIRECTORY.tenants[0]
    bob = User("B0B", "bob@contoso.com", "Bob")
    await other.import_directory(Directory(TENANT, (replace(tenant, users=(*tenant.users, bob)),)))
    await other.put_photo(ObjectRef(TENANT, "users", "B0B"), PHOTO)

    info = await cache.photo_info(bob_upn)
    assert info.owner.id == "B0B"


async def test_a_renamed_user_name_no_longer_reaches_the_old_photo(
    stores: tuple[Store, Store],
) -> None:
    store, other = stores
    tenant = DIRECTORY.tenants[0]
    bob = User("B0B", "bob@contoso.com", "Bob")
    await store.import_directory(Directory(TENANT, (replace(tenant, users=(bob,)),)))
    await store.put_photo(ObjectRef(TENANT, "users", "B0B"), PHOTO)
    by_upn = ObjectRef(TENANT, "users", "bob@contoso.com")
    cache = cache_of(store)
    assert (await cache.content(by_upn, None)).content == PHOTO.content

    renamed = replace(bob, user_principal_name="robert@contoso.com")
    await other.import_directory(Directory(TENANT, (replace(tenant, users=(renamed,)),)))

    with pytest.raises(ObjectNotFound):
        await cache.content(by_upn, None)
    renamed_ref = ObjectRef(TENANT, "users", "robert@contoso.com")
    assert (await cache.content(renamed_ref, None)).content == PHOTO.content


async def test_large_bytes_are_not_kept(stores: tuple[Store, Store]) -> None:
    store, _ = stores
    await store.put_photo(ALICE, PHOTO)
    counting = CountingStore(store)
    cache = cache_of(counting, max_item_bytes=len(PHOTO.content) - 1)
    for _ in range(3):
        await cache.content(ALICE, None)
    assert counting.reads == 3
    assert len(cache) == 0


async def test_off_means_every_read_reaches_the_store(stores: tuple[Store, Store]) -> None:
    store, _ = stores
    await store.put_photo(ALICE, PHOTO)
    counting = CountingStore(store)
    cache = cache_of(counting, max_bytes=0)
    for _ in range(3):
        await cache.photo_info(ALICE)
    assert counting.reads == 3
    assert len(cache) == 0


class ManyOwners:
    """A store of as many owners as asked for, each with a photo of `size` bytes (each read
    makes new records, as a database read does)."""

    def __init__(self, size: int) -> None:
        self.size = size

    async def get_photo_info(self, ref: ObjectRef) -> PhotoInfo:
        raise AssertionError("not used")

    async def get_content(self, ref: ObjectRef, side: int | None = None) -> StoredContent:
        owner = OwnerKey(TENANT, "users", ref.reference)
        content = ref.reference.encode().ljust(self.size, b".")
        return StoredContent(media_etag(content), "image/jpeg", content, owner)

    async def freshness(self, owner: OwnerKey | None, side: int | None = None) -> Freshness:
        return Freshness(0, None if owner is None else media_etag(b"?"))


async def test_the_cache_stays_within_its_bound_under_10000_owners() -> None:
    budget = 2 * 1024 * 1024
    cache = ReadCache(ManyOwners(4000), max_bytes=budget, max_item_bytes=1 << 16)  # type: ignore[arg-type]
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        for number in range(10_000):
            await cache.content(ObjectRef(TENANT, "users", f"owner-{number:05}"), None)
            assert cache.bytes <= budget
        held = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()

    assert len(cache) == budget // (ENTRY_OVERHEAD + 4000)
    assert cache.evictions == 10_000 - len(cache)
    # The estimate is honest: what the entries really hold is within a tenth of the budget.
    assert held <= budget * 1.1, held

"""The SQLite backend against the PhotoStore contract."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from graph_photos.storage import (
    NewPhoto,
    OwnerKey,
    PhotoExists,
    PhotoNotFound,
    PhotoStore,
    media_etag,
    open_store,
)

ALICE = OwnerKey("users", "Alice@Contoso.com")


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[PhotoStore]:
    opened = await open_store(f"sqlite:///{tmp_path / 'photos.db'}")
    yield opened
    await opened.close()


pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


async def test_missing_photo_raises_not_found(store: PhotoStore) -> None:
    with pytest.raises(PhotoNotFound):
        await store.get_photo_info(ALICE)
    with pytest.raises(PhotoNotFound):
        await store.get_photo(ALICE)


async def test_created_photo_reads_back_with_bytes_and_etag(store: PhotoStore) -> None:
    info = await store.create_photo(ALICE, NewPhoto(b"jpeg-bytes", 3, 2))

    assert (info.width, info.height, info.content_type) == (3, 2, "image/jpeg")
    assert info.etag == media_etag(b"jpeg-bytes")
    assert await store.get_photo_info(ALICE) == info
    stored = await store.get_photo(ALICE)
    assert stored.content == b"jpeg-bytes"
    assert stored.info == info


async def test_owner_ids_are_case_insensitive_but_kinds_are_separate(store: PhotoStore) -> None:
    await store.create_photo(ALICE, NewPhoto(b"a", 1, 1))

    assert (await store.get_photo_info(OwnerKey("users", "alice@contoso.COM"))).width == 1
    with pytest.raises(PhotoNotFound):
        await store.get_photo_info(OwnerKey("groups", "Alice@Contoso.com"))


async def test_second_create_raises_exists_and_keeps_the_first(store: PhotoStore) -> None:
    first = await store.create_photo(ALICE, NewPhoto(b"first", 1, 1))

    with pytest.raises(PhotoExists):
        await store.create_photo(ALICE, NewPhoto(b"second", 2, 2))

    assert (await store.get_photo(ALICE)).content == b"first"
    assert await store.get_photo_info(ALICE) == first


async def test_concurrent_creates_have_exactly_one_winner(store: PhotoStore) -> None:
    results = await asyncio.gather(
        *(store.create_photo(ALICE, NewPhoto(bytes([i]), 1, 1)) for i in range(20)),
        return_exceptions=True,
    )

    winners = [r for r in results if not isinstance(r, BaseException)]
    assert len(winners) == 1
    assert all(isinstance(r, PhotoExists) for r in results if isinstance(r, BaseException))
    assert (await store.get_photo_info(ALICE)).etag == winners[0].etag


async def test_data_survives_reopening(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'nested' / 'dir' / 'photos.db'}"
    first = await open_store(url)
    info = await first.create_photo(ALICE, NewPhoto(b"kept", 4, 4))
    await first.close()

    second = await open_store(url)
    try:
        assert await second.get_photo_info(ALICE) == info
        assert (await second.get_photo(ALICE)).content == b"kept"
    finally:
        await second.close()


def test_media_etag_is_quoted_and_tracks_every_byte() -> None:
    assert media_etag(b"a") == media_etag(b"a")
    assert media_etag(b"a") != media_etag(b"b")
    assert media_etag(b"a").startswith('"')
    assert media_etag(b"a").endswith('"')
    assert len(media_etag(b"a")) == 18


async def test_unsupported_url_is_refused() -> None:
    with pytest.raises(ValueError, match="unsupported database URL"):
        await open_store("mysql://nope")

"""Every storage backend (SQLite, PostgreSQL) against the PhotoStore contract.

The directory side of the stores (`DirectoryStore`) has its own tests in test_directory_store.py.
"""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import AsyncIterator, Callable
from contextlib import closing
from pathlib import Path
from typing import Any

import psycopg
import pytest
from alembic.script import ScriptDirectory

from graph_photos.directory.file import load_directory
from graph_photos.directory.model import Directory, Group, ObjectRef, Tenant, TenantDirectory, User
from graph_photos.domain.errors import PhotoExists, PhotoNotFound, PreconditionFailed
from graph_photos.domain.records import IfMatch, NewPhoto, SizeInfo, media_etag
from graph_photos.domain.store import Store
from graph_photos.storage import open_store
from tests.conftest import FIXTURES

MIGRATIONS = Path(__file__).resolve().parents[2] / "graph_photos" / "storage" / "migrations"

TENANT = "00000000-0000-0000-0000-0000000000aa"
ALICE = ObjectRef(TENANT, "users", "Alice@Contoso.com")
# Alice, and a group that happens to have the same id: kinds are separate.
DIRECTORY = Directory(
    TENANT,
    (
        TenantDirectory(
            Tenant(TENANT, "tests.example", "Tests"),
            users=(User("Alice@Contoso.com", "alice@contoso.com", "Alice"),),
            groups=(Group("Alice@Contoso.com", "Look-alike"),),
        ),
    ),
)
PHOTO = NewPhoto(b"jpeg-bytes", 3, 2, {48: b"s48", 64: b"s64"})

pytestmark = pytest.mark.anyio


@pytest.fixture
async def store(database_url: str) -> AsyncIterator[Store]:
    opened = await open_store(database_url)
    await opened.bootstrap(DIRECTORY)
    yield opened
    await opened.close()


async def test_missing_photo_raises_not_found(store: Store) -> None:
    with pytest.raises(PhotoNotFound):
        await store.get_photo_info(ALICE)
    with pytest.raises(PhotoNotFound):
        await store.get_content(ALICE)
    with pytest.raises(PhotoNotFound):
        await store.get_content(ALICE, 48)


async def test_created_photo_reads_back_with_bytes_sizes_and_etags(store: Store) -> None:
    info = await store.create_photo(ALICE, PHOTO)

    assert (info.width, info.height, info.content_type) == (3, 2, "image/jpeg")
    assert info.etag == media_etag(b"jpeg-bytes")
    assert info.sizes == (SizeInfo(48, media_etag(b"s48")), SizeInfo(64, media_etag(b"s64")))
    assert await store.get_photo_info(ALICE) == info
    content = await store.get_content(ALICE)
    assert (content.content, content.etag, content.content_type) == (
        b"jpeg-bytes",
        info.etag,
        "image/jpeg",
    )
    size = await store.get_content(ALICE, 64)
    assert (size.content, size.etag) == (b"s64", info.size(64).etag)
    with pytest.raises(PhotoNotFound):
        await store.get_content(ALICE, 96)


async def test_owner_ids_are_case_insensitive_but_kinds_are_separate(store: Store) -> None:
    await store.create_photo(ALICE, PHOTO)

    assert (await store.get_photo_info(ObjectRef(TENANT, "users", "alice@contoso.COM"))).width == 3
    with pytest.raises(PhotoNotFound):
        await store.get_photo_info(ObjectRef(TENANT, "groups", "Alice@Contoso.com"))


async def test_second_create_raises_exists_and_keeps_the_first(store: Store) -> None:
    first = await store.create_photo(ALICE, PHOTO)

    with pytest.raises(PhotoExists):
        await store.create_photo(ALICE, NewPhoto(b"second", 2, 2))

    assert (await store.get_content(ALICE)).content == b"jpeg-bytes"
    assert await store.get_photo_info(ALICE) == first


async def test_put_replaces_photo_and_all_its_sizes(store: Store) -> None:
    await store.put_photo(ALICE, PHOTO)

    info = await store.put_photo(ALICE, NewPhoto(b"new", 9, 9, {96: b"s96"}))

    assert await store.get_photo_info(ALICE) == info
    assert [size.side for size in info.sizes] == [96]
    with pytest.raises(PhotoNotFound):
        await store.get_content(ALICE, 48)


@pytest.mark.parametrize(
    ("condition", "holds"),
    [
        (IfMatch(any=True), True),
        (IfMatch(etags=frozenset({media_etag(b"jpeg-bytes")})), True),
        (IfMatch(etags=frozenset({'"0"', media_etag(b"jpeg-bytes")})), True),
        (IfMatch(etags=frozenset({'"0"'})), False),
        (IfMatch(), False),
    ],
)
async def test_if_match_guards_put_and_delete(
    store: Store, condition: IfMatch, holds: bool
) -> None:
    original = await store.put_photo(ALICE, PHOTO)

    if holds:
        await store.put_photo(ALICE, NewPhoto(b"next", 1, 1), condition)
        assert (await store.get_content(ALICE)).content == b"next"
    else:
        with pytest.raises(PreconditionFailed):
            await store.put_photo(ALICE, NewPhoto(b"next", 1, 1), condition)
        with pytest.raises(PreconditionFailed):
            await store.delete_photo(ALICE, condition)
        assert await store.get_photo_info(ALICE) == original


async def test_if_match_fails_when_there_is_no_photo(store: Store) -> None:
    with pytest.raises(PreconditionFailed):
        await store.put_photo(ALICE, PHOTO, IfMatch(any=True))
    with pytest.raises(PreconditionFailed):
        await store.delete_photo(ALICE, IfMatch(any=True))
    with pytest.raises(PhotoNotFound):
        await store.get_photo_info(ALICE)


async def test_delete_removes_photo_and_sizes(store: Store) -> None:
    await store.put_photo(ALICE, PHOTO)

    await store.delete_photo(ALICE)

    with pytest.raises(PhotoNotFound):
        await store.get_photo_info(ALICE)
    with pytest.raises(PhotoNotFound):
        await store.get_content(ALICE, 48)
    with pytest.raises(PhotoNotFound):
        await store.delete_photo(ALICE)


async def test_concurrent_creates_have_exactly_one_winner(store: Store) -> None:
    results = await asyncio.gather(
        *(store.create_photo(ALICE, NewPhoto(bytes([i]), 1, 1)) for i in range(20)),
        return_exceptions=True,
    )

    winners = [r for r in results if not isinstance(r, BaseException)]
    assert len(winners) == 1
    assert all(isinstance(r, PhotoExists) for r in results if isinstance(r, BaseException))
    assert (await store.get_photo_info(ALICE)).etag == winners[0].etag


async def test_concurrent_conditional_puts_have_exactly_one_winner(store: Store) -> None:
    etag = (await store.put_photo(ALICE, PHOTO)).etag
    condition = IfMatch(etags=frozenset({etag}))

    results = await asyncio.gather(
        *(store.put_photo(ALICE, NewPhoto(bytes([i]), 1, 1), condition) for i in range(10)),
        return_exceptions=True,
    )

    assert sum(not isinstance(r, BaseException) for r in results) == 1
    assert sum(isinstance(r, PreconditionFailed) for r in results) == 9


async def test_data_survives_reopening(database_url: str) -> None:
    url = database_url
    first = await open_store(url)
    await first.bootstrap(DIRECTORY)
    info = await first.create_photo(ALICE, PHOTO)
    await first.close()

    second = await open_store(url)
    try:
        assert await second.get_photo_info(ALICE) == info
        assert (await second.get_content(ALICE, 48)).content == b"s48"
    finally:
        await second.close()


def test_media_etag_is_quoted_and_tracks_every_byte() -> None:
    assert media_etag(b"a") == media_etag(b"a")
    assert media_etag(b"a") != media_etag(b"b")
    assert media_etag(b"a").startswith('"')
    assert media_etag(b"a").endswith('"')
    assert len(media_etag(b"a")) == 18


async def test_sqlite_creates_its_directory(tmp_path: Path) -> None:
    store = await open_store(f"sqlite:///{tmp_path / 'nested' / 'dir' / 'photos.db'}")
    await store.ping()
    await store.close()
    assert (tmp_path / "nested" / "dir" / "photos.db").exists()


async def test_unsupported_url_is_refused() -> None:
    with pytest.raises(ValueError, match="unsupported database URL"):
        await open_store("mysql://nope")


async def test_a_database_from_before_migrations_is_adopted(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    with sqlite3.connect(path) as old:
        old.execute(
            "CREATE TABLE photos (owner_kind TEXT NOT NULL, owner_key TEXT NOT NULL, "
            "owner_id TEXT NOT NULL, width INTEGER NOT NULL, height INTEGER NOT NULL, "
            "etag TEXT NOT NULL, content_type TEXT NOT NULL, updated_at TEXT NOT NULL, "
            "content BLOB NOT NULL, PRIMARY KEY (owner_kind, owner_key))"
        )
        old.execute(
            "INSERT INTO photos VALUES ('users', 'old', 'Old', 1, 1, ?, 'image/jpeg', "
            "'2026-11-26T17:00:00+00:00', x'00')",
            (media_etag(b"\x00"),),
        )

    store = await open_store(f"sqlite:///{path}")
    try:
        # The first start attaches the photo to its owner: one of the directory's, created
        # under the id it was stored under (no user of the imported directory has it).
        await store.bootstrap(load_directory(FIXTURES / "directory-empty.yaml"))
        old = ObjectRef(None, "users", "OLD")
        owner = await store.resolve(old)
        assert (owner.tenant_id, owner.id) == (TENANT, "Old")
        info = await store.get_photo_info(old)
        assert (info.owner, info.sizes, info.etag) == (owner, (), media_etag(b"\x00"))
        await store.put_photo(old, PHOTO)
        assert len((await store.get_photo_info(old)).sizes) == 2
    finally:
        await store.close()
    with sqlite3.connect(path) as migrated:
        head = ScriptDirectory(str(MIGRATIONS)).get_current_head()
        assert migrated.execute("SELECT version_num FROM alembic_version").fetchone() == (head,)
        assert migrated.execute("SELECT count(*) FROM photos").fetchone() == (0,)


class _SqliteCommitsBetween:
    """The store's SQLite connection, letting `hook` run just before a statement that reads
    a photo's sizes (as if another process committed at that moment)."""

    def __init__(self, connection: sqlite3.Connection, hook: Callable[[], None]) -> None:
        self._connection = connection
        self._hook = hook

    def execute(self, query: str, *args: Any) -> sqlite3.Cursor:
        if "FROM profile_photo_sizes" in query and query.startswith("SELECT side"):
            self._hook()
        return self._connection.execute(query, *args)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._connection, name)


async def test_a_read_is_one_snapshot_though_another_process_commits_between_its_statements(
    store: Store, database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Metadata and sizes come from the same commit: never one photo's row with another's
    sizes (which the read cache would then keep under a valid ETag)."""
    first = await store.create_photo(ALICE, PHOTO)  # sizes 48 and 64
    replaced: list[bool] = []
    # Another process replaces the photo with one that has no sizes, between our statements.
    replace = [
        "UPDATE profile_photos SET etag = '\"OTHER\"', width = 1, height = 1",
        "DELETE FROM profile_photo_sizes",
    ]

    def other_process_commits() -> None:
        if replaced:
            return
        replaced.append(True)
        if database_url.startswith("sqlite"):
            other = sqlite3.connect(database_url.removeprefix("sqlite:///"), isolation_level=None)
            with closing(other):
                other.execute("BEGIN IMMEDIATE")
                for statement in replace:
                    other.execute(statement)
                other.execute("COMMIT")
        else:
            with psycopg.connect(database_url) as other, other.transaction():
                for statement in replace:
                    other.execute(statement)

    if database_url.startswith("sqlite"):
        sqlite_store: Any = store
        sqlite_store._connection = _SqliteCommitsBetween(
            sqlite_store._connection, other_process_commits
        )
    else:
        execute = psycopg.AsyncConnection.execute

        async def commits_between(self: Any, query: Any, *args: Any, **kwargs: Any) -> Any:
            if "FROM profile_photo_sizes" in str(query) and str(query).startswith("SELECT side"):
                other_process_commits()
            return await execute(self, query, *args, **kwargs)

        monkeypatch.setattr(psycopg.AsyncConnection, "execute", commits_between)

    read = await store.get_photo_info(ALICE)
    assert replaced, "the other process's commit did not run between the reads"
    assert read == first  # the state before the other commit, whole
    after = await store.get_photo_info(ALICE)
    assert (after.etag, after.width, after.sizes) == ('"OTHER"', 1, ())  # and after it, whole

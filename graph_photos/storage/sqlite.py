"""The SQLite backend: one database file, WAL journal, every statement on one worker thread.

SQLite serialises writers anyway; running all statements on a single dedicated thread keeps the
event loop free, needs no locks, and lets one connection be reused for the life of the store.
Each write is one `BEGIN IMMEDIATE` transaction that checks its precondition and writes the photo
with its sizes, so concurrent writers cannot interleave. WAL with `synchronous=NORMAL` survives a
crash of the process (the durability the service promises); it may lose the last commits on a
power cut, which a local stand-in accepts.
"""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from typing import TypeVar

from graph_photos.domain.errors import PhotoNotFound
from graph_photos.domain.records import (
    IfMatch,
    NewPhoto,
    OwnerKey,
    PhotoInfo,
    Precondition,
    SizeInfo,
    StoredContent,
    if_match_holds,
    media_etag,
    no_photo_yet,
    size_infos,
)

_T = TypeVar("_T")

_OWNER = "owner_kind = ? AND owner_key = ?"
_INFO_COLUMNS = "owner_id, width, height, etag, content_type, updated_at"


class SqlitePhotoStore:
    """`PhotoStore` on a SQLite file."""

    def __init__(self, connection: sqlite3.Connection, executor: ThreadPoolExecutor) -> None:
        self._connection = connection
        self._executor = executor

    @classmethod
    async def open(cls, path: str) -> SqlitePhotoStore:
        """Open the (migrated) database at `path`."""
        executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sqlite")

        def connect() -> sqlite3.Connection:
            connection = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
            connection.execute("PRAGMA journal_mode=WAL")
            connection.execute("PRAGMA synchronous=NORMAL")
            # Other processes (workers) may hold the write lock for a moment: wait, not fail.
            connection.execute("PRAGMA busy_timeout=10000")
            return connection

        loop = asyncio.get_running_loop()
        connection = await loop.run_in_executor(executor, connect)
        return cls(connection, executor)

    async def _run(self, work: Callable[[sqlite3.Connection], _T]) -> _T:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, work, self._connection)

    async def get_photo_info(self, owner: OwnerKey) -> PhotoInfo:
        return await self._run(lambda connection: _read_info(connection, owner))

    async def get_content(self, owner: OwnerKey, side: int | None = None) -> StoredContent:
        def read(connection: sqlite3.Connection) -> tuple[object, ...] | None:
            if side is None:
                query = f"SELECT etag, content_type, content FROM photos WHERE {_OWNER}"
                parameters: tuple[object, ...] = (owner.kind, owner.key)
            else:
                query = (
                    "SELECT etag, 'image/jpeg', content FROM photo_sizes "
                    f"WHERE {_OWNER} AND side = ?"
                )
                parameters = (owner.kind, owner.key, side)
            row: tuple[object, ...] | None = connection.execute(query, parameters).fetchone()
            return row

        row = await self._run(read)
        if row is None:
            raise PhotoNotFound(owner, side)
        etag, content_type, content = row
        assert isinstance(content, bytes)
        return StoredContent(str(etag), str(content_type), content)

    async def create_photo(self, owner: OwnerKey, photo: NewPhoto) -> PhotoInfo:
        return await self._write(owner, photo, no_photo_yet(owner))

    async def put_photo(
        self, owner: OwnerKey, photo: NewPhoto, if_match: IfMatch | None = None
    ) -> PhotoInfo:
        return await self._write(owner, photo, if_match_holds(owner, if_match))

    async def _write(
        self,
        owner: OwnerKey,
        photo: NewPhoto,
        check: Precondition,
    ) -> PhotoInfo:
        etag = media_etag(photo.content)
        updated_at = datetime.now(UTC)
        sizes = size_infos(photo)

        def write(connection: sqlite3.Connection) -> None:
            with _transaction(connection):
                check(_current_etag(connection, owner))
                connection.execute(
                    f"DELETE FROM photo_sizes WHERE {_OWNER}", (owner.kind, owner.key)
                )
                connection.execute(
                    "INSERT OR REPLACE INTO photos (owner_kind, owner_key, owner_id, width, "
                    "height, etag, content_type, updated_at, content) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        owner.kind,
                        owner.key,
                        owner.id,
                        photo.width,
                        photo.height,
                        etag,
                        photo.content_type,
                        updated_at.isoformat(),
                        photo.content,
                    ),
                )
                connection.executemany(
                    "INSERT INTO photo_sizes (owner_kind, owner_key, side, etag, content) "
                    "VALUES (?, ?, ?, ?, ?)",
                    [
                        (owner.kind, owner.key, size.side, size.etag, photo.sizes[size.side])
                        for size in sizes
                    ],
                )

        await self._run(write)
        return PhotoInfo(
            owner, photo.width, photo.height, etag, photo.content_type, updated_at, sizes
        )

    async def delete_photo(self, owner: OwnerKey, if_match: IfMatch | None = None) -> None:
        def delete(connection: sqlite3.Connection) -> None:
            with _transaction(connection):
                current = _current_etag(connection, owner)
                if_match_holds(owner, if_match)(current)
                if current is None:
                    raise PhotoNotFound(owner)
                for table in ("photos", "photo_sizes"):
                    connection.execute(
                        f"DELETE FROM {table} WHERE {_OWNER}", (owner.kind, owner.key)
                    )

        await self._run(delete)

    async def ping(self) -> None:
        await self._run(lambda connection: connection.execute("SELECT 1").fetchone())

    async def close(self) -> None:
        await self._run(lambda connection: connection.close())
        self._executor.shutdown(wait=True)


class _transaction:
    """`BEGIN IMMEDIATE` ... `COMMIT`, or `ROLLBACK` when the body raises."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._connection = connection

    def __enter__(self) -> None:
        self._connection.execute("BEGIN IMMEDIATE")

    def __exit__(self, exc_type: object, exc: object, traceback: object) -> None:
        self._connection.execute("ROLLBACK" if exc_type is not None else "COMMIT")


def _current_etag(connection: sqlite3.Connection, owner: OwnerKey) -> str | None:
    row = connection.execute(
        f"SELECT etag FROM photos WHERE {_OWNER}",
        (owner.kind, owner.key),
    ).fetchone()
    return None if row is None else str(row[0])


def _read_info(connection: sqlite3.Connection, owner: OwnerKey) -> PhotoInfo:
    row = connection.execute(
        f"SELECT {_INFO_COLUMNS} FROM photos WHERE {_OWNER}",
        (owner.kind, owner.key),
    ).fetchone()
    if row is None:
        raise PhotoNotFound(owner)
    sizes = connection.execute(
        f"SELECT side, etag FROM photo_sizes WHERE {_OWNER} ORDER BY side",
        (owner.kind, owner.key),
    ).fetchall()
    owner_id, width, height, etag, content_type, updated_at = row
    return PhotoInfo(
        owner=OwnerKey(owner.kind, str(owner_id)),
        width=int(width),
        height=int(height),
        etag=str(etag),
        content_type=str(content_type),
        updated_at=datetime.fromisoformat(str(updated_at)),
        sizes=tuple(SizeInfo(int(side), str(size_etag)) for side, size_etag in sizes),
    )

"""The SQLite backend: one database file, WAL journal, every statement on one worker thread.

SQLite serialises writers anyway; running all statements on a single dedicated thread keeps the
event loop free, needs no locks, and lets one connection be reused for the life of the store.
WAL with `synchronous=NORMAL` survives a crash of the process (the durability the service
promises); it may lose the last commits on a power cut, which a local stand-in accepts.
"""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path
from typing import TypeVar

from graph_photos.storage import (
    NewPhoto,
    OwnerKey,
    PhotoExists,
    PhotoInfo,
    PhotoNotFound,
    StoredPhoto,
    media_etag,
)

_T = TypeVar("_T")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS photos (
    owner_kind   TEXT    NOT NULL,
    owner_key    TEXT    NOT NULL,
    owner_id     TEXT    NOT NULL,
    width        INTEGER NOT NULL,
    height       INTEGER NOT NULL,
    etag         TEXT    NOT NULL,
    content_type TEXT    NOT NULL,
    updated_at   TEXT    NOT NULL,
    content      BLOB    NOT NULL,
    PRIMARY KEY (owner_kind, owner_key)
)
"""

_INFO_COLUMNS = "owner_id, width, height, etag, content_type, updated_at"


class SqlitePhotoStore:
    """`PhotoStore` on a SQLite file."""

    def __init__(self, connection: sqlite3.Connection, executor: ThreadPoolExecutor) -> None:
        self._connection = connection
        self._executor = executor

    @classmethod
    async def open(cls, path: str) -> SqlitePhotoStore:
        """Open (creating if needed) the database at `path`; `:memory:` for a throwaway store."""
        executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sqlite")

        def connect() -> sqlite3.Connection:
            if path != ":memory:":
                Path(path).parent.mkdir(parents=True, exist_ok=True)
            connection = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
            connection.execute("PRAGMA journal_mode=WAL")
            connection.execute("PRAGMA synchronous=NORMAL")
            connection.execute(_SCHEMA)
            return connection

        loop = asyncio.get_running_loop()
        connection = await loop.run_in_executor(executor, connect)
        return cls(connection, executor)

    async def _run(self, work: Callable[[sqlite3.Connection], _T]) -> _T:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, work, self._connection)

    async def get_photo_info(self, owner: OwnerKey) -> PhotoInfo:
        def read(connection: sqlite3.Connection) -> tuple[object, ...] | None:
            row: tuple[object, ...] | None = connection.execute(
                f"SELECT {_INFO_COLUMNS} FROM photos WHERE owner_kind = ? AND owner_key = ?",  # noqa: S608
                (owner.kind, owner.key),
            ).fetchone()
            return row

        row = await self._run(read)
        if row is None:
            raise PhotoNotFound(owner)
        return _info(owner, row)

    async def get_photo(self, owner: OwnerKey) -> StoredPhoto:
        def read(connection: sqlite3.Connection) -> tuple[object, ...] | None:
            row: tuple[object, ...] | None = connection.execute(
                f"SELECT {_INFO_COLUMNS}, content FROM photos "  # noqa: S608
                "WHERE owner_kind = ? AND owner_key = ?",
                (owner.kind, owner.key),
            ).fetchone()
            return row

        row = await self._run(read)
        if row is None:
            raise PhotoNotFound(owner)
        content = row[-1]
        assert isinstance(content, bytes)
        return StoredPhoto(_info(owner, row[:-1]), content)

    async def create_photo(self, owner: OwnerKey, photo: NewPhoto) -> PhotoInfo:
        etag = media_etag(photo.content)
        updated_at = datetime.now(UTC)

        def insert(connection: sqlite3.Connection) -> None:
            try:
                connection.execute(
                    "INSERT INTO photos (owner_kind, owner_key, owner_id, width, height, etag, "
                    "content_type, updated_at, content) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
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
            except sqlite3.IntegrityError:
                raise PhotoExists(owner) from None

        await self._run(insert)
        return PhotoInfo(owner, photo.width, photo.height, etag, photo.content_type, updated_at)

    async def close(self) -> None:
        await self._run(lambda connection: connection.close())
        self._executor.shutdown(wait=True)


def _info(owner: OwnerKey, row: tuple[object, ...]) -> PhotoInfo:
    owner_id, width, height, etag, content_type, updated_at = row
    assert isinstance(width, int)
    assert isinstance(height, int)
    return PhotoInfo(
        owner=OwnerKey(owner.kind, str(owner_id)),
        width=width,
        height=height,
        etag=str(etag),
        content_type=str(content_type),
        updated_at=datetime.fromisoformat(str(updated_at)),
    )

"""The PostgreSQL backend: psycopg 3 with an async connection pool, for several replicas.

Every write is one transaction that locks the owner's row (`SELECT … FOR UPDATE`), checks its
precondition against the current ETag and writes the photo with its sizes, so concurrent
writers on any replica serialise and exactly one `If-Match` writer wins. When there is no row
to lock yet, two first writes meet at the primary key: a create inserts and turns the loser's
unique violation into `PhotoExists`; a replace upserts, so the later one simply wins.
"""

from __future__ import annotations

from datetime import UTC, datetime

from psycopg import AsyncConnection, errors
from psycopg_pool import AsyncConnectionPool

from graph_photos.domain.errors import PhotoExists, PhotoNotFound
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

_OWNER = "owner_kind = %s AND owner_key = %s"
_INFO_COLUMNS = "owner_id, width, height, etag, content_type, updated_at"


class PostgresPhotoStore:
    """`PhotoStore` on PostgreSQL."""

    def __init__(self, pool: AsyncConnectionPool) -> None:
        self._pool = pool

    @classmethod
    async def open(cls, url: str, max_connections: int = 10) -> PostgresPhotoStore:
        pool = AsyncConnectionPool(url, min_size=1, max_size=max_connections, open=False)
        await pool.open(wait=True, timeout=10)
        return cls(pool)

    async def get_photo_info(self, owner: OwnerKey) -> PhotoInfo:
        async with self._pool.connection() as connection:
            cursor = await connection.execute(
                f"SELECT {_INFO_COLUMNS} FROM photos WHERE {_OWNER}", (owner.kind, owner.key)
            )
            row = await cursor.fetchone()
            if row is None:
                raise PhotoNotFound(owner)
            cursor = await connection.execute(
                f"SELECT side, etag FROM photo_sizes WHERE {_OWNER} ORDER BY side",
                (owner.kind, owner.key),
            )
            sizes = await cursor.fetchall()
        owner_id, width, height, etag, content_type, updated_at = row
        return PhotoInfo(
            owner=OwnerKey(owner.kind, owner_id),
            width=width,
            height=height,
            etag=etag,
            content_type=content_type,
            updated_at=datetime.fromisoformat(updated_at),
            sizes=tuple(SizeInfo(side, size_etag) for side, size_etag in sizes),
        )

    async def get_content(self, owner: OwnerKey, side: int | None = None) -> StoredContent:
        if side is None:
            query = f"SELECT etag, content_type, content FROM photos WHERE {_OWNER}"
            parameters: tuple[object, ...] = (owner.kind, owner.key)
        else:
            query = (
                f"SELECT etag, 'image/jpeg', content FROM photo_sizes WHERE {_OWNER} AND side = %s"
            )
            parameters = (owner.kind, owner.key, side)
        async with self._pool.connection() as connection:
            cursor = await connection.execute(query, parameters)
            row = await cursor.fetchone()
        if row is None:
            raise PhotoNotFound(owner, side)
        etag, content_type, content = row
        return StoredContent(etag, content_type, bytes(content))

    async def create_photo(self, owner: OwnerKey, photo: NewPhoto) -> PhotoInfo:
        try:
            return await self._write(owner, photo, no_photo_yet(owner), upsert=False)
        except errors.UniqueViolation:
            raise PhotoExists(owner) from None

    async def put_photo(
        self, owner: OwnerKey, photo: NewPhoto, if_match: IfMatch | None = None
    ) -> PhotoInfo:
        return await self._write(owner, photo, if_match_holds(owner, if_match), upsert=True)

    async def _write(
        self,
        owner: OwnerKey,
        photo: NewPhoto,
        check: Precondition,
        upsert: bool,
    ) -> PhotoInfo:
        etag = media_etag(photo.content)
        updated_at = datetime.now(UTC)
        sizes = size_infos(photo)
        on_conflict = (
            " ON CONFLICT (owner_kind, owner_key) DO UPDATE SET owner_id = EXCLUDED.owner_id, "
            "width = EXCLUDED.width, height = EXCLUDED.height, etag = EXCLUDED.etag, "
            "content_type = EXCLUDED.content_type, updated_at = EXCLUDED.updated_at, "
            "content = EXCLUDED.content"
            if upsert
            else ""
        )
        async with self._pool.connection() as connection, connection.transaction():
            check(await _current_etag_for_update(connection, owner))
            await connection.execute(
                "INSERT INTO photos (owner_kind, owner_key, owner_id, width, height, etag, "
                "content_type, updated_at, content) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s)"
                + on_conflict,
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
            await connection.execute(
                f"DELETE FROM photo_sizes WHERE {_OWNER}", (owner.kind, owner.key)
            )
            async with connection.cursor() as cursor:
                await cursor.executemany(
                    "INSERT INTO photo_sizes (owner_kind, owner_key, side, etag, content) "
                    "VALUES (%s, %s, %s, %s, %s)",
                    [(owner.kind, owner.key, s.side, s.etag, photo.sizes[s.side]) for s in sizes],
                )
        return PhotoInfo(
            owner, photo.width, photo.height, etag, photo.content_type, updated_at, sizes
        )

    async def delete_photo(self, owner: OwnerKey, if_match: IfMatch | None = None) -> None:
        async with self._pool.connection() as connection, connection.transaction():
            current = await _current_etag_for_update(connection, owner)
            if_match_holds(owner, if_match)(current)
            if current is None:
                raise PhotoNotFound(owner)
            for table in ("photos", "photo_sizes"):
                await connection.execute(
                    f"DELETE FROM {table} WHERE {_OWNER}", (owner.kind, owner.key)
                )

    async def ping(self) -> None:
        async with self._pool.connection() as connection:
            await connection.execute("SELECT 1")

    async def close(self) -> None:
        await self._pool.close()


async def _current_etag_for_update(connection: AsyncConnection, owner: OwnerKey) -> str | None:
    cursor = await connection.execute(
        f"SELECT etag FROM photos WHERE {_OWNER} FOR UPDATE", (owner.kind, owner.key)
    )
    row = await cursor.fetchone()
    return None if row is None else str(row[0])

"""The PostgreSQL backend: psycopg 3 with an async connection pool, for several replicas.

Every write is one transaction that locks the owner's row (`SELECT … FOR UPDATE`), checks its
precondition against the current ETag and writes the photo with its sizes, so concurrent
writers on any replica serialise and exactly one `If-Match` writer wins. When there is no row
to lock yet, two first writes meet at the primary key: a create inserts and turns the loser's
unique violation into `PhotoExists`; a replace upserts, so the later one simply wins.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from typing import Any

from psycopg import AsyncConnection, IsolationLevel, errors
from psycopg_pool import AsyncConnectionPool

from graph_photos.directory.model import (
    Directory,
    ObjectKind,
    ObjectRef,
)
from graph_photos.directory.terms import term_rows
from graph_photos.domain.errors import ObjectNotFound, PhotoExists, PhotoNotFound
from graph_photos.domain.records import (
    Freshness,
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
from graph_photos.storage import queries as sql
from graph_photos.storage.contacts import (
    MailboxQueries,
    MailboxRows,
    Step,
    mailbox_rows,
    mailboxes_of,
)
from graph_photos.storage.directory_query import POSTGRES
from graph_photos.storage.directory_reads import DirectoryReads
from graph_photos.storage.identity import (
    IdentityQueries,
    IdentityRows,
    application_rows,
    applications_of,
)

_OWNER = "tenant_id = %s AND owner_kind = %s AND owner_key = %s"
_INFO_COLUMNS = "owner_id, width, height, etag, content_type, updated_at"
# Any fixed number: the lock that one process holds while it bootstraps the directory.
_BOOTSTRAP_LOCK = 7_243_117

_SQL = sql.DirectoryQueries.for_placeholder("%s")
_MAILBOX_SQL = MailboxQueries.for_placeholder("%s")
_IDENTITY_SQL = IdentityQueries.for_placeholder("%s")


class PostgresPhotoStore(DirectoryReads, MailboxRows, IdentityRows):
    """`PhotoStore`, `DirectoryStore` and `ContactStore` on PostgreSQL."""

    dialect = POSTGRES

    def __init__(self, pool: AsyncConnectionPool) -> None:
        self._pool = pool

    @classmethod
    async def open(cls, url: str, max_connections: int = 10) -> PostgresPhotoStore:
        # Autocommit: a lone statement is one round trip, where psycopg's implicit transaction
        # added a BEGIN before it and the pool a ROLLBACK after (a people search asks ten);
        # what must be atomic or read one snapshot opens a transaction itself.
        pool = AsyncConnectionPool(
            url,
            min_size=1,
            max_size=max_connections,
            open=False,
            kwargs={"autocommit": True},
        )
        await pool.open(wait=True, timeout=10)
        return cls(pool)

    @asynccontextmanager
    async def _snapshot(self) -> AsyncIterator[AsyncConnection]:
        """A connection whose statements share one snapshot (a REPEATABLE READ, READ ONLY
        transaction): a read of several statements never combines two commits of another
        replica (READ COMMITTED, the default, takes a snapshot per statement)."""
        async with self._pool.connection() as connection:
            await connection.set_isolation_level(IsolationLevel.REPEATABLE_READ)
            await connection.set_read_only(True)
            try:
                async with connection.transaction():
                    yield connection
            finally:
                # Back to the defaults for the next user of the pooled connection (writes).
                await connection.set_isolation_level(None)
                await connection.set_read_only(None)

    async def get_photo_info(self, ref: ObjectRef) -> PhotoInfo:
        async with self._snapshot() as connection:
            owner = await _resolve(connection, ref)
            cursor = await connection.execute(
                f"SELECT {_INFO_COLUMNS} FROM profile_photos WHERE {_OWNER}",
                (owner.tenant_id, owner.kind, owner.key),
            )
            row = await cursor.fetchone()
            if row is None:
                raise PhotoNotFound(owner)
            cursor = await connection.execute(
                f"SELECT side, etag FROM profile_photo_sizes WHERE {_OWNER} ORDER BY side",
                (owner.tenant_id, owner.kind, owner.key),
            )
            sizes = await cursor.fetchall()
        owner_id, width, height, etag, content_type, updated_at = row
        return PhotoInfo(
            owner=OwnerKey(owner.tenant_id, owner.kind, owner_id),
            width=width,
            height=height,
            etag=etag,
            content_type=content_type,
            updated_at=datetime.fromisoformat(updated_at),
            sizes=tuple(SizeInfo(side, size_etag) for side, size_etag in sizes),
        )

    async def get_content(self, ref: ObjectRef, side: int | None = None) -> StoredContent:
        async with self._snapshot() as connection:
            owner = await _resolve(connection, ref)
            if side is None:
                query = f"SELECT etag, content_type, content FROM profile_photos WHERE {_OWNER}"
                parameters: tuple[object, ...] = (owner.tenant_id, owner.kind, owner.key)
            else:
                query = (
                    "SELECT etag, 'image/jpeg', content FROM profile_photo_sizes "
                    f"WHERE {_OWNER} AND side = %s"
                )
                parameters = (owner.tenant_id, owner.kind, owner.key, side)
            cursor = await connection.execute(query, parameters)
            row = await cursor.fetchone()
        if row is None:
            raise PhotoNotFound(owner, side)
        etag, content_type, content = row
        return StoredContent(etag, content_type, bytes(content), owner)

    async def create_photo(
        self, ref: ObjectRef, photo: NewPhoto, *, create_owner: bool = False
    ) -> PhotoInfo:
        try:
            return await self._write(ref, photo, no_photo_yet, create_owner, upsert=False)
        except errors.UniqueViolation:
            raise PhotoExists(ref.reference) from None

    async def put_photo(
        self,
        ref: ObjectRef,
        photo: NewPhoto,
        if_match: IfMatch | None = None,
        *,
        create_owner: bool = False,
    ) -> PhotoInfo:
        return await self._write(
            ref, photo, lambda o: if_match_holds(o, if_match), create_owner, upsert=True
        )

    async def _write(
        self,
        ref: ObjectRef,
        photo: NewPhoto,
        precondition: Callable[[OwnerKey], Precondition],
        create_owner: bool,
        upsert: bool,
    ) -> PhotoInfo:
        etag = media_etag(photo.content)
        updated_at = datetime.now(UTC)
        sizes = size_infos(photo)
        on_conflict = (
            " ON CONFLICT (tenant_id, owner_kind, owner_key) DO UPDATE SET "
            "owner_id = EXCLUDED.owner_id, width = EXCLUDED.width, height = EXCLUDED.height, "
            "etag = EXCLUDED.etag, "
            "content_type = EXCLUDED.content_type, updated_at = EXCLUDED.updated_at, "
            "content = EXCLUDED.content"
            if upsert
            else ""
        )
        async with self._pool.connection() as connection, connection.transaction():
            owner = await _resolve(connection, ref, create_owner)
            precondition(owner)(await _current_etag_for_update(connection, owner))
            await connection.execute(
                "INSERT INTO profile_photos (tenant_id, owner_kind, owner_key, owner_id, width, "
                "height, etag, content_type, updated_at, content) "
                "VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s)" + on_conflict,
                (
                    owner.tenant_id,
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
                f"DELETE FROM profile_photo_sizes WHERE {_OWNER}",
                (owner.tenant_id, owner.kind, owner.key),
            )
            async with connection.cursor() as cursor:
                await cursor.executemany(
                    "INSERT INTO profile_photo_sizes (tenant_id, owner_kind, owner_key, side, "
                    "etag, content) VALUES (%s, %s, %s, %s, %s, %s)",
                    [
                        (
                            owner.tenant_id,
                            owner.kind,
                            owner.key,
                            s.side,
                            s.etag,
                            photo.sizes[s.side],
                        )
                        for s in sizes
                    ],
                )
        return PhotoInfo(
            owner, photo.width, photo.height, etag, photo.content_type, updated_at, sizes
        )

    async def delete_photo(self, ref: ObjectRef, if_match: IfMatch | None = None) -> OwnerKey:
        async with self._pool.connection() as connection, connection.transaction():
            owner = await _resolve(connection, ref)
            current = await _current_etag_for_update(connection, owner)
            if_match_holds(owner, if_match)(current)
            if current is None:
                raise PhotoNotFound(owner)
            for table in ("profile_photos", "profile_photo_sizes"):
                await connection.execute(
                    f"DELETE FROM {table} WHERE {_OWNER}", (owner.tenant_id, owner.kind, owner.key)
                )
        return owner

    # The directory.

    async def resolve(self, ref: ObjectRef, *, create: bool = False) -> OwnerKey:
        if not create:
            async with self._snapshot() as connection:
                return await _resolve(connection, ref)
        async with self._pool.connection() as connection, connection.transaction():
            return await _resolve(connection, ref, create=True)

    async def _object(self, tenant_id: str | None, kind: ObjectKind, reference: str) -> str:
        async with self._pool.connection() as connection:
            parameters = sql.object_parameters(tenant_id, kind, reference)
            row = await _fetchone(connection, _SQL.object, parameters)
        if row is None:
            raise ObjectNotFound(reference)
        return str(row[0])

    async def _rows(self, query: str, parameters: Sequence[object]) -> Sequence[Sequence[Any]]:
        # One statement: one snapshot without a transaction around it.
        async with self._pool.connection() as connection:
            cursor = await connection.execute(query, tuple(parameters))
            rows: list[tuple[Any, ...]] = await cursor.fetchall()
        return rows

    async def _apply(self, steps: Sequence[Step]) -> Sequence[Sequence[Any]]:
        found: list[tuple[Any, ...]] | None = None
        async with self._pool.connection() as connection, connection.transaction():
            for step in steps:
                try:
                    cursor = await connection.execute(step.sql, step.parameters)
                except errors.IntegrityError:
                    if step.conflict is None:
                        raise
                    raise step.conflict from None
                found = await cursor.fetchall() if cursor.description else None
                step.check(cursor.rowcount if found is None else len(found))
        return found or []

    async def import_directory(self, directory: Directory) -> None:
        async with self._pool.connection() as connection, connection.transaction():
            await _import(connection, directory)
        # The planner's statistics and the visibility map, now rather than when autovacuum
        # comes: without them a search of a fresh 10,000-user import took 460 ms, not 1 ms
        # (a nested loop over rows it believed to be one), and a count read every heap page.
        async with self._pool.connection() as connection:
            await connection.execute(
                "VACUUM (ANALYZE) directory_objects, directory_terms, directory_members"
            )

    async def export_directory(self) -> Directory:
        async with self._snapshot() as connection:
            tenant_rows = await (await connection.execute(sql.ALL_TENANTS)).fetchall()
            tenants = []
            for row in tenant_rows:
                objects, folders, contacts, apps = [
                    await (await connection.execute(query, (row[0],))).fetchall()
                    for query in (
                        _SQL.all_objects,
                        _MAILBOX_SQL.all_folders,
                        _MAILBOX_SQL.all_contacts,
                        _IDENTITY_SQL.tenant_applications,
                    )
                ]
                tenants.append(
                    sql.tenant_directory(
                        row, objects, mailboxes_of(folders, contacts), applications_of(apps)
                    )
                )
        return sql.directory_of(tenant_rows, tenants)

    async def bootstrap(self, directory: Directory) -> bool:
        async with self._pool.connection() as connection, connection.transaction():
            # Replicas starting together: one imports, the others then find it done.
            await connection.execute("SELECT pg_advisory_xact_lock(%s)", (_BOOTSTRAP_LOCK,))
            count = await _fetchone(connection, sql.TENANT_COUNT, ())
            empty = count is not None and count[0] == 0
            if empty:
                await _import(connection, directory)
            cursor = await connection.execute(sql.LEGACY_PHOTOS)
            for kind, legacy_key, legacy_id in await cursor.fetchall():
                await _adopt(connection, str(kind), str(legacy_key), str(legacy_id))
            return empty

    async def freshness(self, owner: OwnerKey | None, side: int | None = None) -> Freshness:
        query, parameters = sql.freshness_query(_SQL, owner, side)
        async with self._pool.connection() as connection:
            return sql.freshness_of(await _fetchone(connection, query, parameters))

    async def ping(self) -> None:
        async with self._pool.connection() as connection:
            await connection.execute("SELECT 1")

    async def close(self) -> None:
        await self._pool.close()


_STAGE_OBJECTS = (
    "CREATE TEMP TABLE IF NOT EXISTS staged_objects (LIKE directory_objects) ON COMMIT DROP"
)
_COPY_OBJECTS = f"COPY staged_objects ({sql.OBJECT_COLUMNS}) FROM STDIN"
_DELETE_TERMS = (
    "DELETE FROM directory_terms WHERE tenant_id = %s AND kind = %s AND id_key = ANY(%s)"
)
_DELETE_MEMBERS = "DELETE FROM directory_members WHERE tenant_id = %s AND group_key = ANY(%s)"
_COPY_MEMBERS = "COPY directory_members (tenant_id, group_key, member_key) FROM STDIN"
_COPY_TERMS = "COPY directory_terms (tenant_id, kind, id_key, property, term, name_key) FROM STDIN"


async def _fetchone(
    connection: AsyncConnection, query: str, parameters: tuple[object, ...]
) -> tuple[object, ...] | None:
    cursor = await connection.execute(query, parameters)
    row: tuple[object, ...] | None = await cursor.fetchone()
    return row


async def _resolve(connection: AsyncConnection, ref: ObjectRef, create: bool = False) -> OwnerKey:
    """The object `ref` names; with `create` (inside a transaction), an unknown user or group
    of an existing tenant is created first. Raises `ObjectNotFound`."""
    row = await _fetchone(connection, *sql.resolve_query(_SQL, ref))
    if row is None and create and ref.kind != "contacts":
        tenant = await _fetchone(connection, _SQL.default_tenant, (ref.tenant_id,))
        if tenant is not None:
            record = sql.new_owner(ref.object_kind, ref.reference, ref.kind == "teams")
            await connection.execute(
                _SQL.insert_object_if_new, sql.object_row(str(tenant[0]), record)
            )
            for term in term_rows(str(tenant[0]), [record]):
                await connection.execute(_SQL.insert_term, term)
            row = await _fetchone(connection, _SQL.resolve, sql.resolve_parameters(ref))
    if row is None:
        raise ObjectNotFound(ref.reference)
    return sql.resolved_owner(ref, row)


async def _import(connection: AsyncConnection, directory: Directory) -> None:
    if sql.holds_default(directory):
        await connection.execute(sql.CLEAR_DEFAULT)
    for entry in directory.tenants:
        cursor = await connection.execute(_SQL.user_addresses, (entry.tenant.id,))
        sql.check_addresses(entry, await cursor.fetchall())
        is_default = entry.tenant.id == directory.default_tenant
        await connection.execute(_SQL.upsert_tenant, sql.tenant_row(entry.tenant, is_default))
        records = entry.users + entry.groups
        async with connection.cursor() as cursor:
            await cursor.execute(_STAGE_OBJECTS)
            await cursor.execute("TRUNCATE staged_objects")
            async with cursor.copy(_COPY_OBJECTS) as copy:
                for record in records:
                    await copy.write_row(sql.object_row(entry.tenant.id, record))
            await cursor.execute(sql.UPSERT_STAGED_OBJECTS)
            for kind, keys in sql.keys_by_kind(entry.tenant.id, records).items():
                await cursor.execute(_DELETE_TERMS, (entry.tenant.id, kind, keys))
            # COPY: a tenant of 100,000 users has a million terms (no conflicts: just deleted).
            async with cursor.copy(_COPY_TERMS) as copy:
                for row in term_rows(entry.tenant.id, records):
                    await copy.write_row(row)
            groups = sql.keys_by_kind(entry.tenant.id, entry.groups).get("groups", [])
            await cursor.execute(_DELETE_MEMBERS, (entry.tenant.id, groups))
            async with cursor.copy(_COPY_MEMBERS) as copy:
                for row in sql.membership_rows(entry.tenant.id, entry.groups):
                    await copy.write_row(row)
            for mailbox in entry.mailboxes:
                folders, contacts = mailbox_rows(entry.tenant.id, mailbox)
                await cursor.executemany(_MAILBOX_SQL.upsert_folder, folders)
                await cursor.executemany(_MAILBOX_SQL.upsert_contact, contacts)
            await cursor.executemany(
                _IDENTITY_SQL.upsert_application,
                application_rows(entry.tenant.id, entry.applications),
            )


async def _adopt(connection: AsyncConnection, kind: str, legacy_key: str, legacy_id: str) -> None:
    """Attach a photo stored before the directory to the default tenant's object it names,
    created under its id when there is none."""
    ref = ObjectRef(None, "users" if kind == "users" else "groups", legacy_id)
    owner = await _resolve(connection, ref, create=True)
    await connection.execute(
        _SQL.adopt_photo, (owner.tenant_id, owner.key, owner.id, kind, legacy_key)
    )
    await connection.execute(_SQL.adopt_sizes, (owner.tenant_id, owner.key, kind, legacy_key))
    await connection.execute(_SQL.drop_legacy_sizes, (kind, legacy_key))
    await connection.execute(_SQL.drop_legacy_photo, (kind, legacy_key))


async def _current_etag_for_update(connection: AsyncConnection, owner: OwnerKey) -> str | None:
    cursor = await connection.execute(
        f"SELECT etag FROM profile_photos WHERE {_OWNER} FOR UPDATE",
        (owner.tenant_id, owner.kind, owner.key),
    )
    row = await cursor.fetchone()
    return None if row is None else str(row[0])

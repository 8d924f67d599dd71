"""The SQLite backend: one database file, WAL journal, every statement on one worker thread.

SQLite serialises writers anyway; running all statements on a single dedicated thread keeps the
event loop free, needs no locks, and lets one connection be reused for the life of the store.
The one exception is `freshness`, the read cache's check on every hit: two indexed lookups,
a few microseconds, cheaper than the hop to the worker thread and back. It runs on the event
loop on a connection of its own that only reads, which never waits for a lock (WAL readers do not
wait for writers; should SQLite ever answer "busy", the check goes through the worker).
Each write is one `BEGIN IMMEDIATE` transaction that checks its precondition and writes the photo
with its sizes, so concurrent writers cannot interleave. WAL with `synchronous=NORMAL` survives a
crash of the process (the durability the service promises); it may lose the last commits on a
power cut, which a local stand-in accepts.
"""

from __future__ import annotations

import asyncio
import sqlite3
import sys
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from typing import Any, TypeVar

from graph_photos.directory.model import (
    Directory,
    ObjectKind,
    ObjectRef,
)
from graph_photos.directory.terms import term_rows
from graph_photos.domain.errors import ObjectNotFound, PhotoNotFound
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
from graph_photos.storage.directory_query import SQLITE
from graph_photos.storage.directory_reads import DirectoryReads
from graph_photos.storage.identity import (
    IdentityQueries,
    IdentityRows,
    application_rows,
    applications_of,
)

_T = TypeVar("_T")
SWITCH_INTERVAL = 0.0002  # seconds: see `SqlitePhotoStore.open`

_SQL = sql.DirectoryQueries.for_placeholder("?")
_MAILBOX_SQL = MailboxQueries.for_placeholder("?")
_IDENTITY_SQL = IdentityQueries.for_placeholder("?")

_OWNER = "tenant_id = ? AND owner_kind = ? AND owner_key = ?"
_INFO_COLUMNS = "owner_id, width, height, etag, content_type, updated_at"


class SqlitePhotoStore(DirectoryReads, MailboxRows, IdentityRows):
    """`PhotoStore`, `DirectoryStore` and `ContactStore` on a SQLite file."""

    dialect = SQLITE

    def __init__(
        self,
        connection: sqlite3.Connection,
        executor: ThreadPoolExecutor,
        checker: sqlite3.Connection | None = None,
    ) -> None:
        self._connection = connection
        self._executor = executor
        # On the event loop's thread (None for an in-memory database, which is per connection).
        self._checker = checker

    @classmethod
    async def open(cls, path: str) -> SqlitePhotoStore:
        """Open the (migrated) database at `path`."""
        executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sqlite")
        # The store's thread gives the GIL up at each row SQLite steps to and must take it back
        # from the event loop, which, answering from memory (kept pages, the response cache),
        # keeps it for the interpreter's switch interval: 5 ms a row by default. At one worker,
        # 8 clients, `startswith` pages of 25: p95 126 ms so, 31-44 ms at 0.2 ms.
        sys.setswitchinterval(min(sys.getswitchinterval(), SWITCH_INTERVAL))

        def connect() -> sqlite3.Connection:
            connection = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
            connection.execute("PRAGMA journal_mode=WAL")
            connection.execute("PRAGMA synchronous=NORMAL")
            # Other processes (workers) may hold the write lock for a moment: wait, not fail.
            connection.execute("PRAGMA busy_timeout=10000")
            # Folders take their contacts with them (migration 0006): off unless asked.
            connection.execute("PRAGMA foreign_keys=ON")
            return connection

        loop = asyncio.get_running_loop()
        connection = await loop.run_in_executor(executor, connect)
        checker = None
        if path != ":memory:":
            # timeout=0: answer "busy" at once rather than wait on the event loop.
            checker = sqlite3.connect(path, isolation_level=None, timeout=0)
        return cls(connection, executor, checker)

    async def _run(self, work: Callable[[sqlite3.Connection], _T]) -> _T:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, work, self._connection)

    async def _read(self, work: Callable[[sqlite3.Connection], _T]) -> _T:
        """`work`'s statements in one read transaction: one snapshot of the database (WAL), so
        a read of several statements never combines two commits of another process."""

        def in_snapshot(connection: sqlite3.Connection) -> _T:
            connection.execute("BEGIN")
            try:
                return work(connection)
            finally:
                connection.execute("COMMIT")

        return await self._run(in_snapshot)

    async def get_photo_info(self, ref: ObjectRef) -> PhotoInfo:
        return await self._read(
            lambda connection: _read_info(connection, _resolve(connection, ref))
        )

    async def get_content(self, ref: ObjectRef, side: int | None = None) -> StoredContent:
        def read(connection: sqlite3.Connection) -> StoredContent:
            owner = _resolve(connection, ref)
            if side is None:
                query = f"SELECT etag, content_type, content FROM profile_photos WHERE {_OWNER}"
                parameters: tuple[object, ...] = (owner.tenant_id, owner.kind, owner.key)
            else:
                query = (
                    "SELECT etag, 'image/jpeg', content FROM profile_photo_sizes "
                    f"WHERE {_OWNER} AND side = ?"
                )
                parameters = (owner.tenant_id, owner.kind, owner.key, side)
            row = connection.execute(query, parameters).fetchone()
            if row is None:
                raise PhotoNotFound(owner, side)
            etag, content_type, content = row
            assert isinstance(content, bytes)
            return StoredContent(str(etag), str(content_type), content, owner)

        return await self._read(read)

    async def create_photo(
        self, ref: ObjectRef, photo: NewPhoto, *, create_owner: bool = False
    ) -> PhotoInfo:
        return await self._write(ref, photo, no_photo_yet, create_owner)

    async def put_photo(
        self,
        ref: ObjectRef,
        photo: NewPhoto,
        if_match: IfMatch | None = None,
        *,
        create_owner: bool = False,
    ) -> PhotoInfo:
        return await self._write(ref, photo, lambda o: if_match_holds(o, if_match), create_owner)

    async def _write(
        self,
        ref: ObjectRef,
        photo: NewPhoto,
        precondition: Callable[[OwnerKey], Precondition],
        create_owner: bool,
    ) -> PhotoInfo:
        etag = media_etag(photo.content)
        updated_at = datetime.now(UTC)
        sizes = size_infos(photo)

        def write(connection: sqlite3.Connection) -> OwnerKey:
            with _transaction(connection):
                owner = _resolve(connection, ref, create_owner)
                precondition(owner)(_current_etag(connection, owner))
                connection.execute(
                    f"DELETE FROM profile_photo_sizes WHERE {_OWNER}",
                    (owner.tenant_id, owner.kind, owner.key),
                )
                connection.execute(
                    "INSERT OR REPLACE INTO profile_photos (tenant_id, owner_kind, owner_key, "
                    "owner_id, width, height, etag, content_type, updated_at, content) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
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
                connection.executemany(
                    "INSERT INTO profile_photo_sizes (tenant_id, owner_kind, owner_key, side, "
                    "etag, content) VALUES (?, ?, ?, ?, ?, ?)",
                    [
                        (
                            owner.tenant_id,
                            owner.kind,
                            owner.key,
                            size.side,
                            size.etag,
                            photo.sizes[size.side],
                        )
                        for size in sizes
                    ],
                )
            return owner

        owner = await self._run(write)
        return PhotoInfo(
            owner, photo.width, photo.height, etag, photo.content_type, updated_at, sizes
        )

    async def delete_photo(self, ref: ObjectRef, if_match: IfMatch | None = None) -> OwnerKey:
        def delete(connection: sqlite3.Connection) -> OwnerKey:
            with _transaction(connection):
                owner = _resolve(connection, ref)
                current = _current_etag(connection, owner)
                if_match_holds(owner, if_match)(current)
                if current is None:
                    raise PhotoNotFound(owner)
                for table in ("profile_photos", "profile_photo_sizes"):
                    connection.execute(
                        f"DELETE FROM {table} WHERE {_OWNER}",
                        (owner.tenant_id, owner.kind, owner.key),
                    )
            return owner

        return await self._run(delete)

    # The directory.

    async def resolve(self, ref: ObjectRef, *, create: bool = False) -> OwnerKey:
        if not create:
            return await self._read(lambda connection: _resolve(connection, ref))

        def resolve(connection: sqlite3.Connection) -> OwnerKey:
            with _transaction(connection):
                return _resolve(connection, ref, create=True)

        return await self._run(resolve)

    async def _object(self, tenant_id: str | None, kind: ObjectKind, reference: str) -> str:
        parameters = sql.object_parameters(tenant_id, kind, reference)
        row = await self._run(
            lambda connection: connection.execute(_SQL.object, parameters).fetchone()
        )
        if row is None:
            raise ObjectNotFound(reference)
        return str(row[0])

    async def _rows(self, query: str, parameters: Sequence[object]) -> Sequence[Sequence[Any]]:
        def read(connection: sqlite3.Connection) -> list[tuple[Any, ...]]:
            rows: list[tuple[Any, ...]] = connection.execute(query, tuple(parameters)).fetchall()
            return rows

        return await self._read(read)

    async def _apply(self, steps: Sequence[Step]) -> Sequence[Sequence[Any]]:
        def apply(connection: sqlite3.Connection) -> Sequence[Sequence[Any]]:
            found: list[tuple[Any, ...]] | None = None
            with _transaction(connection):
                for step in steps:
                    try:
                        cursor = connection.execute(step.sql, step.parameters)
                    except sqlite3.IntegrityError:
                        if step.conflict is None:
                            raise
                        raise step.conflict from None
                    found = cursor.fetchall() if cursor.description else None
                    step.check(cursor.rowcount if found is None else len(found))
            return found or []

        return await self._run(apply)

    async def import_directory(self, directory: Directory) -> None:
        def write(connection: sqlite3.Connection) -> None:
            with _transaction(connection):
                _import(connection, directory)

        await self._run(write)

    async def export_directory(self) -> Directory:
        def read(connection: sqlite3.Connection) -> Directory:
            tenant_rows = connection.execute(sql.ALL_TENANTS).fetchall()
            tenants = [
                sql.tenant_directory(
                    row,
                    connection.execute(_SQL.all_objects, (row[0],)).fetchall(),
                    mailboxes_of(
                        connection.execute(_MAILBOX_SQL.all_folders, (row[0],)).fetchall(),
                        connection.execute(_MAILBOX_SQL.all_contacts, (row[0],)).fetchall(),
                    ),
                    applications_of(
                        connection.execute(_IDENTITY_SQL.tenant_applications, (row[0],)).fetchall()
                    ),
                )
                for row in tenant_rows
            ]
            return sql.directory_of(tenant_rows, tenants)

        return await self._read(read)

    async def bootstrap(self, directory: Directory) -> bool:
        def bootstrap(connection: sqlite3.Connection) -> bool:
            with _transaction(connection):
                empty = bool(connection.execute(sql.TENANT_COUNT).fetchone()[0] == 0)
                if empty:
                    _import(connection, directory)
                legacy = connection.execute(sql.LEGACY_PHOTOS).fetchall()
                for kind, legacy_key, legacy_id in legacy:
                    _adopt(connection, str(kind), str(legacy_key), str(legacy_id))
                return empty

        return await self._run(bootstrap)

    async def freshness(self, owner: OwnerKey | None, side: int | None = None) -> Freshness:
        query, parameters = sql.freshness_query(_SQL, owner, side)
        if self._checker is not None:
            try:
                return sql.freshness_of(self._checker.execute(query, parameters).fetchone())
            except sqlite3.OperationalError:  # "database is locked": never wait on the loop
                pass
        return await self._run(
            lambda connection: sql.freshness_of(connection.execute(query, parameters).fetchone())
        )

    async def ping(self) -> None:
        await self._run(lambda connection: connection.execute("SELECT 1").fetchone())

    async def close(self) -> None:
        if self._checker is not None:
            self._checker.close()
        await self._run(lambda connection: connection.close())
        self._executor.shutdown(wait=True)


def _resolve(connection: sqlite3.Connection, ref: ObjectRef, create: bool = False) -> OwnerKey:
    """The object `ref` names; with `create` (inside a write transaction), an unknown user or
    group of an existing tenant is created first. Raises `ObjectNotFound`."""
    row = connection.execute(*sql.resolve_query(_SQL, ref)).fetchone()
    if row is None and create and ref.kind != "contacts":
        tenant = connection.execute(_SQL.default_tenant, (ref.tenant_id,)).fetchone()
        if tenant is not None:
            record = sql.new_owner(ref.object_kind, ref.reference, ref.kind == "teams")
            connection.execute(_SQL.insert_object_if_new, sql.object_row(str(tenant[0]), record))
            connection.executemany(_SQL.insert_term, term_rows(str(tenant[0]), [record]))
            row = connection.execute(_SQL.resolve, sql.resolve_parameters(ref)).fetchone()
    if row is None:
        raise ObjectNotFound(ref.reference)
    return sql.resolved_owner(ref, row)


def _import(connection: sqlite3.Connection, directory: Directory) -> None:
    if sql.holds_default(directory):
        connection.execute(sql.CLEAR_DEFAULT)
    for entry in directory.tenants:
        stored = connection.execute(_SQL.user_addresses, (entry.tenant.id,)).fetchall()
        sql.check_addresses(entry, stored)
        is_default = entry.tenant.id == directory.default_tenant
        connection.execute(_SQL.upsert_tenant, sql.tenant_row(entry.tenant, is_default))
        records = entry.users + entry.groups
        connection.executemany(
            _SQL.upsert_object, [sql.object_row(entry.tenant.id, r) for r in records]
        )
        connection.executemany(_SQL.delete_terms, sql.object_keys(entry.tenant.id, records))
        connection.executemany(_SQL.insert_term, term_rows(entry.tenant.id, records))
        groups = sql.keys_by_kind(entry.tenant.id, entry.groups).get("groups", [])
        connection.executemany(_SQL.delete_members, [(entry.tenant.id, key) for key in groups])
        connection.executemany(
            _SQL.insert_member, sql.membership_rows(entry.tenant.id, entry.groups)
        )
        for mailbox in entry.mailboxes:
            folders, contacts = mailbox_rows(entry.tenant.id, mailbox)
            connection.executemany(_MAILBOX_SQL.upsert_folder, folders)
            connection.executemany(_MAILBOX_SQL.upsert_contact, contacts)
        connection.executemany(
            _IDENTITY_SQL.upsert_application, application_rows(entry.tenant.id, entry.applications)
        )


def _adopt(connection: sqlite3.Connection, kind: str, legacy_key: str, legacy_id: str) -> None:
    """Attach a photo stored before the directory to the default tenant's object it names,
    created under its id when there is none."""
    ref = ObjectRef(None, "users" if kind == "users" else "groups", legacy_id)
    owner = _resolve(connection, ref, create=True)
    connection.execute(_SQL.adopt_photo, (owner.tenant_id, owner.key, owner.id, kind, legacy_key))
    connection.execute(_SQL.adopt_sizes, (owner.tenant_id, owner.key, kind, legacy_key))
    connection.execute(_SQL.drop_legacy_sizes, (kind, legacy_key))
    connection.execute(_SQL.drop_legacy_photo, (kind, legacy_key))


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
        f"SELECT etag FROM profile_photos WHERE {_OWNER}",
        (owner.tenant_id, owner.kind, owner.key),
    ).fetchone()
    return None if row is None else str(row[0])


def _read_info(connection: sqlite3.Connection, owner: OwnerKey) -> PhotoInfo:
    row = connection.execute(
        f"SELECT {_INFO_COLUMNS} FROM profile_photos WHERE {_OWNER}",
        (owner.tenant_id, owner.kind, owner.key),
    ).fetchone()
    if row is None:
        raise PhotoNotFound(owner)
    sizes = connection.execute(
        f"SELECT side, etag FROM profile_photo_sizes WHERE {_OWNER} ORDER BY side",
        (owner.tenant_id, owner.kind, owner.key),
    ).fetchall()
    owner_id, width, height, etag, content_type, updated_at = row
    return PhotoInfo(
        owner=OwnerKey(owner.tenant_id, owner.kind, str(owner_id)),
        width=int(width),
        height=int(height),
        etag=str(etag),
        content_type=str(content_type),
        updated_at=datetime.fromisoformat(str(updated_at)),
        sizes=tuple(SizeInfo(int(side), str(size_etag)) for side, size_etag in sizes),
    )

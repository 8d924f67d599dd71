"""The persistence seam's implementations, chosen by URL in `open_store`.

Each backend (SQLite by default, PostgreSQL for scale-out) implements the domain's `PhotoStore`
(`graph_photos.domain.store`) on the domain's records; generated wire models never reach this
package. `migrate` brings a database to the current schema (Alembic).
"""

from __future__ import annotations

from pathlib import Path

import anyio.to_thread

from graph_photos.domain.store import Store
from graph_photos.private_files import private_file
from graph_photos.settings import redacted


def _sqlite_path(url: str) -> str:
    return url.removeprefix("sqlite://").removeprefix("/")


def migrate(url: str) -> None:
    """Bring the database at `url` to the current schema (blocking)."""
    if not url.startswith(("sqlite://", "postgresql://", "postgres://")):
        raise ValueError(
            f"unsupported database URL {redacted(url)!r}: expected sqlite:///<path> or "
            "postgresql://…"
        )
    if url.startswith("sqlite://") and _sqlite_path(url) != ":memory:":
        # Created private before SQLite opens it (its journal files take its mode).
        database = private_file(Path(_sqlite_path(url)))
        for journal in ("-wal", "-shm"):
            if database.with_name(database.name + journal).exists():
                private_file(database.with_name(database.name + journal))
    from graph_photos.storage.migrations import upgrade

    upgrade(url)


async def open_store(url: str) -> Store:
    """Migrate, then open the backend named by `url`: `sqlite:///path/to/photos.db` (the
    default) or `postgresql://user@host/db` (for several replicas)."""
    await anyio.to_thread.run_sync(migrate, url)
    if url.startswith("sqlite://"):
        from graph_photos.storage.sqlite import SqlitePhotoStore

        return await SqlitePhotoStore.open(_sqlite_path(url))
    from graph_photos.storage.postgres import PostgresPhotoStore

    return await PostgresPhotoStore.open(url)

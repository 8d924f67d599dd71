"""The configured database, opened as the server opens it, for a command's one piece of work.

Migrated and, on its first use, bootstrapped with the directory file, so that the commands work
before the first `serve` and beside a running one.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TypeVar

import anyio

from graph_photos.directory.file import DEMO_DIRECTORY, load_directory
from graph_photos.domain.store import Store
from graph_photos.settings import Settings
from graph_photos.storage import open_store

_T = TypeVar("_T")


def with_store(settings: Settings, work: Callable[[Store], Awaitable[_T]]) -> _T:
    """`work` done on the configured store (blocking)."""

    async def run() -> _T:
        store = await open_store(settings.resolved_database_url)
        try:
            await store.bootstrap(load_directory(settings.directory_file or DEMO_DIRECTORY))
            return await work(store)
        finally:
            await store.close()

    return anyio.run(run)

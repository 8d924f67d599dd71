"""Test wiring for the unit tests: the store the storage contracts run against."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from graph_photos.directory.file import DEMO_DIRECTORY, load_directory
from graph_photos.domain.store import Store
from graph_photos.storage import open_store


@pytest.fixture
async def store(database_url: str) -> AsyncIterator[Store]:
    """A fresh database of each backend in turn, holding the demo directory."""
    opened = await open_store(database_url)
    assert await opened.bootstrap(load_directory(DEMO_DIRECTORY))
    yield opened
    await opened.close()

"""Fixtures of the real-process tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.credentials import TEST_SECRET
from tests.live_server import LiveServer, start_server


@pytest.fixture
def replicas(tmp_path: Path, postgres_url: str) -> Iterator[tuple[LiveServer, LiveServer]]:
    """Two `graph-photos serve` processes on one fresh PostgreSQL database."""
    env = {"PHOTOS_JWT_SECRET": TEST_SECRET, "PHOTOS_DATABASE_URL": postgres_url}
    first = start_server(tmp_path / "a", env)
    second = start_server(tmp_path / "b", env)
    yield first, second
    first.stop()
    second.stop()

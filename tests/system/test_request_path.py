"""The budget of the two paths `docs/architecture.md` follows: how many of our files a request
runs through under a real server (measured by `tools/request_path.py`). A change that adds a
file to a path fails here: make the layer earn its place, then raise the budget and the
document's table together."""

from __future__ import annotations

from pathlib import Path

import pytest

from tools.request_path import measure

# Measured on the layout of docs/architecture.md (issue 23 began at 34 and 39).
# The create: 32, and the terms of the owner an open directory creates (directory/terms.py).
BUDGET = {"GET /v1.0/users/{id}/photo/$value": 27, "POST /beta/users/{id}/photo": 33}


@pytest.fixture(scope="module")
def paths() -> dict[str, list[str]]:
    return measure()


def test_each_documented_path_stays_within_its_file_budget(paths: dict[str, list[str]]) -> None:
    assert set(paths) == set(BUDGET)
    for name, files in paths.items():
        assert files[0] == "graph_photos/server/protocol.py"  # measured from the socket
        assert "graph_photos/handlers/photo.py" in files
        assert "graph_photos/storage/sqlite.py" in files
        assert len(files) <= BUDGET[name], (name, files)


def test_the_read_path_is_documented_file_by_file(paths: dict[str, list[str]]) -> None:
    document = (Path(__file__).parents[2] / "docs" / "architecture.md").read_text()
    for file in paths["GET /v1.0/users/{id}/photo/$value"]:
        assert f"`{file.removeprefix('graph_photos/')}`" in document, file

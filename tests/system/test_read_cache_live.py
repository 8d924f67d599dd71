"""The read cache in real processes: every read after a write sees it, on any worker or replica.

Each round writes a new photo (or deletes it) through one process, then reads it back several
times on fresh connections through every process: the metadata, the bytes, one size, and a
revalidation with the ETag before the write. Every read must show the write. The processes
have read (and cached) the photo before each write, so a stale entry would be served if the
cache were not coherent. The reads repeat requests exactly, so the response cache (whole
answers) is exercised as well as the read cache; its counters show it was.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.credentials import TEST_SECRET, bearer
from tests.fixtures.images import photo_bytes
from tests.live_server import LiveServer, start_server

AUTH = bearer()
JPEG = {**AUTH, "Content-Type": "image/jpeg"}
ROUNDS = 100
READS_PER_SERVER = 2


def _colour(round_number: int) -> tuple[int, int, int]:
    return (round_number * 2 % 256, 255 - round_number * 2 % 256, round_number * 7 % 256)


def _check_rounds(writer: str, readers: list[str]) -> None:
    path = "/beta/users/coherent@contoso.com/photo"
    # `Connection: close`: a new connection for every read, so that every worker answers some.
    with (
        httpx.Client(headers=AUTH, timeout=30) as warm,
        httpx.Client(headers={**AUTH, "Connection": "close"}, timeout=30) as fresh,
    ):
        previous: str | None = None
        for round_number in range(ROUNDS):
            # Every process reads (and keeps) what is there now.
            for origin in readers:
                warm.get(f"{origin}{path}")
                warm.get(f"{origin}{path}/$value")
            if round_number % 10 == 9:
                assert httpx.delete(f"{writer}{path}", headers=AUTH).status_code == 204
                expected: str | None = None
            else:
                written = httpx.put(
                    f"{writer}{path}/$value",
                    content=photo_bytes(48, 48, colour=_colour(round_number)),
                    headers=JPEG,
                    timeout=30,
                )
                assert written.status_code == 200, written.text
                expected = written.json()["@odata.mediaEtag"]
            for origin in readers:
                for _ in range(READS_PER_SERVER):
                    info = fresh.get(f"{origin}{path}")
                    content = fresh.get(f"{origin}{path}/$value")
                    size = fresh.get(f"{origin}{path}s/48x48/$value")
                    if expected is None:
                        assert (info.status_code, content.status_code) == (404, 404)
                        assert size.status_code == 404
                        continue
                    assert info.json()["@odata.mediaEtag"] == expected, round_number
                    assert content.headers["etag"] == expected, round_number
                    assert size.status_code == 200
                    if previous is not None:
                        revalidated = fresh.get(
                            f"{origin}{path}/$value", headers={"If-None-Match": previous}
                        )
                        assert revalidated.status_code == 200, round_number
            previous = expected
    _assert_answers_were_kept_and_renewed(readers)


def _assert_answers_were_kept_and_renewed(readers: list[str]) -> None:
    """Some reads were answered from kept answers, and some kept answers ended with a write
    (a server's processes count their own: one of a few scrapes on fresh connections will do)."""
    counts = {"hit": 0.0, "stale": 0.0}
    for origin in readers:
        for _ in range(4):
            text = httpx.get(f"{origin}/metrics", headers={"Connection": "close"}).text
            for result in counts:
                found = re.search(
                    rf'graph_photos_response_cache_requests_total\{{result="{result}"\}} (\S+)',
                    text,
                )
                counts[result] = max(counts[result], float(found.group(1)) if found else 0.0)
    assert counts["hit"] > 0, counts
    assert counts["stale"] > 0, counts


@pytest.fixture
def two_workers(tmp_path: Path) -> Iterator[LiveServer]:
    server = start_server(tmp_path / "data", {"PHOTOS_JWT_SECRET": TEST_SECRET}, workers=2)
    yield server
    server.stop()


def test_two_workers_on_one_sqlite_file_see_every_write(two_workers: LiveServer) -> None:
    _check_rounds(two_workers.url, [two_workers.url])


def test_two_replicas_on_postgresql_see_every_write(
    replicas: tuple[LiveServer, LiveServer],
) -> None:
    a, b = replicas
    _check_rounds(a.url, [a.url, b.url])

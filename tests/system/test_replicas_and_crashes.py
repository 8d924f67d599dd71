"""Real server processes: two replicas on one PostgreSQL database, crashes, graceful stops."""

from __future__ import annotations

import asyncio
import signal
import threading
import time
from pathlib import Path

import httpx
import pytest

from graph_photos.domain.records import media_etag
from tests.credentials import TEST_SECRET, bearer
from tests.fixtures.images import large_photo, photo_bytes
from tests.live_server import LiveServer, start_server

AUTH = bearer()
JPEG = {**AUTH, "Content-Type": "image/jpeg"}
ENV = {"PHOTOS_JWT_SECRET": TEST_SECRET}


def test_a_write_on_one_replica_is_read_on_the_other_at_once(
    replicas: tuple[LiveServer, LiveServer],
) -> None:
    a, b = replicas
    path = "/beta/users/alice@contoso.com/photo"

    written = httpx.put(f"{a.url}{path}/$value", content=photo_bytes(200, 150), headers=JPEG)
    read = httpx.get(f"{b.url}{path}", headers=AUTH)
    content = httpx.get(f"{b.url}{path}/$value", headers=AUTH)

    assert written.status_code == 200
    assert read.status_code == 200
    assert read.json()["@odata.mediaEtag"] == written.json()["@odata.mediaEtag"]
    assert content.headers["etag"] == written.json()["@odata.mediaEtag"]
    assert httpx.delete(f"{b.url}{path}", headers=AUTH).status_code == 204
    assert httpx.get(f"{a.url}{path}", headers=AUTH).status_code == 404


def test_concurrent_if_match_writers_on_two_replicas_have_one_winner(
    replicas: tuple[LiveServer, LiveServer],
) -> None:
    a, b = replicas
    for round_number in range(5):
        path = f"/beta/users/race{round_number}@contoso.com/photo/$value"
        etag = httpx.put(f"{a.url}{path}", content=photo_bytes(64, 64), headers=JPEG).json()[
            "@odata.mediaEtag"
        ]
        statuses: list[int] = []

        def write(
            server: LiveServer,
            side: int,
            target: str = path,
            tag: str = etag,
            barrier: threading.Barrier = threading.Barrier(2),  # noqa: B008 - one per round
            results: list[int] = statuses,
        ) -> None:
            data = photo_bytes(side, side)
            barrier.wait()
            response = httpx.put(
                f"{server.url}{target}", content=data, headers={**JPEG, "If-Match": tag}, timeout=30
            )
            results.append(response.status_code)

        writers = [
            threading.Thread(target=write, args=(a, 100)),
            threading.Thread(target=write, args=(b, 101)),
        ]
        for writer in writers:
            writer.start()
        for writer in writers:
            writer.join()

        assert sorted(statuses) == [200, 412], f"round {round_number}"


def consistent(server: LiveServer, owner: str) -> str | None:
    """The photo's ETag when metadata, bytes and every size agree; None when there is none."""
    metadata = httpx.get(f"{server.url}/beta/users/{owner}/photo", headers=AUTH)
    if metadata.status_code == 404:
        return None
    body = metadata.json()
    content = httpx.get(f"{server.url}/beta/users/{owner}/photo/$value", headers=AUTH).content
    assert media_etag(content) == body["@odata.mediaEtag"], f"{owner}: torn photo"
    for size in httpx.get(f"{server.url}/beta/users/{owner}/photos", headers=AUTH).json()["value"]:
        data = httpx.get(
            f"{server.url}/beta/users/{owner}/photos/{size['id']}/$value", headers=AUTH
        ).content
        assert media_etag(data) == size["@odata.mediaEtag"], f"{owner} {size['id']}: torn size"
    return str(body["@odata.mediaEtag"])


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_sigkill_during_uploads_loses_no_acknowledged_photo(
    tmp_path: Path, request: pytest.FixtureRequest, backend: str
) -> None:
    env = dict(ENV)
    if backend == "postgresql":
        env["PHOTOS_DATABASE_URL"] = request.getfixturevalue("postgres_url")
    data_dir = tmp_path / "data"
    server = start_server(data_dir, env)
    owners = [f"crash{i}@contoso.com" for i in range(40)]
    acknowledged: dict[str, str] = {}

    async def upload_all() -> None:
        ten_acknowledged = asyncio.Event()
        async with httpx.AsyncClient(base_url=server.url, headers=JPEG, timeout=30) as client:

            async def upload(i: int, owner: str) -> None:
                try:
                    response = await client.put(
                        f"/beta/users/{owner}/photo/$value", content=photo_bytes(300 + i, 200 + i)
                    )
                except httpx.HTTPError:
                    return  # cut off by the crash: not acknowledged
                if response.status_code == 200:
                    acknowledged[owner] = response.json()["@odata.mediaEtag"]
                    if len(acknowledged) >= 10:
                        ten_acknowledged.set()

            async def crash() -> None:
                await ten_acknowledged.wait()
                server.process.send_signal(signal.SIGKILL)

            await asyncio.gather(crash(), *(upload(i, owner) for i, owner in enumerate(owners)))

    asyncio.run(upload_all())
    server.process.wait(10)
    assert server.process.returncode == -signal.SIGKILL
    assert 10 <= len(acknowledged) < len(owners), "the crash must land in the middle of the uploads"

    restarted = start_server(data_dir, env)
    try:
        for owner in owners:
            etag = consistent(restarted, owner)
            if owner in acknowledged:
                assert etag == acknowledged[owner], f"{owner}: acknowledged upload lost"
    finally:
        restarted.stop()


def test_sigterm_finishes_the_request_in_flight(tmp_path: Path) -> None:
    server = start_server(tmp_path / "data", ENV)
    photo = large_photo()
    outcome: dict[str, object] = {}

    def upload() -> None:
        response = httpx.put(
            f"{server.url}/beta/users/graceful@contoso.com/photo/$value",
            content=photo,
            headers=JPEG,
            timeout=60,
        )
        outcome["status"] = response.status_code
        outcome["etag"] = response.json().get("@odata.mediaEtag")

    uploader = threading.Thread(target=upload)
    uploader.start()
    time.sleep(0.15)  # the upload is being received or decoded (a 12 MP photo takes ~300 ms)
    server.process.send_signal(signal.SIGTERM)
    uploader.join(60)

    assert outcome.get("status") == 200
    # uvicorn finishes the request, shuts down, then re-raises SIGTERM as its exit status.
    assert server.process.wait(30) in (0, -signal.SIGTERM)
    log = server.log.read_text()
    assert "Finished server process" in log
    assert "Traceback" not in log
    restarted = start_server(tmp_path / "data", ENV)
    try:
        assert consistent(restarted, "graceful@contoso.com") == outcome["etag"]
    finally:
        restarted.stop()

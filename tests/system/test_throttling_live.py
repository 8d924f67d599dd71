"""Throttling in real processes: replicas sharing Redis, Redis down, and the official SDK's
retry handler meeting a 429."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import anyio
import httpx
import pytest
from kiota_abstractions.authentication import BaseBearerTokenAuthenticationProvider
from msgraph import GraphRequestAdapter, GraphServiceClient

from graph_photos.directory.file import DEMO_DIRECTORY
from tests.credentials import TEST_SECRET, bearer
from tests.fixtures.images import photo_bytes
from tests.live_server import LiveServer, free_port, start_server
from tests.sdk.test_graph_sdks import StaticTokenProvider

ALICE = "51f96e01-adf2-5400-abc7-239a88275446"
SCOPES = ("ProfilePhoto.ReadWrite.All", "User.Read.All")
AUTH = bearer(subject=ALICE, scopes=SCOPES)
PHOTO = "/v1.0/users/alice@contoso.com/photo"
# The demo directory, strict: a mailbox is a user of it.
DEMO_ENV = {
    "PHOTOS_JWT_SECRET": TEST_SECRET,
    "PHOTOS_DIRECTORY": "strict",
    "PHOTOS_DIRECTORY_FILE": str(DEMO_DIRECTORY),
    "PHOTOS_THROTTLING": "graph",
}
BURST = 24
LIMIT = 10


def _statuses(origins: list[str]) -> Counter[int]:
    """A burst of reads of one mailbox, taking turns between `origins`."""
    with httpx.Client(headers=AUTH, timeout=30) as client:
        return Counter(
            client.get(f"{origins[n % len(origins)]}{PHOTO}").status_code for n in range(BURST)
        )


@pytest.fixture
def servers(tmp_path: Path, redis_url: str) -> Iterator[list[LiveServer]]:
    env = {
        **DEMO_ENV,
        "PHOTOS_REDIS_URL": redis_url,
        "PHOTOS_THROTTLE_MAILBOX_REQUESTS": str(LIMIT),
        "PHOTOS_THROTTLE_MAILBOX_WINDOW": "600",
    }
    started = [start_server(tmp_path / name, env) for name in ("a", "b")]
    yield started
    for server in started:
        server.stop()


def test_replicas_sharing_redis_enforce_one_budget(
    servers: list[LiveServer], redis_url: str
) -> None:
    a, b = servers
    alone = _statuses([a.url])
    assert alone == {404: LIMIT, 429: BURST - LIMIT}  # Alice has no photo: 404 until throttled

    import redis

    redis.Redis.from_url(redis_url).flushdb()  # a fresh budget
    split = _statuses([a.url, b.url])
    assert split == alone  # the same total, though each replica saw half of the burst


def test_with_redis_down_requests_are_served_and_ready_says_so(tmp_path: Path) -> None:
    port = free_port()
    closed = f"redis://throttler:s3cret-pa55@127.0.0.1:{port}/0?password=s3cret-pa55"
    env = {**DEMO_ENV, "PHOTOS_REDIS_URL": closed, "PHOTOS_THROTTLE_MAILBOX_REQUESTS": "1"}
    server = start_server(tmp_path / "data", env)
    try:
        with httpx.Client(headers=AUTH, timeout=30) as client:
            # Over the limit of 1, yet served: the limiter is down, not the service.
            statuses = {client.get(f"{server.url}{PHOTO}").status_code for _ in range(5)}
            ready = client.get(f"{server.url}/ready")
    finally:
        server.stop()
    assert statuses == {404}
    assert ready.status_code == 200
    detail = ready.json()["throttling"]
    assert (detail["store"], detail["throttling"]) == ("redis", False)
    assert "does not answer" in detail["problem"]
    # Which dependency is down, not how or where: /ready needs no token.
    assert str(port) not in ready.text
    assert "127.0.0.1" not in ready.text
    assert "Error" not in ready.text
    log = server.log.read_text()
    assert f"throttling store redis://throttler:***@127.0.0.1:{port}/0?password=***" in log
    assert "s3cret" not in log


@pytest.mark.anyio
async def test_the_sdk_retries_a_throttled_read_after_retry_after(tmp_path: Path) -> None:
    env = {
        **DEMO_ENV,
        "PHOTOS_THROTTLE_MAILBOX_REQUESTS": "1",
        "PHOTOS_THROTTLE_MAILBOX_WINDOW": "1",
    }
    server = start_server(tmp_path / "data", env)
    try:
        from graph_photos import Settings
        from graph_photos.identity.jwt import mint_token

        token = mint_token(Settings(jwt_secret=TEST_SECRET), subject=ALICE, scopes=SCOPES)
        adapter = GraphRequestAdapter(
            BaseBearerTokenAuthenticationProvider(StaticTokenProvider(token))
        )
        adapter.base_url = f"{server.url}/v1.0"
        alice = GraphServiceClient(request_adapter=adapter).users.by_user_id("alice@contoso.com")
        async with httpx.AsyncClient(headers={**AUTH, "Content-Type": "image/jpeg"}) as client:
            uploaded = await client.put(f"{server.url}{PHOTO}/$value", content=photo_bytes())
            assert uploaded.is_success
        # The SDK's first request imports much of it: warm it up on a read that is not a
        # mailbox's, so that the two reads below follow each other at once.
        assert (
            await GraphServiceClient(request_adapter=adapter)
            .users.by_user_id("bob@contoso.com")
            .get()
        )
        await anyio.sleep(2.5)  # a fresh window
        first = await alice.photo.get()
        # The same mailbox at once: over its limit of 1 a second. The SDK's retry handler
        # waits Retry-After and sends it again, with Retry-Attempt.
        second = await alice.photo.get()
        assert first is not None
        assert second is not None
        assert (second.width, second.height) == (first.width, first.height)
    finally:
        server.stop()
    lines = [
        json.loads(line) for line in server.log.read_text().splitlines() if line.startswith("{")
    ]
    photo_reads = [line for line in lines if line.get("operation") == "users.get_photo"]
    assert [line["status"] for line in photo_reads][:2] == [200, 429], [
        (line["status"], line["path"], line.get("retry_attempt")) for line in lines
    ]
    retried = [line for line in photo_reads if line.get("retry_attempt")]
    assert retried, "the SDK retried without Retry-Attempt"
    assert retried[-1]["status"] == 200


def test_fault_injection_in_a_real_server(tmp_path: Path) -> None:
    """The fault middleware reads the method and the override header from uvicorn's scope."""
    plan = tmp_path / "faults.yaml"
    plan.write_text(
        "seed: 3\nrules:\n  - {operation: users.get_photo, rate: 0.5, statuses: [502, 504]}\n"
    )
    env = {**DEMO_ENV, "PHOTOS_THROTTLING": "off", "PHOTOS_FAULTS": str(plan)}
    server = start_server(tmp_path / "data", env)
    try:
        with httpx.Client(headers=AUTH, timeout=30) as client:
            statuses = [client.get(f"{server.url}{PHOTO}").status_code for _ in range(20)]
            forced = client.get(f"{server.url}{PHOTO}", headers={"x-graph-photos-fault": "503"})
            refused_write = client.put(
                f"{server.url}{PHOTO}/$value",
                content=photo_bytes(),
                headers={"Content-Type": "image/jpeg", "x-graph-photos-fault": "507"},
            )
            after = client.get(f"{server.url}{PHOTO}/$value")
    finally:
        server.stop()
    assert set(statuses) == {404, 502, 504}  # Alice has no photo: 404 when let through
    assert (forced.status_code, forced.headers["retry-after"]) == (503, "1")
    assert forced.json()["error"]["code"] == "serviceNotAvailable"
    assert refused_write.status_code == 507
    assert after.status_code == 404  # the injected failure wrote nothing
    lines = [
        json.loads(line) for line in server.log.read_text().splitlines() if line.startswith("{")
    ]
    marked = [line["status"] for line in lines if "fault" in line]
    assert marked == [s for s in statuses if s != 404] + [503, 507]

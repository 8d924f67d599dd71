"""Graph's bad days, on request: throttling (`PHOTOS_THROTTLING=graph`) and fault injection
(`PHOTOS_FAULTS`), in memory, on the demo directory (Redis and real processes: tests/system)."""

from __future__ import annotations

import json
import logging
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from starlette.testclient import TestClient

from tests.credentials import bearer
from tests.fixtures.images import photo_bytes

ALICE = "51f96e01-adf2-5400-abc7-239a88275446"
DEMO = {"directory": "strict", "directory_file": None}
AUTH = bearer(subject=ALICE, scopes=("ProfilePhoto.ReadWrite.All", "User.Read.All"))
JPEG = {**AUTH, "Content-Type": "image/jpeg"}


def throttled(make_client: Callable[..., TestClient], **limits: Any) -> TestClient:
    return make_client(**DEMO, throttling="graph", **limits)


def assert_throttled(answer: Any, code: str = "TooManyRequests") -> int:
    assert answer.status_code == 429, answer.text
    assert answer.headers["content-type"] == "application/json"
    assert answer.json()["error"]["code"] == code
    assert answer.json()["error"]["innerError"]["request-id"] == answer.headers["request-id"]
    retry_after = int(answer.headers["retry-after"])  # integer seconds, as Graph's
    assert retry_after >= 1
    return retry_after


def test_a_mailbox_is_throttled_past_its_requests_whatever_its_address(
    make_client: Callable[..., TestClient],
) -> None:
    client = throttled(make_client, throttle_mailbox_requests=3, throttle_mailbox_window=60)
    # One person, three addresses: one mailbox.
    for address in ("alice@contoso.com", ALICE, "ALICE@contoso.com"):
        assert client.get(f"/v1.0/users/{address}/photo", headers=AUTH).status_code == 404
    retry_after = assert_throttled(client.get("/v1.0/users/alice@contoso.com/photo", headers=AUTH))
    assert retry_after <= 60
    # Another mailbox has its own budget; directory reads are not under the Outlook limits.
    assert client.get("/v1.0/users/bob@contoso.com/photo", headers=AUTH).status_code == 404
    assert client.get("/v1.0/users/alice@contoso.com", headers=AUTH).status_code == 200


def test_uploads_are_throttled_past_their_volume(make_client: Callable[..., TestClient]) -> None:
    photo = photo_bytes(200, 150)
    client = throttled(make_client, throttle_mailbox_upload_bytes=2 * len(photo) + 10)
    path = "/v1.0/users/alice@contoso.com/photo/$value"
    assert client.put(path, content=photo, headers=JPEG).status_code == 200
    assert client.put(path, content=photo, headers=JPEG).status_code == 200
    assert_throttled(client.put(path, content=photo, headers=JPEG))
    assert client.get(path, headers=AUTH).status_code == 200  # reads carry no volume


def test_chunked_uploads_are_charged_as_they_are_read(
    make_client: Callable[..., TestClient],
) -> None:
    """A body without Content-Length is counted once it has been read, before it is stored."""
    first, second = photo_bytes(200, 150), photo_bytes(201, 150)
    client = throttled(make_client, throttle_mailbox_upload_bytes=2 * len(first) + 10)
    path = "/v1.0/users/alice@contoso.com/photo/$value"

    def chunked(photo: bytes) -> Any:
        return client.put(path, content=iter([photo[:100], photo[100:]]), headers=JPEG)

    assert chunked(first).request.headers.get("transfer-encoding") == "chunked"
    stored = client.get(path, headers=AUTH).content
    assert chunked(first).status_code == 200
    assert_throttled(chunked(second))
    assert client.get(path, headers=AUTH).content == stored  # the refused one was not stored
    # Sized and chunked bodies draw on one volume.
    assert_throttled(client.put(path, content=first, headers=JPEG))


def test_the_app_is_throttled_past_its_global_limit(make_client: Callable[..., TestClient]) -> None:
    client = throttled(make_client, throttle_app_requests=4, throttle_app_window=60)
    for _ in range(4):
        assert client.get("/v1.0/users", headers=AUTH).status_code == 200
    assert_throttled(client.get("/v1.0/users", headers=AUTH))


def test_sequential_requests_never_meet_the_concurrency_limit(
    make_client: Callable[..., TestClient],
) -> None:
    client = throttled(make_client, throttle_mailbox_concurrent=1)
    client.put("/v1.0/users/alice@contoso.com/photo/$value", content=photo_bytes(), headers=JPEG)
    for _ in range(10):  # each one's place is given back when it is answered
        assert client.get("/v1.0/users/alice@contoso.com/photo", headers=AUTH).status_code == 200


def test_a_batch_of_twenty_reads_of_one_mailbox_meets_the_concurrency_limit(
    make_client: Callable[..., TestClient],
) -> None:
    client = throttled(make_client)  # Graph's limits: 4 concurrent requests per mailbox
    client.put("/v1.0/users/alice@contoso.com/photo/$value", content=photo_bytes(), headers=JPEG)
    requests = [
        {"id": str(n), "method": "GET", "url": "/users/alice@contoso.com/photo/$value"}
        for n in range(20)
    ]
    answer = client.post("/v1.0/$batch", json={"requests": requests}, headers=AUTH)

    assert answer.status_code == 200
    items = answer.json()["responses"]
    assert Counter(item["status"] for item in items) == {200: 4, 429: 16}
    for item in items:
        if item["status"] == 429:
            assert item["body"]["error"]["code"] == "ApplicationThrottled"
            assert int(item["headers"]["Retry-After"]) >= 1
    # The batch's places are given back: the next batch gets its four.
    again = client.post("/v1.0/$batch", json={"requests": requests[:4]}, headers=AUTH).json()
    assert [item["status"] for item in again["responses"]] == [200] * 4


def test_throttling_is_off_by_default(make_client: Callable[..., TestClient]) -> None:
    client = make_client(**DEMO)
    for _ in range(30):
        assert client.get("/v1.0/users/alice@contoso.com/photo", headers=AUTH).status_code == 404


# --- fault injection ----------------------------------------------------------------------------


def plan(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "faults.yaml"
    path.write_text(text)
    return path


FLAKY_READS = """
seed: 7
rules:
  - operation: users.get_photo
    rate: 0.5
    statuses: [429, 500, 502, 503, 504]
"""


def test_a_seeded_plan_fails_the_same_requests_the_same_way_twice(
    make_client: Callable[..., TestClient], tmp_path: Path
) -> None:
    faults = plan(tmp_path, FLAKY_READS)
    runs = []
    for _ in range(2):
        client = make_client(**DEMO, faults=faults)
        runs.append(
            [
                client.get("/v1.0/users/alice@contoso.com/photo", headers=AUTH).status_code
                for _ in range(40)
            ]
        )
    assert runs[0] == runs[1]
    assert 404 in runs[0]  # the requests that were let through reached the handler
    assert len(set(runs[0]) - {404}) >= 3  # and several kinds of failure were drawn


def test_an_injected_failure_is_a_graph_envelope_counted_and_logged(
    make_client: Callable[..., TestClient], tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    client = make_client(**DEMO, faults=plan(tmp_path, "rules: []\n"))
    with caplog.at_level(logging.INFO, logger="graph_photos.access"):
        answer = client.get(
            "/v1.0/users/alice@contoso.com/photo",
            headers={**AUTH, "x-graph-photos-fault": "503"},
        )
    assert answer.status_code == 503
    assert answer.headers["content-type"] == "application/json"
    assert answer.headers["retry-after"] == "1"
    error = answer.json()["error"]
    assert error["code"] == "serviceNotAvailable"
    assert error["innerError"]["request-id"] == answer.headers["request-id"]
    (line,) = [
        json.loads(r.getMessage()) for r in caplog.records if r.name == "graph_photos.access"
    ]
    assert (line["status"], line["fault"]) == (503, 503)
    metrics = client.get("/metrics").text
    assert (
        'graph_photos_faults_injected_total{operation="users.get_photo",status="503"} 1.0'
        in metrics
    )


def test_an_injected_failure_never_writes(
    make_client: Callable[..., TestClient], tmp_path: Path
) -> None:
    client = make_client(**DEMO, faults=plan(tmp_path, "rules: []\n"))
    path = "/v1.0/users/alice@contoso.com/photo/$value"
    for status in ("507", "500", "429"):
        answer = client.put(
            path, content=photo_bytes(), headers={**JPEG, "x-graph-photos-fault": status}
        )
        assert answer.status_code == int(status)
    assert client.get(path, headers=AUTH).status_code == 404


def test_the_override_header_means_nothing_without_a_plan(
    make_client: Callable[..., TestClient],
) -> None:
    client = make_client(**DEMO)
    answer = client.get(
        "/v1.0/users/alice@contoso.com/photo", headers={**AUTH, "x-graph-photos-fault": "503"}
    )
    assert answer.status_code == 404
    assert "graph_photos_faults_injected_total{" not in client.get("/metrics").text


def test_the_operations_endpoints_are_never_faulted(
    make_client: Callable[..., TestClient], tmp_path: Path
) -> None:
    client = make_client(**DEMO, faults=plan(tmp_path, "rules:\n  - {rate: 1, statuses: [503]}\n"))
    for path in ("/health", "/ready", "/metrics"):
        assert client.get(path, headers={"x-graph-photos-fault": "503"}).status_code == 200
    assert client.get("/v1.0/users", headers=AUTH).status_code == 503  # every Graph request


def test_a_plan_that_cannot_be_followed_stops_the_start(
    make_client: Callable[..., TestClient], tmp_path: Path
) -> None:
    bad = plan(tmp_path, "rules:\n  - rate: 2\n")
    with pytest.raises(ValueError, match=r"rules\[0\]: `rate` must be a number from 0 to 1"):
        make_client(**DEMO, faults=bad)

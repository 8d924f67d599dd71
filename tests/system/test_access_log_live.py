"""The access log and metrics of a real `graph-photos serve` name the operation and the caller.

uvicorn's scope has no `extensions` (the test client's has), and connexion records its routing
on a copy of the scope: under a real server the outer middlewares must learn the operation and
the caller from the request's state, or every line says `unrouted` and no caller.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import httpx

from tests.credentials import TEST_SECRET, bearer
from tests.live_server import start_server


def test_a_real_server_logs_and_counts_the_operation_and_its_caller(tmp_path: Path) -> None:
    server = start_server(tmp_path / "data", {"PHOTOS_JWT_SECRET": TEST_SECRET})
    try:
        response = httpx.get(
            f"{server.url}/v1.0/users/bob@contoso.com/photo",
            headers={**bearer(subject="alice"), "client-request-id": "live-1"},
        )
        assert response.status_code == 404
        metrics = httpx.get(f"{server.url}/metrics").text
    finally:
        server.stop()
    assert (
        'graph_photos_requests_total{method="GET",operation="users.get_photo",status="404"} 1.0'
        in metrics
    )
    deadline = time.monotonic() + 5
    lines: list[dict[str, object]] = []
    while time.monotonic() < deadline and not lines:
        lines = [
            json.loads(line)
            for line in server.log.read_text().splitlines()
            if line.startswith("{") and '"live-1"' in line
        ]
    assert len(lines) == 1
    assert lines[0]["operation"] == "users.get_photo"
    assert lines[0]["caller"] == "alice"
    assert lines[0]["status"] == 404
    assert lines[0]["request_id"] == response.headers["request-id"]


def test_a_real_server_decides_own_photo_by_identity(tmp_path: Path) -> None:
    """The permission middleware resolves the path's user under uvicorn's scope too."""
    from graph_photos.directory.file import DEMO_DIRECTORY
    from tests.fixtures.images import photo_bytes

    alice = "51f96e01-adf2-5400-abc7-239a88275446"
    contoso = "caba4ddd-e34b-5322-9293-8d8ba92d2409"
    env = {
        "PHOTOS_JWT_SECRET": TEST_SECRET,
        "PHOTOS_DIRECTORY": "strict",
        "PHOTOS_DIRECTORY_FILE": str(DEMO_DIRECTORY),
    }
    server = start_server(tmp_path / "data", env)
    own = {**bearer(subject=alice, scopes=("User.ReadWrite",), tenant_id=contoso),
           "Content-Type": "image/jpeg"}  # fmt: skip
    try:
        mine = httpx.put(f"{server.url}/v1.0/users/ALICE@contoso.com/photo/$value",
                         content=photo_bytes(), headers=own)  # fmt: skip
        bobs = httpx.put(f"{server.url}/v1.0/users/bob@contoso.com/photo/$value",
                         content=photo_bytes(), headers=own)  # fmt: skip
    finally:
        server.stop()
    assert mine.status_code == 200, mine.text
    assert bobs.status_code == 403, bobs.text
    assert f"users('{alice}')" in mine.json()["@odata.context"]
    # What the domain resolved reaches the access log under uvicorn's scope too.
    lines = [json.loads(line) for line in server.log.read_text().splitlines() if '"PUT"' in line]
    by_path = {line["path"]: line for line in lines if line.get("event") == "request"}
    assert by_path["/v1.0/users/ALICE@contoso.com/photo/$value"]["resource"] == f"users/{alice}"


def test_a_real_server_logs_an_answer_from_the_response_cache_as_any_other(
    tmp_path: Path,
) -> None:
    """Under uvicorn's scope, a repeated read on another connection is a response-cache hit
    whose access-log line and metrics name the same operation, caller and resource."""
    from tests.fixtures.images import photo_bytes

    server = start_server(tmp_path / "data", {"PHOTOS_JWT_SECRET": TEST_SECRET})
    auth = bearer(subject="alice")
    url = f"{server.url}/v1.0/users/carol@contoso.com/photo"
    try:
        uploaded = httpx.put(
            f"{url}/$value", content=photo_bytes(), headers={**auth, "Content-Type": "image/jpeg"}
        )
        assert uploaded.status_code == 200, uploaded.text
        # Each on a connection of its own, with ids of its own: the first seen, the second
        # kept, two answered by the cache.
        answers = [
            httpx.get(url, headers={**auth, "client-request-id": f"hit-{n}", "Connection": "close"})
            for n in range(4)
        ]
        metrics = httpx.get(f"{server.url}/metrics").text
    finally:
        server.stop()
    assert [a.status_code for a in answers] == [200] * 4
    assert len({a.headers["request-id"] for a in answers}) == 4
    assert {a.content for a in answers} == {answers[0].content}
    assert 'graph_photos_response_cache_requests_total{result="hit"} 2.0' in metrics
    assert (
        'graph_photos_requests_total{method="GET",operation="users.get_photo",status="200"} 4.0'
        in metrics
    )
    deadline = time.monotonic() + 5
    lines: list[dict[str, object]] = []
    while time.monotonic() < deadline and len(lines) < 4:
        lines = [
            json.loads(line)
            for line in server.log.read_text().splitlines()
            if line.startswith("{") and '"hit-' in line
        ]
    assert [line["client_request_id"] for line in lines] == ["hit-0", "hit-1", "hit-2", "hit-3"]
    assert [line["request_id"] for line in lines] == [a.headers["request-id"] for a in answers]
    for line in lines:
        assert (line["operation"], line["caller"], line["status"]) == (
            "users.get_photo",
            "alice",
            200,
        )
        assert line["resource"] == lines[0]["resource"]
        assert str(line["resource"]).startswith("users/")

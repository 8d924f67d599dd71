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

"""`$batch` under a real `graph-photos serve`: items built from uvicorn's scope (not the test
client's) get routing's errors in Graph's envelope, and the answer is streamed."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import httpx

from tests.credentials import TEST_SECRET, bearer
from tests.fixtures.images import large_photo
from tests.live_server import start_server


def test_a_real_servers_batch_streams_its_items_and_refuses_like_alone(tmp_path: Path) -> None:
    server = start_server(tmp_path / "data", {"PHOTOS_JWT_SECRET": TEST_SECRET})
    auth = bearer(subject="alice")
    photo = large_photo(1600, 1200)
    path = "/users/big/photo/$value"
    requests = [
        {"id": "unknown", "method": "GET", "url": "/nowhere"},
        {"id": "method", "method": "DELETE", "url": "/users/big/photos"},
        *({"id": f"read{n}", "method": "GET", "url": path} for n in range(3)),
    ]
    try:
        with httpx.Client(base_url=server.url, headers=auth, timeout=30) as client:
            stored = client.put(
                f"/v1.0{path}", content=photo, headers={"Content-Type": "image/jpeg"}
            )
            assert stored.status_code == 200, stored.text
            alone = client.get(f"/v1.0{path}")
            pieces: list[bytes] = []
            with client.stream("POST", "/v1.0/$batch", json={"requests": requests}) as answer:
                assert answer.status_code == 200
                assert answer.headers["transfer-encoding"] == "chunked"
                assert "content-length" not in answer.headers
                pieces = list(answer.iter_raw())
            nested = client.post(
                "/v1.0/$batch",
                json={"requests": [{"id": "1", "method": "POST", "url": "/%24batch"}]},
            )
    finally:
        server.stop()
    items = {item["id"]: item for item in json.loads(b"".join(pieces))["responses"]}
    assert items["unknown"]["status"] == 404
    assert items["unknown"]["headers"]["Content-Type"] == "application/json"
    assert items["unknown"]["body"]["error"]["code"] == "ResourceNotFound"
    assert items["method"]["status"] == 405
    assert items["method"]["headers"]["Allow"] == "GET, HEAD"
    for n in range(3):
        assert base64.b64decode(items[f"read{n}"]["body"]) == alone.content
    assert len(pieces) > 3  # the photos went out as they were read, not in one piece
    assert nested.status_code == 400
    assert "cannot be nested" in nested.json()["error"]["message"]

"""Liveness, readiness, metrics and the JSON access log."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable

import pytest
from starlette.testclient import TestClient

from graph_photos.storage.sqlite import SqlitePhotoStore
from tests.credentials import bearer
from tests.fixtures.images import photo_bytes


@pytest.fixture
def anonymous(client: TestClient) -> TestClient:
    client.headers.pop("Authorization")
    return client


def test_health_needs_no_token(anonymous: TestClient) -> None:
    response = anonymous.get("/health")

    assert response.status_code == 200
    assert response.json() == {"status": "ok"}
    assert response.headers["request-id"]


def test_ready_when_the_database_answers(anonymous: TestClient) -> None:
    assert anonymous.get("/ready").json() == {"status": "ready"}


def test_not_ready_is_503_in_the_graph_envelope(
    anonymous: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    async def unreachable(_self: object) -> None:
        raise OSError("connection refused")

    monkeypatch.setattr(SqlitePhotoStore, "ping", unreachable)

    response = anonymous.get("/ready")

    assert response.status_code == 503
    assert response.headers["content-type"] == "application/json"
    assert response.json()["error"]["code"] == "ServiceNotReady"
    assert "refused" not in response.text
    assert anonymous.get("/health").status_code == 200


def test_the_graph_paths_do_not_have_them(client: TestClient) -> None:
    assert client.get("/beta/health").status_code == 404


def test_metrics_count_requests_uploads_and_image_work(client: TestClient) -> None:
    client.put(
        "/beta/users/alice/photo/$value",
        content=photo_bytes(),
        headers={"Content-Type": "image/jpeg"},
    ).raise_for_status()
    client.get("/beta/users/alice/photo").raise_for_status()
    client.get("/beta/users/nobody/photo")

    response = client.get("/metrics", headers={"Authorization": ""})

    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/plain")
    lines = response.text.splitlines()
    counted = 'graph_photos_requests_total{method="PUT",operation="users.put_photo_content"'
    assert f'{counted},status="200"}} 1.0' in lines
    assert (
        'graph_photos_requests_total{method="GET",operation="users.get_photo",status="200"} 1.0'
        in lines
    )
    assert (
        'graph_photos_requests_total{method="GET",operation="users.get_photo",status="404"} 1.0'
        in lines
    )
    assert "graph_photos_upload_bytes_count 1.0" in lines
    assert 'graph_photos_image_processing_seconds_count{kind="upload"} 1.0' in lines
    assert any(
        line.startswith(
            'graph_photos_request_duration_seconds_bucket{le="0.001",operation="users.get_photo"}'
        )
        for line in lines
    )


def test_unknown_paths_share_one_metrics_label(client: TestClient) -> None:
    for i in range(5):
        client.get(f"/scan/{i}")

    text = client.get("/metrics").text

    assert 'graph_photos_requests_total{method="GET",operation="unrouted",status="404"} 5.0' in text
    assert "/scan/" not in text


def test_access_log_is_one_json_line_per_request_without_the_token(
    client: TestClient, caplog: pytest.LogCaptureFixture
) -> None:
    token = client.headers["Authorization"].removeprefix("Bearer ")
    with caplog.at_level(logging.INFO, logger="graph_photos.access"):
        response = client.get("/beta/users/alice/photo", headers={"client-request-id": "trace-7"})

    records = [r for r in caplog.records if r.name == "graph_photos.access"]
    assert len(records) == 1
    entry = json.loads(records[0].getMessage())
    assert entry == {
        "event": "request",
        "request_id": response.headers["request-id"],
        "client_request_id": "trace-7",
        "method": "GET",
        "path": "/beta/users/alice/photo",
        "operation": "users.get_photo",
        "status": 404,
        "duration_ms": entry["duration_ms"],
        "caller": "alice",
        "tenant": None,  # the token names none: the default tenant
        "resource": None,  # no such user: the request was about no object
    }
    assert entry["duration_ms"] > 0
    assert token not in caplog.text


def test_the_access_log_names_the_object_each_operation_resolved(
    make_client: Callable[..., TestClient], caplog: pytest.LogCaptureFixture
) -> None:
    """Told by the domain where it resolves the address: no handler reports it."""
    alice, design = "51f96e01-adf2-5400-abc7-239a88275446", "058f3133-de56-5c3c-a459-a1b53a1c186f"
    client = make_client(directory="strict", directory_file=None)
    auth = bearer(
        subject=alice,
        scopes=("ProfilePhoto.ReadWrite.All", "User.Read.All", "Group.Read.All"),
    )
    photo = photo_bytes()
    requests = [
        ("PUT", "/v1.0/users/ALICE@contoso.com/photo/$value", f"users/{alice}"),
        ("GET", "/v1.0/me/photo", f"users/{alice}"),
        ("GET", "/v1.0/users/alice@contoso.com/photos/48x48", f"users/{alice}"),
        ("GET", "/v1.0/users/alice@contoso.com/photo/$value", f"users/{alice}"),
        ("GET", "/v1.0/users/alice@contoso.com", f"users/{alice}"),
        ("PUT", f"/v1.0/teams/{design}/photo/$value", f"teams/{design}"),
        ("GET", f"/v1.0/groups/{design}", f"groups/{design}"),
        ("DELETE", "/v1.0/me/photo", f"users/{alice}"),
    ]
    with caplog.at_level(logging.INFO, logger="graph_photos.access"):
        for method, path, _ in requests:
            body = photo if method == "PUT" else None
            answer = client.request(method, path, content=body, headers=auth)
            assert answer.status_code < 300, (path, answer.text)
    lines = [json.loads(r.getMessage()) for r in caplog.records if r.name == "graph_photos.access"]
    assert [line["resource"] for line in lines] == [resource for _, _, resource in requests]

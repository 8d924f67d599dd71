"""The response cache: a repeated photo read is answered from memory only while the stack would
answer it the same, and is seen by the request ids, the access log and the metrics as any other.
"""

from __future__ import annotations

import json
import logging
import re
import time
from collections.abc import Callable

import pytest
from starlette.testclient import TestClient

from graph_photos import Settings
from graph_photos.identity.jwt import mint_token
from tests.api.test_batch import BATCH
from tests.credentials import ALL_SCOPES, TEST_SECRET, bearer
from tests.fixtures.images import photo_bytes

PHOTO = "/v1.0/users/cached@contoso.com/photo"


def cache_counts(client: TestClient) -> dict[str, float]:
    """The response cache's lookups by result, from `/metrics`."""
    text = client.get("/metrics").text
    found = re.findall(r'graph_photos_response_cache_requests_total\{result="(\w+)"\} (\S+)', text)
    return {result: float(value) for result, value in found}


def hits(client: TestClient) -> float:
    return cache_counts(client).get("hit", 0.0)


def without_ids(headers: dict[str, str]) -> dict[str, str]:
    return {
        k: v for k, v in headers.items() if k not in ("request-id", "client-request-id", "date")
    }


def test_a_repeated_read_is_the_same_answer_with_its_own_request_id(client: TestClient) -> None:
    assert client.put(f"{PHOTO}/$value", content=photo_bytes()).status_code == 200
    for path in (
        PHOTO,
        f"{PHOTO}/$value",
        f"{PHOTO}s",
        f"{PHOTO}s/48x48",
        f"{PHOTO}s/48x48/$value",
    ):
        first = client.get(path)
        client.get(path)  # seen before: kept
        before = hits(client)
        again = client.get(path, headers={"client-request-id": "mine"})

        assert hits(client) == before + 1, path
        assert (again.status_code, again.content) == (first.status_code, first.content)
        assert without_ids(dict(again.headers)) == without_ids(dict(first.headers))
        assert again.headers["request-id"] != first.headers["request-id"]
        assert again.headers["client-request-id"] == "mine"


def test_a_request_seen_once_is_served_but_not_kept(make_client: Callable[..., TestClient]) -> None:
    client = make_client()
    assert client.put(f"{PHOTO}/$value", content=photo_bytes()).status_code == 200
    callers = {subject: bearer(subject=subject) for subject in ("ann", "ben", "cat", "dan")}
    for headers in callers.values():  # four callers, one read each
        assert client.get(PHOTO, headers=headers).status_code == 200
    assert cache_counts(client).get("miss", 0.0) == 0
    assert "graph_photos_response_cache_bytes 0.0" in client.get("/metrics").text

    assert client.get(PHOTO, headers=callers["ann"]).status_code == 200  # seen before
    assert cache_counts(client)["miss"] == 1
    before = hits(client)
    assert client.get(PHOTO, headers=callers["ann"]).status_code == 200
    assert hits(client) == before + 1


def test_a_write_ends_the_kept_answer_at_once(client: TestClient) -> None:
    assert client.put(f"{PHOTO}/$value", content=photo_bytes(96, 96)).status_code == 200
    old = [client.get(f"{PHOTO}/$value") for _ in range(2)][-1]

    assert client.put(f"{PHOTO}/$value", content=photo_bytes(120, 120)).status_code == 200
    new = client.get(f"{PHOTO}/$value")

    assert new.status_code == 200
    assert new.headers["etag"] != old.headers["etag"]
    assert new.content != old.content
    assert cache_counts(client)["stale"] >= 1
    # Deleted: the kept answer is not given again either.
    assert client.delete(PHOTO).status_code == 204
    assert client.get(f"{PHOTO}/$value").status_code == 404


def test_a_kept_304_ends_when_the_photo_changes(client: TestClient) -> None:
    etag = client.put(f"{PHOTO}/$value", content=photo_bytes(96, 96)).json()["@odata.mediaEtag"]
    conditional = {"If-None-Match": etag}
    assert [client.get(f"{PHOTO}/$value", headers=conditional).status_code for _ in range(3)] == [
        304,
        304,
        304,
    ]
    assert client.put(f"{PHOTO}/$value", content=photo_bytes(120, 120)).status_code == 200
    assert client.get(f"{PHOTO}/$value", headers=conditional).status_code == 200


def test_a_directory_change_ends_every_kept_answer(client: TestClient) -> None:
    assert client.put(f"{PHOTO}/$value", content=photo_bytes()).status_code == 200
    client.get(PHOTO)
    client.get(PHOTO)  # kept
    # In the open directory, a write to an unknown id adds a user: the directory changed.
    assert client.put("/v1.0/users/newcomer/photo/$value", content=photo_bytes()).status_code == 200
    stale = cache_counts(client).get("stale", 0.0)

    assert client.get(PHOTO).status_code == 200
    assert cache_counts(client)["stale"] == stale + 1


def test_another_token_never_gets_a_kept_answer(make_client: Callable[..., TestClient]) -> None:
    client = make_client()
    assert client.put(f"{PHOTO}/$value", content=photo_bytes()).status_code == 200
    client.get(PHOTO)
    client.get(PHOTO)
    reader_without_rights = bearer(subject="eve", scopes=("Mail.Read",))
    before = hits(client)

    assert client.get(PHOTO, headers=reader_without_rights).status_code == 403
    assert hits(client) == before


def test_an_expired_token_is_refused_even_for_a_kept_answer(client: TestClient) -> None:
    assert client.put(f"{PHOTO}/$value", content=photo_bytes()).status_code == 200
    lifetime = 2
    token = mint_token(
        Settings(jwt_secret=TEST_SECRET),
        subject="alice",
        lifetime_seconds=lifetime,
        scopes=ALL_SCOPES,
    )
    expires = time.time() + lifetime
    short_lived = {"Authorization": f"Bearer {token}"}
    assert [client.get(PHOTO, headers=short_lived).status_code for _ in range(2)] == [200, 200]

    time.sleep(max(0.0, expires - time.time()) + 0.2)
    expired = client.get(PHOTO, headers=short_lived)

    assert expired.status_code == 401
    assert expired.json()["error"]["code"] == "InvalidAuthenticationToken"


def test_a_read_with_a_body_is_never_answered_from_memory(client: TestClient) -> None:
    assert client.put(f"{PHOTO}/$value", content=photo_bytes()).status_code == 200
    before = hits(client)

    # The same head twice (the same Content-Length), bodies that differ: the key cannot tell.
    for body in (b"{}", b"[]"):
        assert client.request("GET", PHOTO, content=body).status_code == 200
    assert hits(client) == before


def test_the_access_log_tells_a_kept_answer_as_any_other(
    client: TestClient, caplog: pytest.LogCaptureFixture
) -> None:
    assert client.put(f"{PHOTO}/$value", content=photo_bytes()).status_code == 200
    with caplog.at_level(logging.INFO, logger="graph_photos.access"):
        for _ in range(3):  # the stack's answer, kept, then the kept one
            client.get(PHOTO)

    first, _kept, again = (
        json.loads(r.getMessage()) for r in caplog.records if r.name == "graph_photos.access"
    )
    assert again["request_id"] != first["request_id"]
    for field in ("operation", "status", "caller", "tenant", "resource", "path", "method"):
        assert again[field] == first[field], field
    assert again["operation"] == "users.get_photo"


def test_batch_items_read_through_the_cache(client: TestClient) -> None:
    assert client.put(f"{PHOTO}/$value", content=photo_bytes()).status_code == 200
    url = "/users/cached@contoso.com/photo/$value"
    requests = [{"id": str(n), "method": "GET", "url": url} for n in range(20)]
    before = hits(client)

    answer = client.post(BATCH, json={"requests": requests})

    assert answer.status_code == 200
    assert {item["status"] for item in answer.json()["responses"]} == {200}
    assert len({item["body"] for item in answer.json()["responses"]}) == 1
    assert hits(client) == before + 18  # the first seen, the second kept, the others answered


@pytest.mark.parametrize(
    "settings",
    [{"response_cache_bytes": 0}, {"read_cache_bytes": 0}, {"throttling": "graph"}],
    ids=["off", "read-cache-off", "throttling"],
)
def test_off_without_the_read_cache_or_while_throttling_every_read_passes_the_stack(
    make_client: Callable[..., TestClient], settings: dict[str, object]
) -> None:
    client = make_client(**settings)
    assert client.put(f"{PHOTO}/$value", content=photo_bytes()).status_code == 200
    assert [client.get(PHOTO).status_code for _ in range(3)] == [200, 200, 200]
    assert cache_counts(client) == {}

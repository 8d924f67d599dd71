"""JSON batching: each item as if sent alone; Graph's envelope, statuses and whole-batch 400s."""

from __future__ import annotations

import base64
import json
import logging
from collections.abc import Callable
from typing import Any

import pytest
from starlette.testclient import TestClient

from tests.credentials import bearer
from tests.fixtures.images import large_photo, photo_bytes

BATCH = "/v1.0/$batch"
READ_WRITE = ("ProfilePhoto.ReadWrite.All", "User.Read.All")


def by_id(response: Any) -> dict[str, dict[str, Any]]:
    assert response.status_code == 200, response.text
    return {item["id"]: item for item in response.json()["responses"]}


def refused_batch(
    client: TestClient, requests: list[dict[str, Any]], code: str, message: str
) -> dict[str, Any]:
    """The error of a batch refused whole: one 400 in Graph's envelope, with `code`."""
    response = client.post(BATCH, json={"requests": requests})
    assert response.status_code == 400, response.text
    assert response.headers["content-type"] == "application/json"
    error: dict[str, Any] = response.json()["error"]
    assert error["code"] == code
    assert message in error["message"]
    return error


def upload_item(item_id: str, owner: str, photo: bytes, **headers: str) -> dict[str, Any]:
    return {
        "id": item_id,
        "method": "PUT",
        "url": f"/users/{owner}/photo/$value",
        "headers": {"Content-Type": "image/jpeg", **headers},
        "body": base64.b64encode(photo).decode("ascii"),
    }


def test_twenty_mixed_items_answer_as_if_each_were_sent_alone(client: TestClient) -> None:
    photos = {f"p{number}": photo_bytes(60 + number, 48) for number in range(5)}
    for owner, photo in photos.items():
        assert client.put(f"/v1.0/users/{owner}/photo/$value", content=photo).status_code == 200
    requests: list[dict[str, Any]] = []
    for owner in photos:  # 5 reads of bytes, 5 of metadata
        requests.append(
            {"id": f"bytes-{owner}", "method": "GET", "url": f"/users/{owner}/photo/$value"}
        )
        requests.append({"id": f"meta-{owner}", "method": "GET", "url": f"users/{owner}/photo"})
    for number in range(5):  # 5 uploads, 5 size reads that depend on them
        requests.append(upload_item(f"up{number}", f"new{number}", photo_bytes(100, 80)))
        requests.append(
            {
                "id": f"size{number}",
                "method": "GET",
                "url": f"/users/new{number}/photos/48x48",
                "dependsOn": [f"up{number}"],
            }
        )
    assert len(requests) == 20
    answers = by_id(client.post(BATCH, json={"requests": requests}))
    assert set(answers) == {request["id"] for request in requests}
    for owner in photos:
        alone = client.get(f"/v1.0/users/{owner}/photo/$value")
        item = answers[f"bytes-{owner}"]
        assert item["status"] == 200
        assert base64.b64decode(item["body"]) == alone.content
        assert item["headers"]["Content-Type"] == "image/jpeg"  # exactly so cased
        assert item["headers"]["ETag"] == alone.headers["etag"]
        meta = answers[f"meta-{owner}"]
        assert meta["status"] == 200
        assert meta["body"] == client.get(f"/v1.0/users/{owner}/photo").json()
        assert meta["body"]["@odata.mediaEtag"] == alone.headers["etag"]
    for number in range(5):
        assert answers[f"up{number}"]["status"] == 200
        assert answers[f"up{number}"]["body"]["width"] == 100
        assert answers[f"size{number}"]["status"] == 200
        assert answers[f"size{number}"]["body"]["id"] == "48x48"
    ids = {item["headers"]["request-id"] for item in answers.values()}
    assert len(ids) == 20  # each item its own request-id


def test_an_items_failure_is_its_own_status_inside_a_200(
    client: TestClient, make_client: Callable[..., TestClient]
) -> None:
    assert client.put("/v1.0/users/kim/photo/$value", content=photo_bytes()).status_code == 200
    etag = client.get("/v1.0/users/kim/photo/$value").headers["etag"]
    answers = by_id(
        client.post(
            BATCH,
            json={
                "requests": [
                    {"id": "missing", "method": "GET", "url": "/users/nobody/photo"},
                    {
                        "id": "stale",
                        "method": "DELETE",
                        "url": "/users/kim/photo",
                        "headers": {"If-Match": '"00000000"'},
                    },
                    {
                        "id": "unchanged",
                        "method": "GET",
                        "url": "/users/kim/photo/$value",
                        "headers": {"If-None-Match": etag},
                    },
                    {"id": "bad", "method": "GET", "url": "/users/kim/photos/47x47"},
                ]
            },
        )
    )
    assert (answers["missing"]["status"], answers["missing"]["body"]["error"]["code"]) == (
        404,
        "ImageNotFound",
    )
    assert answers["stale"]["status"] == 412
    assert answers["unchanged"]["status"] == 304
    assert "body" not in answers["unchanged"]
    assert answers["unchanged"]["headers"]["ETag"] == etag
    assert answers["bad"]["status"] == 404
    # A token that may only read: the batch runs, the write inside it is refused alone.
    reader = bearer(subject="reader", scopes=("ProfilePhoto.Read.All",))
    answers = by_id(
        client.post(
            BATCH,
            headers=reader,
            json={
                "requests": [
                    upload_item("write", "kim", photo_bytes()),
                    {"id": "read", "method": "GET", "url": "/users/kim/photo"},
                ]
            },
        )
    )
    assert answers["write"]["status"] == 403
    assert answers["write"]["body"]["error"]["code"] == "Authorization_RequestDenied"
    assert answers["read"]["status"] == 200
    assert client.get("/v1.0/users/kim/photo/$value").headers["etag"] == etag  # unchanged


def test_depends_on_orders_items_and_a_failed_dependency_is_424(client: TestClient) -> None:
    answers = by_id(
        client.post(
            BATCH,
            json={
                "requests": [
                    {
                        "id": "read",
                        "method": "GET",
                        "url": "/users/lee/photo",
                        "dependsOn": ["create"],
                    },
                    {
                        "id": "create",
                        "method": "POST",
                        "url": "/users/lee/photo",
                        "headers": {"Content-Type": "application/json"},
                        "body": {"height": 64, "width": 64},
                    },
                    {
                        "id": "again",
                        "method": "POST",
                        "url": "/users/lee/photo",
                        "headers": {"Content-Type": "application/json"},
                        "body": {"height": 64, "width": 64},
                        "dependsOn": ["read"],
                    },
                    {"id": "after", "method": "GET", "url": "/me", "dependsOn": ["again"]},
                ]
            },
        )
    )
    assert answers["create"]["status"] == 201
    assert answers["read"]["status"] == 200  # ran after the create it depends on
    assert answers["again"]["status"] == 409
    assert answers["after"]["status"] == 424
    assert answers["after"]["body"]["error"]["code"] == "FailedDependency"
    assert "'again'" in answers["after"]["body"]["error"]["message"]


def items(count: int) -> list[dict[str, Any]]:
    return [{"id": str(n), "method": "GET", "url": "/me"} for n in range(count)]


@pytest.mark.parametrize(
    ("requests", "message"),
    [
        # What the spec's schema says: connexion's validation, in Graph's words.
        (items(21), "Property 'requests' has 21 items; it may have at most 20."),
        ([], "Property 'requests' has 0 items; it may have at least 1."),
        ([{"method": "GET", "url": "/me"}], "The property 'id' is required"),
        ([{"id": "1", "url": "/me"}], "The property 'method' is required"),
        ([{"id": "1", "method": "GET"}], "The property 'url' is required"),
        ([{"id": "", "method": "GET", "url": "/me"}], "Property 'id' must not be empty."),
    ],
)
def test_a_batch_against_its_schema_is_one_400(
    client: TestClient, requests: list[dict[str, Any]], message: str
) -> None:
    error = refused_batch(client, requests, "Request_BadRequest", message)
    assert len(error["message"]) < 200  # not the whole batch echoed back


@pytest.mark.parametrize(
    ("requests", "message"),
    [
        # What no schema can say: the batch checks it.
        (
            [
                {"id": "a", "method": "GET", "url": "/me"},
                {"id": "A", "method": "GET", "url": "/me"},
            ],
            "used by more than one",
        ),
        (
            [{"id": "1", "method": "GET", "url": "https://graph.microsoft.com/v1.0/me"}],
            "absolute URL",
        ),
        (
            [{"id": "1", "method": "GET", "url": "/me", "dependsOn": ["2"]}],
            "which is not in the batch",
        ),
        (
            [
                {"id": "1", "method": "GET", "url": "/me", "dependsOn": ["2"]},
                {"id": "2", "method": "GET", "url": "/me", "dependsOn": ["1"]},
            ],
            "make a cycle",
        ),
        (
            [{"id": "1", "method": "PUT", "url": "/me/photo/$value", "body": "AAAA"}],
            "no Content-Type",
        ),
        (
            [
                {
                    "id": "1",
                    "method": "PUT",
                    "url": "/me/photo/$value",
                    "headers": {"Content-Type": "image/jpeg"},
                    "body": "not base64!",
                }
            ],
            "not base64",
        ),
        ([{"id": "1", "method": "POST", "url": "/$batch"}], "cannot be nested"),
        # Routing decodes `%24` before it matches: the spelling routes to the batch just the same.
        ([{"id": "1", "method": "POST", "url": "/%24batch"}], "cannot be nested"),
        ([{"id": "1", "method": "POST", "url": "%24BATCH?x=1"}], "cannot be nested"),
        # Item ids compare ignoring ASCII case only, as every other id: the Kelvin sign is not K.
        (
            [
                {"id": "k", "method": "GET", "url": "/me"},
                {"id": "K", "method": "GET", "url": "/me"},
            ],
            "more than one request",
        ),
    ],
)
def test_a_malformed_batch_is_one_400(
    client: TestClient, requests: list[dict[str, Any]], message: str
) -> None:
    refused_batch(client, requests, "BadRequest", message)


def test_a_batch_body_that_is_not_json_is_400(client: TestClient) -> None:
    response = client.post(BATCH, content=b"{nope", headers={"Content-Type": "application/json"})
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "RequestBodyRead"


def test_the_batch_itself_needs_a_token(make_client: Callable[..., TestClient]) -> None:
    client = make_client()
    response = client.post(BATCH, json={"requests": items(1)}, headers={"Authorization": ""})
    assert response.status_code == 401


def test_beta_items_run_on_beta(client: TestClient) -> None:
    client.put("/beta/users/mo/photo/$value", content=photo_bytes())
    answers = by_id(
        client.post(
            "/beta/$batch",
            json={"requests": [{"id": "1", "method": "GET", "url": "/users/mo/photo"}]},
        )
    )
    assert answers["1"]["body"]["@odata.context"].startswith("http://testserver/beta/")


def test_cors_preflight_is_answered_for_any_path_without_a_token(
    make_client: Callable[..., TestClient],
) -> None:
    client = make_client()
    for path in ("/v1.0/me/photo/$value", "/v1.0/$batch", "/beta/users/x/photos/48x48"):
        preflight = client.options(
            path,
            headers={
                "Origin": "http://localhost:3000",
                "Access-Control-Request-Method": "PUT",
                # The people picker's too: refusing them would hide every result.
                "Access-Control-Request-Headers": "authorization,content-type,if-match,"
                "sdkversion,consistencylevel,x-peoplequery-querysources",
                "Authorization": "",
            },
        )
        assert preflight.status_code == 200, path
        assert preflight.headers["access-control-allow-origin"] == "*"
        assert "PUT" in preflight.headers["access-control-allow-methods"]
        allowed = preflight.headers["access-control-allow-headers"].lower()
        for header in (
            "authorization",
            "content-type",
            "if-match",
            "sdkversion",
            "client-request-id",
            "consistencylevel",
            "x-peoplequery-querysources",
        ):
            assert header in allowed
        assert "access-control-allow-credentials" not in preflight.headers
    answer = client.get("/v1.0/users/x/photo", headers={"Origin": "http://localhost:3000"})
    assert answer.status_code == 404  # errors are readable across origins too
    assert answer.headers["access-control-allow-origin"] == "*"
    exposed = answer.headers["access-control-expose-headers"].lower()
    for header in (
        "etag",
        "location",
        "request-id",
        "client-request-id",
        "retry-after",
        "www-authenticate",
    ):
        assert header in exposed


def test_cors_origins_can_be_limited(make_client: Callable[..., TestClient]) -> None:
    client = make_client(cors_origins="https://app.example")
    preflight = {"Access-Control-Request-Method": "GET"}
    allowed = client.options("/v1.0/me", headers={"Origin": "https://app.example", **preflight})
    assert allowed.headers["access-control-allow-origin"] == "https://app.example"
    refused = client.options("/v1.0/me", headers={"Origin": "https://evil.example", **preflight})
    assert refused.status_code == 400
    assert "access-control-allow-origin" not in refused.headers


def test_the_batch_writes_one_access_log_line_that_lists_its_items(
    client: TestClient, caplog: pytest.LogCaptureFixture
) -> None:
    assert client.put("/v1.0/users/logged/photo/$value", content=photo_bytes()).status_code == 200
    requests = [
        {"id": "read", "method": "GET", "url": "/users/logged/photo/$value"},
        {"id": "none", "method": "GET", "url": "/users/nobody/photo", "dependsOn": ["read"]},
    ]
    with caplog.at_level(logging.INFO, logger="graph_photos.access"):
        answers = by_id(client.post(BATCH, json={"requests": requests}))

    lines = [json.loads(r.getMessage()) for r in caplog.records if r.name == "graph_photos.access"]
    assert len(lines) == 1
    (line,) = lines
    assert (line["operation"], line["status"]) == ("batch.post_batch", 200)
    items = {item["id"]: item for item in line["items"]}
    assert items["read"]["operation"] == "users.get_photo_content"
    assert (items["read"]["status"], items["none"]["status"]) == (200, 404)
    # Each item has its own request-id, the one its answer carries.
    assert items["read"]["request_id"] == answers["read"]["headers"]["request-id"]
    assert items["none"]["request_id"] != items["read"]["request_id"]
    assert items["read"]["path"] == "/v1.0/users/logged/photo/$value"


def test_item_ids_that_differ_beyond_ascii_case_are_different_items(client: TestClient) -> None:
    kelvin = "\u212a"  # KELVIN SIGN: str.lower() makes it "k"; Graph's comparison does not
    requests = [
        {"id": "k", "method": "GET", "url": "/users/nobody/photo"},
        {"id": kelvin, "method": "GET", "url": "/users/nobody/photo", "dependsOn": ["k"]},
    ]
    answers = by_id(client.post(BATCH, json={"requests": requests}))
    assert answers["k"]["status"] == 404
    assert answers[kelvin]["status"] == 424
    refused_batch(
        client,
        [{"id": "k", "method": "GET", "url": "/me", "dependsOn": [kelvin]}],
        "BadRequest",
        "which is not in the batch",
    )


def test_a_batch_routed_as_an_item_of_a_batch_is_refused_whatever_its_spelling() -> None:
    from graph_photos.generated.models import BatchRequest
    from graph_photos.web.batch import parse_batch
    from graph_photos.web.errors import GraphError
    from graph_photos.web.request_state import begin_request, mark_batch_item

    outer: dict[str, Any] = {"type": "http", "headers": []}
    inner: dict[str, Any] = {"type": "http", "headers": []}
    mark_batch_item(inner, "1", begin_request(outer, None))
    body = BatchRequest.model_validate({"requests": [{"id": "1", "method": "GET", "url": "/me"}]})
    assert len(parse_batch(body, outer, "v1.0")) == 1
    with pytest.raises(GraphError, match="cannot be nested") as refused:
        parse_batch(body, inner, "v1.0")
    assert refused.value.status_code == 400


@pytest.mark.parametrize(
    ("method", "url", "status", "code", "allow"),
    [
        ("GET", "/nowhere", 404, "ResourceNotFound", None),
        ("DELETE", "/users/x/photos", 405, "MethodNotAllowed", "GET, HEAD"),
        ("POST", "/users/x/photo/$value", 405, "MethodNotAllowed", "GET, PUT, DELETE, PATCH, HEAD"),
    ],
)
def test_items_the_router_refuses_answer_as_the_same_request_alone(
    client: TestClient,
    caplog: pytest.LogCaptureFixture,
    method: str,
    url: str,
    status: int,
    code: str,
    allow: str | None,
) -> None:
    alone = client.request(method, f"/v1.0{url}")
    with caplog.at_level(logging.INFO, logger="graph_photos.access"):
        answers = by_id(
            client.post(BATCH, json={"requests": [{"id": "1", "method": method, "url": url}]})
        )
    item = answers["1"]
    assert (alone.status_code, item["status"]) == (status, status)
    assert item["headers"]["Content-Type"] == alone.headers["content-type"] == "application/json"
    assert item["body"]["error"]["code"] == alone.json()["error"]["code"] == code
    assert item["headers"].get("Allow") == alone.headers.get("allow") == allow
    (line,) = [json.loads(r.getMessage()) for r in caplog.records if "items" in r.getMessage()]
    assert line["items"][0]["operation"] == "unrouted"


def test_the_batch_answer_is_streamed_item_by_item(
    make_settings: Callable[..., Any],
) -> None:
    """Sent as each item answers, a photo's base64 in pieces: no piece is near the whole."""
    import asyncio

    from graph_photos import create_app

    settings = make_settings(validate_responses=False)  # response validation buffers it all
    photo = large_photo(1600, 1200)  # noise: about 0.6 MB as JPEG, stored about as large
    headers = [
        (b"host", b"testserver"),
        *[(name.lower().encode(), value.encode()) for name, value in bearer(settings).items()],
    ]

    async def run() -> tuple[int, list[bytes]]:
        app = create_app(settings)
        pieces: list[bytes] = []
        status = 0
        lifespan_in: asyncio.Queue[dict[str, Any]] = asyncio.Queue()
        lifespan_out: asyncio.Queue[dict[str, Any]] = asyncio.Queue()
        state: dict[str, Any] = {}
        lifespan = asyncio.create_task(
            app({"type": "lifespan", "state": state}, lifespan_in.get, lifespan_out.put)
        )
        await lifespan_in.put({"type": "lifespan.startup"})
        assert (await lifespan_out.get())["type"] == "lifespan.startup.complete"

        async def call(method: str, path: str, body: bytes, content_type: bytes) -> None:
            nonlocal status
            sent = False

            async def receive() -> dict[str, Any]:
                nonlocal sent
                if sent:
                    await asyncio.Event().wait()
                sent = True
                return {"type": "http.request", "body": body, "more_body": False}

            async def send(message: dict[str, Any]) -> None:
                nonlocal status
                if message["type"] == "http.response.start":
                    status = message["status"]
                elif message.get("body"):
                    pieces.append(message["body"])

            scope = {
                "type": "http",
                "asgi": {"version": "3.0", "spec_version": "2.3"},
                "http_version": "1.1",
                "method": method,
                "scheme": "http",
                "path": path,
                "raw_path": path.encode(),
                "query_string": b"",
                "root_path": "",
                "headers": [
                    *headers,
                    (b"content-type", content_type),
                    (b"content-length", str(len(body)).encode()),
                ],
                "server": ("testserver", 80),
                "client": ("127.0.0.1", 1),
                "state": dict(state),
            }
            await app(scope, receive, send)

        await call("PUT", "/v1.0/users/big/photo/$value", photo, b"image/jpeg")
        assert status == 200
        pieces.clear()
        requests = [
            {"id": str(n), "method": "GET", "url": "/users/big/photo/$value"} for n in range(4)
        ]
        await call(
            "POST", "/v1.0/$batch", json.dumps({"requests": requests}).encode(), b"application/json"
        )
        await lifespan_in.put({"type": "lifespan.shutdown"})
        await lifespan
        return status, pieces

    status, pieces = asyncio.run(run())
    assert status == 200
    whole = b"".join(pieces)
    answers = {item["id"]: item for item in json.loads(whole)["responses"]}
    assert [answers[str(n)]["status"] for n in range(4)] == [200] * 4
    stored = base64.b64decode(answers["0"]["body"])
    assert len(stored) > 256 * 1024
    assert all(answers[str(n)]["body"] == answers["0"]["body"] for n in range(4))
    # Each item's photo went out in pieces as it was read: no piece holds even one photo.
    assert len(pieces) >= 4 * 2
    assert max(len(piece) for piece in pieces) < len(answers["0"]["body"])

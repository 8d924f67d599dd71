"""Every failure is a Graph error envelope with the right status, code and headers."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from starlette.testclient import TestClient

from graph_photos.storage.sqlite import SqlitePhotoStore
from tests.credentials import bearer
from tests.fixtures.images import photo_bytes

PHOTO = "/beta/users/alice@contoso.com/photo"
DATE = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$")
UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")


def assert_graph_error(
    response: Any, status: int, code: str, message: str | None = None
) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/json"
    body = response.json()
    assert set(body) == {"error"}
    error = body["error"]
    assert error["code"] == code
    if message is not None:
        assert error["message"] == message
    inner = error["innerError"]
    assert DATE.match(inner["date"])
    assert UUID.match(inner["request-id"])
    assert inner["request-id"] == response.headers["request-id"]
    return error


def post_raw(client: TestClient, body: bytes, content_type: str = "application/json") -> Any:
    return client.post(PHOTO, content=body, headers={"Content-Type": content_type})


# --- request bodies -------------------------------------------------------------------------


def test_seed_literal_example_is_400_request_body_read(client: TestClient) -> None:
    response = client.post(
        PHOTO,
        json={"@odata.type": "#microsoft.graph.profilePhoto", "height": "Int32", "width": "Int32"},
    )

    assert_graph_error(
        response,
        400,
        "RequestBodyRead",
        "Cannot convert the literal 'Int32' to the expected type 'Edm.Int32'.",
    )
    assert client.get(PHOTO).status_code == 404


@pytest.mark.parametrize(
    ("body", "code", "message"),
    [
        (
            {"height": 96, "width": 96, "x": 1},
            "RequestBodyRead",
            "The property 'x' does not exist on type 'microsoft.graph.profilePhoto'. Make sure to "
            "only use property names that are defined by the type or mark the type as open type.",
        ),
        (
            {"height": 96, "width": 96, "id": "96x96"},
            "Request_BadRequest",
            "Property 'id' is read-only and cannot be set.",
        ),
        (
            {"height": True, "width": 96},
            "RequestBodyRead",
            "Cannot convert the literal 'true' to the expected type 'Edm.Int32'.",
        ),
        (
            {"height": 96.5, "width": 96},
            "RequestBodyRead",
            "Cannot convert the literal '96.5' to the expected type 'Edm.Int32'.",
        ),
        (
            {"height": 2**31, "width": 96},
            "RequestBodyRead",
            "Cannot convert the literal '2147483648' to the expected type 'Edm.Int32'.",
        ),
        (
            {"height": 0, "width": 96},
            "Request_BadRequest",
            "Property 'height' must be between 1 and 2048; got 0.",
        ),
        (
            {"height": 100000, "width": 100000},
            "Request_BadRequest",
            "Property 'height' must be between 1 and 2048; got 100000.",
        ),
        (
            {"width": 96},
            "Request_BadRequest",
            "The property 'height' is required on type 'microsoft.graph.profilePhoto'.",
        ),
        (
            {"@odata.type": "#microsoft.graph.user", "height": 96, "width": 96},
            "Request_BadRequest",
            "Property '@odata.type' must be one of '#microsoft.graph.profilePhoto'; "
            "got '#microsoft.graph.user'.",
        ),
        (
            [1, 2],
            "RequestBodyRead",
            "The request body must be a JSON object of type 'microsoft.graph.profilePhoto'.",
        ),
    ],
)
def test_invalid_body_is_refused_with_the_graph_message(
    client: TestClient, body: Any, code: str, message: str
) -> None:
    assert_graph_error(client.post(PHOTO, json=body), 400, code, message)
    assert client.get(PHOTO).status_code == 404


@pytest.mark.parametrize(
    ("raw", "message_start"),
    [
        (b'{"height": 96,', "The request body is not valid JSON"),
        (b"\xff\xfe\x00{", "The request body is not valid utf-8 text"),
        (b"", "The request body is empty"),
    ],
)
def test_unreadable_body_is_400_never_500(
    client: TestClient, raw: bytes, message_start: str
) -> None:
    error = assert_graph_error(post_raw(client, raw), 400, "RequestBodyRead")
    assert error["message"].startswith(message_start)


@pytest.mark.parametrize("content_type", ["text/plain", "application/xml", "image/jpeg"])
def test_wrong_content_type_is_415(client: TestClient, content_type: str) -> None:
    response = post_raw(client, b'{"height": 96, "width": 96}', content_type)
    error = assert_graph_error(response, 415, "UnsupportedMediaType")
    assert content_type in error["message"]


def test_declared_oversized_body_is_413_before_reading(client: TestClient) -> None:
    response = client.post(
        PHOTO,
        content=b"{}",
        headers={"Content-Type": "application/json", "Content-Length": str(10**9)},
    )
    assert_graph_error(response, 413, "RequestEntityTooLarge")


def test_streamed_oversized_body_is_413(client: TestClient) -> None:
    def chunks() -> Iterator[bytes]:
        yield b'{"height": 96, "width": 96, "pad": "'
        for _ in range(100):
            yield b"x" * 1024
        yield b'"}'

    response = client.post(PHOTO, content=chunks(), headers={"Content-Type": "application/json"})
    assert_graph_error(response, 413, "RequestEntityTooLarge")


def test_non_numeric_content_length_is_400(client: TestClient) -> None:
    response = client.post(
        PHOTO, content=b"{}", headers={"Content-Type": "application/json", "Content-Length": "ab"}
    )
    assert_graph_error(response, 400, "Request_BadRequest")


def test_overlong_user_id_is_400(client: TestClient) -> None:
    response = client.get(f"/beta/users/{'a' * 300}/photo")
    assert_graph_error(response, 400, "Request_BadRequest")


# --- routing -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "path", [PHOTO, f"{PHOTO}/$value", PHOTO.replace("/beta/", "/v1.0/"), f"{PHOTO}s/48x48/$value"]
)
def test_undeclared_query_parameter_is_400(client: TestClient, path: str) -> None:
    client.post(PHOTO, json={"width": 64, "height": 64}).raise_for_status()

    response = client.get(f"{path}?$top=1")

    assert_graph_error(
        response, 400, "Request_BadRequest", "Extra query parameter(s) $top not in spec"
    )
    assert client.get(f"{path}?").status_code == 200  # an empty query string is no parameter


@pytest.mark.parametrize("path", ["/beta/users/a/mailboxSettings", "/v2.0/users/a/photo", "/v1.0"])
def test_unknown_path_is_404(client: TestClient, path: str) -> None:
    error = assert_graph_error(client.get(path), 404, "ResourceNotFound")
    assert path in error["message"]


def test_wrong_method_is_405_with_every_allowed_method(client: TestClient) -> None:
    response = client.put(PHOTO, json={})

    assert_graph_error(response, 405, "MethodNotAllowed")
    assert set(response.headers["allow"].split(", ")) == {"GET", "HEAD", "POST", "PATCH", "DELETE"}


@pytest.mark.parametrize(
    ("path", "allowed"),
    [
        (f"{PHOTO}/$value", {"GET", "HEAD", "PUT", "PATCH", "DELETE"}),
        ("/beta/me/photos", {"GET", "HEAD"}),
        ("/v1.0/groups/g1/photos/48x48/$value", {"GET", "HEAD"}),
    ],
)
def test_wrong_method_lists_the_methods_of_that_path(
    client: TestClient, path: str, allowed: set[str]
) -> None:
    response = client.post(path, json={})

    assert_graph_error(response, 405, "MethodNotAllowed")
    assert set(response.headers["allow"].split(", ")) == allowed


# --- authentication ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("authorization", "message"),
    [
        (None, "Access token is empty."),
        ("", "Access token is empty."),
        ("Bearer", "Access token is empty."),
        ("Bearer    ", "Access token is empty."),
        (
            "Basic YWxpY2U6c2VjcmV0",
            "The Authorization header must carry a Bearer token: 'Bearer <token>'.",
        ),
        (
            "token-without-scheme",
            "The Authorization header must carry a Bearer token: 'Bearer <token>'.",
        ),
    ],
)
@pytest.mark.parametrize(
    ("method", "path"), [("GET", PHOTO), ("POST", PHOTO), ("GET", f"{PHOTO}/$value")]
)
def test_missing_or_non_bearer_credentials_are_401(
    client: TestClient, authorization: str | None, message: str, method: str, path: str
) -> None:
    headers = {"Content-Type": "application/json"}
    client.headers.pop("Authorization")
    if authorization is not None:
        headers["Authorization"] = authorization

    response = client.request(method, path, content=b'{"height": 9, "width": 9}', headers=headers)

    assert_graph_error(response, 401, "InvalidAuthenticationToken", message)
    assert response.headers["www-authenticate"] == "Bearer"


def test_refused_create_stores_nothing(client: TestClient) -> None:
    response = client.post(PHOTO, json={"height": 9, "width": 9}, headers={"Authorization": ""})
    assert response.status_code == 401
    assert client.get(PHOTO).status_code == 404


# --- request ids and unexpected failures -------------------------------------------------------


def test_every_response_has_a_fresh_request_id(client: TestClient) -> None:
    ids = {
        client.get(PHOTO).headers["request-id"],
        client.post(PHOTO, json={"height": 9, "width": 9}).headers["request-id"],
        client.get(PHOTO).headers["request-id"],
        client.get("/nowhere").headers["request-id"],
    }
    assert len(ids) == 4
    assert all(UUID.match(request_id) for request_id in ids)


def test_client_request_id_is_echoed_in_header_and_error(client: TestClient) -> None:
    response = client.get(PHOTO, headers={"client-request-id": "my-trace-42"})

    assert response.headers["client-request-id"] == "my-trace-42"
    assert response.json()["error"]["innerError"]["client-request-id"] == "my-trace-42"


def test_unexpected_failure_is_500_without_internals(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    async def broken(*_args: object) -> None:
        raise RuntimeError("database password is hunter2")

    monkeypatch.setattr(SqlitePhotoStore, "get_photo_info", broken)

    response = client.get(PHOTO)

    error = assert_graph_error(response, 500, "generalException")
    assert "hunter2" not in response.text
    assert "RuntimeError" not in response.text
    assert error["message"] == (
        "An unexpected error occurred. Quote the request-id when you report it."
    )


@pytest.mark.parametrize(
    ("method", "path", "body"),
    [
        ("GET", "/nowhere", None),
        ("PUT", PHOTO, b"{}"),
        ("POST", PHOTO, b"nope"),
        ("POST", PHOTO, b'{"height": "x"}'),
    ],
)
def test_no_response_is_problem_json(
    client: TestClient, method: str, path: str, body: bytes | None
) -> None:
    response = client.request(
        method, path, content=body, headers={"Content-Type": "application/json"}
    )
    assert "problem" not in response.headers["content-type"]
    assert response.headers["content-type"] == "application/json"


def test_an_id_with_a_nul_byte_is_no_one_on_every_engine(
    make_client: Callable[..., TestClient], database_url: str
) -> None:
    """PostgreSQL's text cannot hold NUL (its driver raised DataError, a 500): such an id names
    no one, as on SQLite, for reads and for an open directory's writes alike."""
    client = make_client(database_url=database_url)
    read = client.get("/v1.0/users/a%00b/photo")
    assert read.status_code == 404, read.text
    assert read.json()["error"]["code"] == "ImageNotFound"  # open directory: no photo yet
    write = client.put("/v1.0/users/a%00b/photo/$value", content=photo_bytes())
    assert write.status_code == 404, write.text
    assert write.json()["error"]["code"] == "Request_ResourceNotFound"
    assert client.get("/v1.0/groups/g%00/photos").status_code == 404
    strict = make_client(database_url=database_url, directory="strict", directory_file=None)
    for path in ("/v1.0/users/alice%00@contoso.com", "/v1.0/groups/%00", "/v1.0/users/%00/photo"):
        answer = strict.get(path, headers=bearer(scopes=("User.Read.All", "Group.Read.All")))
        assert answer.status_code == 404, (path, answer.text)
        assert answer.json()["error"]["code"] == "Request_ResourceNotFound"
    page = strict.get("/v1.0/users?$skiptoken=a%00b", headers=bearer(scopes=("User.Read.All",)))
    assert page.status_code == 400, page.text


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("GET", "/v1.0/users/alice@contoso.com/"),
        ("PUT", "/v1.0/users/alice@contoso.com/photo/"),  # `photo/$value` with $value expanded
        ("GET", "/health/"),
        ("GET", "/contoso.com/v2.0/.well-known/openid-configuration/"),
    ],
)
def test_a_trailing_slash_is_a_404_that_says_so_never_a_redirect(
    client: TestClient, method: str, path: str
) -> None:
    """A redirect would lose a PUT's body (curl does not send it again) or read the metadata
    where `$value` was meant."""
    before = client.get("/v1.0/users/alice@contoso.com/photo").status_code
    response = client.request(method, path, content=photo_bytes(64, 64), follow_redirects=False)
    error = assert_graph_error(response, 404, "ResourceNotFound")
    assert "location" not in response.headers
    assert "do not end with '/'" in error["message"]
    assert "'.../photo/$value'" in error["message"]
    assert client.get("/v1.0/users/alice@contoso.com/photo").status_code == before


def test_an_invalid_size_names_the_valid_ones(client: TestClient) -> None:
    from graph_photos.domain.images import STANDARD_SIZES

    response = client.get("/v1.0/users/alice@contoso.com/photos/large/$value")
    error = assert_graph_error(response, 400, "Request_BadRequest")
    assert error["message"].startswith("'large' is not a photo size: a size is written")
    listed = re.findall(r"\b(\d+)x\1\b", error["message"])
    assert tuple(int(side) for side in listed) == STANDARD_SIZES


def test_an_invalid_parameter_is_said_in_a_line_not_a_schema_dump(client: TestClient) -> None:
    reader = bearer(scopes=("User.Read.All",))
    response = client.get("/v1.0/users", params={"$count": "maybe"}, headers=reader)
    error = assert_graph_error(response, 400, response.json()["error"]["code"])
    assert "\n" not in error["message"]
    assert "Failed validating" not in error["message"]
    assert "'$count'" in error["message"]
    assert "'maybe'" in error["message"]

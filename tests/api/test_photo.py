"""The seed operation and reading a photo back, through the HTTP interface."""

from __future__ import annotations

import io
import re

import pytest
from PIL import Image
from starlette.testclient import TestClient

PHOTO = "/beta/users/alice@contoso.com/photo"
SEED_BODY = {"@odata.type": "#microsoft.graph.profilePhoto", "height": 96, "width": 96}
ETAG = re.compile(r'^"[0-9A-F]{16}"$')


def test_create_answers_201_with_the_profile_photo_and_location(client: TestClient) -> None:
    response = client.post("/beta/users/alice%40contoso.com/photo", json=SEED_BODY)

    assert response.status_code == 201
    assert response.headers["content-type"] == "application/json"
    assert response.headers["location"] == "http://testserver/beta/users/alice@contoso.com/photo"
    body = response.json()
    assert body == {
        "@odata.context": "http://testserver/beta/$metadata#users('alice%40contoso.com')/photo/$entity",
        "@odata.mediaContentType": "image/jpeg",
        "@odata.mediaEtag": body["@odata.mediaEtag"],
        "id": "96x96",
        "height": 96,
        "width": 96,
    }
    assert ETAG.match(body["@odata.mediaEtag"])


@pytest.mark.parametrize(("width", "height"), [(1, 1), (96, 96), (240, 160), (7, 2048)])
def test_created_photo_is_a_jpeg_of_exactly_the_requested_size(
    client: TestClient, width: int, height: int
) -> None:
    client.post(PHOTO, json={"width": width, "height": height}).raise_for_status()

    content = client.get(f"{PHOTO}/$value")

    assert content.status_code == 200
    assert content.headers["content-type"] == "image/jpeg"
    image = Image.open(io.BytesIO(content.content))
    assert image.format == "JPEG"
    assert image.size == (width, height)


def test_metadata_and_value_agree_on_the_etag(client: TestClient) -> None:
    created = client.post(PHOTO, json=SEED_BODY).json()

    metadata = client.get(PHOTO)
    content = client.get(f"{PHOTO}/$value")

    assert metadata.status_code == 200
    assert metadata.json() == created
    assert content.headers["etag"] == created["@odata.mediaEtag"]


def test_v1_serves_the_same_photo_with_its_own_context(client: TestClient) -> None:
    client.post(PHOTO, json=SEED_BODY).raise_for_status()

    body = client.get("/v1.0/users/alice@contoso.com/photo").json()

    assert body["@odata.context"].startswith("http://testserver/v1.0/$metadata#users(")
    assert body["id"] == "96x96"


def test_user_ids_compare_case_insensitively(client: TestClient) -> None:
    client.post(PHOTO, json=SEED_BODY).raise_for_status()

    assert client.get("/beta/users/ALICE@Contoso.COM/photo").status_code == 200
    assert client.post("/beta/users/Alice@contoso.com/photo", json=SEED_BODY).status_code == 409


def test_photos_of_different_users_are_separate(client: TestClient) -> None:
    client.post(PHOTO, json=SEED_BODY).raise_for_status()

    response = client.get("/beta/users/bob@contoso.com/photo")

    assert response.status_code == 404
    assert response.json()["error"]["code"] == "ImageNotFound"


def test_second_create_is_409_and_changes_nothing(client: TestClient) -> None:
    first = client.post(PHOTO, json=SEED_BODY).json()
    before = client.get(f"{PHOTO}/$value").content

    response = client.post(PHOTO, json={"height": 48, "width": 48})

    assert response.status_code == 409
    assert response.headers["content-type"] == "application/json"
    assert response.json()["error"]["code"] == "Request_Conflict"
    assert client.get(PHOTO).json() == first
    assert client.get(f"{PHOTO}/$value").content == before


@pytest.mark.parametrize("path", [PHOTO, f"{PHOTO}/$value"])
def test_missing_photo_is_404_image_not_found(client: TestClient, path: str) -> None:
    response = client.get(path)

    assert response.status_code == 404
    assert response.headers["content-type"] == "application/json"
    error = response.json()["error"]
    assert error["code"] == "ImageNotFound"
    assert error["innerError"]["request-id"] == response.headers["request-id"]


def test_photo_survives_a_restart(make_client) -> None:  # type: ignore[no-untyped-def]
    first = make_client()
    created = first.post(PHOTO, json=SEED_BODY).json()
    content = first.get(f"{PHOTO}/$value").content
    first.__exit__(None, None, None)

    second = make_client()

    assert second.get(PHOTO).json() == created
    assert second.get(f"{PHOTO}/$value").content == content


def test_public_base_url_is_used_in_context_and_location(make_client) -> None:  # type: ignore[no-untyped-def]
    client = make_client(public_base_url="https://photos.example.test/")

    response = client.post(PHOTO, json=SEED_BODY)

    assert (
        response.headers["location"]
        == "https://photos.example.test/beta/users/alice@contoso.com/photo"
    )
    assert response.json()["@odata.context"].startswith(
        "https://photos.example.test/beta/$metadata#"
    )


@pytest.mark.parametrize(
    ("encoded", "context_id"),
    [
        ("alice%40contoso.com", "alice%40contoso.com"),
        ("team%2Fa", "team%2Fa"),
        ("line%0Abreak", "line%0Abreak"),
        ("%C3%A9lodie", "%C3%A9lodie"),
    ],
)
def test_percent_encoded_ids_are_decoded_after_routing(
    client: TestClient, encoded: str, context_id: str
) -> None:
    created = client.post(f"/beta/users/{encoded}/photo", json=SEED_BODY)

    assert created.status_code == 201, created.text
    assert f"users('{context_id}')" in created.json()["@odata.context"]
    assert client.get(f"/beta/users/{encoded}/photo/$value").status_code == 200
    assert client.get(f"/beta/users/{encoded}/photo").json() == created.json()


def test_encoded_dollar_value_segment_is_the_same_path(client: TestClient) -> None:
    client.post(PHOTO, json=SEED_BODY).raise_for_status()

    response = client.get(f"{PHOTO}/%24value")

    assert response.status_code == 200
    assert response.headers["content-type"] == "image/jpeg"


def test_create_without_content_type_takes_the_body_as_json(client: TestClient) -> None:
    # Validation takes a body without Content-Type for the operation's media type (JSON); the
    # handler must get that same JSON, not raw bytes (which once answered 500).
    response = client.post(PHOTO, content=b'{"width": 40, "height": 30}')

    assert response.status_code == 201, response.text
    assert (response.json()["width"], response.json()["height"]) == (40, 30)
    content = client.get(f"{PHOTO}/$value")
    assert Image.open(io.BytesIO(content.content)).size == (40, 30)

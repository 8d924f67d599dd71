"""Standard sizes, ETags, conditional requests and deletion."""

from __future__ import annotations

import io
import threading
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest
from PIL import Image
from starlette.testclient import TestClient

from tests.fixtures.images import photo_bytes

PHOTO = "/beta/users/alice@contoso.com/photo"
VALUE = f"{PHOTO}/$value"
PHOTOS = "/beta/users/alice@contoso.com/photos"
ALL_SIZES = [48, 64, 96, 120, 240, 360, 432, 504, 648]


def put(client: TestClient, data: bytes, **headers: str) -> httpx.Response:
    return client.put(VALUE, content=data, headers={"Content-Type": "image/jpeg", **headers})


@pytest.mark.parametrize(
    ("width", "height", "sides"),
    [
        (504, 504, ALL_SIZES[:-1]),
        (700, 650, ALL_SIZES),
        (1000, 100, [48, 64, 96]),
        (48, 300, [48]),
    ],
)
def test_list_offers_the_standard_sizes_not_larger_than_the_photo(
    client: TestClient, width: int, height: int, sides: list[int]
) -> None:
    put(client, photo_bytes(width, height)).raise_for_status()

    response = client.get(PHOTOS)

    assert response.status_code == 200
    body = response.json()
    assert (
        body["@odata.context"]
        == "http://testserver/beta/$metadata#users('alice%40contoso.com')/photos"
    )
    assert [item["id"] for item in body["value"]] == [f"{s}x{s}" for s in sides]
    for item in body["value"]:
        assert item["width"] == item["height"] == int(item["id"].split("x")[0])
        assert item["@odata.mediaContentType"] == "image/jpeg"


def test_list_without_a_photo_is_404_like_the_photo(client: TestClient) -> None:
    response = client.get(PHOTOS)

    assert response.status_code == 404
    assert response.json()["error"]["code"] == "ImageNotFound"


def test_each_size_is_a_centre_cropped_square_jpeg_with_its_etag(client: TestClient) -> None:
    # Left half red, right half blue, with a green band in the centre: a centre crop keeps green.
    source = Image.new("RGB", (900, 300), (255, 0, 0))
    source.paste((0, 0, 255), (450, 0, 900, 300))
    source.paste((0, 255, 0), (400, 0, 500, 300))
    out = io.BytesIO()
    source.save(out, "PNG")
    client.put(
        VALUE, content=out.getvalue(), headers={"Content-Type": "image/png"}
    ).raise_for_status()

    listing = {item["id"]: item for item in client.get(PHOTOS).json()["value"]}
    assert list(listing) == ["48x48", "64x64", "96x96", "120x120", "240x240"]
    for size_id, item in listing.items():
        content = client.get(f"{PHOTOS}/{size_id}/$value")
        assert content.status_code == 200
        assert content.headers["content-type"] == "image/jpeg"
        assert content.headers["etag"] == item["@odata.mediaEtag"]
        image = Image.open(io.BytesIO(content.content))
        assert image.format == "JPEG"
        assert image.size == (item["width"], item["height"])
        _red, green, _blue = image.getpixel((image.width // 2, image.height // 2))  # type: ignore[misc]
        assert green > 200, size_id
        left = image.getpixel((1, image.height // 2))
        right = image.getpixel((image.width - 2, image.height // 2))
        assert isinstance(left, tuple)
        assert isinstance(right, tuple)
        assert left[0] > 200  # red survives on the left of the crop
        assert right[2] > 200  # blue on the right


def test_size_ids_are_case_insensitive(client: TestClient) -> None:
    put(client, photo_bytes(100, 100)).raise_for_status()

    lower = client.get(f"{PHOTOS}/96x96")
    upper = client.get(f"{PHOTOS}/96X96")

    assert lower.status_code == upper.status_code == 200
    assert lower.json()["id"] == upper.json()["id"] == "96x96"
    assert lower.json()["@odata.context"].endswith("/photos/$entity")
    assert (
        client.get(f"{PHOTOS}/96X96/$value").content == client.get(f"{PHOTOS}/96x96/$value").content
    )


@pytest.mark.parametrize("size_id", ["120x120", "50x50", "48x64", "9999x9999"])
def test_size_not_available_is_404_image_not_found(client: TestClient, size_id: str) -> None:
    put(client, photo_bytes(100, 100)).raise_for_status()

    for path in (f"{PHOTOS}/{size_id}", f"{PHOTOS}/{size_id}/$value"):
        response = client.get(path)
        assert response.status_code == 404
        assert response.json()["error"]["code"] == "ImageNotFound"


def test_size_of_missing_photo_is_404(client: TestClient) -> None:
    assert client.get(f"{PHOTOS}/48x48").json()["error"]["code"] == "ImageNotFound"
    assert client.get(f"{PHOTOS}/48x48/$value").status_code == 404


@pytest.mark.parametrize("size_id", ["big", "48", "x48", "48x48x48"])
def test_malformed_size_id_is_400(client: TestClient, size_id: str) -> None:
    response = client.get(f"{PHOTOS}/{size_id}")
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "Request_BadRequest"


def test_created_placeholder_has_sizes_too(client: TestClient) -> None:
    client.post(PHOTO, json={"width": 240, "height": 240}).raise_for_status()

    ids = [item["id"] for item in client.get(PHOTOS).json()["value"]]

    assert ids == ["48x48", "64x64", "96x96", "120x120", "240x240"]


# --- conditional requests ----------------------------------------------------------------------


@pytest.mark.parametrize("path", [VALUE, f"{PHOTOS}/48x48/$value"])
def test_if_none_match_with_the_current_etag_is_304(client: TestClient, path: str) -> None:
    put(client, photo_bytes(64, 64)).raise_for_status()
    etag = client.get(path).headers["etag"]

    for header in (etag, f"W/{etag}", f'"0000000000000000", {etag}', "*"):
        response = client.get(path, headers={"If-None-Match": header})
        assert response.status_code == 304, header
        assert response.content == b""
        assert response.headers["etag"] == etag

    assert client.get(path, headers={"If-None-Match": '"0000000000000000"'}).status_code == 200


def test_if_none_match_after_a_change_gets_the_new_bytes(client: TestClient) -> None:
    old = put(client, photo_bytes(64, 64)).json()["@odata.mediaEtag"]
    new = put(client, photo_bytes(80, 80)).json()["@odata.mediaEtag"]

    response = client.get(VALUE, headers={"If-None-Match": old})

    assert response.status_code == 200
    assert response.headers["etag"] == new


def test_if_match_mismatch_is_412_and_nothing_changes(client: TestClient) -> None:
    current = put(client, photo_bytes(64, 64)).json()

    for method, kwargs in (
        ("PUT", {"content": photo_bytes(90, 90), "headers": {"Content-Type": "image/jpeg"}}),
        ("PATCH", {"content": photo_bytes(90, 90), "headers": {"Content-Type": "image/jpeg"}}),
        ("DELETE", {}),
    ):
        headers = {**kwargs.get("headers", {}), "If-Match": '"0000000000000000"'}  # type: ignore[dict-item]
        response = client.request(method, VALUE, content=kwargs.get("content"), headers=headers)  # type: ignore[arg-type]
        assert response.status_code == 412, method
        assert response.json()["error"]["code"] == "PreconditionFailed"
        assert client.get(PHOTO).json() == current


def test_if_match_with_the_current_etag_replaces(client: TestClient) -> None:
    current = put(client, photo_bytes(64, 64)).json()["@odata.mediaEtag"]

    response = put(client, photo_bytes(90, 90), **{"If-Match": current})

    assert response.status_code == 200
    assert response.json()["id"] == "90x90"


def test_weak_etag_never_satisfies_if_match(client: TestClient) -> None:
    current = put(client, photo_bytes(64, 64)).json()["@odata.mediaEtag"]

    assert put(client, photo_bytes(90, 90), **{"If-Match": f"W/{current}"}).status_code == 412


def test_if_match_star_needs_an_existing_photo(client: TestClient) -> None:
    assert put(client, photo_bytes(64, 64), **{"If-Match": "*"}).status_code == 412
    assert put(client, photo_bytes(64, 64)).status_code == 200
    assert put(client, photo_bytes(70, 70), **{"If-Match": "*"}).status_code == 200


def test_concurrent_writers_with_the_same_if_match_have_one_winner(client: TestClient) -> None:
    etag = put(client, photo_bytes(64, 64)).json()["@odata.mediaEtag"]
    barrier = threading.Barrier(2)

    def writer(side: int) -> int:
        data = photo_bytes(side, side)
        barrier.wait()
        return put(client, data, **{"If-Match": etag}).status_code

    with ThreadPoolExecutor(max_workers=2) as pool:
        statuses = sorted(pool.map(writer, (100, 101)))

    assert statuses == [200, 412]
    assert client.get(PHOTO).json()["id"] in {"100x100", "101x101"}


# --- metadata PATCH and deletion ---------------------------------------------------------------


def test_metadata_patch_changes_nothing_and_answers_the_metadata(client: TestClient) -> None:
    current = put(client, photo_bytes(64, 64)).json()

    response = client.patch(PHOTO, json={"@odata.type": "#microsoft.graph.profilePhoto"})

    assert response.status_code == 200
    assert response.json() == current


@pytest.mark.parametrize("prop", ["height", "width", "id"])
def test_metadata_patch_refuses_read_only_properties(client: TestClient, prop: str) -> None:
    put(client, photo_bytes(64, 64)).raise_for_status()

    response = client.patch(PHOTO, json={prop: 5 if prop != "id" else "5x5"})

    assert response.status_code == 400
    assert (
        response.json()["error"]["message"] == f"Property '{prop}' is read-only and cannot be set."
    )


def test_metadata_patch_honours_if_match_and_missing_photo(client: TestClient) -> None:
    assert client.patch(PHOTO, json={}).status_code == 404
    put(client, photo_bytes(64, 64)).raise_for_status()
    assert (
        client.patch(PHOTO, json={}, headers={"If-Match": '"0000000000000000"'}).status_code == 412
    )


@pytest.mark.parametrize("path", [PHOTO, VALUE])
def test_delete_removes_photo_and_sizes(client: TestClient, path: str) -> None:
    etag = put(client, photo_bytes(100, 100)).json()["@odata.mediaEtag"]

    response = client.delete(path, headers={"If-Match": etag})

    assert response.status_code == 204
    assert response.content == b""
    assert client.get(PHOTO).status_code == 404
    assert client.get(VALUE).status_code == 404
    assert client.get(f"{PHOTOS}/48x48").status_code == 404
    assert client.get(PHOTOS).status_code == 404
    assert client.delete(path).status_code == 404
    assert client.post(PHOTO, json={"width": 10, "height": 10}).status_code == 201

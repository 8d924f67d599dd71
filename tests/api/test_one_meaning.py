"""One meaning per request: one Content-Type, one Host of ours, one rule per operation's body;
photos the service stores are photos it accepts."""

from __future__ import annotations

import io
from collections.abc import Callable

import pytest
from PIL import Image
from starlette.testclient import TestClient

from tests.fixtures.images import large_photo, png_of_size

VALUE = "/beta/users/alice@contoso.com/photo/$value"


@pytest.mark.parametrize("side", [60, 1400])
def test_an_upload_without_content_type_follows_one_rule_whatever_its_size(
    client: TestClient, side: int
) -> None:
    body = large_photo(side, side, quality=95)  # about 3 KB, and about 900 KB
    response = client.put(VALUE, content=body)
    assert "content-type" not in response.request.headers
    assert response.status_code == 200, response.text
    assert response.json()["width"] == side


def test_two_content_types_cannot_smuggle_a_large_body_past_the_json_limit(
    client: TestClient,
) -> None:
    body = b'{"height": 48, "width": 48, "x": "' + b"a" * 3_000_000 + b'"}'
    response = client.post(
        "/beta/users/alice@contoso.com/photo",
        content=body,
        headers=[("Content-Type", "application/json"), ("Content-Type", "image/png")],
    )
    assert response.status_code == 400
    assert response.json()["error"]["message"] == (
        "The request has more than one Content-Type header; send one."
    )
    single = client.post(
        "/beta/users/alice@contoso.com/photo",
        content=body,
        headers={"Content-Type": "image/png"},
    )
    assert single.status_code == 413  # the operation takes JSON: 64 KB, whatever it is called


def test_a_foreign_host_is_refused_and_never_written_into_links(
    make_client: Callable[..., TestClient],
) -> None:
    client = make_client(allowed_hosts="photos.example")
    response = client.post(
        "/beta/users/alice@contoso.com/photo",
        json={"height": 48, "width": 48},
        headers={"Host": "evil.example"},
    )
    assert response.status_code == 400
    assert response.headers["content-type"] == "application/json"
    assert "evil.example" in response.json()["error"]["message"]
    created = client.post(
        "/beta/users/alice@contoso.com/photo",
        json={"height": 48, "width": 48},
        headers={"Host": "photos.example:8443"},
    )
    assert created.status_code == 201
    assert created.headers["location"].startswith("http://photos.example:8443/beta/")


def test_a_side_jpeg_cannot_hold_is_invalid_image(client: TestClient) -> None:
    response = client.put(
        VALUE, content=png_of_size(65_501, 1, mode="L"), headers={"Content-Type": "image/png"}
    )
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "InvalidImage"
    assert "65500" in response.json()["error"]["message"]


def test_the_stored_photo_can_always_be_uploaded_again(
    make_client: Callable[..., TestClient],
) -> None:
    limit = 600_000
    client = make_client(max_photo_bytes=limit, max_photo_side=1500)
    upload = png_of_size(2000, 2000)  # 1 bit a pixel of noise: 500 KB, over 1 MB as a JPEG
    assert len(upload) < limit
    assert (
        client.put(VALUE, content=upload, headers={"Content-Type": "image/png"}).status_code == 200
    )
    stored = client.get(VALUE).content
    assert len(stored) <= limit
    with Image.open(io.BytesIO(stored)) as image:
        assert max(image.size) <= 1500
    again = client.put(VALUE, content=stored, headers={"Content-Type": "image/jpeg"})
    assert again.status_code == 200, again.text

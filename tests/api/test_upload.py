"""Uploading photo bytes: formats, media types, limits, safe decoding and normalisation."""

from __future__ import annotations

import io
import time

import pytest
from PIL import Image, ImageCms
from starlette.testclient import TestClient

from graph_photos.domain.images import STANDARD_SIZES
from tests.fixtures.images import (
    FORMATS,
    MEDIA_TYPES,
    encode,
    large_photo,
    photo_bytes,
    png_declaring,
)

PHOTO = "/beta/users/alice@contoso.com/photo"
VALUE = f"{PHOTO}/$value"


def upload(
    client: TestClient, data: bytes, content_type: str = "image/jpeg", **headers: str
) -> object:
    return client.put(VALUE, content=data, headers={"Content-Type": content_type, **headers})


def stored_image(client: TestClient) -> Image.Image:
    response = client.get(VALUE)
    assert response.status_code == 200
    assert response.headers["content-type"] == "image/jpeg"
    return Image.open(io.BytesIO(response.content))


@pytest.mark.parametrize("image_format", FORMATS)
@pytest.mark.parametrize("declared", ["own", "image/jpeg", "application/octet-stream"])
def test_every_format_is_accepted_under_any_image_media_type(
    client: TestClient, image_format: str, declared: str
) -> None:
    content_type = MEDIA_TYPES[image_format] if declared == "own" else declared

    response = upload(client, photo_bytes(64, 48, image_format), content_type)

    assert response.status_code == 200, response.text
    body = response.json()
    assert (body["id"], body["width"], body["height"]) == ("64x48", 64, 48)
    assert body["@odata.mediaContentType"] == "image/jpeg"
    image = stored_image(client)
    assert (image.format, image.size, image.mode) == ("JPEG", (64, 48), "RGB")
    assert client.get(PHOTO).json() == body


def test_patch_value_uploads_like_put(client: TestClient) -> None:
    response = client.patch(
        VALUE, content=photo_bytes(50, 50), headers={"Content-Type": "image/jpeg"}
    )

    assert response.status_code == 200
    assert response.json()["id"] == "50x50"


@pytest.mark.parametrize(
    "content_type", ["image/tiff", "text/plain", "application/json", "image/svg+xml"]
)
def test_other_media_types_are_415(client: TestClient, content_type: str) -> None:
    response = upload(client, photo_bytes(), content_type)

    assert response.status_code == 415
    assert response.json()["error"]["code"] == "UnsupportedMediaType"


@pytest.mark.parametrize(
    ("data", "message_start"),
    [
        (b"", "The request body is empty"),
        (b"hello, this is text", "The photo is not in a supported format"),
        (encode(Image.new("RGB", (8, 8)), "BMP"), "The photo is not in a supported format"),
        (encode(Image.new("RGB", (8, 8)), "TIFF"), "The photo is not in a supported format"),
        (photo_bytes(64, 64)[:300], "The photo is truncated or corrupt"),
        (photo_bytes(64, 64, "PNG")[:120], "The photo is truncated or corrupt"),
        (b"\xff\xd8\xff" + b"\x00" * 500, "The photo is truncated or corrupt"),
        (b"RIFF\x10\x00\x00\x00WEBPVP8 garbage", "The photo is truncated or corrupt"),
    ],
)
def test_bytes_that_are_not_a_good_photo_are_400(
    client: TestClient, data: bytes, message_start: str
) -> None:
    response = upload(client, data, "application/octet-stream")

    assert response.status_code == 400, response.text
    error = response.json()["error"]
    assert error["code"] == "InvalidImage"
    assert error["message"].startswith(message_start)
    assert client.get(PHOTO).status_code == 404


def test_decompression_bomb_is_refused_from_its_header_quickly(client: TestClient) -> None:
    bomb = png_declaring(100_000, 100_000)

    started = time.perf_counter()
    response = upload(client, bomb, "image/png")
    elapsed = time.perf_counter() - started

    assert response.status_code == 400
    assert response.json()["error"]["code"] == "InvalidImage"
    assert "pixels" in response.json()["error"]["message"]
    # Functional bound, not a benchmark: decoding 10^10 pixels would take minutes and 30 GB.
    assert elapsed < 2


def test_pixel_limit_is_configurable(make_client) -> None:  # type: ignore[no-untyped-def]
    client = make_client(max_photo_pixels=3000)

    assert upload(client, photo_bytes(60, 50)).status_code == 200
    response = upload(client, photo_bytes(60, 51))
    assert response.status_code == 400
    assert response.json()["error"]["message"] == (
        "The photo is 60x51 pixels; photos may have at most 3000 pixels."
    )


def test_declared_body_over_4_mb_is_413(client: TestClient) -> None:
    response = client.put(
        VALUE,
        content=b"\xff\xd8\xff",
        headers={"Content-Type": "image/jpeg", "Content-Length": str(5 * 2**20)},
    )
    assert response.status_code == 413
    error = response.json()["error"]
    assert error["code"] == "RequestEntityTooLarge"
    assert "4194304" in error["message"]


def test_streamed_body_over_4_mb_is_413(client: TestClient) -> None:
    def chunks():  # type: ignore[no-untyped-def]
        for _ in range(5 * 16):
            yield b"\x00" * 65536

    response = client.put(VALUE, content=chunks(), headers={"Content-Type": "image/jpeg"})

    assert response.status_code == 413
    assert client.get(PHOTO).status_code == 404


def test_an_image_too_small_to_be_a_profile_photo_is_refused_as_graph_refuses_it(
    client: TestClient,
) -> None:
    narrow = upload(client, photo_bytes(23, 23))  # what Graph answered so
    assert narrow.status_code == 400
    assert narrow.headers["content-type"] == "application/json"
    assert narrow.json()["error"]["code"] == "ValidationWidthTooSmall"
    assert narrow.json()["error"]["message"] == (
        "The photo is 23x23 pixels; a profile photo is at least 48 pixels wide "
        "(the smallest size served is 48x48)."
    )
    short = upload(client, photo_bytes(300, 47))
    assert (short.status_code, short.json()["error"]["code"]) == (400, "ValidationHeightTooSmall")
    assert client.get(PHOTO).status_code == 404  # nothing stored
    assert upload(client, photo_bytes(48, 48)).json()["id"] == "48x48"


def test_exif_orientation_is_applied_and_all_metadata_dropped(client: TestClient) -> None:
    source = Image.open(io.BytesIO(photo_bytes(90, 60)))
    exif = Image.Exif()
    exif[0x0112] = 6  # Orientation: rotate 90° clockwise to display
    exif[0x010F] = "SpyCam"  # Make
    exif[0x8825] = {1: "N", 2: (52.0, 22.0, 0.0)}  # GPS IFD
    icc = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    data = encode(source, "JPEG", exif=exif.tobytes(), icc_profile=icc, comment=b"secret")

    response = upload(client, data)

    assert response.status_code == 200
    assert response.json()["id"] == "60x90"
    image = stored_image(client)
    assert image.size == (60, 90)
    assert dict(image.getexif()) == {}
    assert "icc_profile" not in image.info
    assert "comment" not in image.info
    raw = client.get(VALUE).content
    assert b"SpyCam" not in raw
    assert b"Exif" not in raw


def test_icc_profile_is_applied_then_dropped(client: TestClient) -> None:
    profile = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    source = Image.new("RGB", (48, 48), (10, 200, 30))
    tagged = encode(source, "PNG", icc_profile=profile)

    response = upload(client, tagged, "image/png")

    assert response.status_code == 200
    image = stored_image(client)
    assert "icc_profile" not in image.info
    red, green, blue = image.getpixel((24, 24))  # type: ignore[misc]
    assert green > 150
    assert red < 60
    assert blue < 80


def test_transparency_is_flattened_on_white(client: TestClient) -> None:
    transparent = Image.new("RGBA", (60, 60), (0, 0, 0, 0))

    assert upload(client, encode(transparent, "PNG"), "image/png").status_code == 200

    pixel = stored_image(client).getpixel((30, 30))
    assert isinstance(pixel, tuple)
    assert min(pixel) > 240


def test_animated_gif_keeps_its_first_frame(client: TestClient) -> None:
    frames = [Image.new("RGB", (90, 60), colour) for colour in ((255, 0, 0), (0, 0, 255))]
    out = io.BytesIO()
    frames[0].save(out, format="GIF", save_all=True, append_images=frames[1:], duration=100)

    assert upload(client, out.getvalue(), "image/gif").status_code == 200

    red, _green, blue = stored_image(client).getpixel((45, 30))  # type: ignore[misc]
    assert red > 200
    assert blue < 60


def test_read_your_writes_after_replacing(client: TestClient) -> None:
    first = upload(client, photo_bytes(64, 64)).json()
    second = upload(client, photo_bytes(120, 90)).json()

    assert second["@odata.mediaEtag"] != first["@odata.mediaEtag"]
    assert client.get(PHOTO).json() == second
    assert client.get(VALUE).headers["etag"] == second["@odata.mediaEtag"]
    assert stored_image(client).size == (120, 90)


@pytest.fixture(scope="module")
def twelve_megapixels() -> bytes:
    data = large_photo()
    assert 3.5 * 2**20 < len(data) <= 4 * 2**20
    return data


def test_a_4_mb_12_megapixel_jpeg_uploads_and_serves_every_size(
    client: TestClient, twelve_megapixels: bytes
) -> None:
    response = upload(client, twelve_megapixels)

    assert response.status_code == 200, response.text
    assert response.json()["id"] == "4000x3000"
    sizes = client.get("/beta/users/alice@contoso.com/photos").json()["value"]
    assert [size["id"] for size in sizes] == [f"{s}x{s}" for s in STANDARD_SIZES]
    for size in sizes:
        content = client.get(f"/beta/users/alice@contoso.com/photos/{size['id']}/$value")
        assert content.status_code == 200
        assert content.headers["etag"] == size["@odata.mediaEtag"]
        assert Image.open(io.BytesIO(content.content)).size == (size["width"], size["height"])


def test_a_real_5_mb_body_is_413(client: TestClient, twelve_megapixels: bytes) -> None:
    body = twelve_megapixels + b"\x00" * (5 * 2**20 - len(twelve_megapixels))

    response = upload(client, body)

    assert response.status_code == 413
    assert client.get(PHOTO).status_code == 404

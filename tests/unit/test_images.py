"""Pure image work: sniffing, safe decoding, normalisation, sizes, placeholders."""

from __future__ import annotations

import io

import pytest
from hypothesis import given, strategies as st
from PIL import Image

from graph_photos.domain.errors import ImageRejected, ImageTooNarrow, ImageTooShort
from graph_photos.domain.images import (
    STANDARD_SIZES,
    normalise_upload,
    render_placeholder,
    sniff_format,
    square_sizes,
)
from tests.fixtures.images import images, photo_bytes, png_declaring

LIMIT = 50_000_000


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (photo_bytes(image_format="JPEG"), "JPEG"),
        (photo_bytes(image_format="PNG"), "PNG"),
        (photo_bytes(image_format="GIF"), "GIF"),
        (photo_bytes(image_format="WEBP"), "WEBP"),
    ],
)
def test_sniff_recognises_each_accepted_format(data: bytes, expected: str) -> None:
    assert sniff_format(data) == expected


@pytest.mark.parametrize(
    "data", [b"", b"GIF", b"BM\x00\x00", b"RIFF\x00\x00\x00\x00WAVE", b"<svg/>"]
)
def test_sniff_refuses_everything_else(data: bytes) -> None:
    with pytest.raises(ImageRejected):
        sniff_format(data)


@given(images())
def test_any_valid_image_normalises_to_a_jpeg_of_its_size(data: bytes) -> None:
    source = Image.open(io.BytesIO(data))

    photo = normalise_upload(data, LIMIT)

    stored = Image.open(io.BytesIO(photo.content))
    assert (stored.format, stored.mode) == ("JPEG", "RGB")
    assert stored.size == source.size == (photo.width, photo.height)
    assert sorted(photo.sizes) == [s for s in STANDARD_SIZES if s <= min(source.size)]


@given(st.integers(1, 47), st.integers(1, 200), st.booleans())
def test_an_image_with_a_side_under_48_is_too_small_to_be_a_profile_photo(
    short: int, other: int, narrow: bool
) -> None:
    """Under the smallest size served, on either side: Graph's ValidationWidthTooSmall (and
    its height twin), saying the least a photo may be."""
    width, height = (short, other) if narrow else (max(other, 48), short)
    with pytest.raises(ImageTooNarrow if narrow else ImageTooShort, match="at least 48 pixels"):
        normalise_upload(photo_bytes(width, height), LIMIT)


def test_bomb_is_refused_before_decoding() -> None:
    with pytest.raises(ImageRejected, match="pixels"):
        normalise_upload(png_declaring(100_000, 100_000), LIMIT)
    with pytest.raises(ImageRejected, match="8000x8000 pixels"):
        normalise_upload(png_declaring(8000, 8000), LIMIT)


def test_sizes_are_squares_resized_from_the_nearest_larger() -> None:
    image = Image.new("RGB", (700, 1000), (1, 2, 3))

    sizes = square_sizes(image)

    assert list(sizes) == sorted(STANDARD_SIZES, reverse=True)
    for side, data in sizes.items():
        assert Image.open(io.BytesIO(data)).size == (side, side)


@pytest.mark.parametrize(("width", "height"), [(1, 1), (2, 3), (96, 96), (640, 48), (2048, 2048)])
def test_placeholder_is_a_jpeg_of_exactly_the_size(width: int, height: int) -> None:
    rendered = render_placeholder(width, height, "alice")
    image = Image.open(io.BytesIO(rendered.content))

    assert image.format == "JPEG"
    assert image.size == (width, height) == (rendered.width, rendered.height)
    assert image.mode == "RGB"
    assert sorted(rendered.sizes) == [s for s in STANDARD_SIZES if s <= min(width, height)]


def test_placeholder_colour_depends_on_the_seed_only() -> None:
    def corner(seed: str) -> tuple[int, ...]:
        pixel = Image.open(io.BytesIO(render_placeholder(64, 64, seed).content)).getpixel((0, 0))
        assert isinstance(pixel, tuple)
        return pixel

    assert corner("alice") == corner("alice")
    assert corner("alice") != corner("bob")


def test_placeholder_draws_a_figure_on_the_background() -> None:
    image = Image.open(io.BytesIO(render_placeholder(96, 96, "alice").content))
    assert image.getpixel((48, 40)) != image.getpixel((2, 2))


def test_a_palette_image_is_flattened_on_white_only_where_it_is_transparent() -> None:
    """A palette image (a GIF) becomes RGB at once, or through RGBA when it has a transparent
    colour, which is laid on white."""
    image = Image.new("P", (60, 60), 1)
    image.putpalette([0, 0, 0, 200, 30, 30, 20, 40, 220] + [0] * (256 * 3 - 9))
    image.paste(2, (0, 0, 30, 60))  # left half colour 2, right half colour 1
    for transparency, right in ((None, (200, 30, 30)), (1, (255, 255, 255))):
        out = io.BytesIO()
        params = {} if transparency is None else {"transparency": transparency}
        image.save(out, "GIF", **params)
        stored = Image.open(io.BytesIO(normalise_upload(out.getvalue(), LIMIT).content))
        left_pixel, right_pixel = stored.getpixel((10, 30)), stored.getpixel((50, 30))
        assert all(abs(a - b) < 12 for a, b in zip(left_pixel, (20, 40, 220), strict=True))
        assert all(abs(a - b) < 12 for a, b in zip(right_pixel, right, strict=True))

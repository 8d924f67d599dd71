"""Placeholder rendering."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from graph_photos.images import render_placeholder


@pytest.mark.parametrize(("width", "height"), [(1, 1), (2, 3), (96, 96), (640, 48), (2048, 2048)])
def test_placeholder_is_a_jpeg_of_exactly_the_size(width: int, height: int) -> None:
    image = Image.open(io.BytesIO(render_placeholder(width, height, "alice")))

    assert image.format == "JPEG"
    assert image.size == (width, height)
    assert image.mode == "RGB"


def test_placeholder_colour_depends_on_the_seed_only() -> None:
    def corner(seed: str) -> tuple[int, ...]:
        pixel = Image.open(io.BytesIO(render_placeholder(64, 64, seed))).getpixel((0, 0))
        assert isinstance(pixel, tuple)
        return pixel

    assert corner("alice") == corner("alice")
    assert corner("alice") != corner("bob")


def test_placeholder_draws_a_figure_on_the_background() -> None:
    image = Image.open(io.BytesIO(render_placeholder(96, 96, "alice")))
    assert image.getpixel((48, 40)) != image.getpixel((2, 2))

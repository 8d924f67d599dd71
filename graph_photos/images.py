"""Pure image work: render placeholders (and, later, sniff, decode safely, normalise, resize).

Nothing here knows about HTTP or storage; every function takes and returns bytes and numbers,
so it can run in a worker thread and be unit-tested directly.
"""

from __future__ import annotations

import hashlib
import io

from PIL import Image, ImageDraw

JPEG_QUALITY = 88


def _colour(seed: str) -> tuple[int, int, int]:
    """A muted background colour that is stable for a seed (an owner's id)."""
    digest = hashlib.sha256(seed.encode("utf-8")).digest()
    return (64 + digest[0] % 128, 64 + digest[1] % 128, 64 + digest[2] % 128)


def render_placeholder(width: int, height: int, seed: str) -> bytes:
    """A JPEG of exactly `width` x `height` pixels: a head-and-shoulders silhouette.

    The background colour derives from `seed`, so each owner's placeholder is recognisable.
    """
    background = _colour(seed)
    image = Image.new("RGB", (width, height), background)
    draw = ImageDraw.Draw(image)
    figure = tuple(min(255, channel + 70) for channel in background)
    side = min(width, height)
    centre_x, centre_y = width / 2, height / 2
    head = side * 0.2
    draw.ellipse(
        (centre_x - head, centre_y - head * 1.9, centre_x + head, centre_y + head * 0.1),
        fill=figure,
    )
    draw.ellipse(
        (centre_x - side * 0.38, centre_y + head * 0.4, centre_x + side * 0.38, centre_y + side),
        fill=figure,
    )
    out = io.BytesIO()
    image.save(out, format="JPEG", quality=JPEG_QUALITY)
    return out.getvalue()

"""Pure image work: sniff, decode safely, normalise, render placeholders, cut standard sizes.

Nothing here knows about HTTP or storage; every function takes and returns bytes and numbers,
so it runs in a worker thread and is unit-tested directly.

Safety of decoding untrusted bytes: the format is sniffed from the bytes (never from a header),
the declared dimensions are checked against `max_pixels` before a single pixel is decoded (so a
PNG that declares 100000x100000 costs microseconds), and truncated or corrupt files fail to
decode instead of being padded (Pillow's `LOAD_TRUNCATED_IMAGES` stays off).
"""

from __future__ import annotations

import ctypes
import hashlib
import io
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from PIL import Image, ImageCms, ImageDraw, ImageOps

from graph_photos.domain.errors import ImageRejected, ImageTooNarrow, ImageTooShort

JPEG_QUALITY = 88
# Graph's standard square sizes (ids "48x48" ... "648x648").
STANDARD_SIZES = (48, 64, 96, 120, 240, 360, 432, 504, 648)
# The narrowest and the least tall a profile photo may be: the smallest size Graph serves. Graph
# refuses too small an image (a 23x23 one: `ValidationWidthTooSmall`) without saying its limit.
MIN_SIDE = STANDARD_SIZES[0]

_SIGNATURES = (
    (b"\xff\xd8\xff", "JPEG"),
    (b"\x89PNG\r\n\x1a\n", "PNG"),
    (b"GIF87a", "GIF"),
    (b"GIF89a", "GIF"),
)
_SRGB = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB"))


@dataclass(frozen=True)
class RenderedPhoto:
    """A normalised photo: baseline JPEG bytes, its dimensions, and its standard sizes."""

    content: bytes
    width: int
    height: int
    sizes: dict[int, bytes]


def sniff_format(content: bytes) -> str:
    """The image format of `content` from its magic bytes; raises `ImageRejected`."""
    for signature, name in _SIGNATURES:
        if content.startswith(signature):
            return name
    if content[:4] == b"RIFF" and content[8:12] == b"WEBP":
        return "WEBP"
    raise ImageRejected(
        "The photo is not in a supported format: upload a JPEG, PNG, GIF or WebP image."
    )


def _to_srgb(image: Image.Image) -> Image.Image:
    """Convert to sRGB through an embedded ICC profile, so dropping the profile keeps colours."""
    icc = image.info.get("icc_profile")
    if not icc or image.mode not in ("RGB", "RGBA", "CMYK", "L", "LA"):
        return image
    try:
        source = ImageCms.ImageCmsProfile(io.BytesIO(icc))
        mode = "RGBA" if "A" in image.mode else "RGB"
        converted = ImageCms.profileToProfile(image, source, _SRGB, outputMode=mode)
    except (ImageCms.PyCMSError, OSError, ValueError):
        return image  # an unusable profile: keep the pixels as they are
    return converted if converted is not None else image


def _flatten(image: Image.Image) -> Image.Image:
    """An RGB image; transparent pixels are laid on white, as photo viewers show them.

    No more copies of the pixels than the answer needs: at 49 megapixels an RGBA copy is
    196 MB, its alpha channel 49 MB (an RGBA image is its own mask), and a palette image
    without transparency becomes RGB at once."""
    if image.mode == "RGB":
        return image  # the common case: no copy of a 36 MB pixel buffer
    if image.mode == "P" and "transparency" not in image.info:
        return image.convert("RGB")
    if image.mode in ("P", "LA", "PA"):
        image = image.convert("RGBA")
    if image.mode == "RGBA":
        background = Image.new("RGB", image.size, (255, 255, 255))
        background.paste(image, mask=image)
        return background
    return image.convert("RGB")


def _encode_jpeg(image: Image.Image, quality: int = JPEG_QUALITY) -> bytes:
    out = io.BytesIO()
    # No exif/icc/xmp is passed, so none is written: the stored photo carries no metadata.
    image.save(out, format="JPEG", quality=quality)
    return out.getvalue()


def square_sizes(
    image: Image.Image, checkpoint: Callable[[], None] = lambda: None
) -> dict[int, bytes]:
    """The standard sizes that fit the image, as centre-cropped square JPEGs.

    Each size is resized from the nearest larger one; the first from the crop, with Pillow's
    `reducing_gap` so a large source is first reduced by an integer factor (cheap box averaging;
    measured on 12 MP: 19 ms instead of 39 ms with gap 2.0, for no visible difference at 648px).
    """
    width, height = image.size
    side = min(width, height)
    left, top = (width - side) // 2, (height - side) // 2
    # The first resize reads the centre square straight from the source (`box`), so the crop
    # is never copied; later ones start from the previous, smaller size.
    current, box = image, (left, top, left + side, top + side)
    sizes: dict[int, bytes] = {}
    for size in sorted((s for s in STANDARD_SIZES if s <= side), reverse=True):
        checkpoint()
        current = current.resize((size, size), Image.Resampling.LANCZOS, box=box, reducing_gap=1.0)
        box = (0, 0, size, size)
        sizes[size] = _encode_jpeg(current)
    return sizes


# JPEG stores each side in 16 bits and libjpeg refuses more than this.
JPEG_MAX_SIDE = 65500
# How many pixels of the decoding budget a WebP pixel costs: Pillow decodes a WebP through
# libwebp's animation decoder, whose two canvases and a copy of the frame come on top of the
# image (a 49-megapixel WebP: 750 MB, where a JPEG, PNG or GIF of as many pixels takes 380).
WEBP_COST = 2
# Qualities tried, in turn, when a photo's JPEG is larger than the largest upload.
_SMALLER_QUALITIES = (80, 70, 60)


@dataclass(frozen=True)
class Probe:
    """What an upload's header says, read without decoding a pixel."""

    image_format: str
    width: int
    height: int
    # The pixels decoding will hold (fewer for a JPEG decoded reduced, WEBP_COST x for a WebP).
    decoded_pixels: int


_DECODE_ERRORS = (
    Image.DecompressionBombError,
    OSError,
    SyntaxError,
    ValueError,
    EOFError,
    IndexError,
)


def _rejection(exc: BaseException, image_format: str, max_pixels: int) -> ImageRejected:
    """What a failure of Pillow's decoding tells the client."""
    if isinstance(exc, Image.DecompressionBombError):
        return ImageRejected(
            f"The photo declares more than {max_pixels} pixels; it was not decoded."
        )
    return ImageRejected(
        f"The photo is truncated or corrupt: it could not be decoded as {image_format}."
    )


@contextmanager
def _decoding(image_format: str, max_pixels: int) -> Iterator[None]:
    try:
        yield
    except _DECODE_ERRORS as exc:
        raise _rejection(exc, image_format, max_pixels) from None


def _open(content: bytes, image_format: str) -> Image.Image:
    return Image.open(io.BytesIO(content), formats=[image_format])


def _fit(width: int, height: int, max_side: int) -> tuple[int, int]:
    """`width` x `height` scaled down (never up) so that neither side exceeds `max_side`."""
    scale = min(1.0, max_side / max(width, height))
    return max(1, round(width * scale)), max(1, round(height * scale))


def probe(content: bytes, *, max_pixels: int, max_jpeg_scans: int, max_side: int) -> Probe:
    """Check an upload before decoding it: format, dimensions, and the cost of decoding.

    Refused (`ImageRejected`): an unsupported format, more than `max_pixels` pixels (a WebP's
    count WEBP_COST times), a side JPEG cannot hold, a side under MIN_SIDE (`ImageTooNarrow`,
    `ImageTooShort`), and a progressive JPEG of more than `max_jpeg_scans` scans: each scan is
    a pass over every pixel, so 10,000 tiny scans (300 KB) cost seconds. A scan begins with
    the SOS marker FF DA, which entropy-coded data cannot contain (an FF there is followed by
    00 or a restart marker), so counting those two bytes bounds the number of scans from above.
    """

    image_format = sniff_format(content)
    with _decoding(image_format, max_pixels), _open(content, image_format) as opened:
        width, height = opened.size
    if width * height > max_pixels:
        raise ImageRejected(
            f"The photo is {width}x{height} pixels; photos may have at most {max_pixels} pixels."
        )
    if image_format == "WEBP" and width * height * WEBP_COST > max_pixels:
        raise ImageRejected(
            f"The photo is a WebP image of {width}x{height} pixels; WebP photos may have at "
            f"most {max_pixels // WEBP_COST} pixels (decoding one takes twice the memory)."
        )
    if max(width, height) > JPEG_MAX_SIDE:
        raise ImageRejected(
            f"The photo is {width}x{height} pixels; a side may be at most {JPEG_MAX_SIDE} "
            "pixels (the most a JPEG can hold)."
        )
    if width < MIN_SIDE:
        raise ImageTooNarrow(
            f"The photo is {width}x{height} pixels; a profile photo is at least {MIN_SIDE} "
            f"pixels wide (the smallest size served is {MIN_SIDE}x{MIN_SIDE})."
        )
    if height < MIN_SIDE:
        raise ImageTooShort(
            f"The photo is {width}x{height} pixels; a profile photo is at least {MIN_SIDE} "
            f"pixels high (the smallest size served is {MIN_SIDE}x{MIN_SIDE})."
        )
    decoded = width * height * (WEBP_COST if image_format == "WEBP" else 1)
    if image_format == "JPEG":
        scans = content.count(b"\xff\xda")
        if scans > max_jpeg_scans:
            raise ImageRejected(
                f"The photo is a progressive JPEG of {scans} scans; at most {max_jpeg_scans} "
                "are decoded. Save it as a baseline JPEG."
            )
        # Decoded at 1/2, 1/4 or 1/8 scale when the stored photo is that much smaller.
        target = _fit(width, height, max_side)
        scale = 1
        while (
            scale < 8 and width // (scale * 2) >= target[0] and height // (scale * 2) >= target[1]
        ):
            scale *= 2
        decoded = -(-width // scale) * -(-height // scale)
    return Probe(image_format, width, height, decoded)


def _within(image: Image.Image, max_bytes: int, checkpoint: Callable[[], None]) -> bytes:
    """The image as a JPEG of at most `max_bytes` (what an upload may be): lower qualities
    first, then smaller, so that every stored photo can be uploaded again."""
    content = _encode_jpeg(image)
    for quality in _SMALLER_QUALITIES:
        if len(content) <= max_bytes:
            return content
        checkpoint()
        content = _encode_jpeg(image, quality)
    while len(content) > max_bytes and max(image.size) > STANDARD_SIZES[-1]:
        checkpoint()
        image = image.resize(
            _fit(*image.size, int(max(image.size) * 0.7)), Image.Resampling.LANCZOS
        )
        content = _encode_jpeg(image, _SMALLER_QUALITIES[-1])
    return content


def normalise_upload(
    content: bytes,
    max_pixels: int,
    *,
    max_jpeg_scans: int = 100,
    max_side: int = JPEG_MAX_SIDE,
    max_bytes: int | None = None,
    checkpoint: Callable[[], None] = lambda: None,
    checked: Probe | None = None,
) -> RenderedPhoto:
    """Decode an uploaded photo safely and normalise it to a metadata-free JPEG with sizes.

    EXIF orientation is applied, colours are converted to sRGB through an embedded ICC profile,
    transparency is flattened on white, animations keep their first frame, and all metadata
    (EXIF, GPS, ICC, XMP, comments) is dropped. A photo with a side over `max_side` is scaled
    down (a JPEG decoded at a reduced scale first), and the stored JPEG is kept within
    `max_bytes`. `checkpoint()` is called between stages: it raises to abandon the work (its
    client is gone). `checked` is the upload's `probe` when the caller has made it already (the
    header and scans are not read twice). Raises `ImageRejected`.
    """
    if checked is None:
        checked = probe(
            content, max_pixels=max_pixels, max_jpeg_scans=max_jpeg_scans, max_side=max_side
        )
    image_format = checked.image_format
    try:
        with Image.open(io.BytesIO(content), formats=[image_format]) as opened:
            if image_format == "JPEG":
                opened.draft("RGB", _fit(checked.width, checked.height, max_side))
            opened.load()
            checkpoint()
            # In place: without an orientation tag, the copying variant would copy every pixel.
            ImageOps.exif_transpose(opened, in_place=True)
            image = _flatten(_to_srgb(opened))
            if image is not opened:
                # Now, not when this function returns: leaving `with` closes only the file,
                # and the decoded pixels (196 MB at 49 megapixels) would outlive the resize.
                opened.close()
    except ImageRejected:
        raise
    except _DECODE_ERRORS as exc:
        raise _rejection(exc, image_format, max_pixels) from None
    if max(image.size) > max_side:
        checkpoint()
        image = image.resize(
            _fit(*image.size, max_side), Image.Resampling.LANCZOS, reducing_gap=2.0
        )
    checkpoint()
    stored = _encode_jpeg(image) if max_bytes is None else _within(image, max_bytes, checkpoint)
    checkpoint()
    return RenderedPhoto(stored, image.width, image.height, square_sizes(image, checkpoint))


# glibc's mallopt parameter, and the size from which an allocation is mapped on its own.
_M_MMAP_THRESHOLD = -3
_MAPPED_FROM = 1 << 20


def return_pixels_to_the_os() -> bool:
    """Have the C library map every allocation of 1 MB or more on its own, so that a decoded
    image's memory goes back to the system when it is freed (glibc only; False elsewhere).

    By default glibc raises that threshold after each such free, up to 32 MB: Pillow's 16 MB
    blocks then come from per-thread heaps, which keep what was freed, and the image workers'
    heaps add up. 8 concurrent 49-megapixel uploads peaked at 566-637 MB so, 556 every time
    with the threshold held at 1 MB (`make bench`)."""
    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):
        return False
    return bool(mallopt(_M_MMAP_THRESHOLD, _MAPPED_FROM))


def _colour(seed: str) -> tuple[int, int, int]:
    """A muted background colour that is stable for a seed (an owner's id)."""
    digest = hashlib.sha256(seed.encode("utf-8")).digest()
    return (64 + digest[0] % 128, 64 + digest[1] % 128, 64 + digest[2] % 128)


def render_placeholder(width: int, height: int, seed: str) -> RenderedPhoto:
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
    return RenderedPhoto(_encode_jpeg(image), width, height, square_sizes(image))

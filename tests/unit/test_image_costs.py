"""Image work bounded by what it costs: scans, sides, pixels, stored bytes, abandoned work."""

from __future__ import annotations

import io

import anyio
import pytest
from PIL import Image

from graph_photos.domain.errors import ImageRejected
from graph_photos.domain.images import JPEG_MAX_SIDE, normalise_upload, probe
from graph_photos.domain.photos import ImageWorkers, PixelBudget
from tests.fixtures.images import large_photo, many_scan_jpeg, photo_bytes, png_of_size

LIMIT = 50_000_000


def test_a_progressive_jpeg_over_the_scan_limit_is_refused_before_decoding() -> None:
    attack = many_scan_jpeg(10_001)
    with Image.open(io.BytesIO(attack)) as opened:
        opened.load()  # a real JPEG: Pillow decodes every one of its scans
    with pytest.raises(ImageRejected, match="10001 scans; at most 100"):
        normalise_upload(attack, LIMIT, max_jpeg_scans=100)
    # An ordinary progressive JPEG has about ten scans, and passes.
    ordinary = many_scan_jpeg(12)
    assert normalise_upload(ordinary, LIMIT, max_jpeg_scans=100).width == 48


def test_a_side_a_jpeg_cannot_hold_is_invalid_image_not_500() -> None:
    wide = png_of_size(JPEG_MAX_SIDE + 1, 48, mode="L")
    with pytest.raises(ImageRejected, match="at most 65500 pixels"):
        normalise_upload(wide, LIMIT)
    widest = png_of_size(JPEG_MAX_SIDE, 48, mode="L")
    assert normalise_upload(widest, LIMIT).width == JPEG_MAX_SIDE
    assert normalise_upload(widest, LIMIT, max_side=4096).width == 4096


def test_a_stored_photo_always_fits_what_an_upload_may_be() -> None:
    # Noise in 1 bit a pixel: a small PNG whose JPEG at full quality is many times larger.
    upload = png_of_size(2000, 2000)
    limit = 150_000
    assert len(upload) < 600_000
    assert len(normalise_upload(upload, LIMIT).content) > limit  # the plain encode would not fit
    stored = normalise_upload(upload, LIMIT, max_bytes=limit)
    assert len(stored.content) <= limit
    # ... so it is accepted again, and stays within the limit.
    assert len(normalise_upload(stored.content, LIMIT, max_bytes=limit).content) <= limit


def test_a_photo_over_the_side_limit_is_scaled_down_and_a_large_jpeg_decoded_reduced() -> None:
    jpeg = large_photo(4000, 3000)
    checked = probe(jpeg, max_pixels=LIMIT, max_jpeg_scans=100, max_side=1000)
    assert checked.decoded_pixels == 1000 * 750  # decoded at 1/4 scale
    stored = normalise_upload(jpeg, LIMIT, max_side=1000)
    assert (stored.width, stored.height) == (1000, 750)
    png = photo_bytes(1200, 600, image_format="PNG")
    assert probe(png, max_pixels=LIMIT, max_jpeg_scans=100, max_side=1000).decoded_pixels == (
        1200 * 600
    )
    scaled = normalise_upload(png, LIMIT, max_side=1000)
    assert (scaled.width, scaled.height) == (1000, 500)


def test_work_stops_at_the_next_checkpoint_once_its_client_is_gone() -> None:
    calls = 0

    class Gone(Exception):
        pass

    def checkpoint() -> None:
        nonlocal calls
        calls += 1
        if calls == 2:
            raise Gone

    with pytest.raises(Gone):
        normalise_upload(large_photo(2000, 1500), LIMIT, checkpoint=checkpoint)
    assert calls == 2  # not one per size: the remaining sizes were never rendered


@pytest.mark.anyio
async def test_cancelling_the_request_cancels_its_image_work_between_stages() -> None:
    stages: list[str] = []
    started = anyio.Event()

    def work(checkpoint: object) -> None:
        assert callable(checkpoint)
        for stage in range(50):
            stages.append(f"stage {stage}")
            if stage == 0:
                anyio.from_thread.run_sync(started.set)
            checkpoint()
            anyio.from_thread.run_sync(lambda: None)  # a little work

    import contextlib

    workers = ImageWorkers(anyio.CapacityLimiter(1), lambda kind: contextlib.nullcontext())
    async with anyio.create_task_group() as tasks:

        async def run() -> None:
            await workers.run("upload", work, checkpoint=anyio.from_thread.check_cancelled)

        tasks.start_soon(run)
        await started.wait()
        tasks.cancel_scope.cancel()
    assert 1 <= len(stages) < 50


@pytest.mark.anyio
async def test_the_pixel_budget_admits_decodes_by_their_pixels() -> None:
    budget = PixelBudget(100)
    order: list[str] = []
    release = anyio.Event()

    async def decode(name: str, pixels: int) -> None:
        async with budget.reserve(pixels):
            order.append(name)
            await release.wait()

    async with anyio.create_task_group() as tasks:
        tasks.start_soon(decode, "60 a", 60)
        await anyio.wait_all_tasks_blocked()
        tasks.start_soon(decode, "60 b", 60)  # does not fit next to the first
        tasks.start_soon(decode, "30 c", 30)  # fits
        await anyio.wait_all_tasks_blocked()
        assert order == ["60 a", "30 c"]
        assert budget.in_use == 90
        release.set()
    assert order == ["60 a", "30 c", "60 b"]
    assert budget.in_use == 0
    # A photo larger than the whole budget takes all of it, rather than waiting forever.
    async with budget.reserve(1000):
        assert budget.in_use == 100


def test_a_probe_already_made_is_not_made_again(monkeypatch: pytest.MonkeyPatch) -> None:
    from graph_photos.domain import images

    upload = photo_bytes(200, 100)
    checked = probe(upload, max_pixels=LIMIT, max_jpeg_scans=100, max_side=4096)

    def probed_again(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("the header and scans were read twice")

    monkeypatch.setattr(images, "probe", probed_again)
    assert images.normalise_upload(upload, LIMIT, checked=checked).width == 200


def test_a_webp_counts_twice_its_pixels_and_may_have_half_as_many() -> None:
    """Pillow decodes a WebP through libwebp's animation decoder (two canvases and a copy of
    the frame besides the image): its pixels cost twice, in the decoding budget and the limit."""
    webp = photo_bytes(100, 100, image_format="WEBP")
    assert probe(webp, max_pixels=LIMIT, max_jpeg_scans=100, max_side=4096).decoded_pixels == (
        2 * 100 * 100
    )
    assert probe(photo_bytes(100, 100), max_pixels=LIMIT, max_jpeg_scans=100,
                 max_side=4096).decoded_pixels == 100 * 100  # fmt: skip
    with pytest.raises(ImageRejected, match="WebP photos may have at most 10000 pixels"):
        normalise_upload(photo_bytes(100, 101, image_format="WEBP"), 20_000)
    assert normalise_upload(webp, 20_000).width == 100


def test_freed_pixels_go_back_to_the_os_on_this_c_library() -> None:
    """On glibc (this service's platform) every allocation of a megabyte or more is mapped on
    its own, so a freed image leaves the process (the bound is measured by `make bench`)."""
    from graph_photos.domain.images import return_pixels_to_the_os

    assert return_pixels_to_the_os()

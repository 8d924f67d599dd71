"""The people-and-photos console (`/console`) in Chromium against a real `graph-photos serve`:
sign in through the local identity platform, find a person with the Graph Toolkit's people
picker, upload a photo and see it in every size and in the Toolkit's avatar, delete it and see
the initials, and read a refusal in Graph's words."""

from __future__ import annotations

import base64
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from playwright.sync_api import Browser, Page

from graph_photos.directory.file import DEMO_DIRECTORY
from tests.browser.conftest import SCREENSHOTS
from tests.fixtures.images import photo_bytes
from tests.live_server import LiveServer, start_server

BOB = "1672f008-70db-5739-8d05-77b76b38ae9a"


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    env = {"PHOTOS_DIRECTORY": "strict", "PHOTOS_DIRECTORY_FILE": str(DEMO_DIRECTORY)}
    live = start_server(tmp_path_factory.mktemp("console") / "data", env)
    yield live
    live.stop()


def _signed_in(browser: Browser, service: LiveServer) -> Page:
    page = browser.new_context(viewport={"width": 1200, "height": 1000}).new_page()
    page.goto(f"{service.url}/console")
    page.get_by_role("button", name="Sign in").click()
    page.get_by_role("button", name="Alice Anderson").click()  # the sign-in page
    page.get_by_text("Signed in as").wait_for(timeout=20_000)
    assert page.locator("#signed-in-as").text_content() == "Alice Anderson (alice@contoso.com)"
    return page


def _find(page: Page, typed: str, name: str) -> None:
    picker = page.locator("mgt-people-picker#picker input").first
    picker.wait_for(timeout=20_000)
    picker.click()
    picker.type(typed, delay=60)
    page.locator("mgt-people-picker#picker").get_by_text(name).first.click(timeout=20_000)
    page.locator("#selected-name", has_text=name).wait_for(timeout=20_000)


def test_find_upload_see_everywhere_delete_see_initials(
    browser: Browser, service: LiveServer, tmp_path: Path
) -> None:
    page = _signed_in(browser, service)
    failed: list[str] = []
    page.on("requestfailed", lambda request: failed.append(request.url))
    _find(page, "bob", "Bob Brown")
    page.locator("#photo-state", has_text="no photo").wait_for(timeout=20_000)

    jpeg = tmp_path / "bob.jpg"
    jpeg.write_bytes(photo_bytes(700, 700))
    page.locator("#file").set_input_files(str(jpeg))
    page.locator("#photo-state", has_text="4 of 4 sizes").wait_for(timeout=20_000)
    widths = page.eval_on_selector_all(
        "#sizes img", "images => images.map(i => [Number(i.dataset.size), i.naturalWidth])"
    )
    assert widths == [[48, 48], [96, 96], [240, 240], [648, 648]]
    # The Toolkit's own avatar shows the very bytes the service serves.
    avatar = page.locator("mgt-person#person img").first
    avatar.wait_for(timeout=20_000)
    source = avatar.get_attribute("src") or ""
    token = page.evaluate("sessionStorage.getItem('graph-photos-console-token')")
    served = httpx.get(
        f"{service.url}/v1.0/users/{BOB}/photo/$value",
        headers={"Authorization": f"Bearer {token}"},
    ).content
    assert base64.b64decode(source.split(",", 1)[1]) == served
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "console.png"), full_page=True)

    page.get_by_role("button", name="Delete the photo").click()
    page.locator("#photo-state", has_text="no photo").wait_for(timeout=20_000)
    page.locator("mgt-person#person").get_by_text("BB").first.wait_for(timeout=20_000)
    assert page.locator("mgt-person#person img").count() == 0

    # A refusal, in Graph's words: a text file is no photo.
    bad = tmp_path / "notes.txt"
    bad.write_text("not a photo")
    page.locator("#file").set_input_files(str(bad))
    page.locator("#status.error").wait_for(timeout=20_000)
    said = page.locator("#status").text_content() or ""
    assert said.startswith("UnsupportedMediaType: Invalid Content-type (text/plain)"), said
    assert failed == []


def test_a_groups_photo_through_the_console(
    browser: Browser, service: LiveServer, tmp_path: Path
) -> None:
    page = _signed_in(browser, service)
    page.select_option("#kind", "groups")
    _find(page, "eng", "Engineering")
    png = tmp_path / "team.png"
    png.write_bytes(photo_bytes(120, 120, "PNG"))
    page.locator("#file").set_input_files(str(png))
    # A size larger than the photo is not made (as Graph's): 48 and 96 of a 120-pixel one.
    page.locator("#photo-state", has_text="2 of 4 sizes").wait_for(timeout=20_000)
    assert page.locator("#status").text_content() == "Engineering's photo is team.png."

"""The real Microsoft Graph Toolkit (`@microsoft/mgt-*`, pinned in package.json) in Chromium.

A page on another origin bundles `mgt-person` with the `ProxyProvider` pointed at a real
`graph-photos serve`, authenticated with a token from `graph-photos token --user`. The Toolkit
asks for `/v1.0/me`, then one `$batch` per person (the user and its `photo/$value`, the photo as
base64): the avatars must be the very bytes the service serves, a user without a photo shows
initials, and the browser sees no failed request and no CORS error. A personal contact's photo
is found as the Toolkit finds it: the contact by e-mail address, then its photo.
"""

from __future__ import annotations

import base64
import functools
import http.server
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote, unquote

import httpx
import pytest
from playwright.sync_api import Browser, ConsoleMessage, Request, Response

from graph_photos.directory.file import DEMO_DIRECTORY
from tests.browser.conftest import SCREENSHOTS
from tests.credentials import TEST_SECRET
from tests.fixtures.images import photo_bytes
from tests.live_server import LiveServer, free_port, start_server
from tools.handler_stubs import ROOT

PAGE = Path(__file__).resolve().parent / "graph_toolkit"
ESBUILD = ROOT / "node_modules" / ".bin" / "esbuild"
# The demo tenant's people (graph_photos/directory/seed/contoso.yaml).
ALICE = "51f96e01-adf2-5400-abc7-239a88275446"
BOB = "1672f008-70db-5739-8d05-77b76b38ae9a"
SCOPES = (
    "User.Read User.ReadBasic.All ProfilePhoto.ReadWrite.All People.Read Group.Read.All "
    "Contacts.ReadWrite"
)
FRANK = "24d8d451-fe93-5361-a3ec-591b347a6d7b"


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("toolkit") / "data"


@pytest.fixture(scope="module")
def env() -> dict[str, str]:
    return {
        "PHOTOS_JWT_SECRET": TEST_SECRET,
        "PHOTOS_DIRECTORY": "strict",
        "PHOTOS_DIRECTORY_FILE": str(DEMO_DIRECTORY),
    }


@pytest.fixture(scope="module")
def service(data_dir: Path, env: dict[str, str]) -> Iterator[LiveServer]:
    live = start_server(data_dir, env)
    yield live
    live.stop()


def cli_token(data_dir: Path, env: dict[str, str], upn: str) -> str:
    """A user's token, as a developer gets one: `graph-photos token --user`."""
    result = subprocess.run(
        [sys.executable, "-m", "graph_photos.cli", "token", "--user", upn, "--scopes", SCOPES],
        env={**os.environ, "PHOTOS_DATA_DIR": str(data_dir), **env},
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout.strip()


@pytest.fixture(scope="module")
def page_origin(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The test page and its bundle, served from an origin of their own."""
    root = tmp_path_factory.mktemp("toolkit-page")
    assert ESBUILD.exists(), "the Graph Toolkit test needs node_modules: `make install`"
    subprocess.run(
        [
            str(ESBUILD),
            str(PAGE / "entry.js"),
            "--bundle",
            "--format=esm",
            "--minify",
            f"--outfile={root / 'mgt-bundle.js'}",
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    users = "\n".join(
        f'  <mgt-person id="{name}" user-id="{user}" view="twolines"></mgt-person>'
        for name, user in (("bob", BOB), ("carol", "carol@contoso.com"))
    )
    html = (PAGE / "index.html").read_text(encoding="utf-8")
    (root / "index.html").write_text(html.replace("<!-- USERS", users + "\n  <!-- USERS"))
    handler = functools.partial(_QuietHandler, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", free_port()), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


def avatar_bytes(page: object, person: str) -> bytes:
    source = page.locator(f"mgt-person#{person} img").first.get_attribute("src")  # type: ignore[attr-defined]
    assert source is not None
    assert source.startswith("data:image/jpeg;base64,"), source[:40]
    return base64.b64decode(source.split(",", 1)[1])


def test_mgt_person_shows_the_services_photos_across_origins(
    browser: Browser, service: LiveServer, data_dir: Path, env: dict[str, str], page_origin: str
) -> None:
    token = cli_token(data_dir, env, "alice@contoso.com")
    auth = {"Authorization": f"Bearer {token}"}
    for user, size in ((ALICE, 200), (BOB, 160)):
        uploaded = httpx.put(
            f"{service.url}/v1.0/users/{user}/photo/$value",
            content=photo_bytes(size, size),
            headers={**auth, "Content-Type": "image/jpeg"},
        )
        assert uploaded.status_code == 200, uploaded.text
    served = {
        user: httpx.get(f"{service.url}/v1.0/users/{user}/photo/$value", headers=auth).content
        for user in (ALICE, BOB)
    }
    assert service.url.split(":")[-1] != page_origin.split(":")[-1]  # two origins

    context = browser.new_context(viewport={"width": 900, "height": 500})
    page = context.new_page()
    problems: list[str] = []
    batches: list[str] = []

    def on_console(message: ConsoleMessage) -> None:
        if message.type == "error":
            problems.append(f"console: {message.text}")

    def on_failed(request: Request) -> None:
        problems.append(f"failed: {request.method} {request.url} {request.failure}")

    def on_response(response: Response) -> None:
        if response.url.startswith(service.url):
            if response.status >= 400:
                problems.append(f"{response.status}: {response.request.method} {response.url}")
            if response.url.endswith("/$batch"):
                batches.append(response.url)

    page.on("console", on_console)
    page.on("requestfailed", on_failed)
    page.on("response", on_response)
    try:
        page.goto(f"{page_origin}/index.html?service={service.url}&token={token}")
        page.locator("mgt-person#me img").first.wait_for(timeout=20_000)
        page.locator("mgt-person#bob img").first.wait_for(timeout=20_000)
        page.get_by_text("Carol Chen").first.wait_for(timeout=20_000)
        assert avatar_bytes(page, "me") == served[ALICE]
        assert avatar_bytes(page, "bob") == served[BOB]
        carol = page.locator("mgt-person#carol")
        assert carol.locator("img").count() == 0  # no photo: initials instead
        assert carol.get_by_text("CC", exact=True).count() == 1  # Carol Chen's initials
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / "graph-toolkit-mgt-person.png"))
    finally:
        context.close()
    assert batches, "the Toolkit read the people through $batch"
    assert problems == []


def test_the_people_picker_finds_a_person_by_a_typed_prefix_with_their_photo(
    browser: Browser, service: LiveServer, data_dir: Path, env: dict[str, str], page_origin: str
) -> None:
    """`<mgt-people-picker>` as shipped: typing asks `/me/people?$search=...` (with the
    Toolkit's personType filter and X-PeopleQuery-QuerySources, preflighted across origins),
    shows the person found, and their photo from `/users/{id}/photo/$value`; and
    `<mgt-person person-query="fischer">` resolves the same person by the people search."""
    token = cli_token(data_dir, env, "bob@contoso.com")
    auth = {"Authorization": f"Bearer {token}"}
    uploaded = httpx.put(
        f"{service.url}/v1.0/users/{FRANK}/photo/$value",
        content=photo_bytes(120, 120),
        headers={**auth, "Content-Type": "image/jpeg"},
    )
    assert uploaded.status_code == 200, uploaded.text
    context = browser.new_context(viewport={"width": 900, "height": 700})
    page = context.new_page()
    problems: list[str] = []

    def on_response(response: Response) -> None:
        # A person without a photo is a 404 ImageNotFound, which the Toolkit shows as initials.
        no_photo = response.status == 404 and response.url.endswith("/photo/$value")
        if response.url.startswith(service.url) and response.status >= 400 and not no_photo:
            problems.append(f"{response.status}: {response.request.method} {response.url}")

    page.on("requestfailed", lambda r: problems.append(f"failed: {r.method} {r.url} {r.failure}"))
    page.on("response", on_response)
    try:
        page.goto(
            f"{page_origin}/index.html?service={service.url}&token={token}&picker=1&query=fischer"
        )
        # person-query: the people search with $top=1 resolves Frank, with his photo.
        page.locator("mgt-person#queried").get_by_text("Frank Fischer").first.wait_for(
            timeout=20_000
        )
        queried = page.locator("mgt-person#queried img").first
        queried.wait_for(timeout=20_000)
        queried_src = queried.get_attribute("src") or ""
        picker = page.locator("mgt-people-picker#picker input").first
        picker.wait_for(timeout=20_000)
        picker.click()
        with page.expect_response(
            lambda r: "/me/people" in r.url and "search" in r.url, timeout=20_000
        ) as searched:
            picker.type("fisch", delay=80)
        assert searched.value.status == 200
        assert "X-PeopleQuery-QuerySources".lower() in {
            name.lower() for name in searched.value.request.headers
        }
        found = page.locator("mgt-people-picker#picker").get_by_text("Frank Fischer").first
        found.wait_for(timeout=20_000)
        page.locator("mgt-people-picker#picker").get_by_text("Dave Dubois").first.wait_for(
            state="detached", timeout=20_000
        )
        avatar = page.locator("mgt-people-picker#picker img").first
        avatar.wait_for(timeout=20_000)
        shown = avatar.get_attribute("src") or ""
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / "graph-toolkit-people-picker.png"))
    finally:
        context.close()
    assert shown.startswith("data:image/jpeg;base64,"), shown[:40]
    served = httpx.get(f"{service.url}/v1.0/users/{FRANK}/photo/$value", headers=auth).content
    assert base64.b64decode(shown.split(",", 1)[1]) == served
    assert base64.b64decode(queried_src.split(",", 1)[1]) == served
    assert problems == []


def test_mgt_person_shows_a_personal_contacts_photo_found_by_address(
    browser: Browser, service: LiveServer, data_dir: Path, env: dict[str, str], page_origin: str
) -> None:
    """A person outside the directory (`personType.subclass` PersonalContact), known to the
    app (`person-details`, Dana) or looked up by address (`person-query`, Pat: the people
    search finds Alice's contact): the Toolkit asks
    `/me/contacts?$filter=emailAddresses/any(a:a/address eq '<encoded address>')` and shows the
    photo of the contact it finds, `/me/contacts/{id}/photo/$value`."""
    token = cli_token(data_dir, env, "alice@contoso.com")
    auth = {"Authorization": f"Bearer {token}"}
    served = {}
    for contact, side in (("AAMkAGDanaLee", 144), ("AAMkAGPatKim", 176)):
        photo = f"{service.url}/v1.0/me/contacts/{contact}/photo/$value"
        uploaded = httpx.put(
            photo, content=photo_bytes(side, side), headers={**auth, "Content-Type": "image/jpeg"}
        )
        assert uploaded.status_code == 200, uploaded.text
        served[contact] = httpx.get(photo, headers=auth).content
    details = (
        '{"displayName":"Dana Lee","mail":"dana.lee@outlook.example",'
        '"personType":{"class":"Person","subclass":"PersonalContact"}}'
    )
    context = browser.new_context(viewport={"width": 900, "height": 400})
    page = context.new_page()
    problems: list[str] = []
    asked: list[str] = []

    def on_response(response: Response) -> None:
        if not response.url.startswith(service.url):
            return
        asked.append(response.url)
        if response.status >= 400:
            problems.append(f"{response.status}: {response.request.method} {response.url}")

    page.on("requestfailed", lambda r: problems.append(f"failed: {r.method} {r.url} {r.failure}"))
    page.on("response", on_response)
    try:
        page.goto(
            f"{page_origin}/index.html?service={service.url}&token={token}"
            f"&details={quote(details)}&query={quote('pat.kim@fabrikam.example')}"
        )
        shown = {}
        for person in ("detailed", "queried"):
            avatar = page.locator(f"mgt-person#{person} img").first
            avatar.wait_for(timeout=20_000)
            shown[person] = avatar.get_attribute("src") or ""
        page.locator("mgt-person#queried").get_by_text("Pat Kim").first.wait_for(timeout=20_000)
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / "graph-toolkit-contact.png"))
    finally:
        context.close()
    lookups = sorted(unquote(url) for url in asked if "/me/contacts?" in url)
    assert len(lookups) == 2, asked
    assert "address eq 'dana.lee@outlook.example'" in lookups[0]
    assert "address eq 'pat.kim@fabrikam.example'" in lookups[1]
    for contact, person in (("AAMkAGDanaLee", "detailed"), ("AAMkAGPatKim", "queried")):
        assert any(url.endswith(f"/me/contacts/{contact}/photo/$value") for url in asked), asked
        assert shown[person].startswith("data:image/jpeg;base64,"), shown[person][:40]
        assert base64.b64decode(shown[person].split(",", 1)[1]) == served[contact]
    assert problems == []

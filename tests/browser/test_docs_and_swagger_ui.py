"""The rendered docs and Swagger UI, in headless Chromium (Debian's), as a reviewer sees them."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator

import pytest
from playwright.sync_api import Page, expect

from graph_photos.specification import SPEC_PATH, load_spec
from tests.browser.conftest import SCREENSHOTS
from tests.credentials import TEST_SECRET, bearer
from tests.live_server import LiveServer, start_server
from tools.handler_stubs import ROOT, operations

SPEC = load_spec(SPEC_PATH)
OPERATIONS = list(operations(SPEC))


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    live = start_server(
        tmp_path_factory.mktemp("browser") / "data", {"PHOTOS_JWT_SECRET": TEST_SECRET}
    )
    yield live
    live.stop()


def summaries() -> list[str]:
    result = []
    for path_item in SPEC["paths"].values():
        for method in ("get", "put", "post", "delete", "patch"):
            if method in path_item:
                result.append(path_item[method]["summary"])
    return result


def test_static_reference_shows_every_operation(page: Page) -> None:
    subprocess.run(
        ["make", "--no-print-directory", "docs"], cwd=ROOT, check=True, capture_output=True
    )
    docs = ROOT / "build" / "docs" / "index.html"

    page.goto(docs.as_uri())
    # Open each tag in the side menu in turn: together they list every operation by its summary.
    text = ""
    for tag in SPEC["tags"]:
        page.get_by_text(tag["name"], exact=True).first.click(timeout=30_000)
        first = next(
            operation["summary"]
            for path_item in SPEC["paths"].values()
            for operation in path_item.values()
            if isinstance(operation, dict) and tag["name"] in operation.get("tags", ())
        )
        expect(page.get_by_text(first, exact=True).first).to_be_visible()
        text += page.inner_text("body")

    missing = [summary for summary in summaries() if summary not in text]
    assert missing == []
    assert len(summaries()) == len(OPERATIONS)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "redoc-reference.png"))


def test_swagger_ui_shows_every_operation_and_try_it_out_creates_a_photo(
    page: Page, server: LiveServer
) -> None:
    page.goto(f"{server.url}/beta/ui/")
    page.wait_for_selector(".opblock", timeout=30_000)

    # Element ids are `operations-<tag>-<operationId>`, the dots of the operationId escaped.
    prefixes = tuple(f"operations-{tag['name']}-" for tag in SPEC["tags"])
    shown = set()
    for block in page.query_selector_all(".opblock"):
        element_id = block.get_attribute("id") or ""
        prefix = next(p for p in prefixes if element_id.startswith(p))
        shown.add(element_id.removeprefix(prefix).replace("\\.", "."))
    assert shown == {operation.operation_id for operation in OPERATIONS}

    # Authorize with a bearer token, as a reviewer would.
    token = bearer(subject="reviewer")["Authorization"].removeprefix("Bearer ")
    page.click("button.authorize")
    page.fill(".auth-container input", token)
    page.click(".auth-btn-wrapper button.authorize")
    page.click("button.btn-done")

    # Try the seed's POST: the body is prefilled from the spec's example.
    operation = page.locator(
        ".opblock.opblock-post", has=page.locator("[data-path='/users/{user-id}/photo']")
    )
    operation.locator(".opblock-summary").click()
    operation.locator("button.try-out__btn").click()
    operation.locator("input[placeholder='user-id']").fill("reviewer@contoso.com")
    operation.locator("button.execute").click()

    status = operation.locator(".live-responses-table tbody .response-col_status").first
    expect(status).to_have_text("201", timeout=30_000)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    status.scroll_into_view_if_needed()
    page.screenshot(path=str(SCREENSHOTS / "swagger-ui-try-it-out.png"), full_page=False)
    response_body = operation.locator(
        ".live-responses-table .response-col_description pre"
    ).first.inner_text()
    assert '"id": "96x96"' in response_body

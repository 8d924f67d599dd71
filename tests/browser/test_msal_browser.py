"""MSAL.js (`@azure/msal-browser`, current major, pinned in package.json) signs in to a real
`graph-photos serve --https` in Chromium, as a single-page app does with Entra ID: a redirect
to the sign-in page, the user picks themselves, the code is redeemed across origins with PKCE,
and the page shows the signed-in user's photo from this service. Only the authority (with
knownAuthorities, as it is no Microsoft host) and Graph's base URL differ from a real app."""

from __future__ import annotations

import functools
import http.server
import json
import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import yaml
from playwright.sync_api import Browser

from graph_photos.directory.file import DEMO_DIRECTORY
from tests.fixtures.images import photo_bytes
from tests.live_server import LiveServer, free_port, start_server
from tools.handler_stubs import ROOT

PAGE = Path(__file__).resolve().parent / "msal_browser"
MSAL_BUNDLE = ROOT / "node_modules" / "@azure" / "msal-browser" / "lib" / "msal-browser.min.js"
DESKTOP = "3eb85eeb-b13f-5a56-a858-cfd615ef52b7"  # the demo's public app
SYNC = "f4a67d5a-1134-59eb-bafd-46a97f992fef"


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def spa_port() -> int:
    return free_port()


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory, spa_port: int) -> Iterator[LiveServer]:
    """The demo tenant, its public app registering the test page as a single-page app."""
    root = tmp_path_factory.mktemp("msal")
    document = yaml.safe_load(DEMO_DIRECTORY.read_text(encoding="utf-8"))
    for app in document["tenants"][0]["applications"]:
        if app["appId"] == DESKTOP:
            app["spa"]["redirectUris"].append(f"http://localhost:{spa_port}/")
    directory = root / "directory.yaml"
    directory.write_text(yaml.safe_dump(document), encoding="utf-8")
    env = {
        "PHOTOS_HTTPS": "true",
        "PHOTOS_DIRECTORY": "strict",
        "PHOTOS_DIRECTORY_FILE": str(directory),
    }
    live = start_server(root / "data", env)
    yield live
    live.stop()


@pytest.fixture(scope="module")
def spa(
    tmp_path_factory: pytest.TempPathFactory, spa_port: int, service: LiveServer
) -> Iterator[str]:
    """The single-page app: the test page and MSAL's bundle, from an origin of their own."""
    assert MSAL_BUNDLE.exists(), "the MSAL.js test needs node_modules: `make install`"
    root = tmp_path_factory.mktemp("spa")
    shutil.copy(MSAL_BUNDLE, root / MSAL_BUNDLE.name)
    config = {
        "clientId": DESKTOP,
        "service": f"https://localhost:{service.port}",
        "loginHint": "alice@contoso.com",
    }
    html = (PAGE / "index.html").read_text(encoding="utf-8")
    (root / "index.html").write_text(html.replace("{/* CONFIG */}", json.dumps(config)))
    handler = functools.partial(_QuietHandler, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", spa_port), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://localhost:{spa_port}/"
    server.shutdown()


def _alice_photo(service: LiveServer) -> bytes:
    """Give Alice a photo, as the demo's daemon would (its token from the service's own CLI
    would do as well; this is the platform's client credentials grant)."""
    secret = subprocess.run(
        [sys.executable, "-m", "graph_photos.cli", "apps", "secret", SYNC],
        env={**os.environ, "PHOTOS_DATA_DIR": str(service.log.parent / "data")},
        capture_output=True, text=True, check=True,
    ).stdout.strip().splitlines()[-1]  # fmt: skip
    with httpx.Client(base_url=service.url, verify=service.verify) as client:
        token = client.post(
            "/contoso.com/oauth2/v2.0/token",
            data={"grant_type": "client_credentials", "client_id": SYNC, "client_secret": secret,
                  "scope": "https://graph.microsoft.com/.default"},
        ).json()["access_token"]  # fmt: skip
        auth = {"Authorization": f"Bearer {token}"}
        jpeg = photo_bytes(180, 180)
        put = client.put("/v1.0/users/alice@contoso.com/photo/$value", content=jpeg,
                         headers={**auth, "Content-Type": "image/jpeg"})  # fmt: skip
        assert put.status_code == 200, put.text
        return client.get("/v1.0/users/alice@contoso.com/photo/$value", headers=auth).content


def test_msal_browser_signs_in_with_a_redirect_and_shows_the_users_photo(
    browser: Browser, service: LiveServer, spa: str
) -> None:
    served = _alice_photo(service)
    # Chromium trusts the service's certificate as a developer's browser would once told to.
    context = browser.new_context(ignore_https_errors=True)
    page = context.new_page()
    failed: list[str] = []  # the browser asks the test page's server for a favicon: no matter
    page.on("requestfailed", lambda request: failed.append(request.url))
    page.on(
        "response",
        lambda response: (
            response.status >= 400
            and not response.url.endswith("/favicon.ico")
            and failed.append(f"{response.status} {response.url}")
        ),
    )
    page.goto(spa)
    page.wait_for_url(f"https://localhost:{service.port}/contoso.com/oauth2/v2.0/authorize?*")
    first = page.locator("span.upn").first.text_content()
    assert first == "alice@contoso.com"  # the login hint, first
    page.get_by_role("button", name="Alice Anderson").click()
    page.wait_for_function("window.signedIn || window.failure", timeout=30_000)
    assert page.evaluate("window.failure || null") is None
    signed_in = page.evaluate("window.signedIn")
    assert signed_in["username"] == "alice@contoso.com"
    assert signed_in["displayName"] == "Alice Anderson"
    assert signed_in["photoLength"] == len(served)
    assert signed_in["width"] == 180
    assert failed == []
    # A reload is signed in still: the token comes from MSAL's cache, no page is shown.
    page.reload()
    page.wait_for_function("window.signedIn || window.failure", timeout=30_000)
    assert page.evaluate("window.signedIn.username") == "alice@contoso.com"
    assert page.url == spa
    context.close()

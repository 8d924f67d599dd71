"""Microsoft's own client libraries sign in to a real `graph-photos serve --https`, as they are:
azure-identity's credentials with the Python Graph SDK, and MSAL Python's authorization code
flow completed in Chromium. Only the authority and Graph's base URL are changed."""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
import sys
import threading
import urllib.parse
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import jwt
import msal
import pytest
from azure.identity import ClientSecretCredential, DeviceCodeCredential
from msgraph import GraphServiceClient
from msgraph.generated.models.o_data_errors.o_data_error import ODataError

from graph_photos.directory.file import DEMO_DIRECTORY
from tests.fixtures.images import photo_bytes
from tests.live_server import LiveServer, start_server

pytestmark = pytest.mark.anyio

SYNC_APP = "f4a67d5a-1134-59eb-bafd-46a97f992fef"  # the demo's confidential app
DESKTOP_APP = "3eb85eeb-b13f-5a56-a858-cfd615ef52b7"  # the demo's public app
CONTOSO = "caba4ddd-e34b-5322-9293-8d8ba92d2409"
BOB = "bob@contoso.com"
GRAPH_DEFAULT = ["https://graph.microsoft.com/.default"]
DEMO = str(DEMO_DIRECTORY)


def _cli(data: Path, *arguments: str) -> str:
    return subprocess.run(
        [sys.executable, "-m", "graph_photos.cli", *arguments],
        env={**os.environ, "PHOTOS_DATA_DIR": str(data), "PHOTOS_DIRECTORY_FILE": DEMO},
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip


@pytest.fixture(scope="module")
def secret_and_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, LiveServer]]:
    data = tmp_path_factory.mktemp("sign-in") / "data"
    told = _cli(data, "apps", "secret", SYNC_APP)
    secret = told.strip().splitlines()[-1]
    live = start_server(
        data,
        {
            "PHOTOS_HTTPS": "true",
            "PHOTOS_DIRECTORY": "strict",
            "PHOTOS_DIRECTORY_FILE": str(DEMO_DIRECTORY),
            "PHOTOS_DEVICE_CODE_INTERVAL": "1",
        },
    )
    yield secret, live
    live.stop()


@pytest.fixture
def server(
    secret_and_server: tuple[str, LiveServer], monkeypatch: pytest.MonkeyPatch
) -> LiveServer:
    """The server, its CA trusted as an application would trust it: by the environment."""
    live = secret_and_server[1]
    ca = str(live.log.parent / "data" / "tls" / "ca.pem")
    for name in ("REQUESTS_CA_BUNDLE", "SSL_CERT_FILE"):
        monkeypatch.setenv(name, ca)
    return live


def origin(server: LiveServer) -> str:
    return f"https://localhost:{server.port}"


def graph(server: LiveServer, credential: Any) -> GraphServiceClient:
    client = GraphServiceClient(credentials=credential, scopes=GRAPH_DEFAULT)
    client.request_adapter.base_url = f"{origin(server)}/v1.0"
    return client


async def test_a_daemon_signs_in_with_its_secret_and_writes_a_photo(
    server: LiveServer, secret_and_server: tuple[str, LiveServer]
) -> None:
    credential = ClientSecretCredential(
        "contoso.com",
        SYNC_APP,
        secret_and_server[0],
        authority=origin(server),
        disable_instance_discovery=True,
    )
    client = graph(server, credential)
    jpeg = photo_bytes(120, 120)
    await client.users.by_user_id(BOB).photo.content.put(jpeg)
    stored = await client.users.by_user_id(BOB).photo.content.get()
    assert stored is not None
    assert stored[:3] == b"\xff\xd8\xff"
    photo = await client.users.by_user_id(BOB).photo.get()
    assert photo is not None
    assert photo.width == 120
    token = credential.get_token(*GRAPH_DEFAULT)
    claims = jwt.decode(token.token, options={"verify_signature": False})
    assert claims["tid"] == CONTOSO
    assert claims["appid"] == SYNC_APP
    assert "ProfilePhoto.ReadWrite.All" in claims["roles"]
    assert "scp" not in claims


async def test_a_wrong_secret_is_refused_in_entra_words(server: LiveServer) -> None:
    from azure.core.exceptions import ClientAuthenticationError

    credential = ClientSecretCredential(
        CONTOSO, SYNC_APP, "not-the-secret", authority=origin(server),
        disable_instance_discovery=True,
    )  # fmt: skip
    with pytest.raises(ClientAuthenticationError, match="AADSTS7000215"):
        credential.get_token(*GRAPH_DEFAULT)


def _sign_in_on_the_device_page(server: LiveServer, code: str, user: str) -> None:
    """What a person does on another device: open the page, type the code, pick themselves."""
    with httpx.Client(verify=server.verify, base_url=origin(server)) as browser:
        page = browser.get("/devicelogin")
        csrf = re.search(r'name="csrf" value="([^"]+)"', page.text)
        assert csrf is not None
        picker = browser.post("/devicelogin", data={"code": code, "csrf": csrf[1]})
        assert picker.status_code == 200, picker.text
        ids = dict(
            re.findall(
                r'value="([^"]+)">\s*<span class="name">[^<]*</span>\s*<span class="upn">([^<]+)<',
                picker.text,
            )
        )
        user_id = next(i for i, upn in ids.items() if upn == user)
        done = browser.post("/devicelogin", data={"code": code, "csrf": csrf[1], "user": user_id})
        assert "You have signed in to Contoso Photo Desktop" in done.text


async def test_device_code_sign_in_reads_and_writes_the_users_own_photo(server: LiveServer) -> None:
    prompts: list[tuple[str, str]] = []

    def prompt(verification_uri: str, user_code: str, _expires_on: Any) -> None:
        prompts.append((verification_uri, user_code))
        threading.Thread(
            target=_sign_in_on_the_device_page, args=(server, user_code, BOB), daemon=True
        ).start()

    credential = DeviceCodeCredential(
        client_id=DESKTOP_APP,
        tenant_id="contoso.com",
        authority=origin(server),
        disable_instance_discovery=True,
        prompt_callback=prompt,
        timeout=60,
    )
    client = GraphServiceClient(credentials=credential, scopes=["User.ReadWrite"])
    client.request_adapter.base_url = f"{origin(server)}/v1.0"
    me = await client.me.get()
    assert me is not None
    assert me.user_principal_name == BOB
    ((uri, code),) = prompts  # asked once, to open the verification page with a typable code
    assert uri == f"{origin(server)}/devicelogin"
    assert re.fullmatch(r"[A-HJ-NP-Z2-9]{9}", code)
    await client.me.photo.content.put(photo_bytes(96, 96))
    photo = await client.me.photo.get()
    assert photo is not None
    assert photo.width == 96
    # The scope asked for is what the token allows: not another user's photo.
    with pytest.raises(ODataError) as refused:
        await client.users.by_user_id("alice@contoso.com").photo.content.put(photo_bytes(96, 96))
    assert refused.value.response_status_code == 403


async def test_msal_python_auth_code_flow_in_a_browser(
    server: LiveServer, secret_and_server: tuple[str, LiveServer]
) -> None:
    from playwright.async_api import async_playwright

    app = msal.ConfidentialClientApplication(
        SYNC_APP,
        client_credential=secret_and_server[0],
        authority=f"{origin(server)}/contoso.com",
        instance_discovery=False,
    )
    redirect_uri = "http://localhost:5000/getAToken"
    flow = app.initiate_auth_code_flow(
        ["User.Read"], redirect_uri=redirect_uri, login_hint=BOB, response_mode="form_post"
    )
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(
            executable_path="/usr/bin/chromium", args=["--no-sandbox"]
        )
        context = await browser.new_context(ignore_https_errors=True)
        page = await context.new_page()
        posted: list[str] = []

        async def app_server(route: Any) -> None:  # the web app's redirect URI
            assert route.request.method == "POST"
            posted.append(route.request.post_data or "")
            await route.fulfill(status=200, body="signed in")

        await page.route("http://localhost:5000/**", app_server)
        await page.goto(flow["auth_uri"])
        await page.get_by_role("button", name=re.compile("Bob Brown")).click()
        await page.wait_for_url("http://localhost:5000/**")
        await browser.close()
    result = app.acquire_token_by_auth_code_flow(flow, dict(urllib.parse.parse_qsl(posted[0])))
    assert "access_token" in result, result
    assert result["id_token_claims"]["preferred_username"] == BOB
    # MSAL sends the SHA-256 of its nonce and checks that the ID token carries it back.
    assert result["id_token_claims"]["nonce"] == hashlib.sha256(flow["nonce"].encode()).hexdigest()
    accounts = app.get_accounts()
    assert [account["username"] for account in accounts] == [BOB]
    silent = app.acquire_token_silent(["User.Read"], account=accounts[0])
    assert silent is not None
    assert silent["access_token"] == result["access_token"]
    async with httpx.AsyncClient(verify=server.verify) as http:
        me = await http.get(
            f"{origin(server)}/v1.0/me",
            headers={"Authorization": f"Bearer {result['access_token']}"},
        )
    assert me.status_code == 200
    assert me.json()["userPrincipalName"] == BOB


def test_no_secret_code_or_token_reaches_the_servers_log(
    server: LiveServer, secret_and_server: tuple[str, LiveServer]
) -> None:
    """After every flow above: the log holds requests, never what authenticates them."""
    secret = secret_and_server[0]
    with httpx.Client(base_url=origin(server), verify=server.verify) as client:
        reply = client.post(
            "/contoso.com/oauth2/v2.0/token",
            # client_secret_basic, read from a real server's headers (MSAL sends the body's).
            data={"grant_type": "client_credentials", "scope": GRAPH_DEFAULT[0]},
            auth=(SYNC_APP, secret),
        )  # fmt: skip
        assert reply.status_code == 200, reply.text
        token = reply.json()["access_token"]
        client.get("/v1.0/users/bob@contoso.com", headers={"Authorization": f"Bearer {token}"})
    log = server.log.read_text()
    assert "/contoso.com/oauth2/v2.0/token" in log  # the requests are logged ...
    assert secret not in log
    assert token not in log
    signing_keys = server.log.parent / "data" / "signing-keys"
    for key in signing_keys.glob("*.pem"):
        body = key.read_text().splitlines()[1]
        assert body not in log


def test_a_trailing_slash_is_answered_not_redirected_by_a_real_server(
    server: LiveServer, secret_and_server: tuple[str, LiveServer]
) -> None:
    """uvicorn's scope, not the test client's: the upload through a slash is not lost to a 307."""
    with httpx.Client(base_url=origin(server), verify=server.verify) as client:
        token = client.post(
            "/contoso.com/oauth2/v2.0/token",
            data={"grant_type": "client_credentials", "scope": GRAPH_DEFAULT[0]},
            auth=(SYNC_APP, secret_and_server[0]),
        ).json()["access_token"]
        answer = client.put(
            "/v1.0/users/carol@contoso.com/photo/",
            content=photo_bytes(64, 64),
            headers={"Authorization": f"Bearer {token}", "Content-Type": "image/jpeg"},
        )
    assert answer.status_code == 404
    assert "location" not in answer.headers
    assert "do not end with '/'" in answer.json()["error"]["message"]

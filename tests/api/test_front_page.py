"""The front page: what a newcomer needs on one page, in the scheme and host they came by."""

from __future__ import annotations

import json
import re
from collections.abc import Callable

import pytest
from starlette.testclient import TestClient

from graph_photos.settings import Settings
from graph_photos.specification import VERSION


def test_the_front_page_says_what_this_is_and_where_everything_is(
    make_client: Callable[..., TestClient], make_settings: Callable[..., Settings]
) -> None:
    client = make_client(directory="strict", directory_file=None)
    page = client.get("/")
    assert page.status_code == 200
    assert page.headers["content-type"].startswith("text/html")
    assert "frame-ancestors 'none'" in page.headers["content-security-policy"]
    text = page.text
    assert f"<h1>graph-photos {VERSION}</h1>" in text
    for link in (
        "/v1.0/ui/",
        "/beta/ui/",
        "/identity/ui/",
        "/health",
        "/metrics",
        "/v1.0/openapi.json",
    ):
        assert f'href="http://testserver{link}"' in text, link
    data_dir = make_settings().data_dir.resolve()
    assert f"PHOTOS_DATA_DIR={data_dir} graph-photos token --user alice@contoso.com" in text
    assert "<code>contoso.com</code> (default), <code>fabrikam.com</code>" in text
    assert "Authority <code>http://testserver/contoso.com</code>" in text
    assert "sqlite" not in text  # the database is the startup log's to say, not a page's


def test_the_startup_log_says_where_things_are(
    make_client: Callable[..., TestClient],
    make_settings: Callable[..., Settings],
    caplog: pytest.LogCaptureFixture,
) -> None:
    import logging

    with caplog.at_level(logging.INFO, logger="graph_photos.server"):
        make_client(directory="strict", directory_file=None, port=8123)
    block = next(
        record.getMessage()
        for record in caplog.records
        if record.name == "graph_photos.server" and "is serving" in record.getMessage()
    )
    settings = make_settings()
    assert block.startswith(f"graph-photos {VERSION} is serving http://127.0.0.1:8123\n")
    assert f"data        {settings.data_dir.resolve()}" in block
    assert f"database    sqlite:///{settings.data_dir / 'photos.db'}" in block
    assert "directory   strict: contoso.com, fabrikam.com (the first by default)" in block
    assert "graph-photos token --user alice@contoso.com" in block


def test_the_console_page_knows_the_app_it_signs_in_with_and_serves_its_scripts(
    make_client: Callable[..., TestClient],
) -> None:
    client = make_client(directory="strict", directory_file=None)
    page = client.get("/console")
    assert page.status_code == 200
    found = re.search(r'<script type="application/json" id="config">(.*?)</script>', page.text)
    assert found is not None
    config = json.loads(found[1])
    assert config == {
        "base": "http://testserver",
        "tenant": "contoso.com",
        "clientId": None,  # the demo's public app registers loopback URIs, not testserver's
        "redirectUri": "http://testserver/console",
        "scopes": "https://graph.microsoft.com/.default openid profile",
    }
    policy = page.headers["content-security-policy"]
    assert "script-src 'self'" in policy
    assert "connect-src 'self'" in policy
    for name in ("console.js", "mgt.js"):
        script = client.get(f"/console/{name}")
        assert script.status_code == 200
        assert script.headers["content-type"].startswith("text/javascript")
    assert client.get("/console/other.js").status_code == 400


def test_the_console_signs_in_with_the_demo_app_on_a_loopback_address(
    make_client: Callable[..., TestClient],
) -> None:
    client = make_client(directory="strict", directory_file=None)
    client.base_url = client.base_url.copy_with(host="127.0.0.1", port=8000)
    page = client.get("/console")
    assert '"clientId": "3eb85eeb-b13f-5a56-a858-cfd615ef52b7"' in page.text

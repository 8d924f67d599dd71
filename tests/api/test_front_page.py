"""The front page: what a newcomer needs on one page, in the scheme and host they came by."""

from __future__ import annotations

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

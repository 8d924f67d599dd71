"""`graph-photos serve --https` (PHOTOS_HTTPS) against real clients: the local certificate
authority made once in the data directory, a server certificate for the loopback names, and
absolute URLs in the scheme the server was reached by."""

from __future__ import annotations

import datetime
import os
import ssl
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from cryptography import x509

from graph_photos import Settings
from graph_photos.server.tls import server_names, server_tls
from tests.credentials import TEST_SECRET, bearer
from tests.fixtures.images import photo_bytes
from tests.live_server import LiveServer, start_server

HTTPS = {"PHOTOS_HTTPS": "true", "PHOTOS_JWT_SECRET": TEST_SECRET}


def test_the_tls_command_makes_the_ca_once_and_says_how_to_trust_it(tmp_path: Path) -> None:
    data = tmp_path / "data"

    def tls() -> str:
        return subprocess.run(
            [sys.executable, "-m", "graph_photos.cli", "tls"],
            env={**os.environ, "PHOTOS_DATA_DIR": str(data)},
            capture_output=True, text=True, check=True,
        ).stdout  # fmt: skip

    told = tls()
    ca = (data / "tls" / "ca.pem").resolve()
    assert f"SSL_CERT_FILE={ca}" in told
    assert f"NODE_EXTRA_CA_CERTS={ca}" in told
    first = ca.read_bytes()
    for name in ("ca.pem", "ca-key.pem", "server.pem", "server-key.pem"):
        assert stat.S_IMODE((data / "tls" / name).stat().st_mode) == 0o600, name
    assert stat.S_IMODE((data / "tls").stat().st_mode) == 0o700
    tls()
    assert ca.read_bytes() == first  # made once: what clients trust stays trusted


def test_a_server_certificate_is_renewed_for_new_names_or_near_expiry(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path / "data")
    files = server_tls(settings)
    made = files.certfile.read_bytes()
    assert server_tls(settings).certfile.read_bytes() == made  # kept while it holds
    public = settings.model_copy(update={"public_base_url": "https://photos.test:8443"})
    assert server_names(public)[-1] == "photos.test"
    renamed = x509.load_pem_x509_certificate(server_tls(public).certfile.read_bytes())
    names = renamed.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    assert "photos.test" in names.get_values_for_type(x509.DNSName)
    ca = x509.load_pem_x509_certificate(files.ca_file.read_bytes())
    assert renamed.issuer == ca.subject
    left = renamed.not_valid_after_utc - datetime.datetime.now(datetime.UTC)
    assert datetime.timedelta(days=390) < left < datetime.timedelta(days=398)


@pytest.fixture
def https_server(tmp_path: Path) -> Iterator[LiveServer]:
    server = start_server(tmp_path / "data", HTTPS)
    yield server
    server.stop()


def test_the_api_is_served_over_tls_that_the_local_ca_vouches_for(
    https_server,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    trusted = ssl.create_default_context(cafile=tmp_path / "data" / "tls" / "ca.pem")
    port = https_server.port
    for host in ("127.0.0.1", "localhost"):  # both names are the certificate's
        health = httpx.get(f"https://{host}:{port}/health", verify=trusted)
        assert health.status_code == 200, health.text
    with pytest.raises(httpx.ConnectError):  # not trusted by default
        httpx.get(f"https://127.0.0.1:{port}/health")
    auth = bearer(scopes=("ProfilePhoto.ReadWrite.All",))
    created = httpx.post(
        f"https://127.0.0.1:{port}/v1.0/users/pat/photo",
        json={"width": 64, "height": 64}, headers=auth, verify=trusted,
    )  # fmt: skip
    assert created.status_code == 201, created.text
    # Absolute URLs are in the scheme the server was reached by.
    assert created.headers["location"] == f"https://127.0.0.1:{port}/v1.0/users/pat/photo"
    assert created.json()["@odata.context"].startswith(f"https://127.0.0.1:{port}/v1.0/$metadata")
    uploaded = httpx.put(
        f"https://localhost:{port}/v1.0/users/pat/photo/$value",
        content=photo_bytes(96, 96), headers={**auth, "Content-Type": "image/jpeg"},
        verify=trusted,
    )  # fmt: skip
    assert uploaded.status_code == 200, uploaded.text

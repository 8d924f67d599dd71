"""The service as a user installs it: a wheel in a fresh venv, served from another directory."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import httpx

from graph_photos.specification import VERSION
from tests.credentials import TEST_SECRET, bearer
from tests.fixtures.images import photo_bytes
from tests.live_server import start_server

ROOT = Path(__file__).resolve().parents[2]


def run(*command: str | Path, cwd: Path) -> str:
    result = subprocess.run(
        [str(part) for part in command],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, f"{command} failed:\n{result.stdout}\n{result.stderr}"
    return result.stdout


def test_the_wheel_installs_into_a_fresh_venv_and_serves_photos(tmp_path: Path) -> None:
    # The fresh venv's own pip builds the wheel too: the project's venv is uv's, without pip.
    venv = tmp_path / "venv"
    run(sys.executable, "-m", "venv", venv, cwd=tmp_path)
    pip = venv / "bin" / "pip"
    # From a copy of the checkout's files as they are: setuptools keeps what it built before
    # in build/, and a module since renamed would ship beside its new name (two migration
    # heads once did).
    source = tmp_path / "source"
    files = run("git", "ls-files", "-co", "--exclude-standard", "-z", cwd=ROOT).split("\0")
    for name in filter(None, files):
        (source / name).parent.mkdir(parents=True, exist_ok=True)
        if (ROOT / name).is_symlink():  # graph_photos/spec -> ../spec, and the like
            (source / name).symlink_to(os.readlink(ROOT / name))
        elif (ROOT / name).is_file():
            shutil.copy2(ROOT / name, source / name)
    run(pip, "wheel", "--no-deps", "-q", "-w", "dist", source, cwd=tmp_path)
    (wheel,) = (tmp_path / "dist").glob("graph_photos-*.whl")
    run(pip, "install", "-q", wheel, cwd=tmp_path)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()

    # Installed as one package: no generic top-level names, the spec inside it.
    site_packages = next((venv / "lib").glob("python3*/site-packages"))
    ours = sorted(p.name for p in site_packages.iterdir() if "graph_photos" in p.name)
    assert ours == ["graph_photos", f"graph_photos-{VERSION}.dist-info"]
    assert not (site_packages / "handlers").exists()
    assert not (site_packages / "generated").exists()
    assert (site_packages / "graph_photos" / "spec" / "openapi.yaml").is_file()
    where = "import graph_photos; print(graph_photos.__file__)"
    located = run(venv / "bin" / "python", "-c", where, cwd=elsewhere)
    assert located.strip().startswith(str(site_packages))

    server = start_server(
        tmp_path / "data",
        {"PHOTOS_JWT_SECRET": TEST_SECRET},
        command=[str(venv / "bin" / "graph-photos")],
        cwd=elsewhere,
    )
    try:
        photo = "/v1.0/users/alice@contoso.com/photo"
        upload = httpx.put(
            f"{server.url}{photo}/$value",
            content=photo_bytes(120, 90, "PNG"),
            headers={**bearer(), "Content-Type": "image/png"},
        )
        assert upload.status_code == 200, upload.text
        assert (upload.json()["width"], upload.json()["height"]) == (120, 90)
        content = httpx.get(f"{server.url}{photo}/$value", headers=bearer())
        assert content.status_code == 200
        assert content.headers["content-type"] == "image/jpeg"
        assert content.headers["etag"] == upload.json()["@odata.mediaEtag"]
        assert content.content.startswith(b"\xff\xd8")
        spec = httpx.get(f"{server.url}/beta/openapi.json")
        assert spec.status_code == 200
        assert spec.json()["info"]["title"]
        # The package data of the pages and the sign-in endpoints: templates, scripts, spec.
        for path in ("/", "/console", "/console/mgt.js", "/identity/openapi.json"):
            assert httpx.get(f"{server.url}{path}").status_code == 200, path
        discovery = httpx.get(f"{server.url}/common/v2.0/.well-known/openid-configuration")
        assert discovery.json()["issuer"].endswith("/v2.0")
    finally:
        server.stop()

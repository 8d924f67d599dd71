"""README's curl session, as a newcomer pastes it, twice in a row against a real server: every
command succeeds, and the seed's create answers 201 both times (the session starts over)."""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

from graph_photos.directory.file import DEMO_DIRECTORY
from tests.live_server import start_server
from tools.handler_stubs import ROOT

_SESSION = re.compile(r"## A curl session\n.*?```sh\n(.*?)```", re.S)


def test_the_readme_curl_session_runs_twice(tmp_path: Path) -> None:
    script = _SESSION.search((ROOT / "README.md").read_text(encoding="utf-8"))
    assert script is not None, "README.md has no curl session"
    data = tmp_path / "data"
    demo = {"PHOTOS_DIRECTORY": "strict", "PHOTOS_DIRECTORY_FILE": str(DEMO_DIRECTORY)}
    server = start_server(data, demo)
    try:
        session = script[1].replace("http://127.0.0.1:8000", server.url)
        # -s: quiet progress; -w: each answer's status on its own line, for the check below.
        session = session.replace("curl ", "curl -s -w '\\nstatus %{http_code}\\n' ")
        for run in (1, 2):
            done = subprocess.run(
                ["bash", "-e", "-o", "pipefail", "-c", session],
                cwd=ROOT, env={**os.environ, "PHOTOS_DATA_DIR": str(data)},
                capture_output=True, text=True, timeout=120, check=False,
            )  # fmt: skip
            assert done.returncode == 0, f"run {run}:\n{done.stdout}\n{done.stderr}"
            statuses = re.findall(r"^status (\d{3})$", done.stdout, re.M)
            assert "201" in statuses, f"run {run}: the create did not answer 201: {statuses}"
            assert "500" not in statuses
            assert "000" not in statuses
    finally:
        server.stop()

"""The console's committed Graph Toolkit bundle is what `make console-bundle` builds from the
pinned packages: it cannot drift from entry.js or package-lock.json unseen."""

from __future__ import annotations

import subprocess
from pathlib import Path

from tools.handler_stubs import ROOT

BUNDLE = ROOT / "graph_photos" / "web" / "console" / "mgt.js"


def test_the_committed_bundle_is_what_make_console_bundle_builds(tmp_path: Path) -> None:
    committed = BUNDLE.read_bytes()
    built = subprocess.run(
        ["make", "--no-print-directory", "console-bundle", f"CONSOLE_BUNDLE={tmp_path / 'mgt.js'}"],
        cwd=ROOT, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert built.returncode == 0, built.stdout + built.stderr
    assert (tmp_path / "mgt.js").read_bytes() == committed, (
        "graph_photos/web/console/mgt.js is not what `make console-bundle` builds: run it and "
        "commit the result"
    )

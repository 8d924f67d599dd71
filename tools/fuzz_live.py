"""`make fuzz-live`: the schemathesis CLI against a real server, all checks and all phases.

Starts `graph-photos serve` on a free loopback port with a fresh database, mints a token with
every permission, runs `schemathesis run` (examples, coverage, fuzzing, stateful; all checks;
images for uploads via the hooks in schemathesis.toml) and writes its reports to
reports/fuzz-live/: JUnit XML (each failure with the curl command that reproduces it), a HAR
of every exchange, a JSON run report, and a pytest file `test_schemathesis_<time>.py` that
replays each failure. `--seed` repeats a run exactly. Exits with schemathesis' status.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from graph_photos import Settings
from graph_photos.identity.jwt import mint_token
from tests.live_server import start_server

ROOT = Path(__file__).resolve().parent.parent
SECRET = "fuzz-live-secret-" + "0123456789abcdef" * 4
SCOPES = ["ProfilePhoto.ReadWrite.All", "User.ReadWrite.All", "Group.ReadWrite.All"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=Path, default=ROOT / "reports" / "fuzz-live")
    parser.add_argument("--version", default="beta", choices=["beta", "v1.0"])
    parser.add_argument("--max-examples", type=int, default=None)
    parser.add_argument("--seed", type=int, default=None)
    args = parser.parse_args()

    token = mint_token(Settings(jwt_secret=SECRET), subject="fuzzer", scopes=SCOPES)
    args.reports.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="graph-photos-fuzz-live-") as tmp:
        server = start_server(Path(tmp) / "data", {"PHOTOS_JWT_SECRET": SECRET})
        try:
            command = [
                str(Path(sys.executable).parent / "schemathesis"),
                "run",
                str(ROOT / "spec" / "openapi.yaml"),
                "--url", f"{server.url}/{args.version}",
                "--checks", "all",
                "--phases", "examples,coverage,fuzzing,stateful",
                "-H", f"Authorization: Bearer {token}",
                "--report", "junit,har,json,pytest",
                "--report-dir", str(args.reports),
            ]  # fmt: skip
            if args.max_examples:
                command += ["--max-examples", str(args.max_examples)]
            if args.seed is not None:
                command += ["--seed", str(args.seed)]
            print(
                "$ "
                + " ".join(
                    c if "Bearer" not in c else "-H 'Authorization: Bearer …'" for c in command
                )
            )
            completed = subprocess.run(command, cwd=ROOT, env=os.environ.copy(), check=False)  # noqa: S603
        finally:
            server.stop()
    print(f"reports: {args.reports}")
    return completed.returncode


if __name__ == "__main__":
    raise SystemExit(main())

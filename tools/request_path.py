"""Which of our files a request runs through, measured under a real server.

`python -m tools.request_path` starts the service (uvicorn and our protocol, in a thread of this
process, defaults as `graph-photos serve` has them), warms it up, and then records every
function call of one request in the server's threads: the files of ours (`graph_photos/`,
`handlers/`, `generated/`) in which code ran, in the order they were first entered. It follows
the two paths `docs/architecture.md` describes: a photo read (`GET .../photo/$value` with a token
the server has not seen, so no response cache answers it) and the seed's
`POST /beta/users/{id}/photo`.

A frozen dataclass's generated methods belong to no file, so a module that only defines records
is not counted: that is the rule, "files in which our code ran".
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType
from typing import Any

import httpx
from uvicorn import Server

from graph_photos import Settings
from graph_photos.identity.jwt import mint_token
from graph_photos.server.serve import uvicorn_config

ROOT = Path(__file__).resolve().parent.parent
OURS = tuple(str(ROOT / room) + "/" for room in ("graph_photos", "handlers", "generated"))
SECRET = "request-path-secret-" + "0123456789abcdef" * 3


@dataclass
class Recorder:
    """Records the files of ours entered by calls in threads other than the main one."""

    on: bool = False
    files: dict[str, None] = field(default_factory=dict)

    def profile(self, frame: FrameType, event: str, _arg: Any) -> None:
        if self.on and event == "call":
            name = frame.f_code.co_filename
            if name.startswith(OURS) and name not in self.files:
                self.files[name] = None

    def record(self, request: Callable[[], httpx.Response]) -> tuple[httpx.Response, list[str]]:
        self.files = {}
        self.on = True
        try:
            response = request()
            time.sleep(0.05)  # the access log line and metrics are written after the answer
        finally:
            self.on = False
        return response, [str(Path(name).relative_to(ROOT)) for name in self.files]


def _image(size: int = 96) -> bytes:
    from io import BytesIO

    from PIL import Image

    buffer = BytesIO()
    Image.new("RGB", (size, size), (40, 120, 200)).save(buffer, "JPEG")
    return buffer.getvalue()


def measure(port: int = 0) -> dict[str, list[str]]:
    """The files of each path, under a server on a fresh data directory."""
    recorder = Recorder()
    with tempfile.TemporaryDirectory() as data:
        settings = Settings(
            data_dir=Path(data), jwt_secret=SECRET, directory="open", validate_responses=False
        )
        config = uvicorn_config(
            settings, host="127.0.0.1", port=port, workers=1, log_level="warning"
        )
        server = Server(config)
        threading.setprofile(recorder.profile)
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        try:
            while not server.started:
                time.sleep(0.02)
            bound = server.servers[0].sockets[0].getsockname()[1]
            base = f"http://127.0.0.1:{bound}"

            def token(subject: str) -> dict[str, str]:
                minted = mint_token(
                    settings, subject=subject, scopes=("ProfilePhoto.ReadWrite.All",)
                )
                return {"Authorization": f"Bearer {minted}"}

            with httpx.Client(base_url=base, timeout=10) as client:
                photo = "/v1.0/users/reader-0/photo/$value"
                put = client.put(photo, content=_image(), headers=token("reader-0"))
                put.raise_for_status()
                for warm in range(3):
                    client.get(photo, headers=token(f"warm-{warm}")).raise_for_status()
                read, read_files = recorder.record(
                    lambda: client.get(photo, headers=token("someone-new"))
                )
                read.raise_for_status()
                client.post(
                    "/beta/users/writer-0/photo",
                    json={"height": 64, "width": 64},
                    headers=token("writer-0"),
                ).raise_for_status()
                created, create_files = recorder.record(
                    lambda: client.post(
                        "/beta/users/writer-1/photo",
                        json={"height": 64, "width": 64},
                        headers=token("writer-1"),
                    )
                )
                if created.status_code != 201:
                    raise SystemExit(f"the create answered {created.status_code}: {created.text}")
        finally:
            server.should_exit = True
            thread.join(10)
            threading.setprofile(None)
    return {
        "GET /v1.0/users/{id}/photo/$value": read_files,
        "POST /beta/users/{id}/photo": create_files,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print the lists as JSON")
    args = parser.parse_args()
    paths = measure()
    if args.json:
        json.dump(paths, sys.stdout, indent=2)
        print()
        return
    for name, files in paths.items():
        print(f"{name}: {len(files)} files")
        for number, file in enumerate(files, 1):
            print(f"  {number:2} {file}")


if __name__ == "__main__":
    main()

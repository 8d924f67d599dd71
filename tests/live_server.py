"""A real `graph-photos serve` process on a free loopback port, for tests that need one."""

from __future__ import annotations

import os
import socket
import ssl
import subprocess
import sys
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import httpx

FIXTURES = Path(__file__).resolve().parent / "fixtures"
# As for the in-process app (conftest.OPEN_DIRECTORY): an open directory of one empty tenant,
# unless a test's `env` says otherwise (PHOTOS_DIRECTORY=strict, another PHOTOS_DIRECTORY_FILE).
OPEN_DIRECTORY_ENV = {
    "PHOTOS_DIRECTORY": "open",
    "PHOTOS_DIRECTORY_FILE": str(FIXTURES / "directory-empty.yaml"),
}


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@dataclass
class LiveServer:
    """One server process; `url` is its origin, e.g. `http://127.0.0.1:41234`."""

    process: subprocess.Popen[bytes]
    port: int
    log: Path
    scheme: str = "http"  # https: PHOTOS_HTTPS=true, its CA in the data directory
    verify: ssl.SSLContext | bool = True

    @property
    def url(self) -> str:
        return f"{self.scheme}://127.0.0.1:{self.port}"

    def stop(self, timeout: float = 10) -> int:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        return self.process.returncode


def start_server(
    data_dir: Path,
    env: Mapping[str, str],
    port: int | None = None,
    ready_timeout: float = 30,
    command: Sequence[str] = (sys.executable, "-m", "graph_photos.cli"),
    cwd: Path | None = None,
    workers: int = 1,
) -> LiveServer:
    """Start the CLI's server (`command`, by default this checkout's) with
    `PHOTOS_DATA_DIR=data_dir` and `env`; wait until it answers."""
    port = port or free_port()
    log = data_dir.parent / f"server-{port}.log"
    data_dir.mkdir(parents=True, exist_ok=True)
    process = subprocess.Popen(
        [*command, "serve", "--host", "127.0.0.1", "--port", str(port), "--workers", str(workers)],
        env={**os.environ, "PHOTOS_DATA_DIR": str(data_dir), **OPEN_DIRECTORY_ENV, **env},
        cwd=cwd,
        stdout=log.open("wb"),
        stderr=subprocess.STDOUT,
    )
    https = {**OPEN_DIRECTORY_ENV, **env}.get("PHOTOS_HTTPS", "").lower() == "true"
    server = LiveServer(process, port, log, "https" if https else "http")
    ca_file = data_dir / "tls" / "ca.pem"
    deadline = time.monotonic() + ready_timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited with {process.returncode}:\n{log.read_text()}")
        try:
            if https:  # the server makes its CA as it starts
                server.verify = ssl.create_default_context(cafile=ca_file)
            httpx.get(
                f"{server.url}/beta/openapi.json", timeout=1, verify=server.verify
            ).raise_for_status()
        except (httpx.HTTPError, OSError):
            time.sleep(0.1)
            continue
        return server
    server.stop()
    raise RuntimeError(f"server did not answer within {ready_timeout} s:\n{log.read_text()}")

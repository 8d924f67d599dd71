"""`make bench` imports the service's modules by name: a move in the package must not break it."""

from __future__ import annotations

import importlib
import json

import pytest


@pytest.mark.parametrize(
    "module", ["bench.photos", "bench.throughput", "bench.floor_app", "bench.bare_app"]
)
def test_the_benchmark_modules_import(module: str) -> None:
    assert importlib.import_module(module).__name__ == module


def test_the_floor_app_is_an_asgi_app() -> None:
    from bench.floor_app import app

    assert callable(app)


def test_the_batch_case_compares_one_batch_with_as_many_single_reads() -> None:
    from bench.throughput import BATCH_ITEMS, batch_body, batch_ratio

    body = json.loads(batch_body())
    assert len(body["requests"]) == BATCH_ITEMS == 20
    assert {request["method"] for request in body["requests"]} == {"GET"}
    results = {
        "GET $value small (96x96)": {"service": {"cpu_ms_per_req": 0.5, "non_2xx": 0}},
        "POST $batch (20 small $value)": {"service": {"cpu_ms_per_req": 5.0, "non_2xx": 0}},
    }
    assert batch_ratio(results) == pytest.approx(0.5)
    results["POST $batch (20 small $value)"]["service"]["non_2xx"] = 3
    assert batch_ratio(results) is None  # a batch that failed measures nothing


def test_the_bare_floor_serves_what_it_was_given() -> None:
    from starlette.testclient import TestClient

    from bench.bare_app import app

    with TestClient(app) as client:
        assert client.put("/beta/users/a/photo/$value", content=b"jpeg").status_code == 200
        read = client.get("/beta/users/a/photo/$value")
        assert read.content == b"jpeg"
        again = client.get(
            "/beta/users/a/photo/$value", headers={"If-None-Match": read.headers["etag"]}
        )
        assert again.status_code == 304
        batch = client.post(
            "/beta/$batch", json={"requests": [{"id": "1", "url": "/users/a/photo/$value"}]}
        )
        assert batch.json()["responses"][0]["body"] == "anBlZw=="


def test_a_servers_cpu_includes_its_workers() -> None:
    import subprocess
    import sys
    import time

    from bench.throughput import tree_cpu_seconds

    # A parent that sleeps while its child works: its own CPU stays near zero.
    child = "sum(range(60_000_000))"
    parent = subprocess.Popen(
        [
            sys.executable,
            "-c",
            f"import subprocess, sys; subprocess.run([sys.executable, '-c', {child!r}])",
        ]
    )
    try:
        deadline = time.monotonic() + 10
        while tree_cpu_seconds(parent.pid) < 0.3 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert tree_cpu_seconds(parent.pid) >= 0.3
    finally:
        parent.kill()
        parent.wait()

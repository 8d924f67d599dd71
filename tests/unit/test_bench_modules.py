"""`make bench` imports the service's modules by name: a move in the package must not break it."""

from __future__ import annotations

import importlib
import json

import pytest


@pytest.mark.parametrize("module", ["bench.photos", "bench.throughput", "bench.floor_app"])
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

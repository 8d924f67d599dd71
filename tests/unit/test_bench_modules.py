"""`make bench` imports the service's modules by name: a move in the package must not break it."""

from __future__ import annotations

import importlib

import pytest


@pytest.mark.parametrize("module", ["bench.photos", "bench.throughput", "bench.floor_app"])
def test_the_benchmark_modules_import(module: str) -> None:
    assert importlib.import_module(module).__name__ == module


def test_the_floor_app_is_an_asgi_app() -> None:
    from bench.floor_app import app

    assert callable(app)

"""Test wiring only: Hypothesis profiles, settings, app and client fixtures."""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest
import redis
from hypothesis import HealthCheck, settings
from starlette.testclient import TestClient

from graph_photos import Settings, create_app
from tests.credentials import TEST_SECRET, bearer
from tests.live_server import FIXTURES

# `dev` is quick for local runs; `ci` is thorough and derandomised so CI runs are repeatable.
settings.register_profile(
    "dev", max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "ci",
    max_examples=100,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "dev"))


@pytest.fixture
def anyio_backend() -> str:
    """The event loop of the `anyio`-marked tests: asyncio, as uvicorn runs the service."""
    return "asyncio"


# Tests that address any id they like: an open directory of one empty tenant. The directory's
# own tests (tests/api/test_directory.py) use the strict default and the demo tenant.
OPEN_DIRECTORY = {"directory": "open", "directory_file": FIXTURES / "directory-empty.yaml"}
# Starlette's TestClient sends `Host: testserver`; the service answers only hosts it is told of.
TEST_HOSTS = "localhost,127.0.0.1,[::1],testserver"


@pytest.fixture
def make_settings(tmp_path: Path) -> Callable[..., Settings]:
    """Settings on a fresh data directory, with an open directory; keyword arguments override
    fields."""

    def make(**overrides: Any) -> Settings:
        values: dict[str, Any] = {
            "data_dir": tmp_path / "data",
            "validate_responses": True,
            "jwt_secret": TEST_SECRET,
            "allowed_hosts": TEST_HOSTS,
            **OPEN_DIRECTORY,
        }
        values.update(overrides)
        return Settings(**values)

    return make


@pytest.fixture
def make_client(make_settings: Callable[..., Settings]) -> Iterator[Callable[..., TestClient]]:
    """Start an app (lifespan included) with overridden settings; closed after the test."""
    clients: list[TestClient] = []

    def make(**overrides: Any) -> TestClient:
        settings = make_settings(**overrides)
        rs256 = settings.jwt_public_key is not None or settings.jwks_file is not None
        client = TestClient(create_app(settings), headers={} if rs256 else bearer(settings))
        client.__enter__()
        clients.append(client)
        return client

    yield make
    for client in reversed(clients):
        client.__exit__(None, None, None)


@pytest.fixture
def client(make_client: Callable[..., TestClient]) -> TestClient:
    """A client of a fresh app on a fresh database, sending a bearer token by default."""
    return make_client()


# PostgreSQL for the tests that run on both backends: the local server by default; CI makes sure
# one is running (`tools/ensure_postgres.sh`). Unreachable means failed, never skipped.
POSTGRES_URL = os.environ.get(
    "PHOTOS_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/postgres"
)


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """The URL of a fresh, empty PostgreSQL database, dropped after the test."""
    try:
        admin = psycopg.connect(POSTGRES_URL, autocommit=True, connect_timeout=5)
    except psycopg.OperationalError as exc:
        pytest.fail(
            f"PostgreSQL is not reachable at {POSTGRES_URL} ({exc}). Start it with "
            "`tools/ensure_postgres.sh` or point PHOTOS_TEST_POSTGRES_URL at one."
        )
    name = f"graph_photos_test_{uuid.uuid4().hex[:12]}"
    with admin:
        admin.execute(f'CREATE DATABASE "{name}"')
        try:
            yield POSTGRES_URL.rsplit("/", 1)[0] + f"/{name}"
        finally:
            admin.execute(f'DROP DATABASE "{name}" WITH (FORCE)')


# Redis for the throttling shared by replicas, found or started the same way
# (`tools/ensure_redis.sh`, run by `make test`); unreachable means failed, never skipped.
REDIS_URL = os.environ.get("PHOTOS_TEST_REDIS_URL", "redis://127.0.0.1:6379")
_REDIS_TEST_DB = 13  # a database of its own, emptied before each test that uses it


@pytest.fixture
def redis_url() -> str:
    """The URL of an empty Redis database."""
    url = f"{REDIS_URL}/{_REDIS_TEST_DB}"
    client = redis.Redis.from_url(url, socket_connect_timeout=2)
    try:
        client.flushdb()
    except redis.RedisError as exc:
        pytest.fail(
            f"Redis is not reachable at {REDIS_URL} ({exc}). Start it with "
            "`tools/ensure_redis.sh` (`make redis`) or point PHOTOS_TEST_REDIS_URL at one."
        )
    finally:
        client.close()
    return url


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh database of each backend in turn."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'photos.db'}"
    url: str = request.getfixturevalue("postgres_url")
    return url

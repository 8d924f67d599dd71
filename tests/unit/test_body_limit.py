"""Photo bodies are admitted a few at a time; JSON bodies never wait for them."""

from __future__ import annotations

from types import SimpleNamespace

import anyio
import pytest
from starlette.types import Message, Receive, Scope, Send

from graph_photos.services import lifespan_state
from graph_photos.web.body_limit import BodyLimitMiddleware

pytestmark = pytest.mark.anyio

PHOTO_TYPES = frozenset({"image/jpeg"})


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


class HoldingApp:
    """Reads the body, records it, then holds the request until released."""

    def __init__(self) -> None:
        self.entered: list[str] = []
        self.release = anyio.Event()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        message = await receive()
        self.entered.append(scope["path"])
        assert message["body"]
        if scope["path"].startswith("/photo"):
            await self.release.wait()


def middleware(app: HoldingApp, slots: int) -> tuple[BodyLimitMiddleware, SimpleNamespace]:
    """The middleware, and the services (only their upload limiter) its requests run with."""
    gate = BodyLimitMiddleware(
        app, limit_for=lambda media_type: 4 * 1024 * 1024, is_photo=PHOTO_TYPES.__contains__
    )
    return gate, SimpleNamespace(upload_limiter=anyio.CapacityLimiter(slots))


def request(path: str, content_type: bytes, services: object) -> tuple[Scope, Receive, list[int]]:
    reads: list[int] = []

    async def receive() -> Message:
        reads.append(1)
        return {"type": "http.request", "body": b"x" * 10, "more_body": False}

    scope: Scope = {
        "type": "http",
        "method": "PUT",
        "path": path,
        "headers": [(b"content-type", content_type), (b"content-length", b"10")],
        "state": lifespan_state(services),  # type: ignore[arg-type]
    }
    return scope, receive, reads


async def _noop_send(message: Message) -> None:
    return None


async def test_a_photo_over_the_slots_waits_before_its_body_is_read() -> None:
    app = HoldingApp()
    gate, services = middleware(app, slots=1)
    first, first_receive, _ = request("/photo/1", b"image/jpeg", services)
    second, second_receive, second_reads = request("/photo/2", b"image/jpeg", services)
    async with anyio.create_task_group() as tasks:
        tasks.start_soon(gate, first, first_receive, _noop_send)
        await anyio.wait_all_tasks_blocked()
        tasks.start_soon(gate, second, second_receive, _noop_send)
        await anyio.wait_all_tasks_blocked()
        assert app.entered == ["/photo/1"]
        assert second_reads == []  # its bytes stay in the socket, not in memory
        app.release.set()
    assert app.entered == ["/photo/1", "/photo/2"]


async def test_json_bodies_do_not_wait_for_photo_slots() -> None:
    app = HoldingApp()
    gate, services = middleware(app, slots=1)
    photo, photo_receive, _ = request("/photo/1", b"image/jpeg", services)
    json_body, json_receive, json_reads = request("/json", b"application/json", services)
    async with anyio.create_task_group() as tasks:
        tasks.start_soon(gate, photo, photo_receive, _noop_send)
        await anyio.wait_all_tasks_blocked()
        await gate(json_body, json_receive, _noop_send)
        assert app.entered == ["/photo/1", "/json"]
        assert json_reads == [1]
        app.release.set()

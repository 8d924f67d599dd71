"""Bodies: the operation decides the limit; slow bodies time out; photo uploads queue, boundedly."""

from __future__ import annotations

from types import SimpleNamespace

import anyio
import pytest
from starlette.types import Message, Receive, Scope, Send

from graph_photos.services import lifespan_state
from graph_photos.web.errors import GraphError
from graph_photos.web.middleware.request_body import RequestBodyMiddleware
from graph_photos.web.request_state import state_of

pytestmark = pytest.mark.anyio

UPLOAD = "users.put_photo_content"


class HoldingApp:
    """Reads the body, records it, then holds photo requests until released."""

    def __init__(self) -> None:
        self.entered: list[str] = []
        self.release = anyio.Event()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        message = await receive()
        while message.get("more_body"):
            message = await receive()
        self.entered.append(scope["path"])
        if scope["path"].startswith("/photo"):
            await self.release.wait()


def queue(
    app: HoldingApp, slots: int, waiting: int = 16, timeout: float = 30
) -> tuple[RequestBodyMiddleware, SimpleNamespace]:
    """The layer with roomy size limits, and the services (only their upload limiter) its
    requests run with."""
    gate = RequestBodyMiddleware(
        app,
        photo_operations={UPLOAD},
        photo_limit=1 << 20,
        json_limit=1 << 20,
        body_timeout=10,
        body_min_rate=1,
        queue=waiting,
        queue_timeout=timeout,
    )
    return gate, services_with(slots)


def services_with(slots: int = 4) -> SimpleNamespace:
    """The services, as far as the layer reads them: the upload limiter."""
    return SimpleNamespace(upload_limiter=anyio.CapacityLimiter(slots))


def request(
    path: str,
    services: object,
    *,
    operation: str = UPLOAD,
    content_type: bytes = b"image/jpeg",
    chunks: list[bytes] | None = None,
    delay: float = 0,
) -> tuple[Scope, Receive, list[int]]:
    reads: list[int] = []
    pieces = list(chunks or [b"x" * 10])

    async def receive() -> Message:
        reads.append(1)
        if delay:
            await anyio.sleep(delay)
        if not pieces:
            await anyio.sleep_forever()
        body = pieces.pop(0)
        return {"type": "http.request", "body": body, "more_body": bool(pieces)}

    scope: Scope = {
        "type": "http",
        "method": "PUT",
        "path": path,
        "headers": [(b"content-type", content_type)],
        "state": lifespan_state(services),  # type: ignore[arg-type]
    }
    state_of(scope).operation_id = operation
    return scope, receive, reads


async def _noop_send(message: Message) -> None:
    return None


async def test_a_photo_over_the_slots_waits_before_its_body_is_read() -> None:
    app = HoldingApp()
    gate, services = queue(app, slots=1)
    first, first_receive, _ = request("/photo/1", services)
    second, second_receive, second_reads = request("/photo/2", services)
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
    gate, services = queue(app, slots=1)
    photo, photo_receive, _ = request("/photo/1", services)
    json_body, json_receive, json_reads = request(
        "/json", services, operation="users.create_photo", content_type=b"application/json"
    )
    async with anyio.create_task_group() as tasks:
        tasks.start_soon(gate, photo, photo_receive, _noop_send)
        await anyio.wait_all_tasks_blocked()
        await gate(json_body, json_receive, _noop_send)
        assert app.entered == ["/photo/1", "/json"]
        assert json_reads == [1]
        app.release.set()


async def test_a_full_queue_answers_503_with_retry_after_at_once() -> None:
    app = HoldingApp()
    gate, services = queue(app, slots=1, waiting=1)
    async with anyio.create_task_group() as tasks:
        for number in (1, 2):  # one holds the slot, one waits
            scope, receive, _ = request(f"/photo/{number}", services)
            tasks.start_soon(gate, scope, receive, _noop_send)
            await anyio.wait_all_tasks_blocked()
        third, third_receive, third_reads = request("/photo/3", services)
        with pytest.raises(GraphError) as refused:
            await gate(third, third_receive, _noop_send)
        assert (refused.value.status_code, refused.value.code) == (503, "serviceNotAvailable")
        assert refused.value.headers["Retry-After"] == "1"
        assert third_reads == []
        app.release.set()
    assert app.entered == ["/photo/1", "/photo/2"]


async def test_a_wait_for_a_slot_is_bounded_in_time() -> None:
    app = HoldingApp()
    gate, services = queue(app, slots=1, timeout=0.05)
    async with anyio.create_task_group() as tasks:
        first, first_receive, _ = request("/photo/1", services)
        tasks.start_soon(gate, first, first_receive, _noop_send)
        await anyio.wait_all_tasks_blocked()
        second, second_receive, _ = request("/photo/2", services)
        with pytest.raises(GraphError) as refused:
            await gate(second, second_receive, _noop_send)
        assert refused.value.status_code == 503
        assert "0.05 s" in refused.value.message
        app.release.set()


def limiter(app: HoldingApp, **overrides: float) -> RequestBodyMiddleware:
    """The layer with small size limits and a roomy queue."""
    values: dict[str, float] = {"body_timeout": 10, "body_min_rate": 1024, **overrides}
    return RequestBodyMiddleware(
        app,
        photo_operations={UPLOAD},
        photo_limit=100,
        json_limit=20,
        body_timeout=values["body_timeout"],
        body_min_rate=int(values["body_min_rate"]),
        queue=16,
        queue_timeout=30,
    )


@pytest.mark.parametrize("content_type", [b"image/jpeg", b"application/json", b""])
async def test_the_operation_decides_the_limit_not_the_content_type(content_type: bytes) -> None:
    app = HoldingApp()
    gate = limiter(app)
    services = services_with()
    upload, upload_receive, _ = request(
        "/upload", services, content_type=content_type, chunks=[b"x" * 60, b"x" * 30]
    )
    await gate(upload, upload_receive, _noop_send)  # 90 bytes: a photo may have 100
    assert app.entered == ["/upload"]
    create, create_receive, _ = request(
        "/create",
        services,
        operation="users.create_photo",
        content_type=content_type,
        chunks=[b"x" * 15, b"x" * 15],
    )
    with pytest.raises(GraphError) as refused:
        await gate(create, create_receive, _noop_send)
    assert (refused.value.status_code, refused.value.code) == (413, "RequestEntityTooLarge")
    assert "20 bytes" in refused.value.message


async def test_a_pause_longer_than_the_body_timeout_is_408() -> None:
    app = HoldingApp()
    gate = limiter(app, body_timeout=0.05)
    scope, receive, _ = request("/upload", services_with(), chunks=[b"x", b"x"], delay=0.2)
    with pytest.raises(GraphError) as refused:
        await gate(scope, receive, _noop_send)
    assert (refused.value.status_code, refused.value.code) == (408, "RequestTimeout")
    assert refused.value.headers["Connection"] == "close"


async def test_a_trickle_under_the_minimum_rate_is_408_after_the_grace() -> None:
    app = HoldingApp()
    # Each byte comes within the pause allowed (0.03 < 0.2) but far under 1000 bytes a second.
    gate = limiter(app, body_timeout=0.2, body_min_rate=1000)
    scope, receive, reads = request("/upload", services_with(), chunks=[b"x"] * 100, delay=0.03)
    with pytest.raises(GraphError) as refused:
        await gate(scope, receive, _noop_send)
    assert refused.value.status_code == 408
    assert 5 <= len(reads) < 15  # about 0.2 s of trickle, not the whole body


async def test_a_client_leaving_mid_body_is_recorded_as_disconnected() -> None:
    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        assert (await receive())["type"] == "http.disconnect"

    gate = RequestBodyMiddleware(
        app,
        photo_operations={UPLOAD},
        photo_limit=100,
        json_limit=20,
        body_timeout=1,
        body_min_rate=1,
        queue=16,
        queue_timeout=30,
    )
    scope, _, _ = request("/upload", services_with())

    async def gone() -> Message:
        return {"type": "http.disconnect"}

    await gate(scope, gone, _noop_send)
    assert state_of(scope).disconnected

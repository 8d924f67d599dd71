"""A hostile client against a real `graph-photos serve` (uvicorn + httptools, not the TestClient).

Each attack gets its bounded answer, and `/health` keeps answering within 100 ms while it runs.
The server runs with short timeouts, so that each bound is reached in about a second.
"""

from __future__ import annotations

import json
import select
import socket
import statistics
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

import httpx
import pytest
from PIL import Image

from tests.credentials import TEST_SECRET, bearer
from tests.fixtures.images import encode, many_scan_jpeg, photo_bytes
from tests.live_server import LiveServer, start_server

LIMITS = {
    "PHOTOS_HEAD_TIMEOUT": "1",
    "PHOTOS_BODY_TIMEOUT": "1",
    "PHOTOS_BODY_MIN_RATE": "65536",
    "PHOTOS_SEND_TIMEOUT": "1",
    "PHOTOS_LINGER_TIMEOUT": "2",
    "PHOTOS_UPLOAD_SLOTS": "1",
    "PHOTOS_UPLOAD_QUEUE": "0",
    "PHOTOS_MAX_CONNECTIONS": "40",
}
WRITE = bearer(subject="u1", scopes=("ProfilePhoto.ReadWrite.All",))
AUTH = WRITE["Authorization"]
HEALTH_BUDGET = 0.100


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    data = tmp_path_factory.mktemp("hardening") / "data"
    live = start_server(data, {"PHOTOS_JWT_SECRET": TEST_SECRET, **LIMITS})
    try:
        yield live
    finally:
        live.stop()


# The prober runs in a process of its own: in this one, a garbage collection of the test
# process (which holds every test module) would pause it and be counted against the server.
_PROBER = """
import json, sys, threading, time, httpx
stop = threading.Event()
threading.Thread(target=lambda: (sys.stdin.readline(), stop.set()), daemon=True).start()
timings = []
with httpx.Client(base_url=sys.argv[1], timeout=5) as client:
    client.get("/health")  # connected and warm
    print("warm", flush=True)
    while not stop.is_set() or len(timings) < 3:
        started = time.perf_counter()
        assert client.get("/health").status_code == 200
        timings.append(time.perf_counter() - started)
        stop.wait(0.02)
print(json.dumps(timings), flush=True)
"""


@contextmanager
def health_stays_fast(server: LiveServer) -> Iterator[None]:
    """Probe `/health` every 20 ms while the block runs; fail if any probe took 100 ms or more."""
    prober = subprocess.Popen(
        [sys.executable, "-c", _PROBER, server.url],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert prober.stdin is not None
    assert prober.stdout is not None
    assert prober.stdout.readline().strip() == "warm"
    try:
        yield
    finally:
        prober.stdin.write("stop\n")
        prober.stdin.flush()
        output = prober.stdout.readline()
        prober.wait(10)
    timings: list[float] = json.loads(output)
    assert timings, "no /health probe ran"
    assert max(timings) < HEALTH_BUDGET, (
        f"/health: worst {max(timings) * 1000:.0f} ms, median "
        f"{statistics.median(timings) * 1000:.1f} ms over {len(timings)} probes"
    )


def connect(server: LiveServer) -> socket.socket:
    return socket.create_connection(("127.0.0.1", server.port), timeout=10)


def read_answer(sock: socket.socket) -> tuple[int, dict[str, str], bytes]:
    """Read one HTTP answer to the end (the server closes, or Content-Length is reached)."""
    data = b""
    while b"\r\n\r\n" not in data:
        piece = sock.recv(65536)
        if not piece:
            break
        data += piece
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1])
    headers = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    length = int(headers.get("content-length", "0"))
    while len(body) < length:
        piece = sock.recv(65536)
        if not piece:
            break
        body += piece
    return status, headers, body


def error_code(body: bytes) -> str:
    return str(json.loads(body)["error"]["code"])


def request_head(path: str, *headers: str, method: str = "GET") -> bytes:
    return (
        f"{method} {path} HTTP/1.1\r\n" + "".join(f"{h}\r\n" for h in headers) + "\r\n"
    ).encode()


def test_a_huge_header_is_refused_with_431_at_once(server: LiveServer) -> None:
    with health_stays_fast(server), connect(server) as sock:
        sock.sendall(b"GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: ")
        started = time.perf_counter()
        sent = 0
        try:
            while sent < 128 * 1024 * 1024:  # the attack: 128 MB of header
                sock.sendall(b"a" * 65536)
                sent += 65536
        except OSError:
            pass  # the server stopped reading once it had answered
        status, headers, body = read_answer(sock)
        elapsed = time.perf_counter() - started
    assert status == 431
    assert error_code(body) == "RequestHeaderFieldsTooLarge"
    assert headers["content-type"] == "application/json"
    assert headers["connection"] == "close"
    assert sent < 32 * 1024 * 1024  # it did not read the 128 MB
    assert elapsed < 5


def test_a_huge_url_is_refused_with_431(server: LiveServer) -> None:
    with health_stays_fast(server), connect(server) as sock:
        with suppress(OSError):
            sock.sendall(b"GET /" + b"a" * (8 * 1024 * 1024))
        status, _, body = read_answer(sock)
    assert (status, error_code(body)) == (431, "RequestHeaderFieldsTooLarge")


def test_a_trickled_head_gets_408_and_an_idle_connection_is_closed(server: LiveServer) -> None:
    with health_stays_fast(server), connect(server) as trickle, connect(server) as idle:
        trickle.sendall(b"GET /health HTTP/1.1\r\n")
        started = time.perf_counter()
        for _ in range(3):
            time.sleep(0.4)
            try:
                trickle.sendall(b"X-A: b\r\n")
            except OSError:
                break
        status, headers, body = read_answer(trickle)
        assert (status, error_code(body)) == (408, "RequestTimeout")
        assert headers["connection"] == "close"
        assert time.perf_counter() - started < 3
        assert idle.recv(100) == b""  # closed without a word: it never sent anything


def test_a_slow_body_gets_408_and_frees_the_upload_slot(server: LiveServer) -> None:
    photo = photo_bytes(64, 64)
    with health_stays_fast(server), connect(server) as trickle:
        trickle.sendall(
            request_head(
                "/beta/users/slow/photo/$value",
                "Host: 127.0.0.1",
                f"Authorization: {AUTH}",
                "Content-Type: image/jpeg",
                f"Content-Length: {len(photo)}",
                method="PUT",
            )
        )
        started = time.perf_counter()
        trickle.sendall(photo[:10])
        # While it holds the only slot with an empty queue, another upload is told to come back.
        time.sleep(0.2)
        busy = httpx.put(
            f"{server.url}/beta/users/victim/photo/$value",
            content=photo,
            headers={**WRITE, "Content-Type": "image/jpeg"},
        )
        assert busy.status_code == 503
        assert busy.headers["retry-after"] == "1"
        assert error_code(busy.content) == "serviceNotAvailable"
        for index in range(10, 20):  # one byte every 0.3 s: far under 64 KB a second
            if select.select([trickle], [], [], 0.3)[0]:
                break  # answered
            try:
                trickle.sendall(photo[index : index + 1])
            except OSError:
                break
        status, _, body = read_answer(trickle)
        assert (status, error_code(body)) == (408, "RequestTimeout")
        assert time.perf_counter() - started < 3
    victim = httpx.put(
        f"{server.url}/beta/users/victim/photo/$value",
        content=photo,
        headers={**WRITE, "Content-Type": "image/jpeg"},
    )
    assert victim.status_code == 200


def test_a_jpeg_of_ten_thousand_scans_is_refused_at_once(server: LiveServer) -> None:
    with health_stays_fast(server):
        started = time.perf_counter()
        response = httpx.put(
            f"{server.url}/beta/users/scans/photo/$value",
            content=many_scan_jpeg(10_001),
            headers={**WRITE, "Content-Type": "image/jpeg"},
        )
        elapsed = time.perf_counter() - started
    assert response.status_code == 400
    assert error_code(response.content) == "InvalidImage"
    assert "10001 scans" in response.json()["error"]["message"]
    assert elapsed < 1


@pytest.mark.parametrize(
    ("headers", "message"),
    [
        (("Host: 127.0.0.1", "Host: evil.example"), "more than one Host"),
        (
            ("Host: 127.0.0.1", "Content-Type: application/json", "Content-Type: image/png"),
            "more than one Content-Type",
        ),
        ((), "must have a Host"),
        (("Host: evil.example",), "not one this service answers to"),
    ],
)
def test_an_ambiguous_or_foreign_head_is_400(
    server: LiveServer, headers: tuple[str, ...], message: str
) -> None:
    with connect(server) as sock:
        body = b'{"height": 48, "width": 48}'
        sock.sendall(
            request_head(
                "/beta/users/heads/photo",
                *headers,
                f"Authorization: {AUTH}",
                f"Content-Length: {len(body)}",
                method="POST",
            )
            + body
        )
        status, answer_headers, answer = read_answer(sock)
    assert status == 400
    assert answer_headers["content-type"] == "application/json"
    assert error_code(answer) == "Request_BadRequest"
    assert message in json.loads(answer)["error"]["message"]
    assert b"evil.example/" not in answer  # never a link to the attacker's host


def test_urllib_reads_the_413_of_a_body_it_sends_whole(server: LiveServer) -> None:
    """Python's urllib sends `Connection: close` and the whole body before reading: the
    server drains it (lingering close) instead of resetting the connection."""
    body = b"\xff\xd8\xff" + b"x" * (5 * 1024 * 1024)
    statuses = []
    for _ in range(5):
        request = urllib.request.Request(
            f"{server.url}/beta/users/big/photo/$value",
            data=body,
            method="PUT",
            headers={"Authorization": AUTH, "Content-Type": "image/jpeg"},
        )
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(request, timeout=10)
        statuses.append((refused.value.code, error_code(refused.value.read())))
    assert statuses == [(413, "RequestEntityTooLarge")] * 5


def test_an_answer_before_the_body_says_the_connection_closes(server: LiveServer) -> None:
    """A 413 on Content-Length (and a 401 before an upload) is answered before the body is read;
    the server closes after it, and says so with `Connection: close`. An answer to a request
    read whole keeps the connection."""
    photo = photo_bytes(64, 64)
    for headers, expected in [
        ((f"Authorization: {AUTH}", "Content-Length: 5000000"), 413),
        (("Authorization: Bearer nonsense", f"Content-Length: {len(photo)}"), 401),
    ]:
        with connect(server) as sock:
            sock.sendall(
                request_head(
                    "/beta/users/early/photo/$value",
                    "Host: 127.0.0.1",
                    "Content-Type: image/jpeg",
                    *headers,
                    method="PUT",
                )
            )
            status, answer, _ = read_answer(sock)
            assert (status, answer.get("connection")) == (expected, "close")
    with connect(server) as sock:
        sock.sendall(request_head("/health", "Host: 127.0.0.1"))
        status, answer, _ = read_answer(sock)
        assert status == 200
        assert "connection" not in answer


def test_a_client_that_never_reads_is_dropped_after_the_send_timeout(tmp_path: Path) -> None:
    # Room for a stored photo larger than what loopback's socket buffers hold (about 4 MB).
    env = {"PHOTOS_JWT_SECRET": TEST_SECRET, **LIMITS, "PHOTOS_MAX_PHOTO_BYTES": str(32 << 20)}
    server = start_server(tmp_path / "data", env)
    try:
        dropped_without_reading(server)
    finally:
        server.stop()


def dropped_without_reading(server: LiveServer) -> None:
    noise = Image.effect_noise((4096, 4096), 128).convert("RGB")
    big = encode(noise, "JPEG", quality=95)
    put = httpx.put(
        f"{server.url}/beta/users/reader/photo/$value",
        content=big,
        headers={**WRITE, "Content-Type": "image/jpeg"},
    )
    assert put.status_code == 200, put.text
    size = len(httpx.get(f"{server.url}/beta/users/reader/photo/$value", headers=WRITE).content)
    with socket.socket() as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)  # before connecting
        sock.connect(("127.0.0.1", server.port))
        port = sock.getsockname()[1]
        sock.sendall(
            request_head(
                "/beta/users/reader/photo/$value", "Host: 127.0.0.1", f"Authorization: {AUTH}"
            )
        )
        time.sleep(3)  # reads nothing for longer than the send timeout (1 s)
        received = 0
        sock.settimeout(5)
        try:
            while piece := sock.recv(65536):
                received += len(piece)
        except ConnectionResetError:
            pass
    assert size > 6 * 1024 * 1024
    assert received < size  # dropped before the whole photo was sent
    assert f"dropped 127.0.0.1:{port}: it read nothing for 1s" in server.log.read_text()


def test_a_client_gone_mid_upload_is_logged_as_499_not_as_an_error(server: LiveServer) -> None:
    with connect(server) as sock:
        sock.sendall(
            request_head(
                "/beta/users/leaver/photo/$value",
                "Host: 127.0.0.1",
                f"Authorization: {AUTH}",
                "Content-Type: image/jpeg",
                "Content-Length: 100000",
                "client-request-id: leaver-1",
                method="PUT",
            )
            + b"\xff\xd8\xff"
            + b"x" * 1000
        )
        time.sleep(0.2)
    line = wait_for_log_line(server.log, "leaver-1")
    assert line["status"] == 499
    assert line["operation"] == "users.put_photo_content"
    assert line["caller"] == "u1"
    assert "Traceback" not in server.log.read_text()


def test_every_refusal_is_logged_and_counted_with_its_operation(server: LiveServer) -> None:
    response = httpx.put(
        f"{server.url}/beta/users/big/photo/$value",
        content=b"x" * (4 * 1024 * 1024 + 1),
        headers={**WRITE, "Content-Type": "image/jpeg", "client-request-id": "big-1"},
    )
    assert response.status_code == 413
    line = wait_for_log_line(server.log, "big-1")
    assert (line["status"], line["operation"]) == (413, "users.put_photo_content")
    metrics = httpx.get(f"{server.url}/metrics").text
    assert 'operation="users.put_photo_content",status="413"' in metrics


def test_connections_over_the_limit_get_503_with_retry_after(server: LiveServer) -> None:
    idle = [connect(server) for _ in range(40)]
    try:
        time.sleep(0.2)
        with connect(server) as sock:
            sock.sendall(request_head("/health", "Host: 127.0.0.1"))
            status, headers, body = read_answer(sock)
    finally:
        for sock in idle:
            sock.close()
    assert (status, error_code(body)) == (503, "serviceNotAvailable")
    assert headers["retry-after"] == "1"


def wait_for_log_line(log: Path, client_request_id: str) -> dict[str, object]:
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        for line in log.read_text().splitlines():
            if line.startswith("{") and f'"{client_request_id}"' in line:
                parsed: dict[str, object] = json.loads(line)
                return parsed
        time.sleep(0.05)
    raise AssertionError(f"no access-log line for {client_request_id}:\n{log.read_text()}")

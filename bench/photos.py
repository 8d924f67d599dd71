"""`make bench`: upload and size-serving timings of a real server, and its peak memory.

Starts `graph-photos serve` on a free loopback port with a fresh SQLite database, then for a
1 MB and a 4 MB JPEG measures: sequential uploads (PUT $value), reading every standard size
(GET /photos/{size}/$value), downloading the photo, and 16 concurrent uploads; then the memory
of a `$batch` answer, and of 8 concurrent uploads of 49-megapixel photos. Reports latency
percentiles, the server's CPU time per request (from /proc, steadier than wall time on a noisy
machine) and its peak RSS (VmHWM). Traffic goes to 127.0.0.1 only; every loop is bounded.
"""

from __future__ import annotations

import argparse
import asyncio
import io
import json
import os
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
from PIL import Image

from graph_photos import Settings
from graph_photos.domain.images import STANDARD_SIZES
from graph_photos.identity.jwt import mint_token
from tests.fixtures.images import encode, png16_rgba, png_declaring
from tests.live_server import LiveServer, start_server

SECRET = "bench-secret-" + "0123456789abcdef" * 4
_TICKS = os.sysconf("SC_CLK_TCK")


def jpeg(width: int, height: int, quality: int) -> bytes:
    base = Image.linear_gradient("L").resize((width, height)).convert("RGB")
    noise = Image.effect_noise((width, height), 40).convert("RGB")
    out = io.BytesIO()
    Image.blend(base, noise, 0.35).save(out, "JPEG", quality=quality)
    return out.getvalue()


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / _TICKS  # utime + stime


def rss_mb(pid: int, field: str) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    return 0.0


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def measure(
    server: LiveServer,
    label: str,
    count: int,
    call: Callable[[int], httpx.Response],
    expect: int = 200,
) -> dict[str, Any]:
    pid = server.process.pid
    cpu_before = cpu_seconds(pid)
    latencies = []
    started = time.perf_counter()
    for i in range(count):
        t0 = time.perf_counter()
        response = call(i)
        latencies.append((time.perf_counter() - t0) * 1000)
        if response.status_code != expect:
            raise RuntimeError(f"{label}: {response.status_code} {response.text[:200]}")
    wall = time.perf_counter() - started
    return {
        "case": label,
        "requests": count,
        "req_per_s": count / wall,
        "p50_ms": statistics.median(latencies),
        "p99_ms": percentile(latencies, 99),
        "cpu_ms_per_req": (cpu_seconds(pid) - cpu_before) * 1000 / count,
        "peak_rss_mb": rss_mb(pid, "VmHWM"),
    }


async def concurrent_uploads(
    server: LiveServer, headers: dict[str, str], data: bytes, n: int
) -> dict[str, Any]:
    pid = server.process.pid
    cpu_before = cpu_seconds(pid)
    started = time.perf_counter()
    async with httpx.AsyncClient(base_url=server.url, headers=headers, timeout=120) as client:
        responses = await asyncio.gather(
            *(
                client.put(f"/beta/users/writer{i}@contoso.com/photo/$value", content=data)
                for i in range(n)
            )
        )
    wall = time.perf_counter() - started
    assert all(r.status_code == 200 for r in responses), [r.status_code for r in responses]
    return {
        "case": f"{n} concurrent uploads",
        "requests": n,
        "req_per_s": n / wall,
        "p50_ms": wall * 1000,
        "p99_ms": wall * 1000,
        "cpu_ms_per_req": (cpu_seconds(pid) - cpu_before) * 1000 / n,
        "peak_rss_mb": rss_mb(pid, "VmHWM"),
    }


ADVERSARIAL_SIDE = 7000  # 49 megapixels, under the 50,000,000 a photo may have


def adversarial_photos() -> dict[str, bytes]:
    """Photos of 49 megapixels (a WebP of 24.5), each under 1 MB: what costs the most memory
    per byte sent."""
    side = ADVERSARIAL_SIDE
    gradient = Image.linear_gradient("L").resize((side, side)).convert("RGB")
    frames = [Image.new("P", (side, side), colour) for colour in (1, 2)]
    gif = io.BytesIO()
    frames[0].save(gif, "GIF", save_all=True, append_images=frames[1:], duration=100)
    # A WebP may have half as many pixels (its decoding takes twice the memory): the most it may.
    webp = io.BytesIO()
    webp_side = int((side * side / 2) ** 0.5)
    Image.new("RGB", (webp_side, webp_side), (10, 20, 30)).save(webp, "WEBP", quality=50)
    return {
        "JPEG": encode(gradient, "JPEG", quality=75),
        "16-bit RGBA PNG": png16_rgba(side, side),
        "animated GIF": gif.getvalue(),
        "WebP": webp.getvalue(),
    }


def adversarial_uploads(tmp: Path, headers: dict[str, str]) -> dict[str, Any]:
    """8 concurrent uploads of 49-megapixel photos, two of each format, on a fresh server: its
    peak resident memory (issue 25's bound: under 600 MB)."""
    photos = adversarial_photos()
    server = start_server(tmp / "adversarial", {"PHOTOS_JWT_SECRET": SECRET})
    try:
        pid = server.process.pid
        idle = rss_mb(pid, "VmRSS")

        async def upload_all() -> list[httpx.Response]:
            async with httpx.AsyncClient(base_url=server.url, headers=headers, timeout=300) as c:
                return await asyncio.gather(
                    *(
                        c.put(f"/beta/users/adversary{i}@contoso.com/photo/$value", content=data)
                        for i, data in enumerate(list(photos.values()) * 2)
                    )
                )

        started = time.perf_counter()
        responses = asyncio.run(upload_all())
        wall = time.perf_counter() - started
        assert all(r.status_code == 200 for r in responses), [r.text for r in responses]
        peak = rss_mb(pid, "VmHWM")
    finally:
        server.stop()
    return {
        "case": "8 concurrent 49 MP uploads",
        "requests": len(responses),
        "req_per_s": len(responses) / wall,
        "peak_rss_mb": peak,
        "peak_growth_mb": peak - idle,
    }


def reset_peak_rss(pid: int) -> None:
    """Start the process's VmHWM afresh from its current RSS (Linux: clear_refs 5)."""
    Path(f"/proc/{pid}/clear_refs").write_text("5")


def batch_memory(tmp: Path, headers: dict[str, str], photo: bytes) -> dict[str, Any]:
    """A `$batch` of 20 `$value` reads of the largest photo, on a server of its own: how much
    its peak resident memory grows while it answers, against the size of the answer."""
    server = start_server(tmp / "batch-data", {"PHOTOS_JWT_SECRET": SECRET})
    try:
        pid = server.process.pid
        with httpx.Client(base_url=server.url, headers=headers, timeout=120) as client:
            owner = "/v1.0/users/largest@contoso.com/photo/$value"
            client.put(owner, content=photo).raise_for_status()
            stored = len(client.get(owner).content)
            requests = [
                {"id": str(n), "method": "GET", "url": owner.removeprefix("/v1.0")}
                for n in range(20)
            ]
            before = rss_mb(pid, "VmRSS")
            reset_peak_rss(pid)
            cpu_before = cpu_seconds(pid)
            started = time.perf_counter()
            answered = 0
            with client.stream(
                "POST",
                "/v1.0/$batch",
                json={"requests": requests},
                headers={"Content-Type": "application/json"},
            ) as response:
                response.raise_for_status()
                for piece in response.iter_raw():
                    answered += len(piece)
            wall = time.perf_counter() - started
            growth = rss_mb(pid, "VmHWM") - before
            cpu_ms = (cpu_seconds(pid) - cpu_before) * 1000
    finally:
        server.stop()
    return {
        "case": f"$batch of 20 $value reads ({stored / 2**20:.1f} MiB each)",
        "requests": 1,
        "req_per_s": 1 / wall,
        "p50_ms": wall * 1000,
        "p99_ms": wall * 1000,
        "cpu_ms_per_req": cpu_ms,
        "answer_mb": answered / 2**20,
        "peak_growth_mb": growth,
        "peak_growth_of_answer": growth / (answered / 2**20),
    }


def run(rounds: int) -> list[dict[str, Any]]:
    photos = {"1 MB": jpeg(2000, 1500, 87), "4 MB": jpeg(4000, 3000, 85)}
    token = mint_token(
        Settings(jwt_secret=SECRET), subject="bench", scopes=["ProfilePhoto.ReadWrite.All"]
    )
    headers = {"Authorization": f"Bearer {token}", "Content-Type": "image/jpeg"}
    results: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="graph-photos-bench-") as tmp:
        server = start_server(Path(tmp) / "data", {"PHOTOS_JWT_SECRET": SECRET})
        try:
            idle = rss_mb(server.process.pid, "VmRSS")
            results.append({"case": "idle server", "peak_rss_mb": idle})
            with httpx.Client(base_url=server.url, headers=headers, timeout=120) as client:
                # First, so that the peak RSS after it shows what a decompression bomb costs.
                results.append(
                    measure(
                        server,
                        "bomb PNG 100000x100000 -> 400",
                        rounds,
                        lambda _i: client.put(
                            "/beta/users/bomb@contoso.com/photo/$value",
                            content=png_declaring(100_000, 100_000),
                        ),
                        expect=400,
                    )
                )
                for name, data in photos.items():
                    owner = f"/beta/users/{name.replace(' ', '')}@contoso.com"
                    size_mb = len(data) / 2**20
                    results.append(
                        measure(
                            server,
                            f"upload {name} ({size_mb:.1f} MiB)",
                            rounds,
                            lambda _i, o=owner, d=data: client.put(f"{o}/photo/$value", content=d),
                        )
                    )
                    results.append(
                        measure(
                            server,
                            f"GET $value {name}",
                            rounds * 5,
                            lambda _i, o=owner: client.get(f"{o}/photo/$value"),
                        )
                    )
                    results.append(
                        measure(
                            server,
                            f"GET each size $value ({name} source)",
                            rounds * 5 * len(STANDARD_SIZES),
                            lambda i, o=owner: client.get(
                                f"{o}/photos/{STANDARD_SIZES[i % len(STANDARD_SIZES)]}x"
                                f"{STANDARD_SIZES[i % len(STANDARD_SIZES)]}/$value"
                            ),
                        )
                    )
            results.append(asyncio.run(concurrent_uploads(server, headers, photos["4 MB"], 16)))
        finally:
            server.stop()
        results.append(batch_memory(Path(tmp), headers, photos["4 MB"]))
        results.append(adversarial_uploads(Path(tmp), headers))
    return results


_COLUMNS = (
    ("req/s", "req_per_s", 8, 1),
    ("p50 ms", "p50_ms", 8, 1),
    ("p99 ms", "p99_ms", 8, 1),
    ("CPU ms/req", "cpu_ms_per_req", 10, 1),
    ("peak RSS MB", "peak_rss_mb", 11, 0),
    ("answer MB", "answer_mb", 9, 1),
    ("peak +MB", "peak_growth_mb", 8, 1),
)


def print_table(results: list[dict[str, Any]]) -> None:
    print(f"{'case':48} " + " ".join(f"{title:>{width}}" for title, _, width, _ in _COLUMNS))
    for row in results:
        cells = [
            f"{row[key]:>{width}.{digits}f}" if key in row else " " * width
            for _, key, width, digits in _COLUMNS
        ]
        print(f"{row['case']:48} " + " ".join(cells))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=10, help="uploads per photo (default 10)")
    parser.add_argument("--json", type=Path, default=Path("reports/bench-photos.json"))
    args = parser.parse_args()
    results = run(args.rounds)
    print_table(results)
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(
        json.dumps(
            {"machine": os.uname().nodename, "cores": os.cpu_count(), "results": results}, indent=2
        )
    )
    print(f"\nwritten to {args.json}")


if __name__ == "__main__":
    main()

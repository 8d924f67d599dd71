"""`make bench` (throughput): this service against its floor and a peer, under wrk on loopback.

All servers run at once (one uvicorn worker each) and take turns on each case, `--rounds` times
(each server keeps its best round), so a slow minute on this shared machine does not fall on one
server only. For each case wrk drives 32 connections for a few seconds: create (POST /photo, a
new user each time), metadata (GET /photo), download (GET $value of a 1 MB photo), revalidation
(GET $value with a matching If-None-Match: 304), and uploads of 1 MB and 4 MB (PUT $value, 4
connections), and the realistic read: each request a random one of 1,000 people's photos
(metadata or `$value`) with a random one of 300 callers' tokens, so whole answers are rarely
asked for twice. Servers:

- service: `graph-photos serve` as users run it, access log on (connexion, validation, JWT,
  permissions, envelopes, metrics, the read cache);
- service-2w: the same with `--workers 2` (CPU summed over its processes);
- floor:   bench/floor_app.py, plain Starlette doing the same storage and image work (the
  project floor: no read cache, every read goes to SQLite);
- bare:    bench/bare_app.py, plain Starlette answering from a dict (the bare floor);
- prism:   Stoplight Prism mocking spec/openapi.yaml (answers from the examples, stores nothing);
- baseline: `graph-photos serve` of another commit (`--baseline REF`, e.g. the release before),
  run from a copy of that commit's tree, to measure a change against it in the same run.

Reported per case: requests/s, p50/p99 latency, server CPU ms per request (from /proc, steadier
than requests/s on a noisy machine), peak RSS, and the service's ratios to floor and Prism, by
requests/s and by CPU per request.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

from bench.photos import SECRET, cpu_seconds, jpeg, rss_mb
from graph_photos import Settings
from graph_photos.identity.jwt import mint_token
from tests.live_server import free_port

ROOT = Path(__file__).resolve().parent.parent
PEERS = ("baseline", "floor", "bare", "prism")


@dataclass(frozen=True)
class Case:
    name: str
    method: str
    path: str
    connections: int = 32
    body_file: str | None = None
    headers: tuple[tuple[str, str], ...] = ()
    unique_user: bool = False
    # Servers that do not serve the case (the project floor has no $batch).
    not_on: tuple[str, ...] = ()
    # Each request a random one of POPULATION people's photo (metadata or $value, half each)
    # with a random one of CALLERS' tokens: the realistic read, rarely the same twice.
    random_reads: bool = False


LUA = """
local counter = 0
local run_id = "{run_id}"
wrk.method = "{method}"
{headers}
{body}
request = function()
  local path = "{path}"
  {unique}
  return wrk.format(nil, path)
end
"""


POPULATION = 1000
CALLERS = 300

RANDOM_READS_LUA = """
math.randomseed({seed})
wrk.method = "GET"
local tokens = {{ {tokens} }}
request = function()
  local person = math.random({population})
  local path = "{prefix}/users/people" .. person .. "@contoso.com/photo"
  if math.random(2) == 2 then path = path .. "/$value" end
  wrk.headers["Authorization"] = "Bearer " .. tokens[math.random(#tokens)]
  return wrk.format(nil, path)
end
"""


def caller_tokens() -> list[str]:
    """One token each for CALLERS different callers (apps and users), all allowed to read."""
    settings = Settings(jwt_secret=SECRET)
    return [
        mint_token(settings, subject=f"caller{n}", scopes=["ProfilePhoto.Read.All"])
        for n in range(CALLERS)
    ]


def lua(case: Case, headers: dict[str, str]) -> str:
    if case.random_reads:
        prefix = case.path.removesuffix(RANDOM_READS)
        return RANDOM_READS_LUA.format(
            seed=uuid.uuid4().int % 2**31,
            tokens=", ".join(f'"{token}"' for token in caller_tokens()),
            population=POPULATION,
            prefix=prefix,
        )
    all_headers = {**headers, **dict(case.headers)}
    return LUA.format(
        # wrk's Lua random is not seeded: a fresh id per run keeps created users new.
        run_id=uuid.uuid4().hex[:12],
        method=case.method,
        headers="\n".join(f'wrk.headers["{k}"] = "{v}"' for k, v in all_headers.items()),
        body=(
            f'local f = io.open("{case.body_file}", "rb"); wrk.body = f:read("*a"); f:close()'
            if case.body_file
            else ('wrk.body = \'{"height": 96, "width": 96}\'' if case.method == "POST" else "")
        ),
        path=case.path,
        unique=(
            "counter = counter + 1; "
            'path = string.gsub(path, "USER", "u" .. run_id .. "x" .. counter)'
            if case.unique_user
            else ""
        ),
    )


def parse_wrk(output: str) -> dict[str, float]:
    def ms(value: str) -> float:
        number, unit = re.match(r"([\d.]+)(\w+)", value).groups()  # type: ignore[union-attr]
        return float(number) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]

    result = {
        "req_per_s": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),  # type: ignore[union-attr]
        "requests": float(re.search(r"(\d+) requests in", output).group(1)),  # type: ignore[union-attr]
        "p50_ms": ms(re.search(r"\s50%\s+(\S+)", output).group(1)),  # type: ignore[union-attr]
        "p99_ms": ms(re.search(r"\s99%\s+(\S+)", output).group(1)),  # type: ignore[union-attr]
    }
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    result["non_2xx"] = float(errors.group(1)) if errors else 0.0
    return result


def wait_until_up(url: str, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{url}: exited with {process.returncode}")
        try:
            httpx.get(url, timeout=1)
            return
        except httpx.HTTPError:
            time.sleep(0.2)
    raise RuntimeError(f"{url} did not come up")


def checkout(ref: str, into: Path) -> Path:
    """A copy of the tree of commit `ref` (for the baseline server)."""
    into.mkdir(parents=True)
    archive = subprocess.run(
        ["git", "archive", "--format=tar", ref], cwd=ROOT, capture_output=True, check=True
    ).stdout
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive, check=True)
    return into


def start(
    kind: str, data_dir: Path, baseline_tree: Path | None = None
) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    # An open directory: the cases write to users they name (a new one per create), which the
    # service then creates, resolving every request's user as it always does.
    env = {
        **os.environ,
        "PHOTOS_DATA_DIR": str(data_dir),
        "PHOTOS_JWT_SECRET": SECRET,
        "PHOTOS_DIRECTORY": "open",
    }
    data_dir.mkdir(parents=True, exist_ok=True)
    log = (data_dir.parent / f"{kind}.log").open("wb")
    cwd = ROOT
    if kind == "baseline":
        # `python -m` puts the working directory first on sys.path: the copy's code is served.
        assert baseline_tree is not None, "--baseline REF names the commit to compare with"
        cwd = baseline_tree
    if kind in ("service", "service-2w", "baseline"):
        # The default logging: the access log on, as users run it.
        command = [sys.executable, "-m", "graph_photos.cli", "serve", "--port", str(port)]
        if kind == "service-2w":
            command += ["--workers", "2"]
        probe, prefix = f"http://127.0.0.1:{port}/health", "/beta"
    elif kind in ("floor", "bare"):
        command = [
            sys.executable,
            "-m",
            "uvicorn",
            f"bench.{kind}_app:app",
            "--port",
            str(port),
            "--log-level",
            "warning",
            "--no-access-log",
        ]
        probe, prefix = f"http://127.0.0.1:{port}/beta/users/x/photo", "/beta"
    else:
        command = [
            str(ROOT / "node_modules/.bin/prism"),
            "mock",
            str(ROOT / "spec/openapi.yaml"),
            "-p",
            str(port),
            "-h",
            "127.0.0.1",
            "--errors",
        ]
        # Prism serves the spec's paths without the server's base path.
        probe, prefix = f"http://127.0.0.1:{port}/users/x/photo", ""
    process = subprocess.Popen(command, cwd=cwd, env=env, stdout=log, stderr=subprocess.STDOUT)
    wait_until_up(probe, process)
    return process, f"http://127.0.0.1:{port}{prefix}"


def run_case(
    base: str, pid: int, case: Case, headers: dict[str, str], seconds: int, workdir: Path
) -> dict[str, Any]:
    origin, _, prefix = base.partition("/beta")
    script = workdir / "case.lua"
    script.write_text(lua(Case(**{**case.__dict__, "path": _ + prefix + case.path}), headers))
    cpu_before = tree_cpu_seconds(pid)
    output = subprocess.run(
        [
            "wrk",
            "-t1",
            f"-c{case.connections}",
            f"-d{seconds}s",
            "--latency",
            "-s",
            str(script),
            origin,
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    result = parse_wrk(output)
    result["cpu_ms_per_req"] = (
        (tree_cpu_seconds(pid) - cpu_before) * 1000 / max(result["requests"], 1)
    )
    result["peak_rss_mb"] = rss_mb(pid, "VmHWM")
    return result


def tree_cpu_seconds(pid: int) -> float:
    """CPU seconds of `pid` and the processes it started (a server's workers)."""
    total = cpu_seconds(pid)
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            parent = int(stat.read_text().rsplit(")", 1)[1].split()[1])
        except (OSError, ValueError, IndexError):
            continue
        if parent == pid:
            total += tree_cpu_seconds(int(stat.parent.name))
    return total


BATCH_ITEMS = 20
SMALL_PHOTO = "/users/small@contoso.com/photo/$value"
RANDOM_READS = "/(random people)"


def batch_body(items: int = BATCH_ITEMS) -> bytes:
    """A `$batch` of `items` reads of the small photo's bytes (what the Graph Toolkit sends)."""
    requests = [{"id": str(n), "method": "GET", "url": SMALL_PHOTO} for n in range(items)]
    return json.dumps({"requests": requests}).encode()


def prepare(base: str, headers: dict[str, str], photo_1mb: bytes) -> str:
    """Store the photos the read cases read (POPULATION people's small ones among them); the
    large one's ETag."""
    small = jpeg(96, 96, 85)
    with httpx.Client(headers={**headers, "Content-Type": "image/jpeg"}, timeout=60) as client:
        for person in range(1, POPULATION + 1):
            client.put(f"{base}/users/people{person}@contoso.com/photo/$value", content=small)
    httpx.put(
        f"{base}{SMALL_PHOTO}",
        content=jpeg(96, 96, 85),
        headers={**headers, "Content-Type": "image/jpeg"},
        timeout=60,
    )
    response = httpx.put(
        f"{base}/users/reader@contoso.com/photo/$value",
        content=photo_1mb,
        headers={**headers, "Content-Type": "image/jpeg"},
        timeout=60,
    )
    return str(response.headers.get("etag") or response.json().get("@odata.mediaEtag", '"x"'))


def cases(etag: str, files: dict[str, Path]) -> list[Case]:
    return [
        Case(
            "POST /photo (create)",
            "POST",
            "/users/USER@contoso.com/photo",
            headers=(("Content-Type", "application/json"),),
            unique_user=True,
        ),
        Case("GET /photo", "GET", "/users/reader@contoso.com/photo"),
        Case("GET $value (1 MB)", "GET", "/users/reader@contoso.com/photo/$value"),
        Case(
            "GET $value If-None-Match (304)",
            "GET",
            "/users/reader@contoso.com/photo/$value",
            headers=(("If-None-Match", etag.replace('"', '\\"')),),
        ),
        Case("GET $value small (96x96)", "GET", SMALL_PHOTO),
        Case(
            "GET random people's photos",
            "GET",
            RANDOM_READS,
            random_reads=True,
        ),
        Case(
            f"POST $batch ({BATCH_ITEMS} small $value)",
            "POST",
            "/$batch",
            body_file=str(files["batch"]),
            headers=(("Content-Type", "application/json"),),
            not_on=("floor",),
        ),
        Case(
            "PUT $value 1 MB",
            "PUT",
            "/users/writer@contoso.com/photo/$value",
            connections=4,
            body_file=str(files["1mb"]),
            headers=(("Content-Type", "image/jpeg"),),
        ),
        Case(
            "PUT $value 4 MB",
            "PUT",
            "/users/writer@contoso.com/photo/$value",
            connections=4,
            body_file=str(files["4mb"]),
            headers=(("Content-Type", "image/jpeg"),),
        ),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=5)
    parser.add_argument(
        "--rounds", type=int, default=2, help="runs of each case per server; the best is kept"
    )
    parser.add_argument("--servers", default="service,service-2w,floor,bare,prism")
    parser.add_argument(
        "--baseline", metavar="REF", help="also serve commit REF as server 'baseline' and compare"
    )
    parser.add_argument("--json", type=Path, default=ROOT / "reports" / "bench-throughput.json")
    parser.add_argument(
        "--cases",
        default="",
        help="only the cases whose name contains one of these (comma-separated)",
    )
    args = parser.parse_args()
    wanted = [part for part in args.cases.split(",") if part]

    token = mint_token(
        Settings(jwt_secret=SECRET), subject="bench", scopes=["ProfilePhoto.ReadWrite.All"]
    )
    headers = {"Authorization": f"Bearer {token}"}
    results: dict[str, dict[str, Any]] = {}
    servers: dict[str, tuple[subprocess.Popen[bytes], str, list[Case]]] = {}
    with tempfile.TemporaryDirectory(prefix="graph-photos-throughput-") as tmp:
        workdir = Path(tmp)
        files = {"1mb": workdir / "1mb.jpg", "4mb": workdir / "4mb.jpg"}
        files["1mb"].write_bytes(jpeg(2000, 1500, 87))
        files["4mb"].write_bytes(jpeg(4000, 3000, 85))
        files["batch"] = workdir / "batch.json"
        files["batch"].write_bytes(batch_body())
        kinds = args.servers.split(",")
        baseline_tree = None
        if args.baseline:
            baseline_tree = checkout(args.baseline, workdir / "baseline-tree")
            kinds.insert(1, "baseline")
        try:
            for kind in kinds:
                process, base = start(kind, workdir / kind / "data", baseline_tree)
                servers[kind] = (process, base, [])
                etag = prepare(base, headers, files["1mb"].read_bytes())
                servers[kind][2].extend(
                    case
                    for case in cases(etag, files)
                    if not wanted or any(part in case.name for part in wanted)
                )
            # Servers take turns on each case, so that a slower minute of this shared machine
            # does not land on one server only; each keeps its best of the rounds.
            for index, name in enumerate(case.name for case in next(iter(servers.values()))[2]):
                for _round in range(args.rounds):
                    for kind, (process, base, server_cases) in servers.items():
                        if kind in server_cases[index].not_on:
                            continue
                        row = run_case(
                            base, process.pid, server_cases[index], headers, args.seconds, workdir
                        )
                        best = results.setdefault(name, {}).get(kind)
                        if best is None or row["req_per_s"] > best["req_per_s"]:
                            results[name][kind] = row
        finally:
            for process, _base, _cases in servers.values():
                process.terminate()
                process.wait(30)
    print_report(results)
    args.json.parent.mkdir(parents=True, exist_ok=True)
    report = {"cores": os.cpu_count(), "baseline": args.baseline, "results": results}
    args.json.write_text(json.dumps(report, indent=2))
    print(f"\nwritten to {args.json}")


_COLUMNS = (
    ("req/s", "req_per_s", 8, 0),
    ("p50 ms", "p50_ms", 7, 2),
    ("p99 ms", "p99_ms", 7, 2),
    ("CPU ms", "cpu_ms_per_req", 7, 2),
    ("RSS MB", "peak_rss_mb", 7, 0),
    ("non-2xx", "non_2xx", 7, 0),
)


def batch_ratio(results: dict[str, dict[str, Any]], kind: str = "service") -> float | None:
    """Server CPU of one batch of 20 reads over that of 20 separate reads (same run)."""
    batch = results.get(f"POST $batch ({BATCH_ITEMS} small $value)", {}).get(kind)
    alone = results.get("GET $value small (96x96)", {}).get(kind)
    if not batch or not alone or not alone["cpu_ms_per_req"] or batch["non_2xx"]:
        return None
    return float(batch["cpu_ms_per_req"]) / (BATCH_ITEMS * float(alone["cpu_ms_per_req"]))


def print_report(results: dict[str, dict[str, Any]]) -> None:
    print(f"{'case':34} {'server':8} " + " ".join(f"{t:>{w}}" for t, _, w, _ in _COLUMNS))
    for case, servers in results.items():
        for kind, row in servers.items():
            cells = " ".join(f"{row[key]:>{w}.{d}f}" for _, key, w, d in _COLUMNS)
            print(f"{case:34} {kind:8} {cells}")
        for ours in ("service", "service-2w"):
            service = servers.get(ours)
            peers = [p for p in PEERS if service and servers.get(p, {}).get("req_per_s")]
            if not service or not peers:
                continue
            by_rate = ", ".join(
                f"{service['req_per_s'] / servers[p]['req_per_s']:.2f}x {p}" for p in peers
            )
            by_cpu = ", ".join(
                f"{servers[p]['cpu_ms_per_req'] / service['cpu_ms_per_req']:.2f}x {p}"
                for p in peers
                if service["cpu_ms_per_req"]
            )
            print(f"{'':34} {ours} = {by_rate} (req/s); {by_cpu} (CPU per request)")
    ratio = batch_ratio(results)
    if ratio is not None:
        print(
            f"\n$batch of {BATCH_ITEMS} small $value reads: {ratio:.2f}x the server CPU of "
            f"{BATCH_ITEMS} separate reads (target: at most 0.70x)"
        )


if __name__ == "__main__":
    main()

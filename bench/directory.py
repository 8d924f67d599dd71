"""`make bench` (directory): finding people in a tenant of 100,000 users, on SQLite and PostgreSQL.

For each store: `graph-photos directory generate` makes the synthetic tenant (timed), then
`graph-photos serve` answers, under wrk with 8 connections for a few seconds each, the queries
clients send when they look someone up, each request a random prefix of a given name or
surname (1 to 4 letters) with a random one of 200 users' tokens:

- search:     GET /v1.0/users?$search="displayName:{p}" OR "mail:{p}"&$count=true&$top=10
              (ConsistencyLevel: eventual; the Graph Toolkit's people picker sends this)
- startswith: GET /v1.0/users?$filter=startswith(displayName,'{p}')&$top=25
- count:      GET /v1.0/users/$count (ConsistencyLevel: eventual)
- people:     GET /v1.0/me/people?$search={p}&$top=10 (ranked by shared groups)
- walk:       every user of the tenant by $top=999 pages and @odata.nextLink (one client),
              checked: no id twice, none missing.

Reported: requests/s, p50/p95/p99 latency (wrk's own percentiles, from a `done` hook), errors.
Goal (issue 24): p95 at most 50 ms for the searches at 8 clients.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx

from bench.photos import SECRET
from bench.throughput import wait_until_up
from graph_photos import Settings
from graph_photos.directory.synthetic import GIVEN_NAMES, SCALE_TENANT, SURNAMES
from graph_photos.identity.jwt import mint_token
from tests.live_server import free_port

ROOT = Path(__file__).resolve().parent.parent
POSTGRES_ADMIN = os.environ.get(
    "PHOTOS_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/postgres"
)
BENCH_DATABASE = "graph_photos_bench_directory"
CALLERS = 200
PREFIXES = 400
SCOPES = ("User.Read.All", "People.Read.All", "GroupMember.Read.All")

LUA = """
math.randomseed({seed})
wrk.method = "GET"
local tokens = {{ {tokens} }}
local paths = {{ {paths} }}
{headers}
request = function()
  wrk.headers["Authorization"] = "Bearer " .. tokens[math.random(#tokens)]
  return wrk.format(nil, paths[math.random(#paths)])
end
done = function(summary, latency, requests)
  io.write(string.format("P50 %d\\nP95 %d\\nP99 %d\\nREQ %d\\nERR %d\\nNON2XX %d\\n",
    latency:percentile(50), latency:percentile(95), latency:percentile(99),
    summary.requests, summary.errors.connect + summary.errors.read + summary.errors.write
    + summary.errors.timeout, summary.errors.status))
end
"""


def prefixes(rng: random.Random) -> list[str]:
    """Random starts (1-4 letters) of the names people are called by: what is typed."""
    names = GIVEN_NAMES + SURNAMES
    return [
        name[: rng.choice((1, 2, 2, 3, 3, 3, 4, 4))].lower().replace("'", "")
        for name in (rng.choice(names) for _ in range(PREFIXES))
    ]


def cases(rng: random.Random) -> dict[str, tuple[list[str], dict[str, str]]]:
    """Each case: its paths (one picked per request) and its headers."""
    eventual = {"ConsistencyLevel": "eventual"}
    starts = prefixes(rng)
    return {
        "search": (
            [
                "/v1.0/users?$search="
                + quote(f'"displayName:{p}" OR "mail:{p}"')
                + "&$count=true&$top=10"
                for p in starts
            ],
            eventual,
        ),
        "startswith": (
            [
                "/v1.0/users?$filter=" + quote(f"startswith(displayName,'{p}')") + "&$top=25"
                for p in starts
            ],
            {},
        ),
        "count": (["/v1.0/users/$count"], eventual),
        "people": ([f"/v1.0/me/people?$search={quote(p)}&$top=10" for p in starts], {}),
    }


def environment(data_dir: Path, database_url: str | None) -> dict[str, str]:
    env = {**os.environ, "PHOTOS_DATA_DIR": str(data_dir), "PHOTOS_JWT_SECRET": SECRET}
    if database_url:
        env["PHOTOS_DATABASE_URL"] = database_url
    return env


def fresh_postgres() -> str:
    """An empty database for the run (dropped and made again)."""
    import psycopg

    with psycopg.connect(POSTGRES_ADMIN, autocommit=True) as connection:
        connection.execute(f"DROP DATABASE IF EXISTS {BENCH_DATABASE} WITH (FORCE)")
        connection.execute(f"CREATE DATABASE {BENCH_DATABASE}")
    return POSTGRES_ADMIN.rsplit("/", 1)[0] + "/" + BENCH_DATABASE


def generate(env: dict[str, str], users: int, groups: int) -> float:
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "graph_photos.cli", "directory", "generate",
         "--users", str(users), "--groups", str(groups)],
        env=env, cwd=ROOT, check=True, capture_output=True,
    )  # fmt: skip
    return time.perf_counter() - started


def walk(base: str, token: str, users: int) -> dict[str, Any]:
    """Every user by pages of 999: the ids, checked for repeats and gaps."""
    headers = {"Authorization": f"Bearer {token}"}
    seen: list[str] = []
    url: str | None = f"{base}/v1.0/users?$top=999&$select=id"
    pages = 0
    started = time.perf_counter()
    with httpx.Client(timeout=60) as client:
        while url:
            answer = client.get(url, headers=headers)
            answer.raise_for_status()
            body = answer.json()
            seen += [user["id"] for user in body["value"]]
            url = body.get("@odata.nextLink")
            pages += 1
    elapsed = time.perf_counter() - started
    unique = len(set(seen))
    return {
        "pages": pages,
        "seconds": round(elapsed, 2),
        "ms_per_page": round(elapsed * 1000 / pages, 1),
        "ids": len(seen),
        "repeated": len(seen) - unique,
        "missing": users - unique,
    }


def run_case(
    base: str, paths: list[str], headers: dict[str, str], tokens: list[str], seconds: int,
    clients: int, workdir: Path,
) -> dict[str, Any]:  # fmt: skip
    script = workdir / "case.lua"
    script.write_text(
        LUA.format(
            seed=random.randrange(2**31),
            tokens=", ".join(f'"{token}"' for token in tokens),
            paths=", ".join(json.dumps(path) for path in paths),
            headers="\n".join(f'wrk.headers["{k}"] = "{v}"' for k, v in headers.items()),
        )
    )
    output = subprocess.run(
        ["wrk", "-t1", f"-c{clients}", f"-d{seconds}s", "-s", str(script), base],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    numbers = dict(re.findall(r"^(P50|P95|P99|REQ|ERR|NON2XX) (\d+)$", output, re.M))
    rate = re.search(r"Requests/sec:\s+([\d.]+)", output)
    return {
        "req_per_s": float(rate.group(1)) if rate else 0.0,
        "p50_ms": int(numbers["P50"]) / 1000,
        "p95_ms": int(numbers["P95"]) / 1000,
        "p99_ms": int(numbers["P99"]) / 1000,
        "requests": int(numbers["REQ"]),
        "errors": int(numbers["ERR"]) + int(numbers["NON2XX"]),
    }


def user_ids(base: str, users: int) -> list[str]:
    token = mint_token(
        Settings(jwt_secret=SECRET), subject="bench", scopes=SCOPES, tenant_id=SCALE_TENANT
    )
    answer = httpx.get(
        f"{base}/v1.0/users?$top=999&$select=id",
        headers={"Authorization": f"Bearer {token}"},
        timeout=60,
    )
    answer.raise_for_status()
    return [user["id"] for user in answer.json()["value"]][:users]


def bench_store(store: str, args: argparse.Namespace, workdir: Path) -> dict[str, Any]:
    data_dir = workdir / store
    database_url = fresh_postgres() if store == "postgresql" else None
    env = environment(data_dir, database_url)
    result: dict[str, Any] = {"generate_s": round(generate(env, args.users, args.groups), 1)}
    if store == "sqlite":
        result["database_mb"] = round((data_dir / "photos.db").stat().st_size / 2**20)
    port = free_port()
    log = (workdir / f"{store}.log").open("wb")
    server = subprocess.Popen(
        [sys.executable, "-m", "graph_photos.cli", "serve", "--port", str(port),
         "--workers", str(args.workers)],
        cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(f"{base}/health", server)
        settings = Settings(jwt_secret=SECRET)
        callers = random.Random(2).sample(user_ids(base, 999), CALLERS)
        tokens = [
            mint_token(settings, subject=oid, scopes=SCOPES, tenant_id=SCALE_TENANT)
            for oid in callers
        ]
        result["walk"] = walk(base, tokens[0], args.users)
        for name, (paths, headers) in cases(random.Random(1)).items():
            result[name] = run_case(
                base, paths, headers, tokens, args.seconds, args.clients, workdir
            )
            print(f"  {store:10s} {name:10s} {result[name]}", flush=True)
    finally:
        server.terminate()
        server.wait(timeout=30)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=100_000)
    parser.add_argument("--groups", type=int, default=2_000)
    parser.add_argument("--seconds", type=int, default=5)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--workers", type=int, default=1, help="graph-photos serve --workers")
    parser.add_argument("--stores", default="sqlite,postgresql")
    parser.add_argument("--json", type=Path, default=ROOT / "reports" / "bench-directory.json")
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        raise SystemExit("wrk is not installed (make bench installs it)")
    results: dict[str, Any] = {
        "users": args.users, "groups": args.groups, "clients": args.clients,
        "workers": args.workers,
    }  # fmt: skip
    with tempfile.TemporaryDirectory(prefix="bench-directory-") as tmp:
        for store in args.stores.split(","):
            results[store] = bench_store(store, args, Path(tmp))
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(results, indent=2) + "\n")
    print_report(results)


def print_report(results: dict[str, Any]) -> None:
    print(
        f"\nFinding people: {results['users']} users, {results['clients']} clients, "
        f"{results['workers']} worker(s)"
    )
    columns = ("req/s", "p50 ms", "p95 ms", "p99 ms")
    print(f"{'store':12s}{'case':12s}" + "".join(f"{c:>9s}" for c in columns) + f"{'err':>5s}")
    for store in ("sqlite", "postgresql"):
        if store not in results:
            continue
        found = results[store]
        for case in ("search", "startswith", "count", "people"):
            r = found[case]
            print(
                f"{store:12s}{case:12s}{r['req_per_s']:9.0f}{r['p50_ms']:9.1f}"
                f"{r['p95_ms']:9.1f}{r['p99_ms']:9.1f}{r['errors']:5d}"
            )
        w = found["walk"]
        print(
            f"{store:12s}walk: {w['ids']} ids in {w['pages']} pages, {w['seconds']} s "
            f"({w['ms_per_page']} ms a page), {w['repeated']} repeated, {w['missing']} missing; "
            f"generated in {found['generate_s']} s"
        )


if __name__ == "__main__":
    main()

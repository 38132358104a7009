"""Portal latency: "My mentees" and a pairing page at 20 concurrent clients, PostgreSQL with 5,000 pairings.

``python -m benchmarks portal`` builds a throwaway server database (`server init`, 5,000 open pairings, meetings
and notes), starts ``portal serve`` as a process reading it through the portal role, and drives it from a second
process: 20 clients, each signed in with its own mentor's personal link, warmed up, then requesting back to back.
Prints one JSON object per page (p50, p95 and p99 in seconds; budget p95 ≤ 50 ms, DESIGN.md §10; throughput, CPU
per request of the portal, PostgreSQL and the load generator, load average) and exits 1 when over budget.
``--workers N`` is passed to ``portal serve``.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Sequence
from datetime import timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
BUDGET_P95 = 0.050
REFERENCE_P95 = 0.300  # the anchor: an admin dashboard's p95
PG_ADMIN = os.environ.get("MENTOR_TEST_PG", "postgresql://postgres@127.0.0.1:5432/postgres")


def _admin(sql: str) -> None:
    import psycopg

    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute(sql)  # type: ignore[arg-type]


def build(url: str, pairings: int, clients: int) -> list[dict[str, str]]:
    """Seed the server and issue one link per client; returns [{token, pairing}]."""
    from sqlalchemy import text

    from app.db import open_database
    from app.services.core.context import ServiceContext
    from app.services.pairings.meetings_notes import add_meeting, add_note
    from app.services.portal.links import issue_link
    from app.services.settings.catalogue import seed_catalogue
    from app.sync.server_setup import init_server
    from benchmarks._desktop_seed import seed_open_pairings

    init_server(url)
    db = open_database(url)
    ctx = ServiceContext(db=db, actor="benchmark", device_id=str(uuid.uuid4()))
    seed_catalogue(ctx)
    seed_open_pairings(ctx, pairings)
    rng = random.Random(20)
    with db.engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT mentor_id, min(id) AS pairing FROM mentor_pairings WHERE status = 'active' "
                "GROUP BY mentor_id HAVING count(*) = 3 ORDER BY mentor_id LIMIT :n"
            ),
            {"n": clients},
        ).all()
    plan = []
    now = ctx.now()
    for mentor_id, pairing_id in rows:
        for days in (-20, -6, 4, 11):
            add_meeting(ctx, pairing_id, now + timedelta(days=days, hours=rng.randint(0, 8)))
        for visibility in ("all", "mentor", "coordinator"):
            add_note(ctx, pairing_id, f"Benchmark note ({visibility})", visibility)
        token = issue_link(ctx, mentor_id).url.rsplit("/", 1)[1]
        plan.append({"token": token, "pairing": pairing_id})
    db.dispose()
    return plan


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def cpu_seconds(pids: list[int]) -> float:
    """User + system CPU of these processes, from /proc (one that has ended counts nothing)."""
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0.0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += (int(fields[11]) + int(fields[12])) / ticks  # utime, stime
    return total


def with_children(pid: int) -> list[int]:
    """A process and its children (uvicorn's worker processes)."""
    pids = [pid]
    for task in Path(f"/proc/{pid}/task").glob("*/children"):
        pids += [int(child) for child in task.read_text().split()]
    return pids


def portal_backends(database: str | None) -> list[int]:
    """The PostgreSQL server processes serving the portal's connections (on this machine, as in the benchmark)."""
    if not database:
        return []
    import psycopg

    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        rows = conn.execute(
            "SELECT pid FROM pg_stat_activity WHERE datname = %s AND usename = 'mentor_portal'", (database,)
        ).fetchall()
    return [int(pid) for (pid,) in rows]


def load(
    base: str, plan: list[dict[str, str]], requests: int, warmup: int, server_pid: int, database: str | None = None
) -> dict[str, Any]:
    """The load process: one thread and one keep-alive connection per client, requests back to back.

    Every client warms up (connection, session, the server's pool and caches) before all start together; the timed
    phase reports each request's latency, the wall time, and the CPU the server and this process spent in it.
    """
    import httpx

    results: dict[str, list[float]] = {"mentees": [], "pairing": []}
    lock = threading.Lock()
    warmed, start, end = (threading.Barrier(len(plan) + 1) for _ in range(3))

    def client(entry: dict[str, str]) -> None:
        with httpx.Client(base_url=base, follow_redirects=False, timeout=10) as http:
            assert http.get(f"/l/{entry['token']}").status_code == 303
            paths = {"mentees": "/mentees", "pairing": f"/pairings/{entry['pairing']}"}
            for _ in range(warmup):
                for path in paths.values():
                    assert http.get(path).status_code == 200
            warmed.wait()
            start.wait()
            mine: dict[str, list[float]] = {"mentees": [], "pairing": []}
            for i in range(requests):
                name = "mentees" if i % 2 == 0 else "pairing"
                began = time.perf_counter()
                response = http.get(paths[name])
                mine[name].append(time.perf_counter() - began)
                assert response.status_code == 200
            end.wait()
            with lock:
                for name, times in mine.items():
                    results[name] += times

    threads = [threading.Thread(target=client, args=(entry,)) for entry in plan]
    for thread in threads:
        thread.start()
    warmed.wait()
    servers, backends = with_children(server_pid), portal_backends(database)  # the warm-up opened the pool
    server_cpu, database_cpu = cpu_seconds(servers), cpu_seconds(backends)
    start.wait()
    began, own_cpu = time.perf_counter(), time.process_time()
    end.wait()
    wall = time.perf_counter() - began
    server_cpu, database_cpu = cpu_seconds(servers) - server_cpu, cpu_seconds(backends) - database_cpu
    own_cpu = time.process_time() - own_cpu
    load_average = os.getloadavg()[0]
    for thread in threads:
        thread.join()
    return {
        **results,
        "wall": wall,
        "server_cpu": server_cpu,
        "database_cpu": database_cpu,
        "load_cpu": own_cpu,
        "load_average": load_average,
    }


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks portal", description=__doc__.splitlines()[0])
    parser.add_argument("--pairings", type=int, default=5000)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--requests", type=int, default=200, help="requests per client (half of them each page)")
    parser.add_argument("--warmup", type=int, default=10, help="untimed requests per client and page first")
    parser.add_argument(
        "--workers", type=int, default=2, help="portal serve --workers (2: one per core, as docs/portal.md advises)"
    )
    parser.add_argument("--load", metavar="PLAN", help=argparse.SUPPRESS)  # the load process's entry
    parser.add_argument("--base", help=argparse.SUPPRESS)
    parser.add_argument("--server-pid", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--database", help=argparse.SUPPRESS)
    args = parser.parse_args(list(sys.argv[1:] if argv is None else argv))
    if args.load:
        plan = json.loads(Path(args.load).read_text())
        print(json.dumps(load(args.base, plan, args.requests, args.warmup, args.server_pid, args.database)))
        return 0

    name = f"mc_bench_portal_{uuid.uuid4().hex[:8]}"
    url = PG_ADMIN.rsplit("/", 1)[0] + "/" + name
    _admin(f'CREATE DATABASE "{name}"')
    server = None
    try:
        plan = build(url, args.pairings, args.clients)
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        workdir = Path(tempfile.mkdtemp(prefix="portal-bench-"))
        env = {**os.environ, "PYTHONPATH": str(ROOT), "MENTOR_CONFIG_DIR": str(workdir)}
        server = subprocess.Popen(
            [sys.executable, str(ROOT / "main.py"), "--db", url, "portal", "serve", "--port", str(port)]
            + (["--workers", str(args.workers)] if args.workers > 1 else []),
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        _wait_for(base, server)
        plan_file = workdir / "plan.json"
        plan_file.write_text(json.dumps(plan))
        done = subprocess.run(
            [sys.executable, "-m", "benchmarks.portal", "--load", str(plan_file), "--base", base,
             "--requests", str(args.requests), "--warmup", str(args.warmup),
             "--server-pid", str(server.pid), "--database", name],
            cwd=ROOT, env=env, capture_output=True, text=True, check=True,
        )  # fmt: skip
        results = json.loads(done.stdout)
    finally:
        if server is not None and server.poll() is None:
            server.send_signal(signal.SIGTERM)
            server.wait(timeout=30)
        _admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    ok = True
    total = len(results["mentees"]) + len(results["pairing"])
    shared = {
        "pairings": args.pairings,
        "clients": args.clients,
        "workers": args.workers,
        # Closed loop: each client sends its next request when the last one returns, so latency ≈ clients ÷
        # throughput; the CPU figures say where the two cores went (the load generator shares them with the server
        # and PostgreSQL).
        "throughput_per_second": round(total / results["wall"], 1),
        "server_cpu_ms_per_request": round(results["server_cpu"] * 1000 / total, 2),
        "postgres_cpu_ms_per_request": round(results["database_cpu"] * 1000 / total, 2),
        "load_generator_cpu_ms_per_request": round(results["load_cpu"] * 1000 / total, 2),
        "load_average_1min": round(results["load_average"], 2),
        "cores": os.cpu_count(),
    }
    for page, times in (("portal_my_mentees", results["mentees"]), ("portal_pairing_page", results["pairing"])):
        p95 = percentile(times, 0.95)
        record: dict[str, Any] = {
            "name": f"{page}_p95_{args.clients}_clients",
            "seconds": round(p95, 4),
            "p50_seconds": round(statistics.median(times), 4),
            "p95_seconds": round(p95, 4),
            "p99_seconds": round(percentile(times, 0.99), 4),
            "budget_seconds": BUDGET_P95,
            "ratio_vs_reference": round(p95 / REFERENCE_P95, 3),
            "within_budget": p95 <= BUDGET_P95,
            "samples": len(times),
            **shared,
        }
        ok = ok and record["within_budget"]
        print(json.dumps(record), flush=True)
    return 0 if ok else 1


def _wait_for(base: str, server: subprocess.Popen[bytes]) -> None:
    import httpx

    deadline = time.monotonic() + 30
    while True:
        try:
            httpx.get(base + "/", timeout=0.5)
            return
        except httpx.TransportError:
            if server.poll() is not None or time.monotonic() > deadline:
                raise SystemExit("the portal did not start") from None
            time.sleep(0.1)


if __name__ == "__main__":
    sys.exit(main())

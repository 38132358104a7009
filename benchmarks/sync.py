"""Sync budgets (DESIGN.md §10): push 10,000 changed rows, pull them into a fresh desktop, a no-op sync.

Prints one JSON object per line and exits 1 when a figure misses its budget. Runs in process against the local
PostgreSQL (`MENTOR_TEST_PG`, default postgresql://postgres@127.0.0.1:5432/postgres) on a throwaway database, with
SQLite desktops in a temporary folder. Two shapes of "10,000 changed rows": one bulk transaction (an import of
10,000 people), and 10,000 edits in 1,000 separate transactions (a busy week). Also times `sync` as a command
started from the shell (process start included), which is what a coordinator or a scheduler feels.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Sequence
from pathlib import Path

import psycopg

from app.db import open_database, upgrade_database
from app.installation import Installation
from app.models import Person
from app.services.core.context import ServiceContext
from app.services.settings.catalogue import seed_catalogue
from app.sync.engine import run_sync
from app.sync.server_setup import init_server
from benchmarks._budget import figure

ADMIN = os.environ.get("MENTOR_TEST_PG", "postgresql://postgres@127.0.0.1:5432/postgres")
BUDGETS = {"push_10000_rows": 10.0, "pull_10000_rows": 10.0, "noop_sync": 0.2, "push_10000_rows_in_1000_edits": 10.0}
ROOT = Path(__file__).resolve().parent.parent


def desktop(folder: Path, name: str) -> ServiceContext:
    url = f"sqlite:///{folder / name}.db"
    upgrade_database(url)
    installation = Installation(folder / f"{name}.json")
    db = open_database(url)
    ctx = ServiceContext(db=db, actor=name, device_id=installation.device_id, installation=installation)
    seed_catalogue(ctx)
    return ctx


def people(ctx: ServiceContext, count: int) -> list[str]:
    """`count` people in one journaled transaction, as an import makes them."""
    ids = []
    with ctx.transaction() as session:
        for index in range(count):
            person = Person(
                id=str(uuid.uuid4()), name=f"Person {index}", email=f"p{index}@example.no", phone=f"9{index:07d}",
                postcode="0150", municipality="Oslo", county="Oslo", latitude=59.91, longitude=10.75, languages=["nb"],
                contact_preferences=["email"],
            )  # fmt: skip
            session.add(person)
            ids.append(person.id)
    return ids


def edits(ctx: ServiceContext, ids: list[str], transactions: int) -> None:
    """Change every row's phone, in `transactions` separate transactions."""
    per = max(1, len(ids) // transactions)
    for start in range(0, len(ids), per):
        with ctx.transaction() as session:
            for person in session.query(Person).filter(Person.id.in_(ids[start : start + per])):
                person.phone = f"4{uuid.uuid4().int % 10**7:07d}"


def emit(name: str, seconds: float, **extra: object) -> bool:
    return bool(figure(f"sync.{name}", seconds, BUDGETS[name], **extra)["within_budget"])


def command_seconds(folder: Path, url: str, server: str, runs: int) -> float:
    env = {**os.environ, "MENTOR_CONFIG_DIR": str(folder / "cli-config"), "MENTOR_SERVER_URL": server}
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run([sys.executable, "main.py", "--db", url, "sync", "--json"], cwd=ROOT, env=env, check=True,
                       capture_output=True)  # fmt: skip
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks sync")
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5, help="runs of the no-op sync and of the command")
    args = parser.parse_args(argv)
    name = f"mc_bench_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(ADMIN, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')  # type: ignore[arg-type]
    server = ADMIN.rsplit("/", 1)[0] + f"/{name}"
    ok = True
    try:
        init_server(server)
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            a = desktop(folder, "a")
            ids = people(a, args.rows)
            started = time.perf_counter()
            report = run_sync(a, server)
            ok &= emit("push_10000_rows", time.perf_counter() - started, rows=args.rows, entries=report.pushed)

            b = desktop(folder, "b")
            started = time.perf_counter()
            report = run_sync(b, server)
            ok &= emit("pull_10000_rows", time.perf_counter() - started, rows=args.rows, entries=report.pulled)

            edits(a, ids, 1000)
            started = time.perf_counter()
            report = run_sync(a, server)
            ok &= emit("push_10000_rows_in_1000_edits", time.perf_counter() - started, entries=report.pushed)
            run_sync(b, server)

            times = []
            for _ in range(args.runs):
                started = time.perf_counter()
                run_sync(b, server)
                times.append(time.perf_counter() - started)
            ok &= emit("noop_sync", statistics.median(times), runs=args.runs)

            # No budget of its own in DESIGN.md §10: reported, not judged.
            command = command_seconds(folder, f"sqlite:///{folder / 'b'}.db", server, args.runs)
            record = {"name": "sync.sync_command_noop", "seconds": round(command, 4), "runs": args.runs}
            print(json.dumps({**record, "note": "process start included"}), flush=True)
            a.db.dispose()
            b.db.dispose()
    finally:
        with psycopg.connect(ADMIN, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')  # type: ignore[arg-type]
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

"""Simulated desktops for sync tests: each its own SQLite file, settings file, device id and coordinator."""

from __future__ import annotations

import shutil
import uuid
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy import Table, select

from app.db import Database, make_engine, open_database
from app.installation import Installation
from app.models import SYNCED_MODELS, ChangeEntry, SyncConflict, SyncOutcome
from app.services.core.context import ServiceContext
from app.services.settings.catalogue import seed_catalogue
from app.sync.conflicts import list_conflicts, resolve_conflict
from app.sync.engine import FaultHook, SyncReport, run_sync
from tests.helpers import FakeClock

# Columns that differ by design between copies of a row: the server's bookkeeping number.
IGNORED = {"server_version"}


def snapshot(db_or_engine: Any) -> dict[str, list[tuple[Any, ...]]]:
    """Every synced table's rows (tombstones included), sorted by id, as comparable tuples."""
    engine = db_or_engine.engine if isinstance(db_or_engine, Database) else db_or_engine
    state: dict[str, list[tuple[Any, ...]]] = {}
    with engine.connect() as connection:
        for model in SYNCED_MODELS:
            table: Table = model.__table__  # type: ignore[assignment]
            columns = [c for c in table.columns if c.key not in IGNORED]
            rows = connection.execute(select(*columns).order_by(table.c.id)).all()
            state[table.name] = [tuple(_plain(v) for v in row) for row in rows]
    return state


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return tuple(sorted((k, _plain(v)) for k, v in value.items()))
    if isinstance(value, list):
        return tuple(_plain(v) for v in value)
    return value


def differences(local: dict[str, list[tuple[Any, ...]]], server: dict[str, list[tuple[Any, ...]]]) -> str:
    lines = []
    for table, rows in server.items():
        mine = set(local.get(table, []))
        theirs = set(rows)
        lines += [f"{table} only here: {r}" for r in mine - theirs]
        lines += [f"{table} only on the server: {r}" for r in theirs - mine]
    return "\n".join(lines)


class Cut(Exception):
    """A fault the tests inject into a sync: the network went away."""


class Desktop:
    def __init__(self, name: str, workdir: Path, template: Path, server_url: str, clock: FakeClock) -> None:
        self.name = name
        path = workdir / f"{name}.db"
        shutil.copyfile(template, path)
        self.url = f"sqlite:///{path}"
        self.server_url = server_url
        self.installation = Installation(workdir / f"{name}-settings.json")
        self.installation.set("device_id", str(uuid.uuid4()))
        self.db = open_database(self.url)
        self.ctx = ServiceContext(
            db=self.db, actor=name, device_id=self.installation.device_id, clock=clock, installation=self.installation
        )
        seed_catalogue(self.ctx)

    @property
    def device_id(self) -> str:
        return self.ctx.device_id

    def sync(self, faults: FaultHook | None = None) -> SyncReport:
        return run_sync(self.ctx, self.server_url, faults=faults)

    def state(self) -> dict[str, list[tuple[Any, ...]]]:
        return snapshot(self.db)

    def conflicts(self) -> list[Any]:
        return list_conflicts(self.ctx)

    def resolve_all(self, keep: str) -> int:
        rows = self.conflicts()
        for row in rows:
            resolve_conflict(self.ctx, row.id, keep)
        return len(rows)

    def unsent(self) -> int:
        return unsent(self.db)

    def close(self) -> None:
        self.db.dispose()


def server_outcomes(server_url: str, device_id: str) -> set[tuple[int, str]]:
    engine = make_engine(server_url)
    table: Table = SyncOutcome.__table__  # type: ignore[assignment]
    try:
        with engine.connect() as connection:
            rows = connection.execute(select(table.c.op_no, table.c.payload).where(table.c.device_id == device_id))
            return {(op_no, payload["change_id"]) for op_no, payload in rows}
    finally:
        engine.dispose()


def server_state(server_url: str) -> dict[str, list[tuple[Any, ...]]]:
    engine = make_engine(server_url)
    try:
        return snapshot(engine)
    finally:
        engine.dispose()


def unsent(db: Database) -> int:
    """Journal entries the server has not acknowledged."""
    journal: Table = ChangeEntry.__table__  # type: ignore[assignment]
    with db.engine.connect() as connection:
        return len(connection.execute(select(journal.c.seq).where(journal.c.pushed_at.is_(None))).all())


def stored_outcomes(db: Database) -> set[tuple[int, str]]:
    """(operation, change id) of every conflict and refusal this desktop keeps, resolved or not."""
    table: Table = SyncConflict.__table__  # type: ignore[assignment]
    with db.engine.connect() as connection:
        return set(connection.execute(select(table.c.op_no, table.c.change_id)).all())


class LedgerSide(Protocol):
    """What the ledger check needs of a desktop (an in-process Desktop, or one driven through the CLI)."""

    name: str
    device_id: str
    db: Database


def ledger_check(server_url: str, desktops: Sequence[LedgerSide]) -> None:
    """Every local operation reached the server exactly once, or is kept as a conflict or refusal on its desktop.

    - every outbox is empty;
    - no change id is on the server twice (its unique index), and every entry the server has from a device belongs
      to the operation number that device gave it;
    - every outcome the server recorded for a device is stored on that desktop;
    - an operation without an outcome is on the server in full (but for the seeded catalogue, which converges).
    """
    journal: Table = ChangeEntry.__table__  # type: ignore[assignment]
    engine = make_engine(server_url)
    try:
        with engine.connect() as connection:
            server_entries = {
                change_id: (device, op_no)
                for change_id, device, op_no in connection.execute(
                    select(journal.c.change_id, journal.c.device_id, journal.c.op_no)
                ).all()
            }
    finally:
        engine.dispose()
    for desktop in desktops:
        assert unsent(desktop.db) == 0, f"{desktop.name} still has unsent changes"
        outcomes = server_outcomes(server_url, desktop.device_id)
        assert outcomes <= stored_outcomes(desktop.db), f"{desktop.name} lost a conflict or refusal"
        outcome_ops = {op_no for op_no, _ in outcomes}
        with desktop.db.engine.connect() as connection:
            local = connection.execute(
                select(journal.c.change_id, journal.c.op_no, journal.c.entity).where(
                    journal.c.device_id == desktop.device_id, journal.c.op_no.is_not(None)
                )
            ).all()
        for change_id, op_no, entity in local:
            if change_id in server_entries:
                assert server_entries[change_id] == (desktop.device_id, op_no), "an entry applied under another number"
            elif op_no not in outcome_ops:
                # Only the seeded catalogue converges (every desktop seeds the same rows); the tests' values are
                # unique, so any other missing entry was lost.
                assert entity == "specialisation", f"{desktop.name}: operation {op_no} lost entry {change_id}"

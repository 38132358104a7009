"""One sync: push the unsent journal in order, then pull everything newer than the local cursor.

Every step is safe to interrupt. The server applies a push in one transaction and remembers the last operation
number per device, so a push whose answer was lost is applied once when retried. A pulled page and the cursor
move in one local transaction, so a pull interrupted half-way starts again at the same page.
"""

from __future__ import annotations

import logging
import os
import signal
import sqlite3
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any

from sqlalchemy import Table, select, text
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DBAPIError

from app.db import make_engine
from app.models import ChangeEntry, SyncConflict, SyncDevice
from app.services.core.context import ServiceContext
from app.sync import inbox, outbox
from app.sync.errors import SyncError, connection_message, display_url
from app.sync.server_apply import apply_push
from app.sync.server_setup import check_server, server_address
from app.sync.wire import ENTRY_FIELDS

logger = logging.getLogger(__name__)

JOURNAL: Table = ChangeEntry.__table__  # type: ignore[assignment]
DEVICES: Table = SyncDevice.__table__  # type: ignore[assignment]
CONFLICTS: Table = SyncConflict.__table__  # type: ignore[assignment]
PAGE_SIZE = 5_000

# Every point where a fault can be injected, in the order a sync passes them.
POINTS = (
    "push:numbered", "push:before-send", "push:before-commit", "push:after-commit", "push:acknowledged",
    "pull:fetched", "pull:before-commit", "pull:applied",
)  # fmt: skip

# Named points where tests inject faults: called with the point's name; may raise, or kill the process.
FaultHook = Callable[[str], None]


@dataclass
class SyncReport:
    pushed: int = 0
    pulled: int = 0
    conflicts: int = 0
    refused: int = 0
    cursor: int = 0
    pending: int = 0
    open_conflicts: int = 0
    server: str = ""
    seconds: float = 0.0
    changed: dict[str, set[str]] = field(default_factory=dict)

    def as_json(self) -> dict[str, Any]:
        data = asdict(self)
        data.pop("changed")
        data["seconds"] = round(self.seconds, 3)
        return data


def _env_faults(point: str) -> None:
    """`MENTOR_SYNC_KILL_AT=point` kills this process at that point (for the fault-injection tests)."""
    if os.environ.get("MENTOR_SYNC_KILL_AT") == point:
        os.kill(os.getpid(), signal.SIGKILL)


def syncs_locally(ctx: ServiceContext) -> bool:
    """Sync runs between a desktop's local SQLite file and the server; a desktop opened on PostgreSQL has nothing
    to sync."""
    return ctx.db.url.startswith("sqlite")


def server_engine(url: str) -> Engine:
    return make_engine(server_address(url))


def run_sync(
    ctx: ServiceContext, server_url: str, *, faults: FaultHook | None = None, page_size: int = PAGE_SIZE
) -> SyncReport:
    """Push, then pull. Raises SyncError with a sentence when the server is away or not usable."""
    hook = faults or _env_faults
    started = time.perf_counter()
    if not syncs_locally(ctx):
        raise SyncError("Sync runs on a desktop's local database (a SQLite file), not on a shared server.")
    engine = server_engine(server_url)
    report = SyncReport(server=display_url(server_url))
    try:
        check_server(engine, server_url)
        _push(ctx, engine, report, hook)
        _pull(ctx, engine, report, hook, page_size)
        with ctx.db.engine.begin() as local:
            inbox.write_setting(local, inbox.LAST_SYNC_KEY, ctx.now().isoformat())
            report.pending = outbox.pending_count(local)
            report.open_conflicts = outbox.open_conflict_count(local)
            report.cursor = inbox.local_cursor(local)
    except DBAPIError as exc:
        raise _sync_error(exc, server_url) from exc
    finally:
        engine.dispose()
        report.seconds = time.perf_counter() - started
        if report.changed:  # also after a failure: pages already applied are shown
            _notify(ctx, report.changed)
    logger.info(
        "sync with %s: pushed %d, pulled %d, conflicts %d, refused %d, cursor %d",
        report.server,
        report.pushed,
        report.pulled,
        report.conflicts,
        report.refused,
        report.cursor,
    )
    return report


def _sync_error(exc: DBAPIError, server_url: str) -> SyncError:
    """Every database error ends the sync with a sentence; the details go to the log for whoever looks into it."""
    logger.warning("sync stopped: %s", exc, exc_info=True)
    if isinstance(exc.orig, sqlite3.Error):
        return SyncError(
            "This computer's database is busy or cannot be written right now "
            f"({str(exc.orig).splitlines()[0]}); nothing was lost, try again in a moment."
        )
    return SyncError(connection_message(exc, server_url))


def _notify(ctx: ServiceContext, changed: dict[str, set[str]]) -> None:
    for listener in list(ctx.listeners):
        try:
            listener(changed)
        except Exception:  # a view's refresh must not turn a finished sync into a failed one
            logger.exception("a change listener failed after sync")


def _push(ctx: ServiceContext, engine: Engine, report: SyncReport, hook: FaultHook) -> None:
    with engine.connect() as server:
        server_last = (
            server.execute(select(DEVICES.c.last_op_no).where(DEVICES.c.device_id == ctx.device_id)).scalar() or 0
        )
    with ctx.db.engine.begin() as local:
        outbox.number_operations(local, server_last)
    hook("push:numbered")
    while True:
        with ctx.db.engine.connect() as local:
            batch = next(outbox.unsent_batches(local), None)
        if not batch:
            return
        hook("push:before-send")
        with ctx.db.engine.connect() as local:
            cursor = inbox.local_cursor(local)
        with engine.begin() as server:
            result = apply_push(server, ctx.device_id, batch, ctx.now(), cursor)
            hook("push:before-commit")
        hook("push:after-commit")  # a fault here is an answer lost after the server committed
        with ctx.db.engine.begin() as local:
            local.execute(text("PRAGMA defer_foreign_keys = ON"))
            acknowledged, changed = outbox.acknowledge(local, result, ctx.now())
            if result.cursor is not None and inbox.local_cursor(local) == cursor:
                inbox.write_setting(local, inbox.CURSOR_KEY, str(result.cursor))
        report.pushed += acknowledged
        for entity, ids in changed.items():
            report.changed.setdefault(entity, set()).update(ids)
        for outcome in result.outcomes:
            report.conflicts += outcome["kind"] == "field"
            report.refused += outcome["kind"] == "refused"
        hook("push:acknowledged")
        if result.last_op_no < batch[-1].op_no:
            raise SyncError(
                f"The server is missing this computer's operations after number {result.last_op_no}; "
                "nothing was lost here, but sync cannot continue. Ask for help (see docs/sync.md)."
            )


def _pull(ctx: ServiceContext, engine: Engine, report: SyncReport, hook: FaultHook, page_size: int) -> None:
    columns = [JOURNAL.c.seq, *(JOURNAL.c[name] for name in ENTRY_FIELDS)]
    while True:
        with ctx.db.engine.connect() as local:
            cursor = inbox.local_cursor(local)
        with engine.connect() as server:
            page = _page(server, columns, cursor, page_size)
        if not page:
            return
        hook("pull:fetched")
        with ctx.db.engine.begin() as local:
            local.execute(text("PRAGMA defer_foreign_keys = ON"))
            received, changed = inbox.apply_page(local, page, ctx.now())
            inbox.write_setting(local, inbox.CURSOR_KEY, str(page[-1]["seq"]))
            hook("pull:before-commit")
        hook("pull:applied")
        report.pulled += received
        for entity, ids in changed.items():
            report.changed.setdefault(entity, set()).update(ids)


def _page(server: Connection, columns: list[Any], cursor: int, size: int) -> list[dict[str, Any]]:
    """Up to `size` journal rows after `cursor`, extended so the page ends at a transaction's last entry."""
    query = select(*columns).order_by(JOURNAL.c.seq).limit(size)
    page = [dict(r) for r in server.execute(query.where(JOURNAL.c.seq > cursor)).mappings()]
    while len(page) >= size:
        last = page[-1]
        extra = [dict(r) for r in server.execute(query.where(JOURNAL.c.seq > last["seq"])).mappings()]
        same = [r for r in _take_while_same(extra, last["transaction_id"])]
        page.extend(same)
        if len(same) < len(extra) or not extra:
            break
    return page


def _take_while_same(rows: list[dict[str, Any]], transaction_id: str) -> list[dict[str, Any]]:
    taken = []
    for row in rows:
        if row["transaction_id"] != transaction_id:
            break
        taken.append(row)
    return taken

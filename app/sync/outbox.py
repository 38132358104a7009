"""The local side of a push: number unsent transactions, read them in order, record what the server said."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import Any

from sqlalchemy import Table, bindparam, distinct, func, insert, select, update
from sqlalchemy.engine import Connection

from app.models import ChangeEntry, SyncConflict
from app.sync.refusals import take_out
from app.sync.wire import ENTRY_FIELDS, Entry, Operation, PushResult

JOURNAL: Table = ChangeEntry.__table__  # type: ignore[assignment]
CONFLICTS: Table = SyncConflict.__table__  # type: ignore[assignment]


def pending_count(connection: Connection) -> int:
    """Saves (local transactions) not yet acknowledged by the server: what a coordinator counts as changes."""
    waiting = select(func.count(distinct(JOURNAL.c.transaction_id))).where(JOURNAL.c.pushed_at.is_(None))
    return int(connection.execute(waiting).scalar() or 0)


def open_conflict_count(connection: Connection) -> int:
    """Conflicts and refusals still waiting for the coordinator."""
    return int(connection.execute(select(func.count()).where(CONFLICTS.c.resolved_at.is_(None))).scalar() or 0)


def number_operations(connection: Connection, server_last: int) -> None:
    """Give every unsent, unnumbered transaction the next operation number, in journal order.

    Numbers are stored before anything is sent, so a push retried after a crash or a lost answer carries the same
    numbers and the server skips what it already applied.
    """
    unnumbered = connection.execute(
        select(JOURNAL.c.seq, JOURNAL.c.transaction_id)
        .where(JOURNAL.c.pushed_at.is_(None), JOURNAL.c.op_no.is_(None))
        .order_by(JOURNAL.c.seq)
    ).all()
    if not unnumbered:
        return
    local_last = connection.execute(select(func.max(JOURNAL.c.op_no))).scalar() or 0
    next_no = max(local_last, server_last)
    numbers: dict[str, int] = {}
    params = []
    for seq, transaction_id in unnumbered:
        if transaction_id not in numbers:
            next_no += 1
            numbers[transaction_id] = next_no
        params.append({"_seq": seq, "_op": numbers[transaction_id]})
    # By primary key: the journal has no index on transaction ids (every write would pay for it).
    connection.execute(update(JOURNAL).where(JOURNAL.c.seq == bindparam("_seq")).values(op_no=bindparam("_op")), params)


def unsent_batches(connection: Connection, max_entries: int = 20_000) -> Iterator[list[Operation]]:
    """Unsent operations in order, in batches of whole operations of about `max_entries` entries."""
    columns = [JOURNAL.c[name] for name in ENTRY_FIELDS]
    rows = connection.execute(
        select(JOURNAL.c.op_no, *columns)
        .where(JOURNAL.c.pushed_at.is_(None), JOURNAL.c.op_no.is_not(None))
        .order_by(JOURNAL.c.op_no, JOURNAL.c.seq)
    ).all()
    batch: list[Operation] = []
    size = 0
    for row in rows:
        op_no = row[0]
        if not batch or batch[-1].op_no != op_no:
            if size >= max_entries:
                yield batch
                batch, size = [], 0
            batch.append(Operation(op_no=op_no))
        batch[-1].entries.append(Entry(*row[1:]))
        size += 1
    if batch:
        yield batch


def acknowledge(connection: Connection, result: PushResult, now: datetime) -> tuple[int, dict[str, set[str]]]:
    """Mark what the server applied (or answered for) as sent; keep its conflicts and refusals.

    Returns (entries acknowledged, entity → ids changed here by taking refused changes out).
    """
    done = connection.execute(
        update(JOURNAL).where(JOURNAL.c.pushed_at.is_(None), JOURNAL.c.op_no <= result.last_op_no).values(pushed_at=now)
    ).rowcount
    changed: dict[str, set[str]] = {}
    for outcome in result.outcomes:
        if store_outcome(connection, outcome, now) and outcome["kind"] == "refused":
            for entity, ids in take_out(connection, outcome["entries"], outcome.get("server_rows") or [], now).items():
                changed.setdefault(entity, set()).update(ids)
    return int(done or 0), changed


def store_outcome(connection: Connection, outcome: dict[str, Any], now: datetime) -> bool:
    """Keep one conflict or refusal, once (a replayed push returns the same outcomes again); True when new."""
    exists = connection.execute(
        select(CONFLICTS.c.id).where(
            CONFLICTS.c.op_no == outcome["op_no"], CONFLICTS.c.change_id == outcome["change_id"]
        )
    ).scalar()
    if exists:
        return False
    if outcome["kind"] == "field":
        # A newer conflict on the same field replaces an older one still open.
        connection.execute(
            update(CONFLICTS)
            .where(
                CONFLICTS.c.entity_id == outcome["entity_id"],
                CONFLICTS.c.field == outcome["field"],
                CONFLICTS.c.resolved_at.is_(None),
            )
            .values(resolved_at=now, resolution="replaced")
        )
    connection.execute(
        insert(CONFLICTS).values(
            kind=outcome["kind"],
            op_no=outcome["op_no"],
            change_id=outcome["change_id"],
            entity=outcome["entity"],
            entity_id=outcome["entity_id"],
            field=outcome["field"],
            local_value=outcome["local"],
            server_value=outcome["server"],
            base_value=outcome["base"],
            server_actor=outcome.get("server_actor"),
            server_updated_at=_moment(outcome.get("server_updated_at")),
            message=outcome["message"],
            entries=outcome.get("entries") or [],
            server_rows=outcome.get("server_rows") or [],
            created_at=now,
        )
    )
    return True


def _moment(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None

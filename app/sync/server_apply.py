"""Applying a desktop's operations on the server, in one PostgreSQL transaction, each operation at most once.

Runs inside the server transaction the push opened. Per operation:
- operation numbers at or below the device's last applied number are skipped (a retried push), a gap stops;
- every field is checked against the value it was based on: unchanged on the server → applied; already equal →
  nothing to do; changed there too → a field conflict (that field is not applied, the others are); a state field
  changed there → the whole operation is refused (the transition no longer applies);
- the database's own rules (one open pairing per mentee, mentor capacity, foreign keys, checks) refuse the whole
  operation, inside a savepoint, so nothing of it is half-applied;
- outcomes (conflicts, refusals) are stored per device and operation, so a replay returns them again.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from dataclasses import replace
from datetime import datetime
from typing import Any

from sqlalchemy import Table, bindparam, func, insert, select, text, update
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError, IntegrityError

from app.erasure import PERSONAL_FIELDS, ErasedRecords, erased_people, scrub_history
from app.journal import encode
from app.models import ChangeEntry, SyncDevice, SyncOutcome
from app.sync.tables import ENTITY_ORDER, STATE_FIELDS, column_value, is_column, same_value, table_for
from app.sync.wire import ENTRY_FIELDS, Entry, Operation, PushResult

logger = logging.getLogger(__name__)

JOURNAL_LOCK = 727_001  # the key migration 0003's sequence trigger locks; taken first, so pushes never deadlock


# Columns a refused change's rows take back from the server (not the id, birth time or server bookkeeping).
ROW_SKIPS = frozenset({"id", "created_at", "server_version"})


class Refused(Exception):
    """The operation cannot be applied; the message is for the coordinator."""


def apply_push(
    connection: Connection, device_id: str, operations: list[Operation], now: datetime, cursor: int | None = None
) -> PushResult:
    """Apply what is new in `operations`; `cursor` is the desktop's pull cursor (see PushResult.cursor)."""
    connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": JOURNAL_LOCK})
    journal: Table = ChangeEntry.__table__  # type: ignore[assignment]
    # Under the lock every committed entry is visible and no other push can add one: if none lies after the
    # desktop's cursor, everything this push adds is the desktop's own, and its cursor may jump over it.
    nothing_new = (
        cursor is not None
        and connection.execute(select(journal.c.seq).where(journal.c.seq > cursor).limit(1)).first() is None
    )
    devices: Table = SyncDevice.__table__  # type: ignore[assignment]
    last = connection.execute(
        select(devices.c.last_op_no).where(devices.c.device_id == device_id).with_for_update()
    ).scalar()
    if last is None:
        connection.execute(insert(devices).values(device_id=device_id, last_op_no=0))
        last = 0
    first_sent = operations[0].op_no if operations else last + 1
    applied = 0
    # Written once at the end (one COPY instead of one per operation); a refused operation adds none.
    journal_rows: list[tuple[Entry, int]] = []
    erased = ErasedRecords(connection)
    for operation in operations:
        if operation.op_no <= last:
            continue
        if operation.op_no != last + 1:
            logger.warning(
                "device %s: operation %s arrived after %s; stopping at the gap", device_id, operation.op_no, last
            )
            break
        written = _apply_operation(connection, device_id, operation, now, erased)
        journal_rows.extend((entry, operation.op_no) for entry in written)
        applied += len(written)
        last = operation.op_no
    connection.execute(
        update(devices).where(devices.c.device_id == device_id).values(last_op_no=last, last_push_at=now)
    )
    outcomes_table: Table = SyncOutcome.__table__  # type: ignore[assignment]
    outcomes = connection.execute(
        select(outcomes_table.c.payload)
        .where(outcomes_table.c.device_id == device_id, outcomes_table.c.op_no.between(first_sent, last))
        .order_by(outcomes_table.c.seq)
    ).scalars()
    if journal_rows:
        _copy_journal(connection, journal_rows, now)
        for person_id in erased_people(entry for entry, _ in journal_rows):
            scrub_history(connection, person_id)  # what earlier pushes brought here about the person
    new_cursor = None
    if nothing_new and applied:
        new_cursor = connection.execute(select(func.max(journal.c.seq))).scalar()
    return PushResult(last_op_no=last, applied_entries=applied, outcomes=list(outcomes), cursor=new_cursor)


def _apply_operation(
    connection: Connection, device_id: str, operation: Operation, now: datetime, erased: ErasedRecords
) -> list[Entry]:
    savepoint = connection.begin_nested()
    try:
        applied, conflicts = _write(connection, operation, now, erased)
        savepoint.commit()
    except Refused as refusal:
        savepoint.rollback()
        _record(connection, device_id, operation, [_refusal(connection, operation, str(refusal))])
        return []
    except (IntegrityError, DBAPIError) as exc:
        savepoint.rollback()
        if not isinstance(exc, IntegrityError) and not _is_rule_violation(exc):
            raise  # a lost connection or a server error, not a refusal: the push stops, and is retried as a whole
        _record(connection, device_id, operation, [_refusal(connection, operation, _rule_message(exc))])
        return []
    if conflicts:
        _record(connection, device_id, operation, conflicts)
    return applied


def _is_rule_violation(exc: DBAPIError) -> bool:
    code = getattr(exc.orig, "sqlstate", None) or ""
    return code.startswith("23")  # integrity constraint violation class (check, unique, foreign key, ...)


def _rule_message(exc: DBAPIError) -> str:
    text_ = str(exc.orig)
    if "mentor_capacity" in text_:
        return "The mentor has no free place left on the server: their open pairings would exceed their capacity."
    if "open_mentee" in text_:
        return "The mentee already has an open pairing in this programme on the server."
    if "foreign key" in text_.lower():
        return "It refers to a record the server does not have (perhaps a change that was refused earlier)."
    if "unique" in text_.lower() or "duplicate key" in text_.lower():
        return "The server already has a record with the same name or the same person and programme."
    return "The server's rules refused the values (" + text_.splitlines()[0] + ")."


def _write(
    connection: Connection, operation: Operation, now: datetime, erased: ErasedRecords
) -> tuple[list[Entry], list[dict[str, Any]]]:
    """Apply one operation's entries; returns (entries applied, field conflicts). Raises Refused."""
    by_row: dict[tuple[str, str], list[Entry]] = defaultdict(list)
    for entry in operation.entries:
        if not is_column(entry.entity, entry.field) or entry.field == "id":
            raise Refused(f"The server does not know the field {entry.entity}.{entry.field}; update the app.")
        by_row[(entry.entity, entry.entity_id)].append(entry)
    current = _current_rows(connection, by_row)
    # An erasure (GDPR) is applied as sent: its blank values replace whatever the server holds, without conflicts.
    erasure = bool(erased_people(operation.entries))
    if erasure:
        erased.forget()
    inserts: dict[str, list[dict[str, Any]]] = defaultdict(list)
    updates: list[tuple[str, str, dict[str, Any]]] = []
    applied: list[Entry] = []
    conflicts: list[dict[str, Any]] = []
    for (entity, entity_id), entries in by_row.items():
        if not erasure and erased.holds(entity, entity_id, entries[0].pairing_id):
            entries = _without_personal_data(entity, entries)
            if not entries:
                continue
        row = current.get((entity, entity_id))
        if row is None:
            if entries[0].operation != "insert":
                raise Refused(
                    f"This changes a {entity.replace('_', ' ')} the server does not have "
                    "(perhaps its creation was refused earlier)."
                )
            values = {"id": entity_id, "created_at": entries[0].at, "updated_at": entries[-1].at}
            for entry in entries:
                values[entry.field] = column_value(entity, entry.field, entry.new_value)
            inserts[entity].append(values)
            applied.extend(entries)
            continue
        changes: dict[str, Any] = {}
        for entry in entries:
            server_text = encode(row[entry.field])
            if same_value(entity, entry.field, server_text, entry.new_value):
                continue  # already so on the server: nothing to do, nothing to record
            base = None if entry.operation == "insert" else entry.old_value
            if erasure or entry.field in changes or same_value(entity, entry.field, server_text, base):
                changes[entry.field] = column_value(entity, entry.field, entry.new_value)
                row[entry.field] = changes[entry.field]
                changes["updated_at"] = entry.at
                applied.append(entry)
            elif entry.field in STATE_FIELDS:
                raise Refused(
                    f"The {entity.replace('_', ' ')} is now '{column_value(entity, entry.field, server_text)}' on the "
                    f"server, so the change from '{column_value(entity, entry.field, base)}' to "
                    f"'{column_value(entity, entry.field, entry.new_value)}' no longer applies."
                )
            else:
                conflicts.append(_conflict(connection, entry, server_text, row["updated_at"]))
        if changes:
            updates.append((entity, entity_id, changes))
    for entity in sorted(inserts, key=ENTITY_ORDER.__getitem__):
        _insert_rows(connection, table_for(entity), inserts[entity])
    # Rows that change the same fields go in one executemany (a busy week is many small edits of a phone or status).
    grouped: dict[tuple[str, tuple[str, ...]], list[dict[str, Any]]] = defaultdict(list)
    for entity, entity_id, changes in updates:
        grouped[(entity, tuple(sorted(changes)))].append(
            {"_id": entity_id, **{f"_v_{k}": v for k, v in changes.items()}}
        )
    for (entity, fields), params in grouped.items():
        table = table_for(entity)
        statement = (
            update(table).where(table.c.id == bindparam("_id")).values({f: bindparam(f"_v_{f}") for f in fields})
        )
        connection.execute(statement, params)
    return applied, conflicts


def _without_personal_data(entity: str, entries: list[Entry]) -> list[Entry]:
    """A change to an erased person's record, sent before its desktop pulled the erasure: their personal fields
    keep the blank value (neither the table, the journal nor a conflict record gets the data back); the desktop
    blanks its own copy when it pulls the erasure. Other fields apply as usual."""
    blanks = PERSONAL_FIELDS[entity]
    kept = []
    for entry in entries:
        if entry.field not in blanks:
            kept.append(entry)
        elif entry.operation == "insert":  # a new note or meeting: the row comes, without its text
            kept.append(replace(entry, old_value=None, new_value=encode(blanks[entry.field])))
        else:
            logger.info("%s %s belongs to an erased person: its %s stays blank", entity, entry.entity_id, entry.field)
    return kept


JOURNAL_COLUMNS = (*ENTRY_FIELDS, "pushed_at", "op_no")


def _copy_journal(connection: Connection, entries: list[tuple[Entry, int]], now: datetime) -> None:
    """Journal entries through COPY: a bulk push writes ~100,000 of them, several times faster than INSERTs.

    The sequence trigger fires for copied rows as for inserted ones, so commit order still equals sequence order.
    """
    raw = connection.connection.driver_connection
    assert raw is not None  # a live connection inside the push transaction
    with raw.cursor() as cursor, cursor.copy(f"COPY change_journal ({', '.join(JOURNAL_COLUMNS)}) FROM STDIN") as copy:
        for entry, op_no in entries:
            copy.write_row((*(getattr(entry, name) for name in ENTRY_FIELDS), now, op_no))


def _insert_rows(connection: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """Insert rows, grouped by the columns they set (executemany needs the same keys in every row)."""
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        groups[tuple(sorted(row))].append(row)
    if table.name == "organisation_units":  # a unit's parent first
        rows.sort(key=lambda r: r.get("parent_id") is not None)
        for row in rows:
            connection.execute(insert(table), [row])
        return
    for group in groups.values():
        connection.execute(insert(table), group)


def _current_rows(
    connection: Connection, by_row: dict[tuple[str, str], list[Entry]]
) -> dict[tuple[str, str], dict[str, Any]]:
    """The server's current rows the operation touches, locked for the rest of the transaction."""
    ids: dict[str, list[str]] = defaultdict(list)
    for entity, entity_id in by_row:
        ids[entity].append(entity_id)
    current: dict[tuple[str, str], dict[str, Any]] = {}
    for entity, entity_ids in ids.items():
        table = table_for(entity)
        for start in range(0, len(entity_ids), 5000):
            chunk = entity_ids[start : start + 5000]
            for row in connection.execute(select(table).where(table.c.id.in_(chunk)).with_for_update()).mappings():
                current[(entity, row["id"])] = dict(row)
    return current


def _latest_actor(connection: Connection, entity_id: str, field: str) -> str | None:
    journal: Table = ChangeEntry.__table__  # type: ignore[assignment]
    return connection.execute(
        select(journal.c.actor)
        .where(journal.c.entity_id == entity_id, journal.c.field == field)
        .order_by(journal.c.seq.desc())
        .limit(1)
    ).scalar()


def _conflict(connection: Connection, entry: Entry, server_text: str | None, updated_at: datetime) -> dict[str, Any]:
    return {
        "kind": "field",
        "change_id": entry.change_id,
        "entity": entry.entity,
        "entity_id": entry.entity_id,
        "field": entry.field,
        "local": entry.new_value,
        "server": server_text,
        "base": entry.old_value,
        "server_actor": _latest_actor(connection, entry.entity_id, entry.field),
        "server_updated_at": updated_at.isoformat(),
        "message": "Changed here and on the server since the last sync.",
        "entries": [],
    }


def _refusal(connection: Connection, operation: Operation, message: str) -> dict[str, Any]:
    """A refusal with every entry of the operation and the server's value of each field, to undo or redo it."""
    by_row: dict[tuple[str, str], list[Entry]] = defaultdict(list)
    for entry in operation.entries:
        if is_column(entry.entity, entry.field):
            by_row[(entry.entity, entry.entity_id)].append(entry)
    current = _current_rows(connection, by_row)
    entries = []
    for entry in operation.entries:
        row = current.get((entry.entity, entry.entity_id))
        entries.append(
            {
                **{k: v for k, v in entry.as_dict().items() if k in ("change_id", "entity", "entity_id", "pairing_id")},
                "operation": entry.operation,
                "field": entry.field,
                "old": entry.old_value,
                "new": entry.new_value,
                "on_server": row is not None,
                "server": encode(row.get(entry.field)) if row is not None else None,
            }
        )
    first = operation.entries[0]
    return {
        "kind": "refused",
        # The server's rows as they are, so the desktop can show exactly them while the change stays refused.
        "server_rows": [
            {
                "entity": entity,
                "entity_id": entity_id,
                "values": {k: encode(v) for k, v in row.items() if k not in ROW_SKIPS},
            }
            for (entity, entity_id), row in current.items()
        ],
        "change_id": first.change_id,
        "entity": first.entity,
        "entity_id": first.entity_id,
        "field": None,
        "local": None,
        "server": None,
        "base": None,
        "server_actor": None,
        "message": message,
        "entries": entries,
    }


def _record(connection: Connection, device_id: str, operation: Operation, outcomes: list[dict[str, Any]]) -> None:
    table: Table = SyncOutcome.__table__  # type: ignore[assignment]
    connection.execute(
        insert(table),
        [
            {"device_id": device_id, "op_no": operation.op_no, "payload": {**o, "op_no": operation.op_no}}
            for o in outcomes
        ],
    )


def server_cursor(connection: Connection) -> int:
    journal: Table = ChangeEntry.__table__  # type: ignore[assignment]
    return int(connection.execute(select(func.coalesce(func.max(journal.c.seq), 0))).scalar() or 0)


__all__ = ["ENTRY_FIELDS", "apply_push", "server_cursor"]

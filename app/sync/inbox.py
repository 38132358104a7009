"""The local side of a pull: apply a page of the server's journal to the local database, in one transaction.

A field that has unsent local changes, or an open conflict, keeps its local value (the local change is pushed
later and meets the server's value there, as a conflict if both changed); everything else takes the server's
value. Entries this database already has (its own, echoed back) are skipped by change id, so the same installation
re-creating its database still receives everything. The page's entries join the local journal as history.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime
from typing import Any

from sqlalchemy import Table, insert, select, update
from sqlalchemy.engine import Connection

from app.erasure import blank_records, erased_people, personal_records, scrub_history
from app.models import ChangeEntry, LocalSetting, SyncConflict
from app.sync.tables import ENTITY_ORDER, column_value, table_for
from app.sync.wire import ENTRY_FIELDS

JOURNAL: Table = ChangeEntry.__table__  # type: ignore[assignment]
CONFLICTS: Table = SyncConflict.__table__  # type: ignore[assignment]
SETTINGS: Table = LocalSetting.__table__  # type: ignore[assignment]
CURSOR_KEY = "sync_cursor"
LAST_SYNC_KEY = "sync_last_success"


def read_setting(connection: Connection, key: str) -> str | None:
    return connection.execute(select(SETTINGS.c.value).where(SETTINGS.c.key == key)).scalar()


def write_setting(connection: Connection, key: str, value: str) -> None:
    done = connection.execute(update(SETTINGS).where(SETTINGS.c.key == key).values(value=value)).rowcount
    if not done:
        connection.execute(insert(SETTINGS).values(key=key, value=value))


def local_cursor(connection: Connection) -> int:
    return int(read_setting(connection, CURSOR_KEY) or 0)


def _chunks(items: list[str], size: int = 900) -> list[list[str]]:
    return [items[i : i + size] for i in range(0, len(items), size)]


def apply_page(connection: Connection, rows: list[dict[str, Any]], now: datetime) -> tuple[int, dict[str, set[str]]]:
    """Apply server journal rows (dicts with ENTRY_FIELDS and `seq`); returns (entries new here, entity → ids)."""
    change_ids = [r["change_id"] for r in rows]
    known: set[str] = set()
    for chunk in _chunks(change_ids):
        known.update(connection.execute(select(JOURNAL.c.change_id).where(JOURNAL.c.change_id.in_(chunk))).scalars())
    incoming = [r for r in rows if r["change_id"] not in known]
    if not incoming:
        return 0, {}
    entity_ids = sorted({r["entity_id"] for r in incoming})
    held: set[tuple[str, str]] = set()
    open_conflicts: dict[tuple[str, str], str] = {}
    existing: set[tuple[str, str]] = set()
    for chunk in _chunks(entity_ids):
        held.update(
            connection.execute(
                select(JOURNAL.c.entity_id, JOURNAL.c.field).where(
                    JOURNAL.c.pushed_at.is_(None), JOURNAL.c.entity_id.in_(chunk)
                )
            ).all()
        )
        for conflict_id, entity_id, field in connection.execute(
            select(CONFLICTS.c.id, CONFLICTS.c.entity_id, CONFLICTS.c.field).where(
                CONFLICTS.c.resolved_at.is_(None), CONFLICTS.c.kind == "field", CONFLICTS.c.entity_id.in_(chunk)
            )
        ):
            open_conflicts[(entity_id, field)] = conflict_id
    by_entity: dict[str, list[str]] = defaultdict(list)
    for r in incoming:
        by_entity[r["entity"]].append(r["entity_id"])
    for entity, ids in by_entity.items():
        table = table_for(entity)
        for chunk in _chunks(sorted(set(ids))):
            existing.update(
                (entity, i) for i in connection.execute(select(table.c.id).where(table.c.id.in_(chunk))).scalars()
            )

    new_rows: dict[tuple[str, str], dict[str, Any]] = {}
    changes: dict[tuple[str, str], dict[str, Any]] = defaultdict(dict)
    changed: dict[str, set[str]] = defaultdict(set)
    for r in incoming:
        key = (r["entity"], r["entity_id"])
        field = r["field"]
        value = column_value(r["entity"], field, r["new_value"])
        if key not in existing and key not in new_rows:
            new_rows[key] = {"id": r["entity_id"], "created_at": r["at"]}
        if key in new_rows:
            new_rows[key][field] = value
            new_rows[key]["updated_at"] = r["at"]
            changed[r["entity"]].add(r["entity_id"])
            continue
        if r["operation"] == "insert":
            # A row made here too (the seeded catalogue): the server's birth of it is the one every desktop keeps.
            changes[key]["created_at"] = r["at"]
            changes[key]["updated_at"] = r["at"]
        if (r["entity_id"], field) in open_conflicts:
            connection.execute(
                update(CONFLICTS)
                .where(CONFLICTS.c.id == open_conflicts[(r["entity_id"], field)])
                .values(server_value=r["new_value"], server_actor=r["actor"], server_updated_at=r["at"])
            )
            continue
        elif (r["entity_id"], field) in held:
            continue  # an unsent local change wins here until it meets the server's value at the next push
        else:
            changes[key][field] = value
            # The time of the change where it was made, so every desktop shows the same row version.
            changes[key]["updated_at"] = r["at"]
        changed[r["entity"]].add(r["entity_id"])

    for entity in sorted({k[0] for k in new_rows}, key=ENTITY_ORDER.__getitem__):
        rows_ = [v for k, v in new_rows.items() if k[0] == entity]
        groups: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
        for row in rows_:
            groups[tuple(sorted(row))].append(row)
        for group in groups.values():
            connection.execute(insert(table_for(entity)), group)
    for (entity, entity_id), values in changes.items():
        table = table_for(entity)
        connection.execute(update(table).where(table.c.id == entity_id).values(**values))

    connection.execute(
        insert(JOURNAL),
        [{**{name: r[name] for name in ENTRY_FIELDS}, "pushed_at": now, "op_no": None} for r in incoming],
    )
    for person_id in erased_people(incoming):  # a person erased elsewhere: forget them here too
        records = personal_records(connection, person_id)
        blank_records(connection, records)
        scrub_history(connection, person_id, records)
    return len(incoming), dict(changed)

"""A refused operation is taken out of the local database and kept in its refusal, to put back if the coordinator
keeps it.

The server is the authority: while a change is refused, this desktop shows what the server has (so a pulled row
that the refused change would collide with, such as the mentee's other open pairing, can arrive), and the
Conflicts view shows the refused change with the server's reason. "Keep mine" puts it back and sends it again.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Table, delete, insert, select, update
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError

from app.errors import InvariantViolation
from app.models import ChangeEntry
from app.sync.tables import ENTITY_ORDER, column_value, is_column, table_for, tables

JOURNAL: Table = ChangeEntry.__table__  # type: ignore[assignment]


def take_out(
    connection: Connection, entries: list[dict[str, Any]], server_rows: list[dict[str, Any]], now: datetime
) -> dict[str, set[str]]:
    """Undo a refused operation here: rows the server has take its values; rows it never had are removed.

    A row takes the server's whole row (one statement, so checks such as "a dissolved pairing has a reason" hold),
    except fields with changes still waiting to be sent, which keep their local value.
    """
    changed: dict[str, set[str]] = {}
    for e in entries:
        changed.setdefault(e["entity"], set()).add(e["entity_id"])
    for row in server_rows:
        entity, entity_id = row["entity"], row["entity_id"]
        pending = set(
            connection.execute(
                select(JOURNAL.c.field).where(JOURNAL.c.entity_id == entity_id, JOURNAL.c.pushed_at.is_(None))
            ).scalars()
        )
        values = {
            field: column_value(entity, field, text)
            for field, text in row["values"].items()
            if field not in pending and is_column(entity, field)
        }
        table = table_for(entity)
        connection.execute(update(table).where(table.c.id == entity_id).values(values))
    on_server = {(r["entity"], r["entity_id"]) for r in server_rows}
    removed: list[tuple[str, str]] = []
    for e in entries:
        key = (e["entity"], e["entity_id"])
        if key not in on_server and key not in removed:
            removed.append(key)
    for entity, entity_id in reversed(removed):
        _delete_with_dependents(connection, table_for(entity), entity_id)
    return changed


def put_back(connection: Connection, entries: list[dict[str, Any]], now: datetime) -> dict[str, set[str]]:
    """Re-apply a refused operation here (the coordinator keeps it); refused locally too if it breaks a rule."""
    rows: dict[tuple[str, str], dict[str, Any]] = {}
    changed: dict[str, set[str]] = {}
    for e in entries:
        rows.setdefault((e["entity"], e["entity_id"]), {})[e["field"]] = column_value(e["entity"], e["field"], e["new"])
        changed.setdefault(e["entity"], set()).add(e["entity_id"])
    try:
        for (entity, entity_id), values in sorted(rows.items(), key=lambda item: ENTITY_ORDER[item[0][0]]):
            table = table_for(entity)
            exists = connection.execute(select(table.c.id).where(table.c.id == entity_id)).scalar()
            if exists:
                connection.execute(update(table).where(table.c.id == entity_id).values({**values, "updated_at": now}))
            else:
                connection.execute(
                    insert(table).values({**values, "id": entity_id, "created_at": now, "updated_at": now})
                )
    except IntegrityError as exc:
        raise InvariantViolation(
            "Your change cannot be put back yet: it still breaks a rule here too (for example the mentee has another "
            "open pairing, the mentor is full, or it belongs to a change that was refused earlier). Fix that first, "
            "or keep the server's version."
        ) from exc
    return changed


def _delete_with_dependents(connection: Connection, table: Table, row_id: str) -> None:
    """Remove a row the server never had, and local rows that hang off it (their changes were refused too)."""
    for other in tables().values():
        for fk in other.foreign_keys:
            if fk.column.table is table:
                children = connection.execute(select(other.c.id).where(fk.parent == row_id)).scalars().all()
                for child in children:
                    _delete_with_dependents(connection, other, child)
    connection.execute(delete(table).where(table.c.id == row_id))

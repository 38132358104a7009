"""Conflicts and refusals kept on this desktop: list them in words, resolve them (keep mine / keep theirs)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Table, insert, select, update
from sqlalchemy.engine import Connection

from app.errors import InvalidInput, NotFound
from app.journal import decode
from app.models import ChangeEntry, Person, SyncConflict
from app.services.core.context import ServiceContext
from app.sync.refusals import put_back
from app.sync.tables import column_value, table_for

CONFLICTS: Table = SyncConflict.__table__  # type: ignore[assignment]
JOURNAL: Table = ChangeEntry.__table__  # type: ignore[assignment]
PEOPLE: Table = Person.__table__  # type: ignore[assignment]


@dataclass(frozen=True, slots=True)
class ConflictRow:
    id: str
    kind: str  # field | refused
    entity: str
    entity_id: str
    field: str | None
    local: Any
    server: Any
    base: Any
    message: str
    server_actor: str | None
    subject: str  # the record in words ("Kari Nordmann", "the pairing Aud Jakobsen → Maja Berge")
    summary: str  # the whole conflict in one sentence

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "entity": self.entity,
            "entity_id": self.entity_id,
            "field": self.field,
            "local": self.local,
            "server": self.server,
            "base": self.base,
            "message": self.message,
            "summary": self.summary,
        }


def _name(connection: Connection, person_id: str | None) -> str:
    if not person_id:
        return "someone"
    return connection.execute(select(PEOPLE.c.name).where(PEOPLE.c.id == person_id)).scalar() or "someone"


def _subject(connection: Connection, entity: str, entity_id: str) -> str:
    table = table_for(entity)
    row = connection.execute(select(table).where(table.c.id == entity_id)).mappings().first()
    if row is None:
        return f"a {entity.replace('_', ' ')}"
    if entity == "person":
        return str(row["name"])
    if entity == "pairing":
        return f"the pairing {_name(connection, row['mentor_id'])} → {_name(connection, row['mentee_id'])}"
    if entity in ("mentor_profile", "mentee_profile"):
        return f"{_name(connection, row['person_id'])}'s {entity.split('_')[0]} profile"
    for key in ("name", "title", "name_en"):
        if key in row:
            return f"the {entity.replace('_', ' ')} '{row[key]}'"
    return f"a {entity.replace('_', ' ')}"


def _shown(value: Any) -> str:
    if value is None or value == "" or value == []:
        return "(empty)"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)


def _row(connection: Connection, c: Any) -> ConflictRow:
    subject = _subject(connection, c.entity, c.entity_id)
    local, server, base = decode(c.local_value), decode(c.server_value), decode(c.base_value)
    if c.kind == "field":
        field = (c.field or "").replace("_", " ")
        who = c.server_actor or "another coordinator"
        summary = f"{subject}'s {field}: you wrote {_shown(local)}, {who} wrote {_shown(server)}"
    else:
        summary = f"Your change to {subject} was refused by the server: {c.message}"
    return ConflictRow(
        id=c.id, kind=c.kind, entity=c.entity, entity_id=c.entity_id, field=c.field, local=local, server=server,
        base=base, message=c.message, server_actor=c.server_actor, subject=subject, summary=summary,
    )  # fmt: skip


def list_conflicts(ctx: ServiceContext) -> list[ConflictRow]:
    """Open conflicts and refusals, oldest first."""
    with ctx.db.engine.connect() as connection:
        rows = connection.execute(
            select(CONFLICTS)
            .where(CONFLICTS.c.resolved_at.is_(None))
            .order_by(CONFLICTS.c.created_at, CONFLICTS.c.op_no)
        ).all()
        return [_row(connection, c) for c in rows]


def _find(connection: Connection, conflict_id: str) -> Any:
    rows = connection.execute(
        select(CONFLICTS).where(CONFLICTS.c.resolved_at.is_(None), CONFLICTS.c.id.startswith(conflict_id))
    ).all()
    if not rows:
        raise NotFound(f"There is no open conflict '{conflict_id}' (see `conflicts list`).")
    if len(rows) > 1:
        raise InvalidInput(f"'{conflict_id}' matches {len(rows)} conflicts; give more of the id.")
    return rows[0]


def resolve_conflict(ctx: ServiceContext, conflict_id: str, keep: str) -> ConflictRow:
    """`local`: send my value (or my refused change) again at the next sync; `server`: take the server's."""
    if keep not in ("local", "server"):
        raise InvalidInput("Choose which value to keep: local (mine) or server (theirs).")
    changed: dict[str, set[str]] = {}
    with ctx.db.engine.begin() as connection:
        c = _find(connection, conflict_id)
        row = _row(connection, c)
        tx = str(uuid.uuid4())
        now = ctx.now()
        if c.kind == "field":
            # Mine: my value again, as a new change based on the server's, sent at the next sync. Theirs: the
            # server's value and row version, so this desktop's row is the server's row again (history only).
            mine = keep == "local"
            kept, other = (c.local_value, c.server_value) if mine else (c.server_value, c.local_value)
            _set(connection, c.entity, c.entity_id, c.field, kept, now if mine else (c.server_updated_at or now))
            _journal(connection, ctx, tx, now, c.entity, c.entity_id, c.field, "update", other, kept, pushed=not mine)
        elif keep == "local":
            changed = put_back(connection, c.entries, now)
            for e in c.entries:  # the same change again, based on what the server had when it refused
                old = e["server"] if e["on_server"] else None
                operation = "update" if e["on_server"] else "insert"
                _journal(
                    connection,
                    ctx,
                    tx,
                    now,
                    e["entity"],
                    e["entity_id"],
                    e["field"],
                    operation,
                    old,
                    e["new"],
                    pushed=False,
                )
        # A refusal kept as the server has it needs nothing more: the change was taken out when it was refused.
        changed.setdefault(c.entity, set()).add(c.entity_id)
        connection.execute(update(CONFLICTS).where(CONFLICTS.c.id == c.id).values(resolved_at=now, resolution=keep))
    ctx.tell_listeners(changed)
    return row


def _set(connection: Connection, entity: str, entity_id: str, field: str, value_text: str | None, now: Any) -> None:
    table = table_for(entity)
    connection.execute(
        update(table)
        .where(table.c.id == entity_id)
        .values({field: column_value(entity, field, value_text), "updated_at": now})
    )


def _journal(
    connection: Connection, ctx: ServiceContext, tx: str, at: datetime, entity: str, entity_id: str, field: str,
    operation: str, old: str | None, new: str | None, *, pushed: bool,
) -> None:  # fmt: skip
    """A history entry for the resolution; unsent when it must reach the server, already 'sent' when it came from it."""
    pairing_id = entity_id if entity == "pairing" else None
    if entity in ("pairing_milestone", "meeting", "note"):
        table = table_for(entity)
        pairing_id = connection.execute(select(table.c.pairing_id).where(table.c.id == entity_id)).scalar()
    connection.execute(
        insert(JOURNAL).values(
            change_id=str(uuid.uuid4()), transaction_id=tx, entity=entity, entity_id=entity_id, pairing_id=pairing_id,
            operation=operation, field=field, old_value=old, new_value=new, actor=ctx.actor, device_id=ctx.device_id,
            at=at, pushed_at=at if pushed else None,
        )
    )  # fmt: skip

"""Writes the change journal from every flush, so no service can forget to record a change."""

from __future__ import annotations

import json
import uuid
from datetime import date, datetime
from typing import Any, cast

from sqlalchemy import Table, event, insert, inspect
from sqlalchemy.orm import Session, sessionmaker

from app.models import ChangeEntry, Meeting, Note, Pairing, PairingMilestone, SyncColumns, utcnow

# Bookkeeping columns whose changes are not history.
UNJOURNALED = frozenset({"id", "created_at", "updated_at", "server_version"})


def encode(value: Any) -> str | None:
    """JSON text for a column value; dates as ISO strings."""
    if value is None:
        return None
    if isinstance(value, datetime | date):
        return json.dumps(value.isoformat())
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def decode(text: str | None) -> Any:
    return None if text is None else json.loads(text)


def _pairing_of(obj: SyncColumns) -> str | None:
    if isinstance(obj, Pairing):
        return obj.id
    if isinstance(obj, PairingMilestone | Meeting | Note):
        return obj.pairing_id
    return None


def _apply_defaults(obj: SyncColumns) -> None:
    """Fill Python-side column defaults now, so the journal records the values the row will hold."""
    for column in inspect(type(obj)).columns:
        default = column.default
        if default is None or getattr(obj, column.key) is not None:
            continue
        if default.is_scalar:
            setattr(obj, column.key, default.arg)
        elif default.is_callable:
            # SQLAlchemy wraps default callables to take an execution context; ours ignore it.
            setattr(obj, column.key, default.arg(None))


def _before_flush(session: Session, _context: Any, _instances: Any) -> None:
    if not session.info.get("journal", True):
        return
    if not any(isinstance(obj, SyncColumns) for obj in (*session.new, *session.dirty)):
        return
    actor = session.info.get("actor")
    device = session.info.get("device_id")
    if not actor or not device:
        raise RuntimeError("writes must go through a service transaction (actor and device unknown)")
    now: datetime = session.info.get("now") or utcnow()
    tx = session.info.setdefault("transaction_id", str(uuid.uuid4()))
    entries: list[dict[str, Any]] = []

    for obj in list(session.new):
        if not isinstance(obj, SyncColumns):
            continue
        _apply_defaults(obj)
        obj.created_at = obj.updated_at = now
        for column in inspect(type(obj)).columns:
            value = getattr(obj, column.key)
            if column.key in UNJOURNALED or value is None:
                continue
            entries.append(_entry(obj, "insert", column.key, None, value, actor, device, now, tx))

    for obj in list(session.dirty):
        if not isinstance(obj, SyncColumns) or not session.is_modified(obj, include_collections=False):
            continue
        state = inspect(obj)
        changed = False
        for column in inspect(type(obj)).columns:
            if column.key in UNJOURNALED:
                continue
            history = state.attrs[column.key].history
            if not history.has_changes():
                continue
            old = history.deleted[0] if history.deleted else None
            new = history.added[0] if history.added else None
            if old == new:
                continue
            changed = True
            entries.append(_entry(obj, "update", column.key, old, new, actor, device, now, tx))
        if changed:
            obj.updated_at = now
    if entries:
        # One multi-row INSERT rather than an ORM object per entry: an import of thousands of people writes
        # ~100,000 entries, which as ORM objects took most of the import's time.
        session.connection().execute(insert(cast(Table, ChangeEntry.__table__)), entries)
        journaled: dict[str, set[str]] = session.info.setdefault("journal_changed", {})
        for entry in entries:
            journaled.setdefault(entry["entity"], set()).add(entry["entity_id"])


def _entry(
    obj: SyncColumns, op: str, field: str, old: Any, new: Any, actor: str, device: str, now: datetime, tx: str
) -> dict[str, Any]:
    return dict(
        change_id=str(uuid.uuid4()),
        transaction_id=tx,
        entity=obj.__entity__,
        entity_id=obj.id,
        pairing_id=_pairing_of(obj),
        operation=op,
        field=field,
        old_value=encode(old),
        new_value=encode(new),
        actor=actor,
        device_id=device,
        at=now,
    )


def install_journal(factory: sessionmaker[Session]) -> None:
    event.listen(factory, "before_flush", _before_flush)

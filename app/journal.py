"""Writes the change journal from every flush, so no service can forget to record a change."""

from __future__ import annotations

import json
import math
import os
import uuid
from datetime import date, datetime
from typing import Any, cast

from sqlalchemy import Table, event, inspect
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
    # Key order kept: a desktop that receives a record through sync rebuilds it exactly as it was written.
    return json.dumps(value, ensure_ascii=False)


def decode(text: str | None) -> Any:
    return None if text is None else json.loads(text)


def _pairing_of(obj: SyncColumns) -> str | None:
    if isinstance(obj, Pairing):
        return obj.id
    if isinstance(obj, PairingMilestone | Meeting | Note):
        return obj.pairing_id
    return None


_COLUMNS: dict[type, tuple[tuple[str, ...], tuple[tuple[str, Any], ...]]] = {}


def _columns(cls: type) -> tuple[tuple[str, ...], tuple[tuple[str, Any], ...]]:
    """A model's journaled column keys, and its Python-side defaults (key, default), computed once per class."""
    if cls not in _COLUMNS:
        columns: list[Any] = list(inspect(cls).columns)
        keys = tuple(c.key for c in columns if c.key not in UNJOURNALED)
        # A scalar default of None changes nothing on a new object, so only real defaults are applied.
        defaults = tuple(
            (c.key, c.default)
            for c in columns
            if c.default is not None and not (c.default.is_scalar and c.default.arg is None)
        )
        _COLUMNS[cls] = (keys, defaults)
    return _COLUMNS[cls]


def _apply_defaults(obj: SyncColumns) -> None:
    """Fill Python-side column defaults now, so the journal records the values the row will hold."""
    for key, default in _columns(type(obj))[1]:
        if getattr(obj, key) is not None:
            continue
        if default.is_scalar:
            setattr(obj, key, default.arg)
        elif default.is_callable:
            # SQLAlchemy wraps default callables to take an execution context; ours ignore it.
            setattr(obj, key, default.arg(None))


def _encode_fast(value: Any) -> str | None:
    """`encode`, written out for the common plain values (same text as json.dumps gives them)."""
    kind = type(value)
    if kind is str:
        return _encode_string(value)
    if kind is int or (kind is float and math.isfinite(value)):
        return repr(value)
    if kind is list and all(type(item) is str for item in value):
        return "[" + ", ".join(_encode_string(item) for item in value) + "]"
    return encode(value)


_encode_string = json.encoder.encode_basestring  # what json.dumps(text, ensure_ascii=False) writes


# One entry as a row of change_journal, in this column order (seq is assigned by the database).
ENTRY_COLUMNS = (
    "change_id", "transaction_id", "entity", "entity_id", "pairing_id", "operation", "field", "old_value",
    "new_value", "actor", "device_id", "at",
)  # fmt: skip


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
    # Every field of every record is one entry: the rows are built as plain tuples (an import of thousands of
    # people writes ~100,000 of them) with the change id left for _insert to fill in.
    entries: list[list[Any]] = []

    for obj in list(session.new):
        if not isinstance(obj, SyncColumns):
            continue
        _apply_defaults(obj)
        obj.created_at = obj.updated_at = now
        head = (tx, obj.__entity__, obj.id, _pairing_of(obj), "insert")
        for key in _columns(type(obj))[0]:
            value = getattr(obj, key)
            if value is not None:
                entries.append(["", *head, key, None, _encode_fast(value), actor, device, now])

    for obj in list(session.dirty):
        if not isinstance(obj, SyncColumns) or not session.is_modified(obj, include_collections=False):
            continue
        state = inspect(obj)
        changed = False
        for key in _columns(type(obj))[0]:
            history = state.attrs[key].history
            if not history.has_changes():
                continue
            old = history.deleted[0] if history.deleted else None
            new = history.added[0] if history.added else None
            if old == new:
                continue
            changed = True
            entries.append(
                ["", tx, obj.__entity__, obj.id, _pairing_of(obj), "update", key, encode(old), encode(new), actor,
                 device, now]
            )  # fmt: skip
        if changed:
            obj.updated_at = now
    if entries:
        _insert(session, entries, now)
        journaled: dict[str, set[str]] = session.info.setdefault("journal_changed", {})
        for entry in entries:
            journaled.setdefault(entry[2], set()).add(entry[3])


def _change_ids(count: int) -> list[str]:
    """`count` random (version 4) UUIDs as text, made in one go: str(uuid4()) a hundred thousand times is slow."""
    raw = bytearray(os.urandom(16 * count))
    raw[6::16] = bytes((b & 0x0F) | 0x40 for b in raw[6::16])
    raw[8::16] = bytes((b & 0x3F) | 0x80 for b in raw[8::16])
    h = raw.hex()
    return [f"{h[i : i + 8]}-{h[i + 8 : i + 12]}-{h[i + 12 : i + 16]}-{h[i + 16 : i + 20]}-{h[i + 20 : i + 32]}"
            for i in range(0, len(h), 32)]  # fmt: skip


def _insert(session: Session, entries: list[list[Any]], now: datetime) -> None:
    """Write the entries with one executemany straight to the driver.

    As ORM objects the entries took most of a large import's time, and even through Core, per-row parameter
    processing cost as much as SQLite's own work. Every column is text or a number except `at`, which is the same
    moment for every entry of a flush, so it is converted once with the column type's own bind processor.
    """
    connection = session.connection()
    table = cast(Table, ChangeEntry.__table__)
    dialect = connection.dialect
    at_processor = table.c.at.type.dialect_impl(dialect).bind_processor(dialect)
    at_value = at_processor(now) if at_processor else now
    for entry, change_id in zip(entries, _change_ids(len(entries)), strict=True):
        entry[0] = change_id
        entry[-1] = at_value
    placeholder = "?" if dialect.paramstyle == "qmark" else "%s"
    statement = (
        f"INSERT INTO {table.name} ({', '.join(ENTRY_COLUMNS)}) "
        f"VALUES ({', '.join(placeholder for _ in ENTRY_COLUMNS)})"
    )
    connection.exec_driver_sql(statement, [tuple(entry) for entry in entries])


def install_journal(factory: sessionmaker[Session]) -> None:
    event.listen(factory, "before_flush", _before_flush)

"""The unit of sync: one local transaction's journal entries, numbered per device."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

# Journal columns that travel, in this order (change_journal minus its local seq, pushed_at and op_no).
ENTRY_FIELDS = (
    "change_id", "transaction_id", "entity", "entity_id", "pairing_id", "operation", "field", "old_value",
    "new_value", "actor", "device_id", "at",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Entry:
    change_id: str
    transaction_id: str
    entity: str
    entity_id: str
    pairing_id: str | None
    operation: str  # insert | update
    field: str
    old_value: str | None
    new_value: str | None
    actor: str
    device_id: str
    at: datetime

    def as_dict(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in ENTRY_FIELDS}


@dataclass(slots=True)
class Operation:
    """One local transaction: applied on the server as a whole (or refused as a whole)."""

    op_no: int
    entries: list[Entry] = field(default_factory=list)


@dataclass(slots=True)
class PushResult:
    """What the server did with a push: everything up to `last_op_no` is applied; outcomes say what was not."""

    last_op_no: int
    applied_entries: int = 0
    outcomes: list[dict[str, Any]] = field(default_factory=list)
    # Set when nothing but this push's own entries lies after the desktop's pull cursor: the cursor may move here
    # without pulling its own changes back.
    cursor: int | None = None

"""What syncs: entity names, their tables, and journal values turned back into column values."""

from __future__ import annotations

import json
from datetime import date, datetime
from functools import cache
from typing import Any

from sqlalchemy import Date, Table

from app.models import SYNCED_MODELS
from app.models.base import UTCDateTime

# Fields that hold a state machine's state: a change made from a state the server row no longer has is refused
# as a whole (the transition no longer applies), not offered as a field conflict.
STATE_FIELDS = frozenset({"status", "state"})

# Insert order that satisfies foreign keys (a unit before its programmes, a pairing before its milestones).
ENTITY_ORDER: dict[str, int] = {model.__entity__: index for index, model in enumerate(SYNCED_MODELS)}


@cache
def tables() -> dict[str, Table]:
    return {model.__entity__: model.__table__ for model in SYNCED_MODELS}  # type: ignore[attr-defined]


def table_for(entity: str) -> Table:
    try:
        return tables()[entity]
    except KeyError:
        raise ValueError(f"unknown entity {entity!r}") from None


@cache
def _kinds(entity: str) -> dict[str, str]:
    """Column key → 'datetime' | 'date' | 'plain' for one entity's table."""
    kinds = {}
    for column in table_for(entity).columns:
        if isinstance(column.type, UTCDateTime):
            kinds[column.key] = "datetime"
        elif isinstance(column.type, Date):
            kinds[column.key] = "date"
        else:
            kinds[column.key] = "plain"
    return kinds


def is_column(entity: str, field: str) -> bool:
    return entity in tables() and field in _kinds(entity)


def column_value(entity: str, field: str, text: str | None) -> Any:
    """A journal value (JSON text) as the Python value its column takes."""
    if text is None:
        return None
    value = json.loads(text)
    if value is None:
        return None
    kind = _kinds(entity)[field]
    if kind == "datetime":
        return datetime.fromisoformat(value)
    if kind == "date":
        return date.fromisoformat(value)
    return value


def same_value(entity: str, field: str, left: str | None, right: str | None) -> bool:
    """Two journal values mean the same column value (texts may differ in formatting, e.g. key order)."""
    if left == right:
        return True
    return column_value(entity, field, left) == column_value(entity, field, right)

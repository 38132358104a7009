"""Sync bookkeeping: conflicts kept on a desktop, and the server's per-device push records."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, new_id, utcnow


class SyncConflict(Base):
    """A change the server did not apply as sent: a field changed on both sides, or a refused operation.

    Kept on the desktop until the coordinator resolves it (keep mine / keep theirs); never dropped silently.
    """

    __tablename__ = "sync_conflicts"
    __table_args__ = (UniqueConstraint("op_no", "change_id"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    kind: Mapped[str] = mapped_column(String(10))  # field | refused
    op_no: Mapped[int] = mapped_column(Integer)
    change_id: Mapped[str] = mapped_column(String(36))  # the (first) journal entry concerned
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(36), index=True)
    field: Mapped[str | None] = mapped_column(String(60), default=None)
    local_value: Mapped[str | None] = mapped_column(Text, default=None)  # JSON text, as in the journal
    server_value: Mapped[str | None] = mapped_column(Text, default=None)
    base_value: Mapped[str | None] = mapped_column(Text, default=None)
    message: Mapped[str] = mapped_column(Text, default="")
    server_actor: Mapped[str | None] = mapped_column(String(200), default=None)
    # The server row's version when the conflict arose (or a later server change of the field arrived).
    server_updated_at: Mapped[datetime | None] = mapped_column(default=None)
    # For a refused operation: every entry of it ([{entity, entity_id, field, old, new, server}]), to undo or redo.
    entries: Mapped[list[Any]] = mapped_column(JSON, default=list)
    # For a refused operation: the server's rows it touched ([{entity, entity_id, values}]), shown meanwhile.
    server_rows: Mapped[list[Any]] = mapped_column(JSON, default=list)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    resolved_at: Mapped[datetime | None] = mapped_column(default=None)
    resolution: Mapped[str | None] = mapped_column(String(10), default=None)  # local | server


class SyncDevice(Base):
    """On the server: the last operation number applied for each desktop, so a retried push is applied once."""

    __tablename__ = "sync_devices"

    device_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    last_op_no: Mapped[int] = mapped_column(Integer, default=0)
    last_push_at: Mapped[datetime | None] = mapped_column(default=None)
    last_pull_seq: Mapped[int | None] = mapped_column(Integer, default=None)


class SyncOutcome(Base):
    """On the server: what happened to an operation that was not applied as sent, returned again on a replay."""

    __tablename__ = "sync_outcomes"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    device_id: Mapped[str] = mapped_column(String(36), index=True)
    op_no: Mapped[int] = mapped_column(Integer)
    payload: Mapped[dict[str, Any]] = mapped_column(default=dict)


__all__ = ["SyncConflict", "SyncDevice", "SyncOutcome"]

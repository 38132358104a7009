"""The change journal: history shown to users, audit trail, and the outbox sync pushes."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, new_id, utcnow


class ChangeEntry(Base):
    """One field of one record changed by one committed transaction. Append-only."""

    __tablename__ = "change_journal"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    change_id: Mapped[str] = mapped_column(String(36), unique=True, default=new_id)
    # Not indexed: every change writes a journal row, and nothing looks entries up by transaction or push time yet.
    transaction_id: Mapped[str] = mapped_column(String(36))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(36), index=True)
    # The pairing a milestone, meeting or note belongs to, so a pairing's history is one query.
    pairing_id: Mapped[str | None] = mapped_column(String(36), index=True, default=None)
    operation: Mapped[str] = mapped_column(String(10))  # insert | update
    field: Mapped[str] = mapped_column(String(60))
    old_value: Mapped[str | None] = mapped_column(Text, default=None)  # JSON text
    new_value: Mapped[str | None] = mapped_column(Text, default=None)  # JSON text
    actor: Mapped[str] = mapped_column(String(200))
    device_id: Mapped[str] = mapped_column(String(36))
    at: Mapped[datetime] = mapped_column(default=utcnow)
    # Sync: set when the server acknowledged this entry (or when it came from the server in a pull).
    pushed_at: Mapped[datetime | None] = mapped_column(default=None)
    # Sync: this device's operation number for the entry's transaction, given just before its first push, so a
    # retried push carries the same number and the server applies it once.
    op_no: Mapped[int | None] = mapped_column(Integer, default=None)


class LocalSetting(Base):
    """Values about this database file itself (the sync cursor); per-installation settings live in app.installation."""

    __tablename__ = "local_settings"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


__all__ = ["ChangeEntry", "LocalSetting"]

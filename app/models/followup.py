"""Local bookkeeping of the scheduler: reminders claimed and sent, and health alerts raised (never synced).

Both tables are per database: every scheduler process claims in the database it runs against, so two processes on
one database never send the same reminder twice. They carry no sync columns, so the change journal (and sync)
ignores them.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, new_id, utcnow


class ReminderClaim(Base):
    """At most one row per (meeting, kind): claimed before the e-mail goes out, then marked sent (or failed).

    `scheduled_for` is the meeting time the reminder was for: a moved meeting has a different time, so its claim may
    be taken again (moving resets the reminders).
    """

    __tablename__ = "reminder_claims"
    __table_args__ = (UniqueConstraint("meeting_id", "kind"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    meeting_id: Mapped[str] = mapped_column(ForeignKey("meetings.id"))
    kind: Mapped[str] = mapped_column(String(5))  # 24h | 1h
    scheduled_for: Mapped[datetime] = mapped_column()
    claimed_at: Mapped[datetime] = mapped_column(default=utcnow)
    claimed_by: Mapped[str] = mapped_column(String(100), default="")
    sent_at: Mapped[datetime | None] = mapped_column(default=None)
    recipients: Mapped[list[str]] = mapped_column(default=list)
    error: Mapped[str | None] = mapped_column(Text, default=None)


class HealthAlert(Base):
    """One episode of a condition a coordinator should notice, raised once when it starts.

    Open while the condition holds (`ended_at` empty); a partial unique index keeps one open alert per
    (kind, pairing, subject), so two processes cannot raise it twice. Dismissing hides it from the notification area.
    """

    __tablename__ = "health_alerts"
    __table_args__ = (
        Index(
            "uq_health_alerts_open",
            "kind",
            "pairing_id",
            "subject_id",
            unique=True,
            sqlite_where=text("ended_at IS NULL"),
            postgresql_where=text("ended_at IS NULL"),
        ),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    # stalled | proposal_waiting | never_met | milestone_overdue
    kind: Mapped[str] = mapped_column(String(30))
    pairing_id: Mapped[str] = mapped_column(ForeignKey("mentor_pairings.id"), index=True)
    programme_id: Mapped[str] = mapped_column(String(36))
    subject_id: Mapped[str] = mapped_column(String(36), default="")  # the milestone, for milestone_overdue
    details: Mapped[dict[str, Any]] = mapped_column(default=dict)
    raised_at: Mapped[datetime] = mapped_column(default=utcnow)
    ended_at: Mapped[datetime | None] = mapped_column(default=None)
    dismissed_at: Mapped[datetime | None] = mapped_column(default=None)
    mailed_at: Mapped[datetime | None] = mapped_column(default=None)


__all__ = ["HealthAlert", "ReminderClaim"]

"""Pairings (the mentor_pairings join) and what hangs off them: milestones, meetings, notes."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import CheckConstraint, Float, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, SyncColumns
from app.models.enums import (
    DissolutionReason,
    MeetingStatus,
    MilestoneStatus,
    Modality,
    NoteVisibility,
    PairingStatus,
)
from app.models.organisation import in_values

OPEN_PAIRING_WHERE = text("status IN ('proposed', 'active') AND deleted_at IS NULL")


class Pairing(SyncColumns, Base):
    __tablename__ = "mentor_pairings"
    __entity__ = "pairing"
    __table_args__ = (
        in_values("status", PairingStatus, "status"),
        CheckConstraint(
            "dissolution_reason IS NULL OR dissolution_reason IN ("
            + ", ".join(f"'{r.value}'" for r in DissolutionReason)
            + ")",
            name="dissolution_reason",
        ),
        CheckConstraint("status <> 'dissolved' OR dissolution_reason IS NOT NULL", name="dissolved_has_reason"),
        CheckConstraint("mentor_id <> mentee_id", name="two_people"),
        # One open pairing per mentee per programme, held by the database itself.
        Index(
            "uq_mentor_pairings_open_mentee",
            "programme_id",
            "mentee_id",
            unique=True,
            sqlite_where=OPEN_PAIRING_WHERE,
            postgresql_where=OPEN_PAIRING_WHERE,
        ),
    )

    programme_id: Mapped[str] = mapped_column(ForeignKey("programmes.id"), index=True)
    mentor_id: Mapped[str] = mapped_column(ForeignKey("people.id"), index=True)
    mentee_id: Mapped[str] = mapped_column(ForeignKey("people.id"), index=True)
    status: Mapped[str] = mapped_column(String(20), default=PairingStatus.PROPOSED.value)
    score: Mapped[float | None] = mapped_column(Float, default=None)
    reasons: Mapped[dict[str, Any]] = mapped_column(default=dict)
    created_by: Mapped[str] = mapped_column(String(200), default="")
    proposed_at: Mapped[datetime | None] = mapped_column(default=None)
    activated_at: Mapped[datetime | None] = mapped_column(default=None)
    declined_at: Mapped[datetime | None] = mapped_column(default=None)
    completed_at: Mapped[datetime | None] = mapped_column(default=None)
    dissolved_at: Mapped[datetime | None] = mapped_column(default=None)
    dissolution_reason: Mapped[str | None] = mapped_column(String(30), default=None)
    status_note: Mapped[str | None] = mapped_column(String(200), default=None)
    last_activity_at: Mapped[datetime | None] = mapped_column(default=None)


class PairingMilestone(SyncColumns, Base):
    __tablename__ = "pairing_milestones"
    __entity__ = "pairing_milestone"
    __table_args__ = (
        in_values("status", MilestoneStatus, "status"),
        # Covers the dashboard's read of a programme's milestones (scheduler branch, migration 0005).
        Index("ix_pairing_milestones_dashboard", "pairing_id", "deleted_at", "status", "started_at", "completed_at",
              "due_date"),
    )  # fmt: skip

    pairing_id: Mapped[str] = mapped_column(ForeignKey("mentor_pairings.id"), index=True)
    template_id: Mapped[str | None] = mapped_column(ForeignKey("milestone_templates.id"), default=None)
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    due_date: Mapped[date | None] = mapped_column(default=None)
    status: Mapped[str] = mapped_column(String(20), default=MilestoneStatus.PENDING.value)
    started_at: Mapped[datetime | None] = mapped_column(default=None)
    completed_at: Mapped[datetime | None] = mapped_column(default=None)
    completed_by: Mapped[str | None] = mapped_column(String(200), default=None)
    reopened_count: Mapped[int] = mapped_column(Integer, default=0)


class Meeting(SyncColumns, Base):
    __tablename__ = "meetings"
    __entity__ = "meeting"
    __table_args__ = (
        in_values("status", MeetingStatus, "status"),
        in_values("modality", Modality, "modality"),
        CheckConstraint("duration_minutes > 0", name="duration_positive"),
        # Covers the dashboard's read of a programme's meetings (scheduler branch, migration 0005).
        Index("ix_meetings_dashboard", "pairing_id", "deleted_at", "status", "scheduled_at"),
    )

    pairing_id: Mapped[str] = mapped_column(ForeignKey("mentor_pairings.id"), index=True)
    scheduled_at: Mapped[datetime] = mapped_column(index=True)
    duration_minutes: Mapped[int] = mapped_column(Integer, default=60)
    modality: Mapped[str] = mapped_column(String(20), default=Modality.IN_PERSON.value)
    status: Mapped[str] = mapped_column(String(20), default=MeetingStatus.SCHEDULED.value)
    reason: Mapped[str | None] = mapped_column(String(200), default=None)
    summary: Mapped[str] = mapped_column(Text, default="")


class Note(SyncColumns, Base):
    __tablename__ = "notes"
    __entity__ = "note"
    __table_args__ = (in_values("visibility", NoteVisibility, "visibility"),)

    pairing_id: Mapped[str] = mapped_column(ForeignKey("mentor_pairings.id"), index=True)
    author: Mapped[str] = mapped_column(String(200))
    visibility: Mapped[str] = mapped_column(String(20), default=NoteVisibility.COORDINATOR.value)
    body: Mapped[str] = mapped_column(Text)

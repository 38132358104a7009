"""Programmes and their ordered milestone templates."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import CheckConstraint, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, SyncColumns
from app.models.enums import ProgrammeState
from app.models.organisation import in_values


class Programme(SyncColumns, Base):
    __tablename__ = "programmes"
    __entity__ = "programme"
    __table_args__ = (
        in_values("state", ProgrammeState, "state"),
        CheckConstraint("default_capacity >= 1", name="default_capacity_positive"),
        CheckConstraint("amber_days >= 1 AND red_days > amber_days", name="thresholds_ordered"),
    )

    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    unit_id: Mapped[str | None] = mapped_column(ForeignKey("organisation_units.id"), default=None)
    state: Mapped[str] = mapped_column(String(20), default=ProgrammeState.DRAFT.value)
    start_date: Mapped[date | None] = mapped_column(default=None)
    end_date: Mapped[date | None] = mapped_column(default=None)
    default_capacity: Mapped[int] = mapped_column(Integer, default=2)
    amber_days: Mapped[int] = mapped_column(Integer, default=14)
    red_days: Mapped[int] = mapped_column(Integer, default=28)
    weights: Mapped[dict[str, Any]] = mapped_column(default=dict)

    milestone_templates: Mapped[list[MilestoneTemplate]] = relationship(
        order_by="MilestoneTemplate.position",
        primaryjoin="and_(MilestoneTemplate.programme_id == Programme.id, MilestoneTemplate.deleted_at.is_(None))",
        viewonly=True,
    )


class MilestoneTemplate(SyncColumns, Base):
    __tablename__ = "milestone_templates"
    __entity__ = "milestone_template"

    programme_id: Mapped[str] = mapped_column(ForeignKey("programmes.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    due_offset_days: Mapped[int | None] = mapped_column(Integer, default=None)

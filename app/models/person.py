"""People and their per-programme mentor and mentee profiles."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, Float, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, SyncColumns
from app.models.enums import Availability, MenteeState, MentorRole, MentorState
from app.models.organisation import in_values


class Person(SyncColumns, Base):
    __tablename__ = "people"
    __entity__ = "person"

    name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(254), default=None, index=True)
    phone: Mapped[str | None] = mapped_column(String(40), default=None)
    postcode: Mapped[str | None] = mapped_column(String(10), default=None)
    municipality: Mapped[str | None] = mapped_column(String(100), default=None)
    county: Mapped[str | None] = mapped_column(String(100), default=None)
    latitude: Mapped[float | None] = mapped_column(Float, default=None)
    longitude: Mapped[float | None] = mapped_column(Float, default=None)
    languages: Mapped[list[str]] = mapped_column(default=list)
    contact_preferences: Mapped[list[str]] = mapped_column(default=list)
    external_ref: Mapped[str | None] = mapped_column(String(100), default=None, index=True)
    unit_id: Mapped[str | None] = mapped_column(ForeignKey("organisation_units.id"), default=None)
    # Set when the person asked to be forgotten: their personal fields are blank and their history scrubbed.
    erased_at: Mapped[datetime | None] = mapped_column(default=None)


class MentorProfile(SyncColumns, Base):
    __tablename__ = "mentor_profiles"
    __entity__ = "mentor_profile"
    __table_args__ = (
        UniqueConstraint("person_id", "programme_id"),
        in_values("role", MentorRole, "role"),
        in_values("state", MentorState, "state"),
        in_values("availability", Availability, "availability"),
        CheckConstraint("capacity >= 1", name="capacity_positive"),
        CheckConstraint("max_travel_km IS NULL OR max_travel_km >= 0", name="travel_non_negative"),
    )

    person_id: Mapped[str] = mapped_column(ForeignKey("people.id"), index=True)
    programme_id: Mapped[str] = mapped_column(ForeignKey("programmes.id"), index=True)
    role: Mapped[str] = mapped_column(String(20), default=MentorRole.MENTOR.value)
    state: Mapped[str] = mapped_column(String(20), default=MentorState.APPLIED.value)
    availability: Mapped[str] = mapped_column(String(20), default=Availability.AVAILABLE.value)
    unavailable_until: Mapped[date | None] = mapped_column(default=None)
    capacity: Mapped[int] = mapped_column(Integer)
    specialisations: Mapped[list[str]] = mapped_column(default=list)
    slots: Mapped[list[str]] = mapped_column(default=list)
    modalities: Mapped[list[str]] = mapped_column(default=list)
    max_travel_km: Mapped[int | None] = mapped_column(Integer, default=None)
    bio: Mapped[str] = mapped_column(String(500), default="")


class MenteeProfile(SyncColumns, Base):
    __tablename__ = "mentee_profiles"
    __entity__ = "mentee_profile"
    __table_args__ = (
        UniqueConstraint("person_id", "programme_id"),
        in_values("state", MenteeState, "state"),
    )

    person_id: Mapped[str] = mapped_column(ForeignKey("people.id"), index=True)
    programme_id: Mapped[str] = mapped_column(ForeignKey("programmes.id"), index=True)
    state: Mapped[str] = mapped_column(String(20), default=MenteeState.WAITING.value)
    specialisations: Mapped[list[str]] = mapped_column(default=list)
    slots: Mapped[list[str]] = mapped_column(default=list)
    modalities: Mapped[list[str]] = mapped_column(default=list)
    notes: Mapped[str] = mapped_column(Text, default="")

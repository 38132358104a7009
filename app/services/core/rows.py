"""Plain rows that services hand to views, the CLI and the portal (no ORM objects leave a service)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from typing import Any


def to_jsonable(value: Any) -> Any:
    """Rows, lists and dicts as JSON-ready values; dates as ISO text."""
    if isinstance(value, JsonRow):
        return value.to_json()
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [to_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {k: to_jsonable(v) for k, v in value.items()}
    return value


class JsonRow:
    def to_json(self) -> dict[str, Any]:
        return {k: to_jsonable(v) for k, v in asdict(self).items()}  # type: ignore[call-overload]


@dataclass(frozen=True)
class MilestoneTemplateRow(JsonRow):
    id: str
    position: int
    title: str
    description: str
    due_offset_days: int | None


@dataclass(frozen=True)
class ProgrammeRow(JsonRow):
    id: str
    name: str
    state: str
    description: str
    unit: str | None
    start_date: date | None
    end_date: date | None
    default_capacity: int
    amber_days: int
    red_days: int
    weights: dict[str, float]
    milestones: list[MilestoneTemplateRow]
    updated_at: datetime


@dataclass(frozen=True)
class ProfileRow(JsonRow):
    id: str
    programme: str
    programme_name: str
    role: str  # mentor, senior_mentor, trainee, or mentee
    state: str
    capacity: int | None
    open_pairings: int
    availability: str | None
    unavailable_until: date | None
    specialisations: list[str]
    slots: list[str]
    modalities: list[str]
    max_travel_km: int | None
    bio: str


@dataclass(frozen=True)
class PersonRow(JsonRow):
    id: str
    name: str
    email: str | None
    phone: str | None
    postcode: str | None
    municipality: str | None
    county: str | None
    latitude: float | None
    longitude: float | None
    external_ref: str | None
    profiles: list[ProfileRow]
    updated_at: datetime
    languages: list[str] = field(default_factory=list)
    contact_preferences: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class MilestoneRow(JsonRow):
    id: str
    position: int
    title: str
    status: str
    due_date: date | None
    started_at: datetime | None
    completed_at: datetime | None
    completed_by: str | None
    reopened_count: int


@dataclass(frozen=True)
class PairingRow(JsonRow):
    id: str
    programme: str
    programme_name: str
    mentor: str
    mentor_name: str
    mentee: str
    mentee_name: str
    status: str
    health: str
    stage: str | None
    score: float | None
    reasons: dict[str, Any]
    created_by: str
    proposed_at: datetime | None
    activated_at: datetime | None
    declined_at: datetime | None
    completed_at: datetime | None
    dissolved_at: datetime | None
    dissolution_reason: str | None
    note: str | None
    last_activity_at: datetime | None
    unit: str | None
    milestones: list[MilestoneRow] = field(default_factory=list)


@dataclass(frozen=True)
class HistoryRow(JsonRow):
    at: datetime
    actor: str
    entity: str
    entity_id: str
    operation: str
    field: str
    old: Any
    new: Any
    device: str


@dataclass(frozen=True)
class MeetingRow(JsonRow):
    id: str
    pairing: str
    scheduled_at: datetime
    duration_minutes: int
    modality: str
    status: str
    reason: str | None
    summary: str


@dataclass(frozen=True)
class NoteRow(JsonRow):
    id: str
    pairing: str
    author: str
    visibility: str
    body: str
    created_at: datetime


@dataclass(frozen=True)
class SpecialisationRow(JsonRow):
    id: str
    key: str
    name_en: str
    name_nb: str

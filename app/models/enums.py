"""The closed vocabularies of the domain, stored as plain strings."""

from __future__ import annotations

from enum import StrEnum


class UnitKind(StrEnum):
    NATIONAL = "national"
    REGION = "region"
    CHAPTER = "chapter"


class ProgrammeState(StrEnum):
    DRAFT = "draft"
    OPEN = "open"
    MATCHING = "matching"
    ACTIVE = "active"
    COMPLETED = "completed"


class MentorRole(StrEnum):
    MENTOR = "mentor"
    SENIOR_MENTOR = "senior_mentor"
    TRAINEE = "trainee"


class MentorState(StrEnum):
    APPLIED = "applied"
    APPROVED = "approved"
    PAUSED = "paused"
    WITHDRAWN = "withdrawn"


class Availability(StrEnum):
    AVAILABLE = "available"
    UNAVAILABLE = "unavailable"


class MenteeState(StrEnum):
    WAITING = "waiting"
    MATCHED = "matched"
    WITHDRAWN = "withdrawn"


class PairingStatus(StrEnum):
    PROPOSED = "proposed"
    ACTIVE = "active"
    COMPLETED = "completed"
    DECLINED = "declined"
    DISSOLVED = "dissolved"


OPEN_PAIRING_STATUSES = (PairingStatus.PROPOSED.value, PairingStatus.ACTIVE.value)


class DissolutionReason(StrEnum):
    NOT_PROGRESSING = "not_progressing"
    MENTEE_WITHDREW = "mentee_withdrew"
    MENTOR_UNAVAILABLE = "mentor_unavailable"
    INCOMPATIBLE = "incompatible"
    MOVED = "moved"
    OTHER = "other"


class MilestoneStatus(StrEnum):
    PENDING = "pending"
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"


class MeetingStatus(StrEnum):
    SCHEDULED = "scheduled"
    COMPLETED = "completed"
    CANCELLED = "cancelled"
    NO_SHOW = "no_show"


class Modality(StrEnum):
    IN_PERSON = "in_person"
    PHONE = "phone"
    VIDEO = "video"


class NoteVisibility(StrEnum):
    ALL = "all"
    MENTOR = "mentor"
    COORDINATOR = "coordinator"


class Health(StrEnum):
    ON_TRACK = "on_track"
    NEEDS_ATTENTION = "needs_attention"
    STALLED = "stalled"
    PROPOSED = "proposed"
    COMPLETED = "completed"
    DISSOLVED = "dissolved"
    DECLINED = "declined"


def values(enum: type[StrEnum]) -> tuple[str, ...]:
    return tuple(member.value for member in enum)

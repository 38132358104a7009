"""The rows of each exported sheet, read with a few column queries (fast enough for 10,000 pairings)."""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Iterator
from datetime import datetime
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from app.models import Meeting, MenteeProfile, MentorProfile, Pairing, PairingMilestone, Person, Programme
from app.models.enums import MilestoneStatus
from app.services.matching.reasons import reason_details
from app.services.pairings.projection import standing
from app.spreadsheets.cells import local_cell, version_text
from app.spreadsheets.writer import Styled
from app.vocabulary import slot_label, words

logger = logging.getLogger(__name__)

CHUNK = 900
HEALTH_STYLE = {"on_track": "good", "needs_attention": "warn", "stalled": "bad"}
PAIRING_STATUS_STYLE = {"active": "good", "completed": "good", "proposed": "neutral"}
MILESTONE_STYLE = {"completed": "good", "in_progress": "warn", "pending": "neutral"}
# Only the columns a sheet shows: each date column read costs a conversion per row.
PAIRING_COLUMNS = (
    "id", "programme_id", "mentor_id", "mentee_id", "status", "score", "reasons", "proposed_at", "activated_at",
    "declined_at", "completed_at", "dissolved_at", "dissolution_reason", "status_note", "last_activity_at",
    "updated_at",
)  # fmt: skip
MILESTONE_COLUMNS = (
    "id", "pairing_id", "position", "title", "due_date", "status", "started_at", "completed_at", "completed_by",
    "updated_at",
)  # fmt: skip
MEETING_COLUMNS = (
    "id", "pairing_id", "scheduled_at", "duration_minutes", "modality", "status", "reason", "summary", "updated_at",
)  # fmt: skip
MEETING_STYLE = {"completed": "good", "scheduled": "neutral", "cancelled": "warn", "no_show": "bad"}


def _styled(code: str, styles: dict[str, str]) -> Styled:
    return Styled(words(code), styles.get(code, "neutral"))


def _newest(*moments: datetime | None) -> str:
    return version_text(max(m for m in moments if m is not None))


def mentor_rows(
    session: Session, programme_ids: list[str], names: dict[str, str], specs: dict[str, str]
) -> Iterator[list[Any]]:
    profile = MentorProfile.__table__.c
    query = _people_query(MentorProfile).add_columns(
        profile.role, profile.availability, profile.unavailable_until, profile.capacity, profile.max_travel_km,
        profile.bio,
    )  # fmt: skip
    for p in session.execute(query.where(profile.programme_id.in_(programme_ids))):
        yield [
            *_person_cells(p, names[p.programme_id]),
            words(p.role),
            words(p.state),
            words(p.availability),
            p.unavailable_until,
            p.capacity,
            "; ".join(specs.get(s, s) for s in p.specialisations),
            "; ".join(slot_label(s) for s in p.slots),
            "; ".join(words(m) for m in p.modalities),
            p.max_travel_km,
            p.bio,
            *_reach_cells(p),
            p.external_ref,
            _newest(p.person_updated_at, p.profile_updated_at),
        ]


def mentee_rows(
    session: Session, programme_ids: list[str], names: dict[str, str], specs: dict[str, str]
) -> Iterator[list[Any]]:
    query = _people_query(MenteeProfile).where(MenteeProfile.__table__.c.programme_id.in_(programme_ids))
    for p in session.execute(query):
        yield [
            *_person_cells(p, names[p.programme_id]),
            words(p.state),
            "; ".join(specs.get(s, s) for s in p.specialisations),
            "; ".join(slot_label(s) for s in p.slots),
            "; ".join(words(m) for m in p.modalities),
            *_reach_cells(p),
            p.external_ref,
            _newest(p.person_updated_at, p.profile_updated_at),
        ]


def _people_query(model: type[MentorProfile] | type[MenteeProfile]) -> Select[Any]:
    """Plain rows (no ORM objects: ten times faster for 10,000 people) of people joined to their profiles."""
    person, profile = Person.__table__.c, model.__table__.c
    return (
        select(
            person.id,
            person.name,
            person.email,
            person.phone,
            person.postcode,
            person.municipality,
            person.county,
            person.latitude,
            person.longitude,
            person.external_ref,
            person.languages,
            person.contact_preferences,
            person.updated_at.label("person_updated_at"),
            profile.programme_id,
            profile.state,
            profile.specialisations,
            profile.slots,
            profile.modalities,
            profile.updated_at.label("profile_updated_at"),
        )
        .join_from(Person.__table__, model.__table__, profile.person_id == person.id)
        .where(profile.deleted_at.is_(None), person.deleted_at.is_(None))
        .order_by(person.name, person.id)
    )


def _reach_cells(person: Any) -> list[str]:
    """Languages and contact preferences, as a coordinator types them back."""
    return ["; ".join(person.languages or []), "; ".join(words(c) for c in person.contact_preferences or [])]


def _person_cells(person: Any, programme_name: str) -> list[Any]:
    return [
        person.id,
        person.name,
        person.email,
        person.phone,
        person.postcode,
        person.municipality,
        person.county,
        person.latitude,
        person.longitude,
        programme_name,
    ]


class PairingData:
    """Pairings, their milestones and meetings in scope, plus people's names, loaded once for all three sheets."""

    def __init__(self, session: Session, programmes: list[Programme], now: datetime) -> None:
        self.programmes = {p.id: p for p in programmes}
        self.now = now
        # Plain rows rather than ORM objects: building 40,000 objects took longer than writing the workbook.
        pairing, milestone, meeting = Pairing.__table__, PairingMilestone.__table__, Meeting.__table__
        self.pairings = session.execute(
            select(*(pairing.c[name] for name in PAIRING_COLUMNS))
            .where(pairing.c.programme_id.in_(list(self.programmes)), pairing.c.deleted_at.is_(None))
            .order_by(pairing.c.proposed_at, pairing.c.id)
        ).all()
        ids = [p.id for p in self.pairings]
        people = list({p.mentor_id for p in self.pairings} | {p.mentee_id for p in self.pairings})
        self.names: dict[str, str] = {}
        for start in range(0, len(people), CHUNK):
            chunk = people[start : start + CHUNK]
            self.names.update(session.execute(select(Person.id, Person.name).where(Person.id.in_(chunk))).all())
        self.milestones: dict[str, list[Any]] = defaultdict(list)
        self.meetings: dict[str, list[Any]] = defaultdict(list)
        for start in range(0, len(ids), CHUNK):
            chunk = ids[start : start + CHUNK]
            for m in session.execute(
                select(*(milestone.c[name] for name in MILESTONE_COLUMNS))
                .where(milestone.c.pairing_id.in_(chunk), milestone.c.deleted_at.is_(None))
                .order_by(milestone.c.pairing_id, milestone.c.position)
            ):
                self.milestones[m.pairing_id].append(m)
            for m in session.execute(
                select(*(meeting.c[name] for name in MEETING_COLUMNS))
                .where(meeting.c.pairing_id.in_(chunk), meeting.c.deleted_at.is_(None))
                .order_by(meeting.c.scheduled_at, meeting.c.id)
            ):
                self.meetings[m.pairing_id].append(m)

    def pairing_rows(self) -> Iterator[list[Any]]:
        for p in self.pairings:
            programme = self.programmes[p.programme_id]
            own = self.milestones.get(p.id, [])
            where = standing(
                p.status,
                [(m.title, m.due_date) for m in own if m.status != MilestoneStatus.COMPLETED],
                now=self.now,
                last_activity_at=p.last_activity_at,
                proposed_at=p.proposed_at,
                amber_days=programme.amber_days,
                red_days=programme.red_days,
            )
            yield [
                p.id,
                programme.name,
                p.mentor_id,
                self.names.get(p.mentor_id, ""),
                p.mentee_id,
                self.names.get(p.mentee_id, ""),
                _styled(p.status, PAIRING_STATUS_STYLE),
                _styled(where.health, HEALTH_STYLE),
                where.stage,
                p.score,
                reason_details(p.reasons or {}),
                local_cell(p.proposed_at),
                local_cell(p.activated_at),
                local_cell(p.completed_at or p.dissolved_at or p.declined_at),
                words(p.dissolution_reason),
                p.status_note,
                local_cell(p.last_activity_at),
                version_text(p.updated_at),
            ]

    def milestone_rows(self) -> Iterator[list[Any]]:
        today, completed = self.now.date(), MilestoneStatus.COMPLETED.value
        for p in self.pairings:
            mentor, mentee = self.names.get(p.mentor_id, ""), self.names.get(p.mentee_id, "")
            for m in self.milestones.get(p.id, ()):
                overdue = m.status != completed and m.due_date is not None and m.due_date < today
                yield [
                    m.id,
                    p.id,
                    mentor,
                    mentee,
                    m.position,
                    m.title,
                    m.due_date,
                    Styled(words(m.status), "bad") if overdue else _styled(m.status, MILESTONE_STYLE),
                    local_cell(m.started_at),
                    local_cell(m.completed_at),
                    m.completed_by,
                    version_text(m.updated_at),
                ]

    def meeting_rows(self) -> Iterator[list[Any]]:
        for p in self.pairings:
            for m in self.meetings.get(p.id, []):
                yield [
                    m.id,
                    p.id,
                    self.names.get(p.mentor_id, ""),
                    self.names.get(p.mentee_id, ""),
                    local_cell(m.scheduled_at),
                    m.duration_minutes,
                    words(m.modality),
                    _styled(m.status, MEETING_STYLE),
                    m.reason,
                    m.summary,
                    version_text(m.updated_at),
                ]

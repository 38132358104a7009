"""Meeting reminders 24 hours and 1 hour before: which are due, claiming them once, recording the outcome.

A reminder is claimed in the database *before* its e-mail goes out (one statement: insert, or take over a claim made
for an earlier time of a moved meeting), so two scheduler processes on one database never both send it; a claim
that lost the race returns nothing. If the process dies after claiming and before recording, the reminder counts as
sent (at most once, never twice): see docs/scheduler.md.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from app.models import Meeting, Pairing, Person, ReminderClaim, new_id
from app.models.enums import MeetingStatus, PairingStatus
from app.services.core.context import ServiceContext

logger = logging.getLogger(__name__)

KINDS = {"24h": timedelta(hours=24), "1h": timedelta(hours=1)}
EMAIL_PREFERENCES = frozenset({"email", "e-mail", "epost", "e-post"})


@dataclass(frozen=True)
class Recipient:
    person_id: str
    name: str
    email: str
    language: str  # nb | en
    role: str  # mentor | mentee


@dataclass(frozen=True)
class DueReminder:
    """A reminder this process has claimed and now must send."""

    claim_id: str
    meeting_id: str
    pairing_id: str
    kind: str
    scheduled_at: datetime
    duration_minutes: int
    modality: str
    mentor_name: str
    mentee_name: str
    recipients: list[Recipient] = field(default_factory=list)


def reminder_kind(scheduled_at: datetime, now: datetime) -> str | None:
    """ "1h" within the last hour before the meeting, "24h" within the day before that, else None.

    A reminder whose window passed while no scheduler ran is not sent late: only the current window counts.
    """
    ahead = scheduled_at - now
    if ahead <= timedelta(0):
        return None
    if ahead <= KINDS["1h"]:
        return "1h"
    if ahead <= KINDS["24h"]:
        return "24h"
    return None


def language_of(languages: list[str] | None) -> str:
    """Bokmål unless the person's languages name English and no Norwegian."""
    codes = [str(code).lower() for code in languages or []]
    if any(code in ("nb", "no", "nn", "nob", "norsk") for code in codes):
        return "nb"
    return "en" if any(code in ("en", "eng", "english", "engelsk") for code in codes) else "nb"


def wants_email(preferences: list[str] | None) -> bool:
    return any(str(p).strip().lower() in EMAIL_PREFERENCES for p in preferences or [])


def _insert(session: Session) -> Any:
    return (postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert)(ReminderClaim)


def claim_due_reminders(ctx: ServiceContext, now: datetime, *, worker: str = "") -> list[DueReminder]:
    """Claim every reminder due at `now` that no one (this process or another) has claimed for this meeting time."""
    with ctx.transaction() as session:
        mentor = Person.__table__.alias("mentor")
        mentee = Person.__table__.alias("mentee")
        rows = session.execute(
            select(
                Meeting.id,
                Meeting.pairing_id,
                Meeting.scheduled_at,
                Meeting.duration_minutes,
                Meeting.modality,
                mentor.c.id,
                mentor.c.name,
                mentor.c.email,
                mentor.c.languages,
                mentee.c.id,
                mentee.c.name,
                mentee.c.email,
                mentee.c.languages,
                mentee.c.contact_preferences,
            )
            .join(Pairing, Pairing.id == Meeting.pairing_id)
            .join(mentor, mentor.c.id == Pairing.mentor_id)
            .join(mentee, mentee.c.id == Pairing.mentee_id)
            .where(
                Meeting.status == MeetingStatus.SCHEDULED.value,
                Meeting.deleted_at.is_(None),
                Meeting.scheduled_at > now,
                Meeting.scheduled_at <= now + KINDS["24h"],
                Pairing.status == PairingStatus.ACTIVE.value,
                Pairing.deleted_at.is_(None),
            )
        ).all()
        if not rows:
            return []
        wanted = {}
        for row in rows:
            kind = reminder_kind(row[2], now)
            if kind is not None:
                wanted[(row[0], kind)] = row
        existing = {
            (meeting_id, kind): scheduled_for
            for meeting_id, kind, scheduled_for in session.execute(
                select(ReminderClaim.meeting_id, ReminderClaim.kind, ReminderClaim.scheduled_for).where(
                    ReminderClaim.meeting_id.in_({key[0] for key in wanted})
                )
            )
        }
        todo = {key: row for key, row in wanted.items() if existing.get(key) != row[2]}
        if not todo:
            return []
        values = [
            {
                "id": new_id(),
                "meeting_id": meeting_id,
                "kind": kind,
                "scheduled_for": row[2],
                "claimed_at": now,
                "claimed_by": worker[:100],
                "recipients": [],
            }
            for (meeting_id, kind), row in todo.items()
        ]
        statement = _insert(session).values(values)
        # A claim made for another time (the meeting moved since) is taken over; one for this time is left alone,
        # and then RETURNING gives nothing: another process has it.
        statement = statement.on_conflict_do_update(
            index_elements=["meeting_id", "kind"],
            set_={
                "id": statement.excluded.id,
                "scheduled_for": statement.excluded.scheduled_for,
                "claimed_at": statement.excluded.claimed_at,
                "claimed_by": statement.excluded.claimed_by,
                "sent_at": None,
                "recipients": statement.excluded.recipients,
                "error": None,
            },
            where=ReminderClaim.__table__.c.scheduled_for != statement.excluded.scheduled_for,
        ).returning(ReminderClaim.__table__.c.id, ReminderClaim.__table__.c.meeting_id, ReminderClaim.__table__.c.kind)
        claimed = session.execute(statement).all()
        due = []
        for claim_id, meeting_id, kind in claimed:
            row = todo[(meeting_id, kind)]
            recipients = []
            if row[7]:
                recipients.append(Recipient(row[5], row[6], row[7], language_of(row[8]), "mentor"))
            if row[11] and wants_email(row[13]):
                recipients.append(Recipient(row[9], row[10], row[11], language_of(row[12]), "mentee"))
            due.append(
                DueReminder(
                    claim_id=claim_id,
                    meeting_id=meeting_id,
                    pairing_id=row[1],
                    kind=kind,
                    scheduled_at=row[2],
                    duration_minutes=row[3],
                    modality=row[4],
                    mentor_name=row[6],
                    mentee_name=row[10],
                    recipients=recipients,
                )
            )
        due.sort(key=lambda d: (d.scheduled_at, d.meeting_id, d.kind))
        return due


@dataclass(frozen=True)
class Outcome:
    """What became of a claimed reminder: delivered to `recipients`; `error` for those that failed."""

    claim_id: str
    recipients: list[str]
    error: str | None
    release: bool = False  # nothing went out (mail server down): give the claim back so a later pass retries


def record_outcomes(ctx: ServiceContext, now: datetime, outcomes: list[Outcome]) -> None:
    """The outcomes of one pass, in one transaction (a pass may send hundreds of reminders)."""
    if not outcomes:
        return
    with ctx.transaction() as session:
        released = [o.claim_id for o in outcomes if o.release]
        if released:
            session.execute(delete(ReminderClaim).where(ReminderClaim.id.in_(released)))
        kept = [o for o in outcomes if not o.release]
        if kept:
            session.execute(
                update(ReminderClaim),
                [{"id": o.claim_id, "sent_at": now, "recipients": o.recipients, "error": o.error} for o in kept],
            )


@dataclass(frozen=True)
class ClaimRow:
    meeting_id: str
    kind: str
    scheduled_for: datetime
    sent_at: datetime | None
    recipients: list[str]
    error: str | None


def list_claims(ctx: ServiceContext) -> list[ClaimRow]:
    with ctx.read() as session:
        return [
            ClaimRow(c.meeting_id, c.kind, c.scheduled_for, c.sent_at, list(c.recipients or []), c.error)
            for c in session.scalars(select(ReminderClaim).order_by(ReminderClaim.claimed_at, ReminderClaim.kind))
        ]

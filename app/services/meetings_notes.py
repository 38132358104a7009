"""Meetings and notes on a pairing; both count as activity for its health."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select

from app.errors import InvalidInput, InvalidTransition
from app.models import Meeting, Note
from app.models.enums import MeetingStatus, Modality, NoteVisibility, PairingStatus, values
from app.services import lookup, validation
from app.services.context import ServiceContext
from app.services.rows import MeetingRow, NoteRow

MEETING_TRANSITIONS = {"scheduled": {"completed", "cancelled", "no_show"}}


def _meeting_row(m: Meeting) -> MeetingRow:
    return MeetingRow(
        id=m.id,
        pairing=m.pairing_id,
        scheduled_at=m.scheduled_at,
        duration_minutes=m.duration_minutes,
        modality=m.modality,
        status=m.status,
        reason=m.reason,
        summary=m.summary,
    )


def _note_row(n: Note) -> NoteRow:
    return NoteRow(
        id=n.id, pairing=n.pairing_id, author=n.author, visibility=n.visibility, body=n.body, created_at=n.created_at
    )


def add_meeting(
    ctx: ServiceContext,
    pairing_id: str,
    scheduled_at: datetime,
    *,
    duration_minutes: int = 60,
    modality: str = "in_person",
    status: str = "scheduled",
    summary: str = "",
) -> MeetingRow:
    """Schedule a meeting, or log one that was held (status completed)."""
    code = validation.choice(modality, values(Modality), "way of meeting")
    state = validation.choice(status, (MeetingStatus.SCHEDULED.value, MeetingStatus.COMPLETED.value), "meeting status")
    minutes = validation.whole_number(duration_minutes, "The duration (minutes)", 5, 24 * 60)
    text = validation.limited_text(summary, "The summary", 4000)
    if scheduled_at.tzinfo is None:
        raise InvalidInput("The meeting time needs a time zone.")
    with ctx.transaction() as session:
        pairing = lookup.pairing(session, pairing_id, for_update=True)
        if pairing.status != PairingStatus.ACTIVE:
            raise InvalidTransition(f"Meetings can only be added to an active pairing; this one is {pairing.status}.")
        if state == MeetingStatus.COMPLETED and scheduled_at > session.info["now"]:
            raise InvalidInput("A meeting in the future cannot be logged as held.")
        meeting = Meeting(
            pairing_id=pairing.id,
            scheduled_at=scheduled_at,
            duration_minutes=minutes,
            modality=code,
            status=state,
            summary=text,
        )
        session.add(meeting)
        if state == MeetingStatus.COMPLETED:
            pairing.last_activity_at = session.info["now"]
        session.flush()
        return _meeting_row(meeting)


def set_meeting_status(ctx: ServiceContext, meeting_id: str, status: str, reason: str | None = None) -> MeetingRow:
    target = validation.choice(status, values(MeetingStatus), "meeting status")
    text = validation.optional_text(reason, "The reason", 200)
    with ctx.transaction() as session:
        meeting = session.scalar(select(Meeting).where(Meeting.id == meeting_id, Meeting.deleted_at.is_(None)))
        if meeting is None:
            raise InvalidInput(f"There is no meeting '{meeting_id}'.")
        if target not in MEETING_TRANSITIONS.get(meeting.status, set()):
            raise InvalidTransition(f"A {meeting.status} meeting cannot become {target.replace('_', ' ')}.")
        if target in (MeetingStatus.CANCELLED, MeetingStatus.NO_SHOW) and not text:
            raise InvalidInput("Give a reason when a meeting is cancelled or nobody came.")
        meeting.status = target
        meeting.reason = text
        if target == MeetingStatus.COMPLETED:
            lookup.pairing(session, meeting.pairing_id).last_activity_at = session.info["now"]
        session.flush()
        return _meeting_row(meeting)


def list_meetings(ctx: ServiceContext, pairing_id: str) -> list[MeetingRow]:
    with ctx.read() as session:
        pairing = lookup.pairing(session, pairing_id)
        rows = session.scalars(
            select(Meeting)
            .where(Meeting.pairing_id == pairing.id, Meeting.deleted_at.is_(None))
            .order_by(Meeting.scheduled_at)
        ).all()
        return [_meeting_row(m) for m in rows]


def add_note(ctx: ServiceContext, pairing_id: str, body: str, visibility: str = "coordinator") -> NoteRow:
    text = validation.required_text(body, "The note", 4000)
    code = validation.choice(visibility, values(NoteVisibility), "note visibility")
    with ctx.transaction() as session:
        pairing = lookup.pairing(session, pairing_id, for_update=True)
        note = Note(pairing_id=pairing.id, author=ctx.actor, visibility=code, body=text)
        session.add(note)
        pairing.last_activity_at = session.info["now"]
        session.flush()
        return _note_row(note)


def list_notes(ctx: ServiceContext, pairing_id: str, *, visible_to: str = "coordinator") -> list[NoteRow]:
    """Notes a reader may see: coordinators see all; mentors see `all` and `mentor` notes."""
    allowed = values(NoteVisibility) if visible_to == "coordinator" else ("all", "mentor")
    with ctx.read() as session:
        pairing = lookup.pairing(session, pairing_id)
        rows = session.scalars(
            select(Note)
            .where(Note.pairing_id == pairing.id, Note.deleted_at.is_(None), Note.visibility.in_(allowed))
            .order_by(Note.created_at)
        ).all()
        return [_note_row(n) for n in rows]

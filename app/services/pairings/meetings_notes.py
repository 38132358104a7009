"""Meetings and notes on a pairing; both count as activity for its health."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import InvalidInput, InvalidTransition
from app.models import Meeting, Note, Pairing
from app.models.enums import MeetingStatus, Modality, NoteVisibility, PairingStatus, values
from app.services.core import lookup, validation
from app.services.core.context import ServiceContext
from app.services.core.rows import MeetingRow, NoteRow

MEETING_TRANSITIONS = {"scheduled": {"completed", "cancelled", "no_show"}}


NOTE_LIMIT = 4000  # characters of a note (the desktop form says the same)


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


MEETING_RULES: dict[str, Callable[[Any], Any]] = {
    "modality": lambda v: validation.choice(v, values(Modality), "way of meeting"),
    "duration_minutes": lambda v: validation.whole_number(v, "The duration (minutes)", 5, 24 * 60),
    "summary": lambda v: validation.limited_text(v, "The summary", 4000),
    "reason": lambda v: validation.optional_text(v, "The reason", 200),
    "status": lambda v: validation.choice(v, values(MeetingStatus), "meeting status"),
}


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
    code = MEETING_RULES["modality"](modality)
    state = validation.choice(status, (MeetingStatus.SCHEDULED.value, MeetingStatus.COMPLETED.value), "meeting status")
    minutes = MEETING_RULES["duration_minutes"](duration_minutes)
    text = MEETING_RULES["summary"](summary)
    if scheduled_at.tzinfo is None:
        raise InvalidInput("The meeting time needs a time zone.")
    with ctx.transaction() as session:
        pairing = lookup.pairing(session, pairing_id, for_update=True)
        meeting = add_meeting_in_session(session, pairing, scheduled_at, minutes, code, state, text)
        session.flush()
        return _meeting_row(meeting)


def add_meeting_in_session(
    session: Session, pairing: Pairing, scheduled_at: datetime, minutes: int, modality: str, status: str, summary: str
) -> Meeting:
    """A new meeting inside an open transaction; the values are already checked with MEETING_RULES."""
    if pairing.status != PairingStatus.ACTIVE:
        raise InvalidTransition(f"Meetings can only be added to an active pairing; this one is {pairing.status}.")
    if status not in (MeetingStatus.SCHEDULED, MeetingStatus.COMPLETED):
        raise InvalidTransition("A new meeting is either scheduled or completed (held).", field="status")
    if status == MeetingStatus.COMPLETED and scheduled_at > session.info["now"]:
        raise InvalidInput("A meeting in the future cannot be logged as held.", field="scheduled_at")
    meeting = Meeting(
        pairing_id=pairing.id,
        scheduled_at=scheduled_at,
        duration_minutes=minutes,
        modality=modality,
        status=status,
        summary=summary,
    )
    session.add(meeting)
    if status == MeetingStatus.COMPLETED:
        pairing.last_activity_at = session.info["now"]
    return meeting


def _meeting(session: Session, meeting_id: str) -> Meeting:
    meeting = session.scalar(select(Meeting).where(Meeting.id == meeting_id, Meeting.deleted_at.is_(None)))
    if meeting is None:
        raise InvalidInput(f"There is no meeting '{meeting_id}'.")
    return meeting


def set_meeting_status(ctx: ServiceContext, meeting_id: str, status: str, reason: str | None = None) -> MeetingRow:
    target = MEETING_RULES["status"](status)
    text = MEETING_RULES["reason"](reason)
    with ctx.transaction() as session:
        meeting = _meeting(session, meeting_id)
        meeting_status_in_session(session, meeting, target, text)
        session.flush()
        return _meeting_row(meeting)


def meeting_status_in_session(session: Session, meeting: Meeting, target: str, reason: str | None) -> None:
    """scheduled → completed | cancelled | no_show; cancelled and no-show need a reason."""
    if target not in MEETING_TRANSITIONS.get(meeting.status, set()):
        message = f"A {meeting.status} meeting cannot become {target.replace('_', ' ')}."
        raise InvalidTransition(message, field="status")
    if target in (MeetingStatus.CANCELLED, MeetingStatus.NO_SHOW) and not reason:
        raise InvalidInput("Give a reason when a meeting is cancelled or nobody came.", field="reason")
    meeting.status = target
    meeting.reason = reason
    if target == MeetingStatus.COMPLETED:
        lookup.pairing(session, meeting.pairing_id).last_activity_at = session.info["now"]


def update_meeting(
    ctx: ServiceContext,
    meeting_id: str,
    *,
    scheduled_at: datetime | None = None,
    duration_minutes: int | None = None,
    modality: str | None = None,
    summary: str | None = None,
) -> MeetingRow:
    """Move or change a scheduled meeting; the summary of any meeting may be edited."""
    with ctx.transaction() as session:
        meeting = _meeting(session, meeting_id)
        update_meeting_in_session(
            session,
            meeting,
            scheduled_at=scheduled_at,
            duration_minutes=None if duration_minutes is None else MEETING_RULES["duration_minutes"](duration_minutes),
            modality=None if modality is None else MEETING_RULES["modality"](modality),
            summary=None if summary is None else MEETING_RULES["summary"](summary),
        )
        session.flush()
        return _meeting_row(meeting)


def update_meeting_in_session(
    session: Session,
    meeting: Meeting,
    *,
    scheduled_at: datetime | None = None,
    duration_minutes: int | None = None,
    modality: str | None = None,
    summary: str | None = None,
) -> None:
    """None leaves a field as it is; the values are already checked with MEETING_RULES."""
    moves = {
        "scheduled_at": scheduled_at is not None and scheduled_at != meeting.scheduled_at,
        "duration_minutes": duration_minutes is not None and duration_minutes != meeting.duration_minutes,
        "modality": modality is not None and modality != meeting.modality,
    }
    moved = [field for field, changes in moves.items() if changes]
    if moved and meeting.status != MeetingStatus.SCHEDULED:
        raise InvalidTransition(
            f"A {meeting.status.replace('_', ' ')} meeting cannot be moved or changed; only its summary can.",
            field=moved[0],
        )
    if scheduled_at is not None:
        if scheduled_at.tzinfo is None:
            raise InvalidInput("The meeting time needs a time zone.", field="scheduled_at")
        meeting.scheduled_at = scheduled_at
    if duration_minutes is not None:
        meeting.duration_minutes = duration_minutes
    if modality is not None:
        meeting.modality = modality
    if summary is not None:
        meeting.summary = summary


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
    text = validation.required_text(body, "The note", NOTE_LIMIT)
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


def list_all_meetings(ctx: ServiceContext) -> list[MeetingRow]:
    """Every meeting of every pairing, in time order (the command line's `meeting list` without a pairing)."""
    with ctx.read() as session:
        rows = session.scalars(
            select(Meeting).where(Meeting.deleted_at.is_(None)).order_by(Meeting.scheduled_at, Meeting.id)
        ).all()
        return [_meeting_row(m) for m in rows]

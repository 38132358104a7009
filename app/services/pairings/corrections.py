"""Correcting a mistake: edit or remove a note or a meeting, withdraw a proposal. Removal is a tombstone.

A removed record keeps its row with `deleted_at` set, so the journal records the removal as one more change, sync
sends it like any other, and the history still shows what was there. Every list already skips tombstones.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import InvalidInput, InvalidTransition
from app.models import Meeting, Note, Pairing
from app.models.enums import NoteVisibility, PairingStatus, values
from app.services.core import lookup, validation
from app.services.core.context import ServiceContext
from app.services.core.rows import MeetingRow, NoteRow, PairingRow
from app.services.pairings.meetings_notes import NOTE_LIMIT, _meeting, _meeting_row, _note_row
from app.services.pairings.projection import pairing_row


def _note(session: Session, note_id: str) -> Note:
    note = session.scalar(select(Note).where(Note.id == (note_id or "").strip(), Note.deleted_at.is_(None)))
    if note is None:
        raise InvalidInput(f"There is no note '{note_id}' (it may have been removed already).")
    return note


def _open_pairing(session: Session, pairing_id: str, what: str) -> Pairing:
    pairing = lookup.pairing(session, pairing_id, for_update=True)
    if pairing.status not in (PairingStatus.PROPOSED, PairingStatus.ACTIVE):
        raise InvalidTransition(f"The pairing has ended ({pairing.status}); its {what} can no longer be changed.")
    return pairing


def edit_note(ctx: ServiceContext, note_id: str, body: str, visibility: str | None = None) -> NoteRow:
    """New text (and optionally who may read it) for a note of a pairing that has not ended."""
    text = validation.required_text(body, "The note", NOTE_LIMIT)
    code = None if visibility is None else validation.choice(visibility, values(NoteVisibility), "note visibility")
    with ctx.transaction() as session:
        note = _note(session, note_id)
        _open_pairing(session, note.pairing_id, "notes")
        note.body = text
        if code is not None:
            note.visibility = code
        session.flush()
        return _note_row(note)


def remove_note(ctx: ServiceContext, note_id: str) -> NoteRow:
    with ctx.transaction() as session:
        note = _note(session, note_id)
        _open_pairing(session, note.pairing_id, "notes")
        note.deleted_at = session.info["now"]
        session.flush()
        return _note_row(note)


def remove_meeting(ctx: ServiceContext, meeting_id: str) -> MeetingRow:
    with ctx.transaction() as session:
        meeting = _meeting(session, meeting_id)
        _open_pairing(session, meeting.pairing_id, "meetings")
        meeting.deleted_at = session.info["now"]
        session.flush()
        return _meeting_row(meeting)


def restore_removed(ctx: ServiceContext, entity: str, record_id: str) -> None:
    """Bring back a note or meeting removed by mistake (undo of a removal): the tombstone is lifted as a new change."""
    with ctx.transaction() as session:
        record: Note | Meeting | None = (
            session.get(Note, record_id) if entity == "note" else session.get(Meeting, record_id)
        )
        if record is None or record.deleted_at is None:
            raise InvalidInput(f"There is no removed {entity} '{record_id}' to bring back.")
        _open_pairing(session, record.pairing_id, f"{entity}s")
        record.deleted_at = None


def withdraw_proposal(ctx: ServiceContext, pairing_id: str) -> PairingRow:
    """Take back a proposal made by mistake, before anyone activated it: the pairing is removed (a tombstone)."""
    with ctx.transaction() as session:
        pairing = lookup.pairing(session, pairing_id, for_update=True)
        if pairing.status != PairingStatus.PROPOSED:
            raise InvalidTransition(
                f"Only a proposal can be withdrawn; this pairing is {pairing.status}. Dissolve it instead.",
                field="status",
            )
        row = pairing_row(session, pairing)
        pairing.deleted_at = session.info["now"]
        session.flush()
        return row

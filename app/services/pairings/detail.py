"""Everything the pairing detail shows, in one call: the pairing, its history (newest first), meetings and notes."""

from __future__ import annotations

from dataclasses import dataclass

from app.services.core.context import ServiceContext
from app.services.core.rows import HistoryRow, MeetingRow, NoteRow, PairingRow
from app.services.pairings.meetings_notes import list_meetings, list_notes
from app.services.pairings.pairings import get_pairing, pairing_history


@dataclass(frozen=True)
class PairingDetail:
    pairing: PairingRow
    history: list[HistoryRow]  # newest first
    meetings: list[MeetingRow]
    notes: list[NoteRow]
    reader: str  # "coordinator" or "mentor": what the lists were cut to


def pairing_detail(ctx: ServiceContext, pairing_id: str, *, reader: str = "coordinator") -> PairingDetail:
    """A mentor reader gets no coordinator-only notes, and no history of them either (the journal holds their text)."""
    pairing = get_pairing(ctx, pairing_id)
    notes = list_notes(ctx, pairing_id, visible_to=reader)
    history = pairing_history(ctx, pairing_id)
    if reader != "coordinator":
        visible = {n.id for n in notes}
        history = [h for h in history if h.entity != "note" or h.entity_id in visible]
    history.reverse()
    return PairingDetail(
        pairing=pairing,
        history=history,
        meetings=list_meetings(ctx, pairing_id),
        notes=sorted(notes, key=lambda n: n.created_at, reverse=True),
        reader=reader,
    )

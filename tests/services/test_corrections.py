"""Correcting mistakes: edit and remove notes and meetings, withdraw a proposal; removals are journaled tombstones."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from app.errors import InvalidInput, InvalidTransition
from app.models import ChangeEntry
from app.services.core.context import ServiceContext
from app.services.pairings.corrections import (
    edit_note,
    remove_meeting,
    remove_note,
    restore_removed,
    withdraw_proposal,
)
from app.services.pairings.meetings_notes import add_meeting, add_note, list_meetings, list_notes
from app.services.pairings.pairings import create_pairing, dissolve_pairing, list_pairings
from tests.helpers import FakeClock, make_mentee
from tests.services.test_meetings_notes import active_pairing


def journal(ctx: ServiceContext, entity_id: str) -> list[tuple[str, str, str | None]]:
    with ctx.read() as session:
        rows = session.execute(
            select(ChangeEntry.operation, ChangeEntry.field, ChangeEntry.new_value)
            .where(ChangeEntry.entity_id == entity_id)
            .order_by(ChangeEntry.seq)
        ).all()
    return [tuple(r) for r in rows]


def test_a_note_is_edited_and_removed_as_journaled_changes(ctx: ServiceContext, clock: FakeClock) -> None:
    pairing = active_pairing(ctx)
    note = add_note(ctx, pairing.id, "Mentee called, wants to meet in Bergn.")
    clock.advance(minutes=5)
    edited = edit_note(ctx, note.id, "Mentee called, wants to meet in Bergen.", "mentor")
    assert (edited.body, edited.visibility) == ("Mentee called, wants to meet in Bergen.", "mentor")
    assert [n.body for n in list_notes(ctx, pairing.id)] == ["Mentee called, wants to meet in Bergen."]

    remove_note(ctx, note.id)
    assert list_notes(ctx, pairing.id) == []
    entries = journal(ctx, note.id)
    assert ("update", "body", '"Mentee called, wants to meet in Bergen."') in entries
    assert entries[-1][:2] == ("update", "deleted_at"), "the removal is a tombstone, recorded like any change"
    with pytest.raises(InvalidInput, match="no note"):
        remove_note(ctx, note.id)

    restore_removed(ctx, "note", note.id)
    assert [n.id for n in list_notes(ctx, pairing.id)] == [note.id]
    assert journal(ctx, note.id)[-1] == ("update", "deleted_at", None)


def test_empty_text_is_refused_and_ended_pairings_are_left_alone(ctx: ServiceContext) -> None:
    pairing = active_pairing(ctx)
    note = add_note(ctx, pairing.id, "First call done.")
    with pytest.raises(InvalidInput, match="note"):
        edit_note(ctx, note.id, "   ")
    dissolve_pairing(ctx, pairing.id, "moved")
    with pytest.raises(InvalidTransition, match="has ended"):
        remove_note(ctx, note.id)
    assert [n.body for n in list_notes(ctx, pairing.id)] == ["First call done."]


def test_a_meeting_is_removed_as_a_tombstone(ctx: ServiceContext, clock: FakeClock) -> None:
    pairing = active_pairing(ctx)
    meeting = add_meeting(ctx, pairing.id, clock.current + timedelta(days=2))
    remove_meeting(ctx, meeting.id)
    assert list_meetings(ctx, pairing.id) == []
    assert journal(ctx, meeting.id)[-1][:2] == ("update", "deleted_at")


def test_withdrawing_a_proposal_only_before_it_is_active(ctx: ServiceContext) -> None:
    active = active_pairing(ctx)
    with pytest.raises(InvalidTransition, match="Dissolve it instead"):
        withdraw_proposal(ctx, active.id)
    mentee = make_mentee(ctx, active.programme, "Maja Berge").id
    proposal = create_pairing(ctx, programme=active.programme, mentor=active.mentor, mentee=mentee)
    assert proposal.status == "proposed"
    withdraw_proposal(ctx, proposal.id)
    assert proposal.id not in {p.id for p in list_pairings(ctx)}
    # The same two people can be proposed again once the mistaken proposal is gone.
    again = create_pairing(ctx, programme=active.programme, mentor=active.mentor, mentee=mentee)
    assert again.status == "proposed"

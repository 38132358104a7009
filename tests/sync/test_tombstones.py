"""A note removed on one desktop disappears on the other after both sync (issue 15: removal is a tombstone)."""

from __future__ import annotations

from collections.abc import Callable

from app.services.pairings.corrections import remove_note
from app.services.pairings.meetings_notes import add_note, list_notes
from app.services.pairings.pairings import activate_pairing, create_pairing
from tests.helpers import make_mentee, make_mentor, make_programme
from tests.sync.desktops import Desktop


def test_a_removed_note_is_removed_everywhere(desktops: Callable[[str], Desktop]) -> None:
    oslo, bergen = desktops("Oslo"), desktops("Bergen")
    programme = make_programme(oslo.ctx)
    pairing = create_pairing(
        oslo.ctx,
        programme=programme.id,
        mentor=make_mentor(oslo.ctx, programme.id).id,
        mentee=make_mentee(oslo.ctx, programme.id).id,
    )
    activate_pairing(oslo.ctx, pairing.id)
    note = add_note(oslo.ctx, pairing.id, "Wrong pairing, sorry.")
    oslo.sync()
    bergen.sync()
    assert [n.body for n in list_notes(bergen.ctx, pairing.id)] == ["Wrong pairing, sorry."]

    remove_note(bergen.ctx, note.id)
    bergen.sync()
    oslo.sync()
    assert list_notes(oslo.ctx, pairing.id) == []
    assert oslo.state() == bergen.state()

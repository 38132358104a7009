"""`erase_person`: after it, no table holds the person's name, e-mail, phone or note text; counts stay."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from app.errors import InvalidInput
from app.models import ChangeEntry, Pairing, Person
from app.services.core.context import ServiceContext
from app.services.pairings.meetings_notes import add_meeting, add_note, set_meeting_status
from app.services.pairings.pairings import activate_pairing, create_pairing, dissolve_pairing
from app.services.people.erasure import erase_person
from app.services.people.people import PersonFields, get_person, update_person
from tests.helpers import make_mentee, make_mentor, make_programme, text_hits

NAME = "Solveig Tindeland-Hagerup"
EMAIL = "solveig.tindeland@example.no"
PHONE = "+47 913 57 246"
NOTE = "Told us about her glaucoma diagnosis"
DISSOLVE_NOTE = "Solveig moved north"
NEEDLES = ["Tindeland", "solveig.tindeland", "913 57 246", "glaucoma", "moved north", "Solveig"]


def world(ctx: ServiceContext) -> tuple[str, str]:
    """A mentee with personal data everywhere it can be: person fields, a phone changed once, notes, a meeting."""
    programme = make_programme(ctx, "Likeperson Troms")
    mentor = make_mentor(ctx, programme.id, "Per Berg")
    mentee = make_mentee(ctx, programme.id, NAME, email=EMAIL)
    update_person(ctx, mentee.id, PersonFields(phone="+47 400 00 000", external_ref="member 8812"))
    update_person(ctx, mentee.id, PersonFields(phone=PHONE))  # the journal holds both numbers now
    pairing = create_pairing(ctx, programme=programme.id, mentor=mentor.id, mentee=mentee.id)
    activate_pairing(ctx, pairing.id)
    add_note(ctx, pairing.id, NOTE, "coordinator")
    meeting = add_meeting(ctx, pairing.id, ctx.now() + timedelta(days=2), summary="Solveig wants braille lessons")
    set_meeting_status(ctx, meeting.id, "cancelled", "Solveig was ill")
    dissolve_pairing(ctx, pairing.id, "moved", DISSOLVE_NOTE)
    return mentee.id, pairing.id


def test_erasure_leaves_no_trace_in_any_text_column(ctx: ServiceContext) -> None:
    person_id, pairing_id = world(ctx)
    assert text_hits(ctx.db.engine, NEEDLES)  # the search finds them before

    row = erase_person(ctx, person_id)

    assert text_hits(ctx.db.engine, NEEDLES) == []
    assert row.person_id == person_id and row.pairings_kept == 1
    erased = get_person(ctx, person_id)
    assert (erased.name, erased.email, erased.phone, erased.external_ref) == ("Erased person", None, None, None)
    assert [p.state for p in erased.profiles] == ["withdrawn"]
    with ctx.read() as session:
        pairing = session.get(Pairing, pairing_id)
        assert pairing is not None and pairing.status == "dissolved" and pairing.dissolution_reason == "moved"
        person = session.get(Person, person_id)
        assert person is not None and person.erased_at is not None
        # The erasure itself is recorded, without the data: a journal entry that syncs like any change.
        marks = session.scalars(
            select(ChangeEntry).where(ChangeEntry.entity_id == person_id, ChangeEntry.field == "erased_at")
        ).all()
        assert len(marks) == 1 and marks[0].actor == "Test Coordinator" and marks[0].pushed_at is None


def test_open_pairings_are_dissolved_first_and_erasure_happens_once(ctx: ServiceContext) -> None:
    programme = make_programme(ctx, "Likeperson Troms")
    mentor = make_mentor(ctx, programme.id, "Per Berg")
    mentee = make_mentee(ctx, programme.id, NAME)
    create_pairing(ctx, programme=programme.id, mentor=mentor.id, mentee=mentee.id)
    with pytest.raises(InvalidInput, match=r"has 1 open pairing\(s\); dissolve them first"):
        erase_person(ctx, mentee.id)
    assert get_person(ctx, mentee.id).name == NAME  # nothing half done
    other = make_mentee(ctx, programme.id, "Ola Nordmann")
    erase_person(ctx, other.id)
    with pytest.raises(InvalidInput, match="already been erased"):
        erase_person(ctx, other.id)

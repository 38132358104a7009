"""Two and three desktops with one server: whatever one does, the others receive identically."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from app.services.exchange.import_file import import_spreadsheet
from app.services.pairings.meetings_notes import add_meeting, add_note
from app.services.pairings.milestones import set_milestone_status
from app.services.pairings.pairings import activate_pairing, create_pairing, dissolve_pairing, get_pairing
from app.services.people.people import update_person
from app.services.people.rules import PersonFields
from tests.helpers import FakeClock, make_mentee, make_mentor, make_programme
from tests.spreadsheets.files import MENTEE_HEADER, MENTOR_HEADER, mentee, mentor, write_xlsx
from tests.sync.desktops import Desktop, ledger_check, server_state


def test_everything_one_desktop_does_reaches_the_others(
    desktops: Callable[[str], Desktop], server_url: str, clock: FakeClock, tmp_path: Path
) -> None:
    a, b = desktops("Oslo office"), desktops("Bergen office")
    programme = make_programme(a.ctx, "Likeperson Oslo", capacity=2)
    kari = make_mentor(a.ctx, programme.id, "Kari Nordmann")
    ola = make_mentee(a.ctx, programme.id, "Ola Hansen")
    pairing = create_pairing(a.ctx, programme=programme.id, mentor=kari.id, mentee=ola.id)
    activate_pairing(a.ctx, pairing.id)
    first = a.sync()
    assert first.pushed > 0 and first.pulled == 0 and first.conflicts == first.refused == 0

    received = b.sync()
    assert received.pulled == first.pushed
    assert b.state() == a.state() == server_state(server_url)
    assert get_pairing(b.ctx, pairing.id).status == "active"

    # Bergen works on what Oslo made: a milestone, a meeting, a note, a phone number; then dissolves it.
    clock.advance(days=1)
    detail = get_pairing(b.ctx, pairing.id)
    set_milestone_status(b.ctx, pairing.id, detail.milestones[0].id, "completed")
    add_meeting(b.ctx, pairing.id, clock() - timedelta(hours=2), status="completed")
    add_note(b.ctx, pairing.id, "Good first meeting.", "mentor")
    update_person(b.ctx, kari.id, PersonFields(phone="+47 555 55 555"))
    dissolve_pairing(b.ctx, pairing.id, "moved", "Moved to Tromsø")
    b.sync()
    a.sync()
    assert a.state() == b.state() == server_state(server_url)
    assert get_pairing(a.ctx, pairing.id).status == "dissolved"

    # An import on Oslo's desktop arrives on Bergen's.
    workbook = write_xlsx(
        tmp_path / "people.xlsx",
        {
            "Mentors": [MENTOR_HEADER, mentor("Aud Jakobsen", "aud@example.no", Programme="Likeperson Oslo")],
            "Mentees": [MENTEE_HEADER, mentee("Maja Berge", "maja@example.no", Programme="Likeperson Oslo")],
        },
    )
    report = import_spreadsheet(a.ctx, workbook)
    assert not report.errors
    a.sync()
    b.sync()
    assert a.state() == b.state() == server_state(server_url)

    # A fresh third desktop bootstraps to the same state, and has nothing to send but the shared catalogue.
    c = desktops("Tromsø office")
    c.sync()
    assert c.state() == a.state() == server_state(server_url)
    ledger_check(server_url, [a, b, c])


def test_a_desktop_with_history_fills_an_empty_server_and_a_quiet_sync_changes_nothing(
    desktops: Callable[[str], Desktop], server_url: str
) -> None:
    a = desktops("Oslo office")
    programme = make_programme(a.ctx)
    for index in range(5):
        make_mentor(a.ctx, programme.id, f"Mentor {index}")
    report = a.sync()
    assert report.pending == 0 and report.pushed > 0
    again = a.sync()
    assert (again.pushed, again.pulled, again.conflicts, again.refused) == (0, 0, 0, 0)
    assert again.cursor == report.cursor
    assert a.state() == server_state(server_url)


def test_history_shows_who_changed_what_on_every_desktop(desktops: Callable[[str], Desktop]) -> None:
    from app.services.pairings.pairings import pairing_history

    a, b = desktops("Oslo office"), desktops("Bergen office")
    programme = make_programme(a.ctx)
    kari = make_mentor(a.ctx, programme.id)
    ola = make_mentee(a.ctx, programme.id)
    pairing = create_pairing(a.ctx, programme=programme.id, mentor=kari.id, mentee=ola.id)
    a.sync()
    b.sync()
    activate_pairing(b.ctx, pairing.id)
    b.sync()
    a.sync()
    actors = {(h.actor, h.field) for h in pairing_history(a.ctx, pairing.id)}
    assert ("Bergen office", "status") in actors and ("Oslo office", "status") in actors

"""The desktop's reads: open and archived pairing lists, a mentor's own pairings, scope, and the pairing detail."""

from __future__ import annotations

from app.services.core.context import ServiceContext
from app.services.pairings.detail import pairing_detail
from app.services.pairings.meetings_notes import add_note
from app.services.pairings.milestones import set_milestone_status
from app.services.pairings.overview import list_archived_pairings, list_mentor_pairings, list_open_pairings
from app.services.pairings.pairings import activate_pairing, create_pairing, dissolve_pairing, list_pairings
from app.services.programmes.programmes import create_programme, set_programme_state
from app.services.settings.units import list_units, save_scope, saved_scope, scope_units
from tests.helpers import FakeClock, make_mentee, make_mentor, make_programme


def test_open_list_matches_the_full_rows_and_the_archive_takes_the_rest(ctx: ServiceContext, clock: FakeClock) -> None:
    programme = make_programme(ctx)
    mentor = make_mentor(ctx, programme.id, capacity=3)
    pairings = []
    for name in ("Ola Hansen", "Siri Berg", "Per Lie"):
        mentee = make_mentee(ctx, programme.id, name)
        pairings.append(create_pairing(ctx, programme=programme.id, mentor=mentor.id, mentee=mentee.id))
    activate_pairing(ctx, pairings[0].id)
    activate_pairing(ctx, pairings[1].id)
    set_milestone_status(ctx, pairings[0].id, "1", "completed")
    dissolve_pairing(ctx, pairings[1].id, "moved")
    clock.advance(days=15)

    rows = list_open_pairings(ctx)
    full = {r.id: r for r in list_pairings(ctx, status=["proposed", "active"])}
    assert {r.id for r in rows} == set(full)
    for row in rows:
        reference = full[row.id]
        assert (row.health, row.stage, row.mentor_name, row.mentee_name, row.programme_name) == (
            reference.health,
            reference.stage,
            reference.mentor_name,
            reference.mentee_name,
            reference.programme_name,
        )
    first = next(r for r in rows if r.id == pairings[0].id)
    assert (first.milestones_done, first.milestones_total) == (1, 3)
    assert first.pending_milestones == ("Goals agreed", "Final review")
    assert first.health == "needs_attention"

    [archived] = list_archived_pairings(ctx)
    assert archived.id == pairings[1].id and archived.health == "dissolved"
    assert archived.dissolution_reason == "moved" and archived.closed_at is not None
    assert {r.id for r in list_mentor_pairings(ctx, mentor.id)} == {pairings[0].id, pairings[2].id}


def test_scope_limits_the_lists_to_the_coordinators_units(ctx: ServiceContext) -> None:
    east = create_programme(ctx, "Øst", milestones=["Start"], unit="Region Øst")
    west = create_programme(ctx, "Vest", milestones=["Start"], unit="Region Vest")
    for programme in (east, west):
        for state in ("open", "matching"):
            set_programme_state(ctx, programme.id, state)
        mentor = make_mentor(ctx, programme.id, f"Mentor {programme.name}")
        mentee = make_mentee(ctx, programme.id, f"Mentee {programme.name}")
        create_pairing(ctx, programme=programme.id, mentor=mentor.id, mentee=mentee.id)
    units = {u.name: u.id for u in list_units(ctx)}
    assert saved_scope(ctx) is None and scope_units(ctx) is None

    heard: list[dict[str, set[str]]] = []
    ctx.listeners.append(heard.append)
    save_scope(ctx, [units["Region Vest"]])
    assert heard == [{"scope": {units["Region Vest"]}}]
    assert [r.programme_name for r in list_open_pairings(ctx, units=scope_units(ctx))] == ["Vest"]
    save_scope(ctx, [])
    assert saved_scope(ctx) is None and len(list_open_pairings(ctx, units=scope_units(ctx))) == 2


def test_detail_is_newest_first_and_a_mentor_reader_never_sees_coordinator_notes(
    ctx: ServiceContext, clock: FakeClock
) -> None:
    programme = make_programme(ctx)
    mentor, mentee = make_mentor(ctx, programme.id), make_mentee(ctx, programme.id)
    pairing = activate_pairing(ctx, create_pairing(ctx, programme=programme.id, mentor=mentor.id, mentee=mentee.id).id)
    clock.advance(hours=1)
    secret = add_note(ctx, pairing.id, "Only coordinators", "coordinator")
    clock.advance(hours=1)
    add_note(ctx, pairing.id, "For the mentor", "mentor")

    coordinator = pairing_detail(ctx, pairing.id)
    assert [n.body for n in coordinator.notes] == ["For the mentor", "Only coordinators"]
    assert [h.at for h in coordinator.history] == sorted((h.at for h in coordinator.history), reverse=True)
    assert any(h.entity_id == secret.id for h in coordinator.history)

    mentor_view = pairing_detail(ctx, pairing.id, reader="mentor")
    assert [n.body for n in mentor_view.notes] == ["For the mentor"]
    assert not any(h.entity_id == secret.id for h in mentor_view.history)

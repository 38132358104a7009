"""Pairing lifecycle and its invariants, on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from app.errors import InvalidInput, InvalidTransition, InvariantViolation, NotFound
from app.models import ChangeEntry, Pairing
from app.services.core.context import ServiceContext
from app.services.pairings.milestones import set_milestone_status
from app.services.pairings.pairings import (
    activate_pairing,
    create_pairing,
    decline_pairing,
    dissolve_pairing,
    get_pairing,
    list_pairings,
    pairing_history,
)
from app.services.people.people import get_person
from tests.helpers import FakeClock, make_mentee, make_mentor, make_programme


def journal_size(ctx: ServiceContext) -> int:
    with ctx.read() as session:
        return session.scalar(select(func.count()).select_from(ChangeEntry)) or 0


def test_proposed_pairing_activates_with_template_milestones(ctx: ServiceContext) -> None:
    programme = make_programme(ctx)
    mentor = make_mentor(ctx, programme.id, capacity=1)
    mentee = make_mentee(ctx, programme.id)

    pairing = create_pairing(ctx, programme=programme.name, mentor=mentor.id, mentee=mentee.id)
    assert pairing.status == "proposed" and pairing.health == "proposed" and pairing.milestones == []
    active = activate_pairing(ctx, pairing.id)

    assert active.status == "active" and active.health == "on_track"
    assert [m.title for m in active.milestones] == ["First meeting", "Goals agreed", "Final review"]
    assert all(m.status == "pending" for m in active.milestones)
    assert active.stage == "First meeting"
    assert get_person(ctx, mentee.id).profiles[0].state == "matched"


def test_capacity_and_one_open_pairing_per_mentee_are_refused_without_writes(ctx: ServiceContext) -> None:
    programme = make_programme(ctx)
    mentor = make_mentor(ctx, programme.id, capacity=1)
    other_mentor = make_mentor(ctx, programme.id, "Per Olsen", capacity=3)
    first, second = make_mentee(ctx, programme.id), make_mentee(ctx, programme.id, "Siri Berg")
    create_pairing(ctx, programme=programme.id, mentor=mentor.id, mentee=first.id)
    before = journal_size(ctx)

    with pytest.raises(InvariantViolation, match="at capacity: 1 of 1"):
        create_pairing(ctx, programme=programme.id, mentor=mentor.id, mentee=second.id)
    with pytest.raises(InvariantViolation, match="already has an open pairing"):
        create_pairing(ctx, programme=programme.id, mentor=other_mentor.id, mentee=first.id)

    assert journal_size(ctx) == before
    assert len(list_pairings(ctx, programme=programme.id)) == 1


def test_database_refuses_a_second_open_pairing_even_past_the_service(ctx: ServiceContext) -> None:
    programme = make_programme(ctx)
    mentor, other = make_mentor(ctx, programme.id), make_mentor(ctx, programme.id, "Per Olsen")
    mentee = make_mentee(ctx, programme.id)
    create_pairing(ctx, programme=programme.id, mentor=mentor.id, mentee=mentee.id)

    with pytest.raises(InvariantViolation, match="already has an open pairing"), ctx.transaction() as session:
        session.add(Pairing(programme_id=programme.id, mentor_id=other.id, mentee_id=mentee.id, status="active"))


def test_pairings_need_a_programme_in_matching_or_active_state(ctx: ServiceContext) -> None:
    programme = make_programme(ctx, state="open")
    mentor, mentee = make_mentor(ctx, programme.id), make_mentee(ctx, programme.id)
    with pytest.raises(InvalidTransition, match="matching or active"):
        create_pairing(ctx, programme=programme.id, mentor=mentor.id, mentee=mentee.id)


@pytest.mark.parametrize("state", ["applied", "paused"])
def test_only_approved_mentors_get_pairings(ctx: ServiceContext, state: str) -> None:
    programme = make_programme(ctx)
    mentor = make_mentor(ctx, programme.id, state=state)
    mentee = make_mentee(ctx, programme.id)
    with pytest.raises(InvariantViolation, match="only approved mentors"):
        create_pairing(ctx, programme=programme.id, mentor=mentor.id, mentee=mentee.id)


def test_completing_every_milestone_completes_the_pairing(ctx: ServiceContext, clock: FakeClock) -> None:
    programme = make_programme(ctx)
    pairing = create_pairing(
        ctx, programme=programme.id, mentor=make_mentor(ctx, programme.id).id, mentee=make_mentee(ctx, programme.id).id
    )
    activate_pairing(ctx, pairing.id)
    for title in ("First meeting", "goals agreed"):
        clock.advance(days=3)
        row = set_milestone_status(ctx, pairing.id, title, "completed")
        assert row.status == "active"
    clock.advance(days=3)
    done = set_milestone_status(ctx, pairing.id, "3", "completed")

    assert done.status == "completed" and done.health == "completed"
    assert done.completed_at == clock.current
    assert [m.completed_at for m in done.milestones] == [
        clock.current.replace(day=5),
        clock.current.replace(day=8),
        clock.current,
    ]
    assert all(m.completed_by == "Test Coordinator" for m in done.milestones)
    with pytest.raises(InvalidTransition, match="only change on an active pairing"):
        set_milestone_status(ctx, pairing.id, "Final review", "pending")


def test_reopening_a_milestone_is_recorded(ctx: ServiceContext) -> None:
    programme = make_programme(ctx)
    pairing = create_pairing(
        ctx, programme=programme.id, mentor=make_mentor(ctx, programme.id).id, mentee=make_mentee(ctx, programme.id).id
    )
    activate_pairing(ctx, pairing.id)
    set_milestone_status(ctx, pairing.id, "First meeting", "completed")
    row = set_milestone_status(ctx, pairing.id, "First meeting", "in_progress")
    first = row.milestones[0]
    assert first.status == "in_progress" and first.reopened_count == 1 and first.completed_at is None
    with pytest.raises(NotFound, match="Its milestones are"):
        set_milestone_status(ctx, pairing.id, "Graduation", "completed")


def test_dissolve_needs_a_reason_and_frees_both_people(ctx: ServiceContext) -> None:
    programme = make_programme(ctx)
    mentor = make_mentor(ctx, programme.id, capacity=1)
    mentee = make_mentee(ctx, programme.id)
    pairing = create_pairing(ctx, programme=programme.id, mentor=mentor.id, mentee=mentee.id)
    activate_pairing(ctx, pairing.id)
    before = journal_size(ctx)

    with pytest.raises(InvalidInput, match="Choose a reason"):
        dissolve_pairing(ctx, pairing.id, None)
    with pytest.raises(InvalidInput, match="not a known dissolution reason"):
        dissolve_pairing(ctx, pairing.id, "bored")
    with pytest.raises(InvalidInput, match="too long"):
        dissolve_pairing(ctx, pairing.id, "other", "x" * 201)
    assert journal_size(ctx) == before and get_pairing(ctx, pairing.id).status == "active"

    dissolved = dissolve_pairing(ctx, pairing.id, "mentee_withdrew", "Moved to Bergen")
    assert (dissolved.status, dissolved.dissolution_reason, dissolved.note) == (
        "dissolved",
        "mentee_withdrew",
        "Moved to Bergen",
    )
    assert get_person(ctx, mentee.id).profiles[0].state == "waiting"
    assert get_person(ctx, mentor.id).profiles[0].open_pairings == 0
    with pytest.raises(InvalidTransition, match="A dissolved pairing cannot be activated"):
        activate_pairing(ctx, pairing.id)
    # Both are free again: a new pairing between others is allowed.
    again = create_pairing(ctx, programme=programme.id, mentor=mentor.id, mentee=mentee.id)
    assert again.status == "proposed"


def test_decline_keeps_the_mentee_waiting(ctx: ServiceContext) -> None:
    programme = make_programme(ctx)
    mentee = make_mentee(ctx, programme.id)
    pairing = create_pairing(ctx, programme=programme.id, mentor=make_mentor(ctx, programme.id).id, mentee=mentee.id)
    declined = decline_pairing(ctx, pairing.id, "Mentee prefers phone")
    assert declined.status == "declined" and declined.note == "Mentee prefers phone"
    with pytest.raises(InvalidTransition):
        decline_pairing(ctx, pairing.id)
    assert get_person(ctx, mentee.id).profiles[0].state == "waiting"


def test_history_lists_every_change_with_actor_and_time(ctx: ServiceContext, clock: FakeClock) -> None:
    programme = make_programme(ctx)
    pairing = create_pairing(
        ctx, programme=programme.id, mentor=make_mentor(ctx, programme.id).id, mentee=make_mentee(ctx, programme.id).id
    )
    clock.advance(days=1)
    activate_pairing(ctx, pairing.id)
    clock.advance(days=1)
    set_milestone_status(ctx, pairing.id, "First meeting", "completed")

    history = pairing_history(ctx, pairing.id)
    status_changes = [(h.old, h.new) for h in history if h.entity == "pairing" and h.field == "status"]
    assert status_changes == [(None, "proposed"), ("proposed", "active")]
    milestone_changes = [h for h in history if h.entity == "pairing_milestone" and h.field == "status"]
    assert [h.new for h in milestone_changes] == ["pending", "pending", "pending", "completed"]
    assert all(h.actor == "Test Coordinator" and h.at.tzinfo is not None for h in history)
    assert history[-1].at == clock.current

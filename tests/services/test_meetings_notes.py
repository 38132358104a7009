"""Meetings and notes: state rules, visibility, and activity that keeps a pairing's health green."""

from __future__ import annotations

from datetime import timedelta

import pytest

from app.errors import InvalidInput, InvalidTransition
from app.services.core.context import ServiceContext
from app.services.core.rows import PairingRow
from app.services.pairings.meetings_notes import add_meeting, add_note, list_meetings, list_notes, set_meeting_status
from app.services.pairings.pairings import activate_pairing, create_pairing, get_pairing
from tests.helpers import FakeClock, make_mentee, make_mentor, make_programme


def active_pairing(ctx: ServiceContext) -> PairingRow:
    programme = make_programme(ctx)
    pairing = create_pairing(
        ctx, programme=programme.id, mentor=make_mentor(ctx, programme.id).id, mentee=make_mentee(ctx, programme.id).id
    )
    return activate_pairing(ctx, pairing.id)


def test_logged_meeting_and_note_count_as_activity(ctx: ServiceContext, clock: FakeClock) -> None:
    pairing = active_pairing(ctx)
    clock.advance(days=20)
    assert get_pairing(ctx, pairing.id).health == "needs_attention"
    add_meeting(ctx, pairing.id, clock.current - timedelta(hours=3), modality="phone", status="completed")
    assert get_pairing(ctx, pairing.id).health == "on_track"
    clock.advance(days=30)
    assert get_pairing(ctx, pairing.id).health == "stalled"
    add_note(ctx, pairing.id, "Called both; they meet again next week.")
    assert get_pairing(ctx, pairing.id).health == "on_track"


def test_scheduled_meeting_is_not_activity_until_held(ctx: ServiceContext, clock: FakeClock) -> None:
    pairing = active_pairing(ctx)
    clock.advance(days=15)
    meeting = add_meeting(ctx, pairing.id, clock.current + timedelta(days=2), modality="video")
    assert get_pairing(ctx, pairing.id).health == "needs_attention"
    with pytest.raises(InvalidInput, match="Give a reason"):
        set_meeting_status(ctx, meeting.id, "cancelled")
    clock.advance(days=2)
    held = set_meeting_status(ctx, meeting.id, "completed")
    assert held.status == "completed" and get_pairing(ctx, pairing.id).health == "on_track"
    with pytest.raises(InvalidTransition, match="A completed meeting cannot become no show"):
        set_meeting_status(ctx, meeting.id, "no_show", "nobody came")
    assert [m.status for m in list_meetings(ctx, pairing.id)] == ["completed"]


def test_meeting_rules(ctx: ServiceContext, clock: FakeClock) -> None:
    pairing = active_pairing(ctx)
    with pytest.raises(InvalidInput, match="future cannot be logged as held"):
        add_meeting(ctx, pairing.id, clock.current + timedelta(days=1), status="completed")
    with pytest.raises(InvalidInput, match="not a known way of meeting"):
        add_meeting(ctx, pairing.id, clock.current, modality="carrier pigeon")
    with pytest.raises(InvalidInput, match="between 5 and 1440"):
        add_meeting(ctx, pairing.id, clock.current, duration_minutes=0)
    assert list_meetings(ctx, pairing.id) == []


def test_note_visibility(ctx: ServiceContext) -> None:
    pairing = active_pairing(ctx)
    add_note(ctx, pairing.id, "For everyone", "all")
    add_note(ctx, pairing.id, "Mentor and coordinators", "mentor")
    add_note(ctx, pairing.id, "Coordinators only", "coordinator")
    with pytest.raises(InvalidInput, match="required"):
        add_note(ctx, pairing.id, "   ")
    assert [n.body for n in list_notes(ctx, pairing.id)] == [
        "For everyone",
        "Mentor and coordinators",
        "Coordinators only",
    ]
    assert [n.body for n in list_notes(ctx, pairing.id, visible_to="mentor")] == [
        "For everyone",
        "Mentor and coordinators",
    ]
    assert all(n.author == "Test Coordinator" for n in list_notes(ctx, pairing.id))

"""A small programme for portal tests: two mentors, their mentees, meetings and notes of every visibility."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta

from app.services.core.context import ServiceContext
from app.services.pairings.meetings_notes import add_meeting, add_note, set_meeting_status
from app.services.pairings.pairings import activate_pairing, create_pairing
from app.services.portal.links import issue_link
from tests.helpers import make_mentee, make_mentor, make_programme

SECRET_NOTE = "Coordinator only: mentee's eyesight is getting worse"


@dataclass
class World:
    mentor_a: str
    mentor_b: str
    pairing_a: str
    pairing_a2: str
    pairing_b: str
    mentee_names_a: list[str]
    mentee_name_b: str
    token_a: str
    token_b: str
    meetings_a: list[str] = field(default_factory=list)
    meeting_b: str = ""
    notes: dict[str, str] = field(default_factory=dict)


def token_of(url: str) -> str:
    return url.rsplit("/l/", 1)[1]


def build_world(ctx: ServiceContext) -> World:
    programme = make_programme(ctx, milestones=("Første møte", "Mål avtalt", "Avslutning"), capacity=3)
    mentor_a = make_mentor(ctx, programme.id, "Kari Nordmann", email="kari@example.no", capacity=3)
    mentor_b = make_mentor(ctx, programme.id, "Per Berg", email="per@example.no")
    mentee_1 = make_mentee(ctx, programme.id, "Ola Hansen")
    mentee_2 = make_mentee(ctx, programme.id, "Åse Lie")
    mentee_3 = make_mentee(ctx, programme.id, "Berit Bakke")
    p1 = activate_pairing(ctx, create_pairing(ctx, programme=programme.id, mentor=mentor_a.id, mentee=mentee_1.id).id)
    p2 = create_pairing(ctx, programme=programme.id, mentor=mentor_a.id, mentee=mentee_2.id)  # proposed
    p3 = activate_pairing(ctx, create_pairing(ctx, programme=programme.id, mentor=mentor_b.id, mentee=mentee_3.id).id)
    now = ctx.now()
    soon = add_meeting(ctx, p1.id, now + timedelta(days=3, hours=8), modality="video")
    later = add_meeting(ctx, p1.id, now + timedelta(days=10))
    held = add_meeting(ctx, p1.id, now - timedelta(hours=20), status="completed", modality="phone")
    set_meeting_status(ctx, later.id, "cancelled", "Mentee is ill")
    theirs = add_meeting(ctx, p3.id, now + timedelta(days=4))
    notes = {
        "all": add_note(ctx, p1.id, "Shared with both: we talked about the white cane course", "all").body,
        "mentor": add_note(ctx, p1.id, "For the mentor: mentee prefers mornings", "mentor").body,
        "coordinator": add_note(ctx, p1.id, SECRET_NOTE, "coordinator").body,
        "other_mentor": add_note(ctx, p3.id, "Berit's note for her mentor", "mentor").body,
    }
    return World(
        mentor_a=mentor_a.id,
        mentor_b=mentor_b.id,
        pairing_a=p1.id,
        pairing_a2=p2.id,
        pairing_b=p3.id,
        mentee_names_a=["Ola Hansen", "Åse Lie"],
        mentee_name_b="Berit Bakke",
        token_a=token_of(issue_link(ctx, mentor_a.id).url),
        token_b=token_of(issue_link(ctx, "per@example.no").url),
        meetings_a=[soon.id, later.id, held.id],
        meeting_b=theirs.id,
        notes=notes,
    )

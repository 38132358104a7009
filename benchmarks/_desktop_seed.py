"""Bulk seeding for the desktop benchmark only: thousands of open pairings in a few unjournaled transactions."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from app.models import MenteeProfile, MentorProfile, Pairing, PairingMilestone, Person, new_id
from app.services.core.context import ServiceContext
from app.services.programmes.programmes import MilestoneSpec, create_programme, set_programme_state

UNITS = ("Region Øst", "Region Vest", "Region Nord", "Region Midt", "Region Sør")
MILESTONES = ("Første samtale", "Mål avtalt", "Midtveisevaluering", "Avslutningssamtale")
FIRST = ("Kari", "Ola", "Ingrid", "Per", "Siri", "Lars", "Nora", "Jonas", "Emma", "Sander", "Hanne", "Eirik")
LAST = ("Nordmann", "Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Berg", "Haugen", "Bakke", "Lie")
PROGRAMMES_PER_UNIT = 2


def seed_open_pairings(ctx: ServiceContext, pairings: int, *, seed: int = 5000) -> None:
    """`pairings` open pairings (90 % active with milestones, 10 % proposed) over ten programmes in five units.

    Programmes go through the services; people and pairings are added in one transaction with the change journal
    switched off, because a benchmark database needs the rows, not their history.
    """
    rng = random.Random(seed)
    now = ctx.now()
    programmes = []
    for unit in UNITS:
        for n in range(PROGRAMMES_PER_UNIT):
            row = create_programme(
                ctx,
                f"Likeperson {unit.split()[-1]} {2025 + n}",
                milestones=[MilestoneSpec(title, "", 30 * (i + 1)) for i, title in enumerate(MILESTONES)],
                unit=unit,
                default_capacity=3,
            )
            for state in ("open", "matching", "active"):
                set_programme_state(ctx, row.id, state)
            programmes.append(row.id)
    per_programme = -(-pairings // len(programmes))
    session = ctx.db.session_factory()
    session.info.update(actor="benchmark", device_id=ctx.device_id, now=now, journal=False)
    people: list[Person] = []
    profiles: list[MentorProfile | MenteeProfile] = []
    links: list[Pairing] = []
    milestones: list[PairingMilestone] = []
    made = 0
    for programme_id in programmes:
        count = min(per_programme, pairings - made)
        mentors = [_person(rng, f"m{programme_id[:8]}{i}") for i in range(-(-count // 3))]
        people += mentors
        profiles += [_mentor_profile(mentor.id, programme_id) for mentor in mentors]
        for i in range(count):
            mentee = _person(rng, f"e{programme_id[:8]}{i}")
            people.append(mentee)
            profiles.append(MenteeProfile(person_id=mentee.id, programme_id=programme_id, state="matched"))
            pairing, steps = _pairing(rng, now, programme_id, mentors[i // 3].id, mentee.id)
            links.append(pairing)
            milestones += steps
        made += count
    try:
        with session.begin():
            # Without relationships the unit of work does not order tables by foreign key; flush in order.
            for batch in (people, profiles, links, milestones):
                session.add_all(batch)
                session.flush()
    finally:
        session.close()


def _person(rng: random.Random, key: str) -> Person:
    name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    return Person(
        id=new_id(), name=name, email=f"{key}@example.no", languages=[], contact_preferences=[], municipality="Oslo"
    )


def _mentor_profile(person_id: str, programme_id: str) -> MentorProfile:
    return MentorProfile(
        person_id=person_id,
        programme_id=programme_id,
        state="approved",
        capacity=3,
        specialisations=[],
        slots=[],
        modalities=[],
    )


def _pairing(
    rng: random.Random, now: datetime, programme_id: str, mentor: str, mentee: str
) -> tuple[Pairing, list[PairingMilestone]]:
    started = now - timedelta(days=rng.uniform(20, 115))
    proposed = rng.random() < 0.1
    pairing = Pairing(
        id=new_id(),
        programme_id=programme_id,
        mentor_id=mentor,
        mentee_id=mentee,
        status="proposed" if proposed else "active",
        reasons={},
        created_by="benchmark",
        proposed_at=started,
        activated_at=None if proposed else started + timedelta(days=2),
        last_activity_at=None if proposed else now - timedelta(days=rng.choice((1, 5, 10, 16, 20, 30, 45))),
    )
    if proposed:
        return pairing, []
    # Most pairings keep up with their due dates; about one in six lags a milestone behind.
    due = sum(1 for position in range(1, len(MILESTONES) + 1) if started + timedelta(days=30 * position) < now)
    done = min(len(MILESTONES) - 1, max(0, due - (rng.random() < 0.15)))
    return pairing, [
        PairingMilestone(
            pairing_id=pairing.id,
            position=position,
            title=title,
            status="completed" if position <= done else "pending",
            due_date=(started + timedelta(days=30 * position)).date(),
            completed_at=started + timedelta(days=20 * position) if position <= done else None,
            completed_by="benchmark" if position <= done else None,
        )
        for position, title in enumerate(MILESTONES, start=1)
    ]

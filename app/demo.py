"""A realistic Norwegian demo cohort, written through the services along a simulated timeline."""

from __future__ import annotations

import json
import logging
import math
import random
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any

from app.matching import score_matrix, score_pair
from app.matching.scoring import score_keys
from app.models import Pairing
from app.paths import REFERENCE_DIR
from app.services.core import lookup
from app.services.core.context import ServiceContext
from app.services.matching.matching import load_matching
from app.services.pairings.meetings_notes import MEETING_RULES, add_meeting_in_session, add_note
from app.services.pairings.milestones import milestone_status_in_session
from app.services.pairings.pairings import activate_in_session, decline_pairing, dissolve_pairing, propose_in_session
from app.services.people.people import PersonFields, ProfileFields, add_person
from app.services.programmes.programmes import MilestoneSpec, create_programme, list_programmes, set_programme_state
from app.services.settings.catalogue import list_specialisations
from app.vocabulary import SLOTS

logger = logging.getLogger(__name__)

DEMO_COUNTIES = ("Oslo", "Akershus", "Østfold", "Buskerud", "Vestfold", "Innlandet")
MILESTONES = (
    MilestoneSpec("Første samtale", "Bli kjent og avklare forventninger.", 14),
    MilestoneSpec("Mål avtalt", "Skriv ned to eller tre mål for perioden.", 30),
    MilestoneSpec("Midtveisevaluering", "Hvordan går det? Trengs det justering?", 90),
    MilestoneSpec("Avslutningssamtale", "Oppsummering og veien videre.", 180),
)
# Share of mentees ending in each outcome; the rest stay on the waiting list.
OUTCOMES = (
    ("on_track", 0.30),
    ("attention", 0.10),
    ("stalled", 0.08),
    ("proposed", 0.08),
    ("proposed_old", 0.04),
    ("completed", 0.12),
    ("dissolved", 0.08),
    ("declined", 0.05),
)


class DemoClock:
    def __init__(self, now: datetime) -> None:
        self.now = now
        self.current = now

    def __call__(self) -> datetime:
        return self.current

    def days_ago(self, days: float) -> None:
        self.current = self.now - timedelta(days=days)


def _load(name: str) -> Any:
    return json.loads((REFERENCE_DIR / name).read_text(encoding="utf-8"))


def build_demo(ctx: ServiceContext, *, size: int = 60, seed: int = 2026, if_empty: bool = False) -> dict[str, Any]:
    """`size` mentees and about half as many mentors, with pairings in every status; returns a summary.

    One transaction: the demo is there whole, or (after any failure) not at all; and a single commit is much faster
    than one per service call. Listeners hear what changed once, after the commit.
    """
    with ctx.all_or_nothing() as unit:
        return _build(unit, size=size, seed=seed, if_empty=if_empty)


def _build(ctx: ServiceContext, *, size: int, seed: int, if_empty: bool) -> dict[str, Any]:
    if if_empty and list_programmes(ctx):
        return {"skipped": True}
    size = max(8, size)
    rng = random.Random(seed)
    clock = DemoClock(ctx.now())
    demo = replace(ctx, clock=clock, listeners=[])
    places = [m for m in _load("norway_places.json")["municipalities"] if m["county"] in DEMO_COUNTIES]
    weights = [math.sqrt(m["population"]) for m in places]
    names = _load("norwegian_names.json")
    texts = _load("demo_texts.json")
    specs = [s.key for s in list_specialisations(ctx)]

    clock.days_ago(200)
    existing = {p.name for p in list_programmes(ctx)}
    name = "Likeperson Øst 2026"
    suffix = 2
    while name in existing:
        name, suffix = f"Likeperson Øst 2026 ({suffix})", suffix + 1
    programme = create_programme(
        demo,
        name,
        milestones=list(MILESTONES),
        default_capacity=2,
        unit="Region Øst",
        description="Likepersonsprogram for blinde og svaksynte i Region Øst.",
    )
    for state in ("open", "matching", "active"):
        set_programme_state(demo, programme.id, state)

    used_emails: set[str] = set()

    def person(role: str, index: int) -> PersonFields:
        female = rng.random() < 0.55
        first = rng.choice(names["first_names_female" if female else "first_names_male"])
        last = rng.choice(names["last_names"])
        place = rng.choices(places, weights)[0]
        email = f"{_ascii(first)}.{_ascii(last)}{index}@example.no"
        used_emails.add(email)
        return PersonFields(
            name=f"{first} {last}",
            email=email,
            phone=f"+47 {rng.randint(400, 999)} {rng.randint(10, 99)} {rng.randint(100, 999)}",
            postcode=rng.choice(place["postcodes"]),
            municipality=place["name"],
            county=place["county"],
            latitude=round(place["latitude"] + rng.uniform(-0.03, 0.03), 4),
            longitude=round(place["longitude"] + rng.uniform(-0.05, 0.05), 4),
            external_ref=f"{role[:2].upper()}-{index:04d}",
        )

    def slots() -> list[str]:
        return rng.sample(SLOTS, rng.randint(2, 6))

    mentors = []
    for i in range(max(4, size // 2 + 2)):
        state = rng.choices(["approved", "applied", "paused"], [0.85, 0.1, 0.05])[0]
        mentors.append(
            add_person(
                demo,
                person("mentor", i),
                role="mentor",
                programme=programme.id,
                profile=ProfileFields(
                    state=state,
                    capacity=rng.choice([1, 2, 2, 3, 3]),
                    specialisations=rng.sample(specs, rng.randint(1, 4)),
                    slots=slots(),
                    modalities=rng.sample(["in_person", "phone", "video"], rng.randint(1, 3)),
                    max_travel_km=rng.choice([10, 25, 50, 100]),
                    bio=rng.choice(texts["mentor_bios_nb"]),
                ),
            )
        )
    mentees = []
    for i in range(size):
        mentees.append(
            add_person(
                demo,
                person("mentee", i),
                role="mentee",
                programme=programme.id,
                profile=ProfileFields(
                    specialisations=rng.sample(specs, rng.randint(1, 3)),
                    slots=slots(),
                    modalities=rng.sample(["in_person", "phone", "video"], rng.randint(1, 3)),
                ),
            )
        )

    free = {m.id: m.profiles[0].capacity or 0 for m in mentors if m.profiles[0].state == "approved"}
    # Coordinators pick among the best-scored mentors, so the demo does too (one of the top three).
    data = load_matching(demo, programme.id)
    # Every mentee against every mentor at once, rounded as score_pair() rounds (so the ranking is the same).
    _, raw = score_matrix(data.pool, [data.mentees[m.id] for m in mentees], weights=data.weights)
    ranking = score_keys(raw)
    row_of = {m.id: row for row, m in enumerate(mentees)}
    by_id = {m.id: m for m in data.mentors}
    places = dict(free)
    counts: dict[str, int] = {}
    # Every outcome at least once, so each status and health colour shows up; the rest drawn by weight.
    planned = [o for o, _ in OUTCOMES] + rng.choices(
        [o for o, _ in OUTCOMES] + ["waiting"],
        [w for _, w in OUTCOMES] + [1 - sum(w for _, w in OUTCOMES)],
        k=max(0, len(mentees) - len(OUTCOMES)),
    )
    rng.shuffle(planned)
    for mentee, outcome in zip(mentees, planned, strict=False):
        candidates = sorted(m for m, left in free.items() if left > 0)
        if outcome == "waiting" or not candidates:
            continue
        keys = ranking[row_of[mentee.id]]
        best = sorted(candidates, key=lambda m: -keys[data.pool.index[m]])[:3]
        mentor = rng.choice(best)
        # Scored as accept_pairs() scores a pair: with the places the mentor has taken by now.
        now_taken = replace(by_id[mentor], open_pairings=by_id[mentor].open_pairings + places[mentor] - free[mentor])
        score, reasons = score_pair(now_taken, data.mentees[mentee.id], data.weights)
        _play(demo, clock, rng, texts, Proposal(programme.id, mentor, mentee.id, score, reasons), outcome)
        if outcome not in ("dissolved", "declined", "completed"):
            free[mentor] -= 1
        counts[outcome] = counts.get(outcome, 0) + 1
    clock.current = clock.now
    total = sum(counts.values())
    logger.info("demo programme %s: %d mentors, %d mentees, %d pairings", programme.id, len(mentors), size, total)
    return {
        "programme": programme.id,
        "programme_name": programme.name,
        "mentors": len(mentors),
        "mentees": len(mentees),
        "pairings": total,
        "outcomes": counts,
    }


def _play(
    demo: ServiceContext,
    clock: DemoClock,
    rng: random.Random,
    texts: dict[str, list[str]],
    proposal: Proposal,
    outcome: str,
) -> None:
    """Walk one pairing through time so its history, milestones and health look lived-in.

    The steps use the services' in-transaction parts on the pairing the walk holds, all inside the demo's one
    transaction: the same checks, writes and history as the public calls (accept_pairs, activate_pairing,
    set_milestone_status, add_meeting), without reading the programme and the pairing again and building a full
    row each time, which the demo would throw away. That is most of the demo's speed.
    """
    assert demo.outer_session is not None, "the demo walks pairings inside ServiceContext.all_or_nothing()"
    if outcome in ("proposed", "proposed_old"):
        clock.days_ago(rng.uniform(1, 5) if outcome == "proposed" else rng.uniform(9, 20))
        _propose(demo, proposal)
        return
    start = rng.uniform(20, 80) if outcome == "on_track" else rng.uniform(60, 170)
    clock.days_ago(start)
    # Made as the match widget makes them: the score and reasons of that moment are stored with the pairing.
    record = _propose(demo, proposal)
    if outcome == "declined":
        clock.days_ago(start - rng.uniform(1, 6))
        decline_pairing(demo, record.id, "Mentee ønsket en mentor nærmere hjemstedet.")
        return
    clock.days_ago(start - rng.uniform(1, 4))
    with demo.transaction() as session:
        activate_in_session(session, record)
    # The last day with activity decides the health colour the pairing shows today.
    last = {
        "on_track": rng.uniform(0.5, 9),
        "attention": rng.uniform(15, 25),
        "stalled": rng.uniform(30, 50),
        "completed": rng.uniform(2, 20),
        "dissolved": rng.uniform(5, 30),
    }[outcome]
    titles = [m.title for m in MILESTONES]
    # Pairings on track have completed every milestone already due, so none is overdue.
    due_by_now = sum(1 for m in MILESTONES if (m.due_offset_days or 0) < start - 5)
    done = len(titles) if outcome == "completed" else max(1, min(len(titles) - 1, due_by_now))
    moments = sorted((rng.uniform(last, max(last, start - 5)) for _ in range(done)), reverse=True)
    moments[-1] = last
    for title, when in zip(titles[:done], moments, strict=True):
        clock.days_ago(when + 0.2)
        if rng.random() < 0.7:
            modality, summary = rng.choice(["in_person", "phone", "video"]), rng.choice(texts["meeting_topics_nb"])
            _meeting(demo, record, clock.current - timedelta(hours=2), modality, "completed", summary)
        if rng.random() < 0.5:
            add_note(
                demo,
                record.id,
                rng.choice(texts["note_texts_nb"]),
                visibility=rng.choice(["all", "mentor", "coordinator"]),
            )
        clock.days_ago(when)
        if outcome == "dissolved" and title == titles[done - 1]:
            dissolve_pairing(
                demo,
                record.id,
                rng.choice(["not_progressing", "mentee_withdrew", "moved", "other"]),
                "Avsluttet etter samtale med begge parter.",
            )
            return
        with demo.transaction() as session:
            milestone_status_in_session(session, record, lookup.milestone(session, record.id, title), "completed")
    if outcome in ("on_track", "attention", "stalled") and rng.random() < 0.6:
        clock.current = clock.now
        when = clock.now + timedelta(days=rng.uniform(2, 20))
        _meeting(demo, record, when, rng.choice(["in_person", "phone", "video"]), "scheduled", "")


@dataclass(frozen=True)
class Proposal:
    programme: str
    mentor: str
    mentee: str
    score: float
    reasons: dict[str, object]


def _propose(demo: ServiceContext, proposal: Proposal) -> Pairing:
    """What accept_pairs() writes for one pair (every check of a new pairing included)."""
    with demo.transaction() as session:
        p = proposal
        return propose_in_session(session, p.programme, p.mentor, p.mentee, p.score, p.reasons, demo.actor)


def _meeting(demo: ServiceContext, pairing: Pairing, when: datetime, modality: str, status: str, summary: str) -> None:
    """What add_meeting() does for a held or planned hour, on the pairing the walk holds."""
    with demo.transaction() as session:
        add_meeting_in_session(
            session,
            pairing,
            when,
            MEETING_RULES["duration_minutes"](60),
            MEETING_RULES["modality"](modality),
            status,
            MEETING_RULES["summary"](summary),
        )


def _ascii(text: str) -> str:
    table = str.maketrans({"æ": "ae", "ø": "o", "å": "a", "é": "e", "ü": "u", "ö": "o", "ä": "a", " ": "", "-": ""})
    return text.lower().translate(table)

"""Matching use cases: load a programme into the pure engine, suggest mentors, propose and accept a cohort."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.errors import InvalidInput
from app.matching import (
    CohortResult,
    MatchFilters,
    MatchWeights,
    MenteeRequest,
    MentorCandidate,
    MentorPool,
    score_matrix,
    score_pair,
    suggest,
)
from app.models import MenteeProfile, MentorProfile, Pairing, Person, Programme, Specialisation
from app.models.enums import OPEN_PAIRING_STATUSES, MenteeState, MentorState, PairingStatus
from app.services.core import lookup
from app.services.core.context import ServiceContext
from app.services.core.rows import JsonRow, PairingRow
from app.services.pairings.pairings import mentor_available_on, propose_in_session
from app.services.pairings.projection import pairing_rows
from app.services.programmes.programmes import DEFAULT_WEIGHTS

# Pairings that count as "paired before": open ones and earlier ones that did not work out.
PAIRED_BEFORE_STATUSES = (*OPEN_PAIRING_STATUSES, PairingStatus.DISSOLVED.value, PairingStatus.DECLINED.value)
# accept_pairs() reads only the people of the pairs up to this many people (one IN list), else the whole programme.
ACCEPT_LOADS_ONLY_PAIRS_UP_TO = 200


@dataclass(frozen=True)
class MatchInput:
    """One programme as the engine sees it."""

    programme_id: str
    mentors: list[MentorCandidate]
    mentees: dict[str, MenteeRequest]  # every mentee profile of the programme that is not withdrawn
    waiting: list[str]  # mentee ids that are waiting and have no open pairing
    previous_pairs: frozenset[tuple[str, str]]
    weights: MatchWeights
    names: dict[str, str]
    pool: MentorPool = field(init=False)

    def __post_init__(self) -> None:
        # Encoded once per load, so re-ranking on every filter change stays within milliseconds.
        object.__setattr__(self, "pool", MentorPool.build(self.mentors))


@dataclass(frozen=True)
class SuggestionRow(JsonRow):
    mentor: str
    mentor_name: str
    score: float
    reasons: dict[str, Any]


@dataclass(frozen=True)
class MenteeCandidateRow(JsonRow):
    mentee: str
    mentee_name: str
    score: float
    reasons: dict[str, Any]


@dataclass(frozen=True)
class ExcludedRow(JsonRow):
    mentor: str
    mentor_name: str
    filter: str
    detail: str


@dataclass(frozen=True)
class MatchSuggestions(JsonRow):
    mentee: str
    mentee_name: str
    programme: str
    suggestions: list[SuggestionRow]
    excluded: dict[str, int]
    excluded_mentors: list[ExcludedRow] = field(default_factory=list)


@dataclass(frozen=True)
class ProposalRow(JsonRow):
    mentor: str
    mentor_name: str
    mentee: str
    mentee_name: str
    score: float
    reasons: dict[str, Any]
    pinned: bool = False


@dataclass(frozen=True)
class CohortProposal(JsonRow):
    programme: str
    proposals: list[ProposalRow]
    matched: int
    unmatched: list[str]
    total_score: float


def programme_weights(programme: Programme) -> MatchWeights:
    merged = {**DEFAULT_WEIGHTS, **(programme.weights or {})}
    return MatchWeights(**{k: float(v) for k, v in merged.items()})


def load_match_input(
    session: Session, programme: Programme, today: date, *, only: Collection[str] | None = None
) -> MatchInput:
    """The engine's input for a programme; with `only`, just those people (scoring a few pairs needs no more)."""
    spec_keys = dict(session.execute(select(Specialisation.id, Specialisation.key)).all())
    in_programme = Person.id.in_(
        select(MentorProfile.person_id).where(MentorProfile.programme_id == programme.id)
    ) | Person.id.in_(select(MenteeProfile.person_id).where(MenteeProfile.programme_id == programme.id))
    people = {
        p.id: p
        for p in session.scalars(
            select(Person).where(in_programme if only is None else in_programme & Person.id.in_(only))
        )
    }
    open_counts = dict(
        session.execute(
            select(Pairing.mentor_id, func.count())
            .where(
                Pairing.programme_id == programme.id,
                Pairing.status.in_(OPEN_PAIRING_STATUSES),
                Pairing.deleted_at.is_(None),
                *([] if only is None else [Pairing.mentor_id.in_(only)]),
            )
            .group_by(Pairing.mentor_id)
        ).all()
    )
    mentee_open = set(
        session.scalars(
            select(Pairing.mentee_id).where(
                Pairing.programme_id == programme.id,
                Pairing.status.in_(OPEN_PAIRING_STATUSES),
                Pairing.deleted_at.is_(None),
                *([] if only is None else [Pairing.mentee_id.in_(only)]),
            )
        )
    )
    mentors = []
    for m in session.scalars(
        select(MentorProfile).where(
            MentorProfile.programme_id == programme.id,
            MentorProfile.deleted_at.is_(None),
            MentorProfile.state != MentorState.WITHDRAWN.value,
            *([] if only is None else [MentorProfile.person_id.in_(only)]),
        )
    ):
        person = people[m.person_id]
        mentors.append(
            MentorCandidate(
                id=m.person_id,
                eligible=m.state == MentorState.APPROVED and mentor_available_on(m, today),
                capacity=m.capacity,
                open_pairings=open_counts.get(m.person_id, 0),
                specialisations=frozenset(spec_keys.get(s, s) for s in m.specialisations),
                slots=frozenset(m.slots),
                modalities=frozenset(m.modalities),
                municipality=person.municipality,
                county=person.county,
                latitude=person.latitude,
                longitude=person.longitude,
                name=person.name,
            )
        )
    mentees: dict[str, MenteeRequest] = {}
    waiting: list[str] = []
    for e in session.scalars(
        select(MenteeProfile).where(
            MenteeProfile.programme_id == programme.id,
            MenteeProfile.deleted_at.is_(None),
            MenteeProfile.state != MenteeState.WITHDRAWN.value,
            *([] if only is None else [MenteeProfile.person_id.in_(only)]),
        )
    ):
        person = people[e.person_id]
        mentees[e.person_id] = MenteeRequest(
            id=e.person_id,
            specialisations=frozenset(spec_keys.get(s, s) for s in e.specialisations),
            slots=frozenset(e.slots),
            modalities=frozenset(e.modalities),
            municipality=person.municipality,
            county=person.county,
            latitude=person.latitude,
            longitude=person.longitude,
            name=person.name,
        )
        if e.state == MenteeState.WAITING and e.person_id not in mentee_open:
            waiting.append(e.person_id)
    previous = frozenset(
        (row.mentor_id, row.mentee_id)
        for row in session.execute(
            select(Pairing.mentor_id, Pairing.mentee_id).where(
                Pairing.status.in_(PAIRED_BEFORE_STATUSES),
                Pairing.deleted_at.is_(None),
                *([] if only is None else [Pairing.mentee_id.in_(only)]),
            )
        )
    )
    return MatchInput(
        programme_id=programme.id,
        mentors=mentors,
        mentees=mentees,
        waiting=sorted(waiting),
        previous_pairs=previous,
        weights=programme_weights(programme),
        names={pid: p.name for pid, p in people.items()},
    )


def _mentee_programme(session: Session, mentee_id: str, programme: str | None) -> Programme:
    if programme is not None:
        return lookup.programme(session, programme)
    ids = session.scalars(
        select(MenteeProfile.programme_id).where(
            MenteeProfile.person_id == mentee_id, MenteeProfile.deleted_at.is_(None)
        )
    ).all()
    if not ids:
        raise InvalidInput("This person is not a mentee in any programme.")
    if len(ids) > 1:
        raise InvalidInput("This mentee is in several programmes; say which with --programme.")
    return lookup.programme(session, ids[0])


def resolve_filters(ctx: ServiceContext, filters: MatchFilters, specialisations: Sequence[str] = ()) -> MatchFilters:
    """The filters with specialisation names (English, Norwegian or key) turned into catalogue keys."""
    if not specialisations:
        return filters
    with ctx.read() as session:
        keys = frozenset(s.key for s in lookup.specialisations(session, list(specialisations)))
    return MatchFilters(
        eligible=filters.eligible,
        not_paired_before=filters.not_paired_before,
        geography=filters.geography,
        max_km=filters.max_km,
        slot_overlap=filters.slot_overlap,
        specialisations=keys,
        modality=filters.modality,
    )


def load_matching(ctx: ServiceContext, programme: str) -> MatchInput:
    """One programme's mentors and mentees as plain data, read once; rank as often as filters change."""
    with ctx.read() as session:
        return load_match_input(session, lookup.programme(session, programme), ctx.now().date())


def rank_mentors(data: MatchInput, mentee_id: str, filters: MatchFilters, top: int | None = 10) -> MatchSuggestions:
    """Ranked mentors for one mentee of `data`, with reasons and exclusions (pure: no database)."""
    request = data.mentees.get(mentee_id)
    if request is None:
        name = data.names.get(mentee_id, mentee_id)
        raise InvalidInput(f"{name} is not a mentee in this programme (or has withdrawn).")
    result = suggest(
        request, data.pool, previous_pairs=data.previous_pairs, filters=filters, weights=data.weights, top=top
    )
    return MatchSuggestions(
        mentee=mentee_id,
        mentee_name=data.names.get(mentee_id, ""),
        programme=data.programme_id,
        suggestions=[
            SuggestionRow(
                mentor=s.mentor_id, mentor_name=data.names.get(s.mentor_id, ""), score=s.score, reasons=s.reasons
            )
            for s in result.suggestions
        ],
        excluded=dict(result.excluded),
        excluded_mentors=[
            ExcludedRow(
                mentor=mid,
                mentor_name=data.names.get(mid, ""),
                filter=name,
                detail=result.exclusion_details.get(mid, name),
            )
            for mid, name in result.excluded_mentors
        ],
    )


def rank_mentees(
    data: MatchInput, mentor_id: str, filters: MatchFilters, top: int | None = None
) -> tuple[list[MenteeCandidateRow], int]:
    """Waiting mentees that suit one mentor, best first (the same filters and score, seen from the mentor).

    Returns the best `top` rows (all when None) and how many mentees passed the filters in all.
    """
    mentor = next((m for m in data.mentors if m.id == mentor_id), None)
    if mentor is None:
        raise InvalidInput(f"{data.names.get(mentor_id, mentor_id)} is not a mentor in this programme.")
    waiting = [data.mentees[i] for i in data.waiting]
    if not waiting:
        return [], 0
    feasible, scores = score_matrix(
        [mentor], waiting, previous_pairs=data.previous_pairs, filters=filters, weights=data.weights
    )
    passing = [i for i, ok in enumerate(feasible[:, 0].tolist()) if ok]
    passing.sort(key=lambda i: (-round(float(scores[i, 0]), 6), waiting[i].id))
    rows = []
    for i in passing[:top] if top is not None else passing:
        score, reasons = score_pair(mentor, waiting[i], data.weights)
        rows.append(MenteeCandidateRow(mentee=waiting[i].id, mentee_name=waiting[i].name, score=score, reasons=reasons))
    return rows, len(passing)


def suggest_mentors(
    ctx: ServiceContext,
    mentee: str,
    *,
    programme: str | None = None,
    filters: MatchFilters | None = None,
    top: int | None = 10,
) -> MatchSuggestions:
    """Ranked mentors for one mentee, with reasons, and why the others were left out."""
    if top is not None and top < 1:
        raise InvalidInput(f"--top must be at least 1, not {top}.")
    with ctx.read() as session:
        person = lookup.person(session, mentee)
        person_id, person_name = person.id, person.name
        target = _mentee_programme(session, person.id, programme)
        programme_name = target.name
        data = load_match_input(session, target, ctx.now().date())
    if person_id not in data.mentees:
        raise InvalidInput(f"{person_name} is not a mentee in '{programme_name}' (or has withdrawn).")
    return rank_mentors(data, person_id, filters or MatchFilters(), top)


def propose_cohort_for(
    ctx: ServiceContext,
    programme: str,
    *,
    filters: MatchFilters | None = None,
    pinned: Sequence[tuple[str, str]] = (),
    rejected: Sequence[tuple[str, str]] = (),
) -> CohortProposal:
    """The most waiting mentees matched, then the highest total score; nothing is written."""
    from app.matching.cohort import propose_cohort  # OR-Tools: loaded for a cohort only, not at start-up

    with ctx.read() as session:
        data = load_match_input(session, lookup.programme(session, programme), ctx.now().date())
    waiting = [data.mentees[i] for i in data.waiting]
    try:
        result: CohortResult = propose_cohort(
            waiting,
            data.mentors,
            previous_pairs=data.previous_pairs,
            filters=filters or MatchFilters(),
            weights=data.weights,
            pinned=list(pinned),
            rejected=list(rejected),
        )
    except ValueError as exc:  # a pin that names someone unknown or breaks a capacity
        raise InvalidInput(f"The pinned pairs cannot be kept: {exc}") from exc
    pins = set(pinned)
    return CohortProposal(
        programme=data.programme_id,
        proposals=[
            ProposalRow(
                mentor=p.mentor_id,
                mentor_name=data.names.get(p.mentor_id, ""),
                mentee=p.mentee_id,
                mentee_name=data.names.get(p.mentee_id, ""),
                score=p.score,
                reasons=p.reasons,
                pinned=(p.mentor_id, p.mentee_id) in pins,
            )
            for p in result.proposals
        ],
        matched=result.matched,
        unmatched=list(result.unmatched),
        total_score=result.total_score,
    )


def accept_pairs(ctx: ServiceContext, programme: str, pairs: Sequence[tuple[str, str]]) -> list[PairingRow]:
    """Create the chosen (mentor, mentee) pairs as proposed pairings in one transaction, with score and reasons.

    The score is computed again here from the current data, so what is stored is what holds now.
    """
    if not pairs:
        raise InvalidInput("Choose at least one pair to create.")
    with ctx.transaction() as session:
        target = lookup.programme(session, programme)
        # A few pairs (the match widget, the demo): load only their people; a whole cohort: the programme, once.
        people = {person for pair in pairs for person in pair}
        only = people if len(people) <= ACCEPT_LOADS_ONLY_PAIRS_UP_TO else None
        data = load_match_input(session, target, session.info["now"].date(), only=only)
        mentors = {m.id: m for m in data.mentors}
        created = []
        for mentor_id, mentee_id in pairs:
            mentor, mentee = mentors.get(mentor_id), data.mentees.get(mentee_id)
            score, reasons = score_pair(mentor, mentee, data.weights) if mentor and mentee else (None, {})
            created.append(propose_in_session(session, target.id, mentor_id, mentee_id, score, reasons, ctx.actor))
        return pairing_rows(session, created)

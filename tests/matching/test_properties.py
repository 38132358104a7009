"""Property tests: the vectorised engine agrees with the plain-Python reference, and cohorts are exactly optimal."""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Any

import numpy as np
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from app.matching import (
    EXCLUSION_DETAILS,
    MODALITIES,
    MatchFilters,
    MatchWeights,
    MenteeRequest,
    MentorCandidate,
    MentorPool,
    propose_cohort,
    score_key,
    score_matrix,
    suggest,
)
from app.matching.reference import (
    reference_cohort_optimum,
    reference_first_failure,
    reference_score_matrix,
    reference_suggest,
)

SPECS = ("braille", "screen readers", "mobility and orientation", "daily living skills", "ict")
SOME_SLOTS = ("mon_morning", "mon_evening", "wed_evening", "thu_afternoon", "sat_morning", "sun_evening")
# (municipality, county, latitude, longitude): spelling variants, a name that exists in two counties, gaps.
PLACES = (
    ("Bergen", "Vestland", 60.3913, 5.3221),
    (" bergen", "VESTLAND ", 60.4650, 5.3220),
    ("Voss", "Vestland", 60.6280, 6.4180),
    ("Våler", "Innlandet", 60.6740, 11.8340),
    ("Våler", "Østfold", 59.4810, 10.8560),
    ("Oslo", "Oslo", 59.9139, 10.7522),
    ("Tromsø", None, 69.6496, 18.9560),
    (None, "Vestland", None, None),
    (None, None, None, None),
)
FAST = settings(max_examples=60, deadline=None, database=None)
SLOW = settings(max_examples=50, deadline=None, database=None)


# Strategies built once: hypothesis spends most of its time on strategy bookkeeping otherwise.
PLACE = st.sampled_from(PLACES)
SPEC_SETS = st.frozensets(st.sampled_from(SPECS))
WANTED_SETS = st.frozensets(st.sampled_from(SPECS), max_size=3)
SLOT_SETS = st.frozensets(st.sampled_from(SOME_SLOTS))
MODALITY_SETS = st.frozensets(st.sampled_from(MODALITIES))
SOME_MODALITIES = st.frozensets(st.sampled_from(MODALITIES), min_size=1)
MENTOR_IDS = st.lists(st.sampled_from([f"m{i}" for i in range(12)]), unique=True)
MENTEE_IDS = st.lists(st.sampled_from([f"e{i}" for i in range(10)]), unique=True)
MOSTLY_TRUE = st.sampled_from([True, True, True, False])
MOSTLY_ZERO = st.sampled_from([0, 0, 0, 1])
CAPACITY = {n: st.integers(1, n) for n in range(1, 6)}
OPEN = {n: st.integers(0, n + 1) for n in range(1, 6)}


def _place(draw: st.DrawFn) -> dict[str, Any]:
    municipality, county, lat, lon = draw(PLACE)
    located = lat is not None and draw(st.booleans())
    return {
        "municipality": municipality,
        "county": county,
        "latitude": lat if located else None,
        "longitude": lon if located else None,
    }


@st.composite
def mentors(draw: st.DrawFn, max_size: int = 8, max_capacity: int = 3, busy: bool = True) -> list[MentorCandidate]:
    """Mentors; with ``busy=False`` most are eligible with free places, so capacity really constrains."""
    result = []
    for mentor_id in draw(MENTOR_IDS)[:max_size]:
        capacity = draw(CAPACITY[max_capacity])
        result.append(
            MentorCandidate(
                id=mentor_id,
                eligible=draw(st.booleans() if busy else MOSTLY_TRUE),
                capacity=capacity,
                open_pairings=draw(OPEN[capacity] if busy else MOSTLY_ZERO),
                specialisations=draw(SPEC_SETS),
                slots=draw(SLOT_SETS),
                modalities=draw(MODALITY_SETS),
                **_place(draw),
            )
        )
    return result


@st.composite
def mentees(draw: st.DrawFn, max_size: int = 6) -> list[MenteeRequest]:
    return [
        MenteeRequest(
            id=mentee_id,
            specialisations=draw(WANTED_SETS),
            slots=draw(SLOT_SETS),
            modalities=draw(SOME_MODALITIES),
            **_place(draw),
        )
        for mentee_id in draw(MENTEE_IDS)[:max_size]
    ]


filters_strategy = st.builds(
    MatchFilters,
    eligible=st.booleans(),
    not_paired_before=st.booleans(),
    geography=st.sampled_from([None, "municipality", "county", "km"]),
    max_km=st.sampled_from([0.0, 10.0, 100.0, 500.0]),
    slot_overlap=st.booleans(),
    specialisations=st.frozensets(st.sampled_from((*SPECS, "sign language")), max_size=2),
    modality=st.booleans(),
)
weights_strategy = st.one_of(
    st.just(MatchWeights()),
    st.builds(
        MatchWeights,
        specialisation=st.floats(0, 5),
        geography=st.floats(0, 5),
        availability=st.floats(0, 5),
        capacity=st.floats(0, 5),
    ),
)


def _pairs(draw: st.DrawFn, people_a: list[str], people_b: list[str]) -> list[tuple[str, str]]:
    if not people_a or not people_b:
        return []
    return draw(st.lists(st.tuples(st.sampled_from(people_a), st.sampled_from(people_b)), max_size=6))


@dataclass(frozen=True)
class Case:
    """One random matching problem."""

    mentors: list[MentorCandidate]
    mentees: list[MenteeRequest]
    previous: frozenset[tuple[str, str]]
    filters: MatchFilters
    weights: MatchWeights
    pinned: list[tuple[str, str]] = field(default_factory=list)
    rejected: list[tuple[str, str]] = field(default_factory=list)


@st.composite
def cases(draw: st.DrawFn, max_mentors: int = 8, max_mentees: int = 6, busy: bool = True) -> Case:
    some_mentors = draw(mentors(max_size=max_mentors, busy=busy))
    some_mentees = draw(mentees(max_size=max_mentees))
    previous = frozenset(_pairs(draw, [m.id for m in some_mentors], [e.id for e in some_mentees]))
    # Contention needs lenient filters: half of the cohorts use the defaults (the dense case).
    filters = draw(filters_strategy if busy else st.one_of(st.just(MatchFilters()), filters_strategy))
    return Case(some_mentors, some_mentees, previous, filters, draw(weights_strategy))


@FAST
@given(cases())
def test_score_matrix_equals_reference(case: Case) -> None:
    kwargs: dict[str, Any] = {"previous_pairs": case.previous, "filters": case.filters, "weights": case.weights}
    feasible, scores = score_matrix(case.mentors, case.mentees, **kwargs)
    ref_feasible, ref_scores = reference_score_matrix(case.mentors, case.mentees, **kwargs)
    assert feasible.shape == scores.shape == (len(case.mentees), len(case.mentors))
    assert feasible.tolist() == ref_feasible
    expected = np.array(ref_scores, dtype=float).reshape(-1)
    np.testing.assert_allclose(scores.reshape(-1), expected, rtol=0, atol=1e-9)
    # Not only close: the same operations in the same order, so rankings can never differ.
    assert scores.reshape(-1).tolist() == expected.tolist()


@FAST
@given(cases(max_mentees=1), st.sampled_from([None, 0, 1, 3, 10]), st.randoms(use_true_random=False))
def test_suggest_equals_reference_and_ignores_order(case: Case, top: int | None, rnd: random.Random) -> None:
    assume(case.mentees)
    the_mentee = case.mentees[0]
    kwargs: dict[str, Any] = {
        "previous_pairs": case.previous,
        "filters": case.filters,
        "weights": case.weights,
        "top": top,
    }
    result = suggest(the_mentee, case.mentors, **kwargs)
    assert result == reference_suggest(the_mentee, case.mentors, **kwargs)
    shuffled = list(case.mentors)
    rnd.shuffle(shuffled)
    assert suggest(the_mentee, MentorPool.build(shuffled), **kwargs) == result
    assert sum(result.excluded.values()) == len(result.excluded_mentors) == len(result.exclusion_details)
    assert list(result.excluded) == list(case.filters.active())
    assert set(result.exclusion_details.values()) <= set(EXCLUSION_DETAILS)


@st.composite
def cohorts(draw: st.DrawFn) -> Case:
    case = draw(cases(max_mentors=5, max_mentees=6, busy=False))
    free = {m.id: m.remaining_capacity for m in case.mentors}
    pinned: list[tuple[str, str]] = []
    for mentor_id, mentee_id in _pairs(draw, list(free), [e.id for e in case.mentees]):
        if free[mentor_id] > 0 and all(mentee_id != pinned_mentee for _, pinned_mentee in pinned):
            free[mentor_id] -= 1
            pinned.append((mentor_id, mentee_id))
    rejected = [p for p in _pairs(draw, [m.id for m in case.mentors], [e.id for e in case.mentees]) if p not in pinned]
    return replace(case, pinned=pinned, rejected=rejected)


@SLOW
@given(cohorts(), st.randoms(use_true_random=False))
def test_cohort_is_valid_optimal_and_order_independent(case: Case, rnd: random.Random) -> None:
    kwargs: dict[str, Any] = {"previous_pairs": case.previous, "filters": case.filters, "weights": case.weights}
    result = propose_cohort(case.mentees, case.mentors, pinned=case.pinned, rejected=case.rejected, **kwargs)

    by_id = {m.id: m for m in case.mentors}
    mentee_by_id = {e.id: e for e in case.mentees}
    pairs = [(p.mentor_id, p.mentee_id) for p in result.proposals]
    assert [mentee_id for _, mentee_id in pairs] == sorted({mentee_id for _, mentee_id in pairs})  # once each, sorted
    for mentor_id, count in Counter(mentor_id for mentor_id, _ in pairs).items():
        assert count <= by_id[mentor_id].remaining_capacity
    assert set(case.pinned) <= set(pairs)
    assert not set(case.rejected) & set(pairs)
    for mentor_id, mentee_id in set(pairs) - set(case.pinned):
        failure = reference_first_failure(
            by_id[mentor_id], mentee_by_id[mentee_id], previous_pairs=case.previous, filters=case.filters
        )
        assert failure is None
    assert result.matched == len(pairs)
    assert result.unmatched == sorted(set(mentee_by_id) - {mentee_id for _, mentee_id in pairs})
    total_key = sum(score_key(p.score) for p in result.proposals)
    assert round(result.total_score * 1_000_000) == total_key

    optimum = reference_cohort_optimum(case.mentees, case.mentors, pinned=case.pinned, rejected=case.rejected, **kwargs)
    assert (result.matched, total_key) == optimum

    mentors_shuffled, mentees_shuffled, pins_shuffled = list(case.mentors), list(case.mentees), list(case.pinned)
    for items in (mentors_shuffled, mentees_shuffled, pins_shuffled):
        rnd.shuffle(items)
    again = propose_cohort(mentees_shuffled, mentors_shuffled, pinned=pins_shuffled, rejected=case.rejected, **kwargs)
    assert again == result

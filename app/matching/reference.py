"""Plain-Python reference for filters, score, ranking and cohort optimum: the yardstick for tests and benchmarks.

Deliberately written pair by pair, with no numpy and no shared array code, so that agreement with the vectorised
engine is evidence rather than tautology. Reasons dicts are built with :func:`app.matching.scoring.score_pair`.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from app.matching.geo import haversine_km, normalise_place
from app.matching.scoring import SCORE_SCALE, score_key, score_pair
from app.matching.suggest import exclusion_detail
from app.matching.types import (
    DEFAULT_FILTERS,
    DEFAULT_WEIGHTS,
    FILTER_ORDER,
    MatchFilters,
    MatchWeights,
    MenteeRequest,
    MentorCandidate,
    Suggestion,
    SuggestionResult,
)


def _location_check(mentor: MentorCandidate, mentee: MenteeRequest, filters: MatchFilters) -> tuple[bool, bool]:
    """(passes, location unknown) for the geography filter."""
    mentor_county, mentee_county = normalise_place(mentor.county), normalise_place(mentee.county)
    if filters.geography == "municipality":
        a, b = normalise_place(mentor.municipality), normalise_place(mentee.municipality)
        if a is None or b is None:
            return False, True
        counties_agree = mentor_county is None or mentee_county is None or mentor_county == mentee_county
        return a == b and counties_agree, False
    if filters.geography == "county":
        if mentor_county is None or mentee_county is None:
            return False, True
        return mentor_county == mentee_county, False
    assert filters.geography == "km" and filters.max_km is not None
    if mentor.latitude is None or mentor.longitude is None or mentee.latitude is None or mentee.longitude is None:
        return False, True
    return haversine_km(mentee.latitude, mentee.longitude, mentor.latitude, mentor.longitude) <= filters.max_km, False


def reference_first_failure(
    mentor: MentorCandidate,
    mentee: MenteeRequest,
    *,
    previous_pairs: frozenset[tuple[str, str]],
    filters: MatchFilters,
) -> tuple[str, str] | None:
    """(filter name, finer reason) of the first active filter the pair fails, or None if it passes them all."""
    for name in FILTER_ORDER:
        unknown = False
        if name == "eligible" and filters.eligible:
            ok = mentor.eligible and mentor.open_pairings < mentor.capacity
        elif name == "not_paired_before" and filters.not_paired_before:
            ok = (mentor.id, mentee.id) not in previous_pairs
        elif name == "geography" and filters.geography is not None:
            ok, unknown = _location_check(mentor, mentee, filters)
        elif name == "availability" and filters.slot_overlap:
            ok = bool(mentor.slots & mentee.slots)
        elif name == "specialisation" and filters.specialisations:
            ok = filters.specialisations <= mentor.specialisations
        elif name == "modality" and filters.modality:
            ok = bool(mentor.modalities & mentee.modalities)
        else:
            continue
        if not ok:
            return name, exclusion_detail(name, mentor, filters, unknown)
    return None


def reference_score(mentor: MentorCandidate, mentee: MenteeRequest, weights: MatchWeights) -> float:
    """The raw score, straight from the formula in docs/matching.md."""
    overlap = sum(1 for spec in mentee.specialisations if spec in mentor.specialisations)
    municipality = normalise_place(mentor.municipality)
    mentor_county, mentee_county = normalise_place(mentor.county), normalise_place(mentee.county)
    if (
        municipality is not None
        and municipality == normalise_place(mentee.municipality)
        and (mentor_county is None or mentee_county is None or mentor_county == mentee_county)
    ):
        geography = 1.0
    elif mentor_county is not None and mentor_county == mentee_county:
        geography = 0.5
    else:
        geography = 0.0
    shared = sum(1 for slot in mentee.slots if slot in mentor.slots)
    availability = shared / len(mentee.slots) if mentee.slots else 0.0
    capacity = max(0, mentor.capacity - mentor.open_pairings) / mentor.capacity
    return (
        weights.specialisation * overlap
        + weights.geography * geography
        + weights.availability * availability
        + weights.capacity * capacity
    )


def reference_score_matrix(
    mentors: Sequence[MentorCandidate],
    mentees: Sequence[MenteeRequest],
    *,
    previous_pairs: frozenset[tuple[str, str]] = frozenset(),
    filters: MatchFilters = DEFAULT_FILTERS,
    weights: MatchWeights = DEFAULT_WEIGHTS,
) -> tuple[list[list[bool]], list[list[float]]]:
    """Feasibility and raw scores as nested lists indexed [mentee][mentor], in the order given."""
    feasible: list[list[bool]] = []
    scores: list[list[float]] = []
    for mentee in mentees:
        feasible.append(
            [
                reference_first_failure(mentor, mentee, previous_pairs=previous_pairs, filters=filters) is None
                for mentor in mentors
            ]
        )
        scores.append([reference_score(mentor, mentee, weights) for mentor in mentors])
    return feasible, scores


def reference_suggest(
    mentee: MenteeRequest,
    mentors: Sequence[MentorCandidate],
    *,
    previous_pairs: frozenset[tuple[str, str]] = frozenset(),
    filters: MatchFilters = DEFAULT_FILTERS,
    weights: MatchWeights = DEFAULT_WEIGHTS,
    top: int | None = 10,
) -> SuggestionResult:
    """What :func:`app.matching.suggest.suggest` must return, computed one mentor at a time."""
    ranked: list[tuple[int, str, MentorCandidate]] = []
    excluded = dict.fromkeys(filters.active(), 0)
    excluded_mentors: list[tuple[str, str]] = []
    details: dict[str, str] = {}
    for mentor in sorted(mentors, key=lambda m: m.id):
        failure = reference_first_failure(mentor, mentee, previous_pairs=previous_pairs, filters=filters)
        if failure is None:
            ranked.append((-score_key(reference_score(mentor, mentee, weights)), mentor.id, mentor))
        else:
            excluded[failure[0]] += 1
            excluded_mentors.append((mentor.id, failure[0]))
            details[mentor.id] = failure[1]
    ranked.sort(key=lambda item: (item[0], item[1]))
    suggestions = []
    for neg_key, mentor_id, mentor in ranked if top is None else ranked[:top]:
        reasons = score_pair(mentor, mentee, weights)[1]
        suggestions.append(Suggestion(mentor_id, mentee.id, -neg_key / SCORE_SCALE, reasons))
    return SuggestionResult(mentee.id, suggestions, excluded, excluded_mentors, details)


def reference_cohort_optimum(
    mentees: Sequence[MenteeRequest],
    mentors: Sequence[MentorCandidate],
    *,
    previous_pairs: frozenset[tuple[str, str]] = frozenset(),
    filters: MatchFilters = DEFAULT_FILTERS,
    weights: MatchWeights = DEFAULT_WEIGHTS,
    pinned: Sequence[tuple[str, str]] = (),
    rejected: Sequence[tuple[str, str]] = (),
) -> tuple[int, int]:
    """(mentees matched, total score in millionths) of the best cohort, by exhaustive search.

    Exponential: meant for tiny instances (a handful of mentors and mentees). Pins are assumed valid.
    """
    mentor_list = sorted(mentors, key=lambda m: m.id)
    pins = dict((mentee_id, mentor_id) for mentor_id, mentee_id in pinned)
    by_id = {m.id: m for m in mentor_list}
    capacity = {m.id: m.capacity - m.open_pairings for m in mentor_list}
    base_count, base_key = 0, 0
    for mentee in mentees:
        if mentee.id in pins:
            capacity[pins[mentee.id]] -= 1
            base_count += 1
            base_key += score_key(reference_score(by_id[pins[mentee.id]], mentee, weights))
    rejected_set = frozenset(rejected)
    options: list[list[tuple[int, int]]] = []
    for mentee in sorted(mentees, key=lambda m: m.id):
        if mentee.id in pins:
            continue
        options.append(
            [
                (j, score_key(reference_score(mentor, mentee, weights)))
                for j, mentor in enumerate(mentor_list)
                if (mentor.id, mentee.id) not in rejected_set
                and reference_first_failure(mentor, mentee, previous_pairs=previous_pairs, filters=filters) is None
            ]
        )

    @cache
    def best(i: int, free: tuple[int, ...]) -> tuple[int, int]:
        if i == len(options):
            return 0, 0
        result = best(i + 1, free)  # leave mentee i unmatched
        for j, key in options[i]:
            if free[j] > 0:
                count, total = best(i + 1, (*free[:j], free[j] - 1, *free[j + 1 :]))
                result = max(result, (count + 1, total + key))
        return result

    count, total = best(0, tuple(max(0, capacity[m.id]) for m in mentor_list))
    return base_count + count, base_key + total

"""Ranked suggestions for one mentee (with why-not diagnostics) and the all-pairs score matrix."""

from __future__ import annotations

import logging
from collections.abc import Sequence

import numpy as np

from app.matching.filters import FILTER_CODE, PASSES, BlockFilters, PairPositions, block_filters
from app.matching.pool import BoolArray, FloatArray, MenteeBatch, MentorPool
from app.matching.scoring import score_block, score_keys, score_pair
from app.matching.types import (
    AT_CAPACITY,
    DEFAULT_FILTERS,
    DEFAULT_WEIGHTS,
    FILTER_ORDER,
    LOCATION_UNKNOWN,
    MISSING_SPECIALISATION,
    NO_SHARED_MODALITY,
    NO_SHARED_SLOT,
    NOT_ELIGIBLE,
    OTHER_COUNTY,
    OTHER_MUNICIPALITY,
    PAIRED_BEFORE,
    TOO_FAR,
    MatchFilters,
    MatchWeights,
    MenteeRequest,
    MentorCandidate,
    Suggestion,
    SuggestionResult,
)

logger = logging.getLogger(__name__)

# About a million pairs per block keeps the temporaries of one block near 100 MB whatever the instance size.
BLOCK_PAIRS = 1 << 20

_DETAIL = {
    "not_paired_before": PAIRED_BEFORE,
    "availability": NO_SHARED_SLOT,
    "specialisation": MISSING_SPECIALISATION,
    "modality": NO_SHARED_MODALITY,
}
_GEOGRAPHY_DETAIL = {"municipality": OTHER_MUNICIPALITY, "county": OTHER_COUNTY, "km": TOO_FAR}


def exclusion_detail(filter_name: str, mentor: MentorCandidate, filters: MatchFilters, location_unknown: bool) -> str:
    """The finer reason shown next to the filter a mentor failed first."""
    if filter_name == "eligible":
        return NOT_ELIGIBLE if not mentor.eligible else AT_CAPACITY
    if filter_name == "geography":
        assert filters.geography is not None
        return LOCATION_UNKNOWN if location_unknown else _GEOGRAPHY_DETAIL[filters.geography]
    return _DETAIL[filter_name]


def as_pool(mentors: Sequence[MentorCandidate] | MentorPool) -> MentorPool:
    """``mentors`` itself when it already is a pool, else a freshly built one."""
    return mentors if isinstance(mentors, MentorPool) else MentorPool.build(mentors)


def suggest(
    mentee: MenteeRequest,
    mentors: Sequence[MentorCandidate] | MentorPool,
    *,
    previous_pairs: frozenset[tuple[str, str]] = frozenset(),
    filters: MatchFilters = DEFAULT_FILTERS,
    weights: MatchWeights = DEFAULT_WEIGHTS,
    top: int | None = 10,
) -> SuggestionResult:
    """Mentors for ``mentee`` that pass the active filters, best first, plus counts of the others by filter.

    Pass a :class:`MentorPool` instead of a list to skip re-encoding the mentors (the interactive path).
    Order: score (rounded to 6 decimals) descending, then mentor id ascending. ``top=None`` returns all.
    """
    if top is not None and top < 0:
        raise ValueError(f"top must be >= 0 or None, got {top}")
    pool = as_pool(mentors)
    batch = MenteeBatch.build(pool, [mentee])
    one = slice(0, 1)
    previous = PairPositions.for_one(frozenset(previous_pairs), pool, mentee.id)
    evaluation = block_filters(pool, batch, one, previous, filters)
    codes = evaluation.first_failure()[0]
    keys = score_keys(score_block(pool, batch, one, weights)[0])

    passing = np.flatnonzero(codes == PASSES)
    # The pool is sorted by mentor id, so a stable sort on -score leaves equal scores in id order.
    ranked = passing[np.argsort(-keys[passing], kind="stable")]
    if top is not None:
        ranked = ranked[:top]
    suggestions = []
    for j in ranked.tolist():
        score, reasons = score_pair(pool.mentors[j], mentee, weights)
        suggestions.append(Suggestion(mentor_id=pool.ids[j], mentee_id=mentee.id, score=score, reasons=reasons))

    counts = np.bincount(codes[codes != PASSES], minlength=len(FILTER_ORDER))
    excluded = {name: int(counts[FILTER_CODE[name]]) for name in filters.active()}
    excluded_mentors: list[tuple[str, str]] = []
    details: dict[str, str] = {}
    unknown = evaluation.location_unknown[0] if evaluation.location_unknown is not None else None
    for j in np.flatnonzero(codes != PASSES).tolist():
        name = FILTER_ORDER[codes[j]]
        mentor = pool.mentors[j]
        excluded_mentors.append((mentor.id, name))
        details[mentor.id] = exclusion_detail(name, mentor, filters, bool(unknown is not None and unknown[j]))
    return SuggestionResult(
        mentee_id=mentee.id,
        suggestions=suggestions,
        excluded=excluded,
        excluded_mentors=excluded_mentors,
        exclusion_details=details,
    )


def evaluate_pairs(
    pool: MentorPool,
    batch: MenteeBatch,
    previous: PairPositions,
    filters: MatchFilters,
    weights: MatchWeights,
) -> tuple[BoolArray, FloatArray]:
    """Feasibility and raw scores for every mentee of ``batch`` × every mentor of ``pool`` (pool order)."""
    feasible = np.empty((len(batch), len(pool)), dtype=np.bool_)
    scores = np.empty((len(batch), len(pool)), dtype=np.float64)
    step = max(1, BLOCK_PAIRS // max(1, len(pool)))
    for start in range(0, len(batch), step):
        rows = slice(start, min(start + step, len(batch)))
        evaluation: BlockFilters = block_filters(pool, batch, rows, previous, filters)
        feasible[rows] = evaluation.feasible()
        scores[rows] = score_block(pool, batch, rows, weights)
    return feasible, scores


def score_matrix(
    mentors: Sequence[MentorCandidate] | MentorPool,
    mentees: Sequence[MenteeRequest],
    *,
    previous_pairs: frozenset[tuple[str, str]] = frozenset(),
    filters: MatchFilters = DEFAULT_FILTERS,
    weights: MatchWeights = DEFAULT_WEIGHTS,
) -> tuple[BoolArray, FloatArray]:
    """Filter and score all pairs at once.

    Returns ``(feasible, scores)``, both shaped ``[len(mentees), len(mentors)]`` in the order given (for a
    :class:`MentorPool`, in its id order). Scores are raw (unrounded) and filled in for infeasible pairs too.
    """
    pool = as_pool(mentors)
    batch = MenteeBatch.build(pool, mentees)
    feasible, scores = evaluate_pairs(pool, batch, PairPositions.locate(previous_pairs, pool, batch), filters, weights)
    if not isinstance(mentors, MentorPool):
        order = np.fromiter((pool.index[mentor.id] for mentor in mentors), dtype=np.int64, count=len(mentors))
        if not np.array_equal(order, np.arange(len(order))):
            feasible = feasible[:, order]
            scores = scores[:, order]
    logger.debug("scored %d x %d pairs, %d feasible", len(batch), len(pool), int(feasible.sum()))
    return feasible, scores

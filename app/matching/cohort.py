"""Cohort proposal: the assignment matching the most mentees, then with the highest total score (exact)."""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Sequence

import numpy as np
import numpy.typing as npt
from scipy.optimize import linear_sum_assignment

from app.matching.filters import PairPositions
from app.matching.pool import BoolArray, IntArray, MenteeBatch, MentorPool
from app.matching.scoring import SCORE_SCALE, score_key, score_keys, score_pair
from app.matching.suggest import evaluate_pairs
from app.matching.types import (
    DEFAULT_FILTERS,
    DEFAULT_WEIGHTS,
    CohortResult,
    MatchFilters,
    MatchWeights,
    MenteeRequest,
    MentorCandidate,
    Suggestion,
)

logger = logging.getLogger(__name__)

# linear_sum_assignment works in float64: every cost, potential and path length it forms must stay an exactly
# representable integer. Path lengths are sums of at most (rows + cols) costs, so we keep
# (rows + cols) * max|cost| below 2**52, leaving a factor of two for differences of potentials.
_EXACT_LIMIT = 2**52


def _validate_pins(
    pinned: Sequence[tuple[str, str]],
    rejected: frozenset[tuple[str, str]],
    pool: MentorPool,
    mentee_ids: frozenset[str],
) -> dict[str, str]:
    """mentee id -> mentor id of the pins, or ValueError naming the first problem found (in sorted order)."""
    by_mentee: dict[str, str] = {}
    for mentor_id, mentee_id in sorted(pinned):
        if mentor_id not in pool.index:
            raise ValueError(f"pinned pair ({mentor_id}, {mentee_id}): unknown mentor id {mentor_id!r}")
        if mentee_id not in mentee_ids:
            raise ValueError(f"pinned pair ({mentor_id}, {mentee_id}): unknown mentee id {mentee_id!r}")
        if mentee_id in by_mentee:
            raise ValueError(f"mentee {mentee_id!r} is pinned more than once")
        if (mentor_id, mentee_id) in rejected:
            raise ValueError(f"pair ({mentor_id}, {mentee_id}) is both pinned and rejected")
        by_mentee[mentee_id] = mentor_id
    for mentor_id, count in sorted(Counter(by_mentee.values()).items()):
        mentor = pool.mentors[pool.index[mentor_id]]
        if count > mentor.remaining_capacity:
            raise ValueError(
                f"mentor {mentor_id!r} has {mentor.remaining_capacity} free place(s) (capacity {mentor.capacity}, "
                f"{mentor.open_pairings} open pairing(s)) but {count} pinned pair(s)"
            )
    return by_mentee


def _exact_keys(keys: IntArray, feasible: BoolArray, n_rows: int, n_cols: int) -> tuple[IntArray, int]:
    """Keys (coarsened only if they could not be solved exactly) and the cardinality bonus ``big``.

    ``big`` exceeds the total score of any matching (every mentee contributes at most its best feasible key), so
    one more matched pair always outweighs any score difference: maximising sum(big + key) over matched pairs
    maximises the number of pairs first and the total score second.
    """
    divisor = 1
    while True:
        scaled = keys // divisor
        best_per_row = np.where(feasible, scaled, 0).max(axis=1)
        big = int(best_per_row.sum()) + 1
        if (n_rows + n_cols) * (big + int(best_per_row.max(initial=0))) < _EXACT_LIMIT:
            break
        divisor *= 10
    if divisor > 1:
        logger.warning("cohort scores too large for exact float64 solving; optimising in steps of %g", divisor / 1e6)
    return scaled, big


def solve_assignment(
    feasible: BoolArray, keys: IntArray, seats: IntArray
) -> tuple[npt.NDArray[np.intp], npt.NDArray[np.intp]]:
    """Optimal b-matching of mentees (rows) to mentors (columns) with ``seats[j]`` places for mentor ``j``.

    Maximises the number of matched rows, then the sum of ``keys`` over matched pairs, using only ``feasible``
    pairs. Returns (rows, cols) of the matched pairs, sorted by row.

    Why this is optimal: a mentor with c places is replaced by c identical "seat" columns, the standard reduction
    of b-matching to matching. Seats beyond the number of mentees a mentor could take are never usable, and rows
    or mentors without a feasible pair take no part, so dropping them changes nothing. The remaining problem is a
    rectangular assignment on seats × mentees where a feasible pair is worth ``big + key`` and any other pair 0;
    every matching of feasible pairs extends to a full assignment with zero-valued pairs, so the assignment
    optimum is the lexicographic optimum (see :func:`_exact_keys`). scipy's linear_sum_assignment solves it exactly
    because all values are integers kept within float64's exact range.
    """
    empty = np.empty(0, dtype=np.intp)
    seats = np.minimum(seats, feasible.sum(axis=0))
    cols = np.flatnonzero(seats > 0)
    if cols.size == 0:
        return empty, empty
    rows = np.flatnonzero(feasible[:, cols].any(axis=1))
    if rows.size == 0:
        return empty, empty
    sub_feasible = feasible[np.ix_(rows, cols)]
    sub_keys, big = _exact_keys(keys[np.ix_(rows, cols)], sub_feasible, rows.size, int(seats[cols].sum()))
    seat_owner = np.repeat(np.arange(cols.size), seats[cols])
    # Built mentor-major so that replicating a mentor into its seats copies whole contiguous rows.
    # Costs are negated values, so the solver minimises without making its own negated copy.
    cost_by_mentor = np.where(sub_feasible.T, -(sub_keys.T + big).astype(np.float64), 0.0)
    cost = cost_by_mentor[seat_owner]
    del cost_by_mentor
    seat, mentee = linear_sum_assignment(cost)
    matched = cost[seat, mentee] < 0
    out_rows = rows[mentee[matched]]
    out_cols = cols[seat_owner[seat[matched]]]
    order = np.argsort(out_rows, kind="stable")
    return out_rows[order], out_cols[order]


def propose_cohort(
    mentees: Sequence[MenteeRequest],
    mentors: Sequence[MentorCandidate] | MentorPool,
    *,
    previous_pairs: frozenset[tuple[str, str]] = frozenset(),
    filters: MatchFilters = DEFAULT_FILTERS,
    weights: MatchWeights = DEFAULT_WEIGHTS,
    pinned: Sequence[tuple[str, str]] = (),
    rejected: Sequence[tuple[str, str]] = (),
) -> CohortResult:
    """Propose pairings for all ``mentees`` at once, provably optimal.

    Objective, in order: the most mentees matched, then the highest total score (each pair's score rounded to 6
    decimals, as shown), within every mentor's remaining capacity (capacity - open pairings) and the active
    filters. Pinned (mentor_id, mentee_id) pairs are kept as they are, use up a place and are included even when
    a filter would reject them; a pin naming an unknown mentor or mentee, a mentee pinned twice, a pin that is also
    rejected, or more pins than a mentor's free places raises ValueError. Rejected pairs are never proposed.

    Deterministic: inputs are put in id order before solving, and the solver is a deterministic function of its
    (canonical) input, so any permutation of ``mentees``, ``mentors``, ``pinned`` or ``rejected`` gives the same
    result; among several equally good assignments it is the one the solver reaches on that canonical input.
    Proposals are sorted by mentee id.
    """
    pool = mentors if isinstance(mentors, MentorPool) else MentorPool.build(mentors)
    ordered = sorted(mentees, key=lambda mentee: mentee.id)
    mentee_ids = frozenset(mentee.id for mentee in ordered)
    if len(mentee_ids) != len(ordered):
        raise ValueError("duplicate mentee id(s) in the cohort")
    rejected_set = frozenset(rejected)
    by_mentee = _validate_pins(pinned, rejected_set, pool, mentee_ids)

    proposals: list[Suggestion] = []
    total_key = 0
    seats = pool.remaining.copy()
    for mentee in ordered:
        mentor_id = by_mentee.get(mentee.id)
        if mentor_id is not None:
            j = pool.index[mentor_id]
            seats[j] -= 1
            score, reasons = score_pair(pool.mentors[j], mentee, weights)
            proposals.append(Suggestion(mentor_id=mentor_id, mentee_id=mentee.id, score=score, reasons=reasons))
            total_key += score_key(score)

    free = [mentee for mentee in ordered if mentee.id not in by_mentee]
    batch = MenteeBatch.build(pool, free)
    feasible, scores = evaluate_pairs(pool, batch, PairPositions.locate(previous_pairs, pool, batch), filters, weights)
    excluded = PairPositions.locate(rejected_set, pool, batch)
    feasible[excluded.rows, excluded.cols] = False
    rows, cols = solve_assignment(feasible, score_keys(scores), seats)
    del feasible, scores

    for row, col in zip(rows.tolist(), cols.tolist(), strict=True):
        mentee = batch.mentees[row]
        score, reasons = score_pair(pool.mentors[col], mentee, weights)
        proposals.append(Suggestion(mentor_id=pool.ids[col], mentee_id=mentee.id, score=score, reasons=reasons))
        total_key += score_key(score)
    proposals.sort(key=lambda proposal: proposal.mentee_id)
    matched_ids = {proposal.mentee_id for proposal in proposals}
    logger.info("cohort: %d of %d mentees matched (%d pinned)", len(proposals), len(ordered), len(by_mentee))
    return CohortResult(
        proposals=proposals,
        matched=len(proposals),
        unmatched=[mentee.id for mentee in ordered if mentee.id not in matched_ids],
        total_score=total_key / SCORE_SCALE,
    )

"""Cohort proposal: the assignment matching the most mentees, then with the highest total score (exact)."""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

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

# OR-Tools' cost-scaling solver multiplies costs by about the number of nodes and must stay within int64; keys
# beyond this bound are coarsened (see :func:`_solver_costs`). Default weights on 1,000 × 5,000 reach about 5e10.
_COST_LIMIT = 2**62


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


def _solver_costs(keys: IntArray, n_nodes: int) -> IntArray:
    """Arc costs (negated keys, coarsened only if they could not be solved exactly in int64)."""
    divisor = 1
    largest = int(keys.max(initial=0))
    while (largest // divisor) * (n_nodes + 1) >= _COST_LIMIT // 2:
        divisor *= 10
    if divisor > 1:
        logger.warning("cohort scores too large for exact solving; optimising in steps of %g", divisor / 1e6)
    costs: IntArray = -(keys // divisor) if divisor > 1 else -keys
    return costs


def _strongest_candidates(feasible: BoolArray, keys: IntArray, places: int) -> BoolArray:
    """``feasible`` cut down to each mentor's (column's) ``places`` best mentees: key descending, then row.

    Why nothing optimal is lost: at most ``places`` mentees are matched in all. If an optimal assignment gives
    mentor j a mentee i outside j's ``places`` best, fewer than ``places`` of those best are matched (i is matched
    and not among them), so one of them, i', is unmatched; giving j i' instead of i keeps the count and does not
    lower the total (i' ranks above i for j). Repeating this ends in an optimal assignment within the cut.
    """
    n_rows = feasible.shape[0]
    if places >= n_rows or int(keys.max(initial=0)) >= _COST_LIMIT // n_rows:
        return feasible
    # One distinct number per candidate, so that exactly `places` pass each column's threshold.
    rank = np.where(feasible, keys * n_rows + (n_rows - 1 - np.arange(n_rows))[:, None], -1)
    threshold = np.partition(rank, n_rows - places, axis=0)[n_rows - places]
    strongest: BoolArray = feasible & (rank >= threshold)
    return strongest


def solve_assignment(
    feasible: BoolArray, keys: IntArray, seats: IntArray
) -> tuple[npt.NDArray[np.intp], npt.NDArray[np.intp]]:
    """Optimal b-matching of mentees (rows) to mentors (columns) with ``seats[j]`` places for mentor ``j``.

    Maximises the number of matched rows, then the sum of ``keys`` (>= 0) over matched pairs, using only
    ``feasible`` pairs. Returns (rows, cols) of the matched pairs, sorted by row.

    Why this is optimal: it is a maximum flow of minimum cost in the network source → mentee (capacity 1) →
    mentor (capacity 1 per feasible pair, cost −key) → sink (capacity ``seats[j]``). Integral flows of that network
    are exactly the assignments that respect every mentor's places, the flow value is the number of mentees
    matched, and OR-Tools' ``solve_max_flow_with_min_cost`` returns, among the flows of maximum value, one of
    minimum cost (maximum total key), in exact integer arithmetic. Mentors without a usable place and mentees
    without a feasible pair take no part, which changes nothing.

    Deterministic: arcs are added in row-major order of the (canonical) input and the solver is single-threaded.
    """
    # Imported here: the solver is needed by one command, not by every start of the application.
    from ortools.graph.python import min_cost_flow

    empty = np.empty(0, dtype=np.intp)
    seats = np.minimum(seats, feasible.sum(axis=0))
    cols = np.flatnonzero(seats > 0)
    if cols.size == 0:
        return empty, empty
    rows = np.flatnonzero(feasible[:, cols].any(axis=1))
    if rows.size == 0:
        return empty, empty
    sub_keys = keys[np.ix_(rows, cols)]
    # With fewer places than mentees (the usual cohort) most pairs can be left out unseen: a third of the arcs.
    sub_feasible = _strongest_candidates(feasible[np.ix_(rows, cols)], sub_keys, int(seats[cols].sum()))
    pair_rows, pair_cols = np.nonzero(sub_feasible)
    del sub_feasible
    n_rows, n_cols = rows.size, cols.size
    source, sink = n_rows + n_cols, n_rows + n_cols + 1
    # Pair arcs first, so that arc k is pair k when the flows are read back.
    tails = np.concatenate([pair_rows, np.full(n_rows, source), n_rows + np.arange(n_cols)])
    heads = np.concatenate([n_rows + pair_cols, np.arange(n_rows), np.full(n_cols, sink)])
    capacities = np.concatenate([np.ones(pair_rows.size + n_rows, dtype=np.int64), seats[cols].astype(np.int64)])
    pair_costs = _solver_costs(sub_keys[pair_rows, pair_cols], n_rows + n_cols + 2)
    del sub_keys
    costs = np.concatenate([pair_costs, np.zeros(n_rows + n_cols, dtype=np.int64)])
    solver = min_cost_flow.SimpleMinCostFlow()
    solver.add_arcs_with_capacity_and_unit_cost(tails, heads, capacities, costs)
    del tails, heads, capacities, costs
    solver.set_node_supply(source, n_rows)
    solver.set_node_supply(sink, -n_rows)
    status = solver.solve_max_flow_with_min_cost()
    if status != solver.OPTIMAL:
        raise RuntimeError(f"the cohort solver stopped with status {status!r}")
    matched = solver.flows(np.arange(pair_rows.size)) > 0
    # np.nonzero lists pairs row by row, so the matched rows come out sorted.
    return rows[pair_rows[matched]], cols[pair_cols[matched]]


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
    result; among several equally good assignments it is the one the solver reaches on that canonical input (the
    choice among ties may change with the solver's version, which is why OR-Tools is pinned).
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

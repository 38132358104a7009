"""Matching budgets: all-pairs scoring, one-mentee suggestions (warm and cold) and the cohort proposal (two shapes).

Prints one JSON object per line and exits 1 when a figure misses its budget (``--quick`` never fails). ``seconds``
is a median of timed runs without tracing; ``peak_mb`` comes from a separate, untimed run under tracemalloc (Python
objects and numpy buffers; the cohort solver's C++ buffers are not traced), and ``max_rss_mb`` is the process's
resident-set high-water mark so far (cumulative, for context).
"""

from __future__ import annotations

import argparse
import json
import logging
import resource
import statistics
import sys
import time
import tracemalloc
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any

import numpy as np

from app.matching import (
    MODALITIES,
    SLOTS,
    MenteeRequest,
    MentorCandidate,
    MentorPool,
    propose_cohort,
    score_matrix,
    suggest,
)
from app.matching.reference import reference_score_matrix, reference_suggest

logger = logging.getLogger(__name__)

BUDGETS = {"all_pairs": 1.0, "one_mentee": 0.020, "one_mentee_cold": 0.020, "cohort": 10.0, "cohort_tight": 10.0}
PEAK_BUDGET_MB = 1536.0
REFERENCE_FULL_RUN_LIMIT = 60.0  # seconds; above this the reference runs on a subsample and is extrapolated


@dataclass(frozen=True)
class Instance:
    """A synthetic programme: mentors, waiting mentees and earlier pairs."""

    mentors: list[MentorCandidate]
    mentees: list[MenteeRequest]
    previous_pairs: frozenset[tuple[str, str]]


def make_instance(n_mentors: int, n_mentees: int, seed: int = 20240601) -> Instance:
    """Realistic-ish data: 15 specialisations, 20 counties × 4 municipalities with coordinates, capacities 1–5."""
    rng = np.random.default_rng(seed)
    specialisations = [f"spec-{i:02d}" for i in range(15)]
    counties = [(f"County {c:02d}", rng.uniform(58.0, 70.0), rng.uniform(5.0, 30.0)) for c in range(20)]
    places = [
        (f"Municipality {c * 4 + m:02d}", county, lat + rng.normal(0, 0.3), lon + rng.normal(0, 0.6))
        for c, (county, lat, lon) in enumerate(counties)
        for m in range(4)
    ]

    def person_id() -> str:
        return str(uuid.UUID(bytes=rng.bytes(16), version=4))

    def where() -> dict[str, Any]:
        municipality, county, lat, lon = places[int(rng.integers(len(places)))]
        located = rng.random() < 0.95
        return {
            "municipality": municipality,
            "county": county,
            "latitude": float(lat + rng.normal(0, 0.05)) if located else None,
            "longitude": float(lon + rng.normal(0, 0.1)) if located else None,
        }

    def pick(items: Sequence[str], low: int, high: int) -> frozenset[str]:
        count = int(rng.integers(low, high + 1))
        return frozenset(items[i] for i in rng.choice(len(items), size=count, replace=False))

    mentors = []
    for _ in range(n_mentors):
        capacity = int(rng.integers(1, 6))
        open_pairings = int(rng.integers(1, capacity + 1)) if rng.random() < 0.3 else 0
        mentors.append(
            MentorCandidate(
                id=person_id(),
                eligible=bool(rng.random() < 0.9),
                capacity=capacity,
                open_pairings=open_pairings,
                specialisations=pick(specialisations, 1, 4),
                slots=pick(SLOTS, 3, 9),
                modalities=pick(MODALITIES, 1, 3),
                **where(),
            )
        )
    mentees = [
        MenteeRequest(
            id=person_id(),
            specialisations=pick(specialisations, 1, 3),
            slots=pick(SLOTS, 1, 8),
            modalities=pick(MODALITIES, 1, 3),
            **where(),
        )
        for _ in range(n_mentees)
    ]
    n_previous = min(2 * n_mentees, n_mentors * n_mentees // 2)
    previous = frozenset(
        (mentors[int(rng.integers(n_mentors))].id, mentees[int(rng.integers(n_mentees))].id) for _ in range(n_previous)
    )
    return Instance(mentors, mentees, previous)


def _median_seconds(func: Callable[[], object], repeats: int) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _median_per_call(func: Callable[[MenteeRequest], object], mentees: Sequence[MenteeRequest]) -> float:
    times = []
    for mentee in mentees:
        start = time.perf_counter()
        func(mentee)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _peak_mb(func: Callable[[], object]) -> float:
    tracemalloc.start()
    try:
        func()
        return tracemalloc.get_traced_memory()[1] / 2**20
    finally:
        tracemalloc.stop()


def _max_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def _emit(name: str, seconds: float, peak_mb: float, ratio: float | None, **extra: object) -> dict[str, object]:
    record: dict[str, object] = {
        "name": name,
        "seconds": round(seconds, 6),
        "peak_mb": round(peak_mb, 3),
        "ratio_vs_reference": None if ratio is None else round(ratio, 1),
        "budget_seconds": BUDGETS[name],
        "within_budget": seconds <= BUDGETS[name] and peak_mb <= PEAK_BUDGET_MB,
        **extra,
        "max_rss_mb": round(_max_rss_mb(), 1),
    }
    print(json.dumps(record), flush=True)
    return record


def bench_all_pairs(instance: Instance, repeats: int) -> dict[str, object]:
    """score_matrix over every pair, with the plain-Python reference side by side (and checked equal)."""

    def fast() -> tuple[np.ndarray, np.ndarray]:
        return score_matrix(instance.mentors, instance.mentees, previous_pairs=instance.previous_pairs)

    fast()  # warm-up: imports, allocator
    seconds = _median_seconds(fast, repeats)
    peak = _peak_mb(fast)
    feasible, scores = fast()

    # Time the reference on a slice first; run it on everything unless that would take over a minute.
    n_mentees = len(instance.mentees)
    probe = max(1, min(n_mentees, 20))
    start = time.perf_counter()
    reference_score_matrix(instance.mentors, instance.mentees[:probe], previous_pairs=instance.previous_pairs)
    estimate = (time.perf_counter() - start) * n_mentees / probe
    subsample = n_mentees if estimate <= REFERENCE_FULL_RUN_LIMIT else max(probe, n_mentees // 20)
    start = time.perf_counter()
    ref_feasible, ref_scores = reference_score_matrix(
        instance.mentors, instance.mentees[:subsample], previous_pairs=instance.previous_pairs
    )
    reference_seconds = (time.perf_counter() - start) * n_mentees / subsample
    agrees = bool(
        np.array_equal(feasible[:subsample], np.array(ref_feasible, dtype=bool))
        and np.allclose(scores[:subsample], np.array(ref_scores), rtol=0, atol=1e-9)
    )
    return _emit(
        "all_pairs",
        seconds,
        peak,
        reference_seconds / seconds,
        reference_seconds=round(reference_seconds, 3),
        reference_extrapolated=subsample < n_mentees,
        reference_agrees=agrees,
        pairs=len(instance.mentors) * n_mentees,
        feasible_pairs=int(feasible.sum()),
    )


def bench_one_mentee(instance: Instance, calls: int, cold_calls: int) -> list[dict[str, object]]:
    """suggest() for one mentee: warm (prebuilt MentorPool, per keystroke) and cold (pool built in the call)."""
    pool = MentorPool.build(instance.mentors)
    mentees = instance.mentees[:calls]
    previous = instance.previous_pairs

    def warm(mentee: MenteeRequest) -> object:
        return suggest(mentee, pool, previous_pairs=previous)

    def cold(mentee: MenteeRequest) -> object:
        return suggest(mentee, instance.mentors, previous_pairs=previous)

    def reference(mentee: MenteeRequest) -> object:
        return reference_suggest(mentee, instance.mentors, previous_pairs=previous)

    for mentee in mentees[:5]:
        warm(mentee)
    warm_seconds = _median_per_call(warm, mentees)
    cold_seconds = _median_per_call(cold, mentees[:cold_calls])
    reference_seconds = _median_per_call(reference, mentees[:cold_calls])
    agrees = all(warm(m) == reference(m) for m in mentees[:cold_calls])
    common = {"reference_seconds": round(reference_seconds, 6), "reference_agrees": agrees}
    return [
        _emit(
            "one_mentee",
            warm_seconds,
            _peak_mb(lambda: warm(mentees[0])),
            reference_seconds / warm_seconds,
            calls=len(mentees),
            mentors=len(instance.mentors),
            **common,
        ),
        _emit(
            "one_mentee_cold",
            cold_seconds,
            _peak_mb(lambda: cold(mentees[0])),
            reference_seconds / cold_seconds,
            calls=min(cold_calls, len(mentees)),
            mentors=len(instance.mentors),
            **common,
        ),
    ]


def bench_cohort(instance: Instance, repeats: int, name: str = "cohort") -> dict[str, object]:
    """propose_cohort over the whole instance with the default (dense) filters; no reference can solve this size."""

    def run() -> object:
        return propose_cohort(instance.mentees, instance.mentors, previous_pairs=instance.previous_pairs)

    seconds = _median_seconds(run, repeats)
    peak = _peak_mb(run)
    result = propose_cohort(instance.mentees, instance.mentors, previous_pairs=instance.previous_pairs)
    seats = sum(m.remaining_capacity for m in instance.mentors if m.eligible)
    return _emit(
        name,
        seconds,
        peak,
        None,
        mentors=len(instance.mentors),
        mentees=len(instance.mentees),
        free_places=seats,
        matched=result.matched,
        total_score=result.total_score,
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks matching", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="small sizes, for a smoke test (timings meaningless)")
    parser.add_argument("--seed", type=int, default=20240601)
    parser.add_argument(
        "--stress",
        action="store_true",
        help="kept for old scripts: cohort_tight (every mentor at capacity 5, as many places as mentees) always runs",
    )
    args = parser.parse_args(list(sys.argv[1:] if argv is None else argv))
    if args.quick:
        instance = make_instance(60, 150, args.seed)
        repeats, calls, cold_calls = 1, 10, 3
    else:
        instance = make_instance(1000, 5000, args.seed)
        repeats, calls, cold_calls = 3, 300, 30
    records = [bench_all_pairs(instance, repeats)]
    records += bench_one_mentee(instance, calls, cold_calls)
    records.append(bench_cohort(instance, repeats))
    # DESIGN.md §10 budgets the cohort twice: capacities 1-5, and as many places as mentees (the hard case).
    tight = [replace(m, capacity=5, open_pairings=0, eligible=True) for m in instance.mentors]
    records.append(bench_cohort(Instance(tight, instance.mentees, instance.previous_pairs), repeats, "cohort_tight"))
    return 0 if all(record["within_budget"] for record in records) or args.quick else 1


if __name__ == "__main__":
    sys.exit(main())

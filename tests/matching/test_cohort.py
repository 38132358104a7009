"""propose_cohort: capacity, pins, rejections, cardinality before score, determinism."""

from __future__ import annotations

import logging
import random
from collections import Counter

import numpy as np
import pytest

from app.matching import MatchFilters, MatchWeights, cohort, propose_cohort
from app.matching.cohort import solve_assignment
from app.matching.reference import reference_cohort_optimum
from tests.matching.factories import mentee, mentor

SPECS = ["braille", "screen readers", "mobility and orientation"]


def test_most_mentees_first_then_score() -> None:
    # Ingrid (one place) suits Kari best; Per offers Kari nothing she wants and may not take Jonas (paired before).
    # Kari-Ingrid alone scores 6.5; Jonas-Ingrid + Kari-Per score only 3.0 but match two mentees, so they win.
    ingrid = mentor("ingrid", specialisations=SPECS, capacity=1)
    per = mentor("per", specialisations=["daily living skills"], capacity=1)
    kari = mentee("kari", specialisations=SPECS)
    jonas = mentee("jonas", specialisations=["braille"])
    previous = frozenset({("per", "jonas")})
    result = propose_cohort([kari, jonas], [ingrid, per], previous_pairs=previous)
    assert [(p.mentor_id, p.mentee_id, p.score) for p in result.proposals] == [
        ("ingrid", "jonas", 2.5),
        ("per", "kari", 0.5),
    ]
    assert (result.matched, result.unmatched, result.total_score) == (2, [], 3.0)
    assert reference_cohort_optimum([kari, jonas], [ingrid, per], previous_pairs=previous) == (2, 3_000_000)
    alone = propose_cohort([kari], [ingrid, per])
    assert [(p.mentor_id, p.score) for p in alone.proposals] == [("ingrid", 6.5)]


def test_capacity_is_remaining_places() -> None:
    mentors = [mentor("a", capacity=3, open_pairings=1), mentor("b", capacity=2, open_pairings=2)]
    mentees = [mentee(f"e{i}") for i in range(5)]
    result = propose_cohort(mentees, mentors, filters=MatchFilters(eligible=False))
    assert [p.mentor_id for p in result.proposals] == ["a", "a"]
    assert result.matched == 2
    assert result.unmatched == sorted(set(result.unmatched)) and len(result.unmatched) == 3


def test_filters_apply_to_the_cohort() -> None:
    mentors = [mentor("oslo", municipality="Oslo", capacity=5), mentor("paused", eligible=False, capacity=5)]
    mentees = [mentee("a", municipality="oslo"), mentee("b", municipality="Bergen")]
    result = propose_cohort(mentees, mentors, filters=MatchFilters(geography="municipality"))
    assert [(p.mentor_id, p.mentee_id) for p in result.proposals] == [("oslo", "a")]
    assert result.unmatched == ["b"]


def test_pins_are_kept_even_against_filters_and_use_capacity() -> None:
    mentors = [mentor("paused", eligible=False, capacity=1), mentor("free", capacity=1, specialisations=["braille"])]
    mentees = [mentee("a", specialisations=["braille"]), mentee("b", specialisations=["braille"])]
    pinned = [("free", "b")]
    result = propose_cohort(mentees, mentors, pinned=pinned)
    # "free" is used up by the pin, "paused" fails the eligible filter: a stays unmatched.
    assert [(p.mentor_id, p.mentee_id) for p in result.proposals] == [("free", "b")]
    assert result.unmatched == ["a"]
    against_filter = propose_cohort(mentees, mentors, pinned=[("paused", "a")])
    assert {(p.mentor_id, p.mentee_id) for p in against_filter.proposals} == {("paused", "a"), ("free", "b")}


@pytest.mark.parametrize(
    ("pinned", "rejected", "message"),
    [
        ([("ghost", "a")], [], "unknown mentor"),
        ([("m", "ghost")], [], "unknown mentee"),
        ([("m", "a"), ("n", "a")], [], "pinned more than once"),
        ([("m", "a")], [("m", "a")], "both pinned and rejected"),
        ([("m", "a"), ("m", "b")], [], "1 free place"),
    ],
)
def test_invalid_pins_are_refused(pinned: list[tuple[str, str]], rejected: list[tuple[str, str]], message: str) -> None:
    mentors = [mentor("m", capacity=2, open_pairings=1), mentor("n")]
    with pytest.raises(ValueError, match=message):
        propose_cohort([mentee("a"), mentee("b")], mentors, pinned=pinned, rejected=rejected)


def test_rejected_pairs_are_never_proposed() -> None:
    mentors = [mentor("best", specialisations=SPECS, capacity=2), mentor("other", capacity=2)]
    mentees = [mentee("a", specialisations=SPECS), mentee("b", specialisations=SPECS)]
    result = propose_cohort(mentees, mentors, rejected=[("best", "a")])
    assert {(p.mentor_id, p.mentee_id) for p in result.proposals} == {("other", "a"), ("best", "b")}


def test_empty_inputs() -> None:
    assert propose_cohort([], [mentor("m")]).proposals == []
    nobody = propose_cohort([mentee("b"), mentee("a")], [])
    assert (nobody.matched, nobody.unmatched, nobody.total_score) == (0, ["a", "b"], 0.0)
    with pytest.raises(ValueError, match="duplicate mentee"):
        propose_cohort([mentee("a"), mentee("a")], [mentor("m")])


def test_same_result_whatever_the_input_order() -> None:
    rng = random.Random(7)
    mentors = [
        mentor(f"m{i}", capacity=rng.randint(1, 3), specialisations=rng.sample(SPECS, rng.randint(0, 3)))
        for i in range(8)
    ]
    mentees = [mentee(f"e{i:02d}", specialisations=rng.sample(SPECS, rng.randint(1, 3))) for i in range(25)]
    pinned = [("m0", "e03"), ("m1", "e07")]
    rejected = [("m2", "e01"), ("m3", "e02")]
    first = propose_cohort(mentees, mentors, pinned=pinned, rejected=rejected)
    for _ in range(3):
        rng.shuffle(mentors)
        rng.shuffle(mentees)
        again = propose_cohort(mentees, mentors, pinned=pinned[::-1], rejected=rejected[::-1])
        assert again == first
    assert [p.mentee_id for p in first.proposals] == sorted(p.mentee_id for p in first.proposals)


def test_as_many_places_as_mentees_fills_every_place_with_the_best_total() -> None:
    # Three mentors with two places each for six mentees who all suit everyone: every place is filled, and the
    # score total equals the brute-force optimum.
    rng = random.Random(3)
    mentors = [mentor(f"m{i}", capacity=2, specialisations=rng.sample(SPECS, rng.randint(1, 3))) for i in range(3)]
    mentees = [mentee(f"e{i}", specialisations=rng.sample(SPECS, rng.randint(1, 3))) for i in range(6)]
    result = propose_cohort(mentees, mentors)
    assert result.matched == 6 and result.unmatched == []
    assert Counter(p.mentor_id for p in result.proposals) == {"m0": 2, "m1": 2, "m2": 2}
    assert (result.matched, round(result.total_score * 1_000_000)) == reference_cohort_optimum(mentees, mentors)


def test_huge_weights_are_coarsened_not_overflowed(caplog: pytest.LogCaptureFixture) -> None:
    # A weight of 10**12 makes a pair worth about 3 * 10**18 millionths: too large for the solver's int64 scaling,
    # so the solver optimises in coarser steps and says so; the proposal is still valid and matches everyone.
    mentors = [mentor("a", specialisations=SPECS, capacity=1), mentor("b", specialisations=SPECS[:1], capacity=1)]
    mentees = [mentee("x", specialisations=SPECS), mentee("y", specialisations=SPECS[:1])]
    weights = MatchWeights(specialisation=1e12)
    with caplog.at_level(logging.WARNING, logger="app.matching.cohort"):
        result = propose_cohort(mentees, mentors, weights=weights)
    assert "optimising in steps of" in caplog.text
    assert {(p.mentor_id, p.mentee_id) for p in result.proposals} == {("a", "x"), ("b", "y")}


def test_leaving_out_weak_candidates_loses_no_optimum(monkeypatch: pytest.MonkeyPatch) -> None:
    # With fewer places than mentees each mentor keeps only as many candidates as there are places in all; on
    # random matrices full of ties the cut and the uncut problem reach the same count and total.
    rng = np.random.default_rng(5)
    cases = []
    for _ in range(300):
        n_rows, n_cols = int(rng.integers(1, 12)), int(rng.integers(1, 6))
        feasible = rng.random((n_rows, n_cols)) < 0.7
        keys = rng.integers(0, 4, size=(n_rows, n_cols)).astype(np.int64) * 500_000
        seats = rng.integers(0, 3, size=n_cols).astype(np.int64)
        cases.append((feasible, keys, seats))

    def outcomes() -> list[tuple[int, int]]:
        results = []
        for feasible, keys, seats in cases:
            rows, cols = solve_assignment(feasible, keys, seats.copy())
            assert np.all(np.bincount(cols, minlength=seats.size) <= seats) and feasible[rows, cols].all()
            results.append((rows.size, int(keys[rows, cols].sum())))
        return results

    cut = outcomes()
    monkeypatch.setattr(cohort, "_strongest_candidates", lambda feasible, keys, places: feasible)
    assert cut == outcomes()

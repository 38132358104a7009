"""Each filter, the why-not diagnostics, ranking and tie-breaks of suggest(), and score_matrix's layout."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest

from app.matching import (
    MatchFilters,
    MatchWeights,
    MentorCandidate,
    MentorPool,
    SuggestionResult,
    score_matrix,
    suggest,
)
from app.matching.reference import reference_score_matrix, reference_suggest
from tests.matching.factories import mentee, mentor

OSLO: dict[str, Any] = {"municipality": "Oslo", "county": "Oslo", "latitude": 59.9139, "longitude": 10.7522}
BAERUM: dict[str, Any] = {
    "municipality": "Bærum",
    "county": "Akershus",
    "latitude": 59.8940,
    "longitude": 10.5463,
}  # ~12 km
BERGEN: dict[str, Any] = {"municipality": "Bergen", "county": "Vestland", "latitude": 60.3913, "longitude": 5.3221}
KARI = mentee("kari", specialisations=["braille"], slots=["mon_evening"], modalities=["in_person", "video"], **OSLO)


def _passing(result_ids: list[str], expected: list[str]) -> None:
    assert sorted(result_ids) == sorted(expected)


def _run(
    mentors: list[MentorCandidate], filters: MatchFilters, previous: frozenset[tuple[str, str]] = frozenset()
) -> SuggestionResult:
    result = suggest(KARI, mentors, filters=filters, previous_pairs=previous, top=None)
    assert result == reference_suggest(KARI, mentors, filters=filters, previous_pairs=previous, top=None)
    return result


def test_eligible_filter_checks_flag_and_capacity() -> None:
    mentors = [
        mentor("ok"),
        mentor("paused", eligible=False),
        mentor("full", capacity=2, open_pairings=2),
    ]
    result = _run(mentors, MatchFilters())
    assert [s.mentor_id for s in result.suggestions] == ["ok"]
    assert result.exclusion_details == {"paused": "not eligible", "full": "at capacity"}
    off = _run(mentors, MatchFilters(eligible=False))
    _passing([s.mentor_id for s in off.suggestions], ["ok", "paused", "full"])
    assert "eligible" not in off.excluded


def test_not_paired_before() -> None:
    mentors = [mentor("a"), mentor("b")]
    previous = frozenset({("a", "kari"), ("b", "someone-else")})
    result = _run(mentors, MatchFilters(), previous)
    assert [s.mentor_id for s in result.suggestions] == ["b"]
    assert result.excluded_mentors == [("a", "not_paired_before")]
    assert result.exclusion_details == {"a": "paired before"}
    assert len(_run(mentors, MatchFilters(not_paired_before=False), previous).suggestions) == 2


def test_geography_municipality_county_and_km() -> None:
    mentors = [
        mentor("same-town", **{**OSLO, "municipality": " OSLO "}),
        mentor("neighbour", **BAERUM),
        mentor("far", **BERGEN),
        mentor("nowhere"),
        mentor("no-coordinates", municipality="Oslo", county="Oslo"),
    ]
    by_town = _run(mentors, MatchFilters(geography="municipality"))
    _passing([s.mentor_id for s in by_town.suggestions], ["same-town", "no-coordinates"])
    assert by_town.exclusion_details == {
        "neighbour": "other municipality",
        "far": "other municipality",
        "nowhere": "location unknown",
    }
    by_county = _run(mentors, MatchFilters(geography="county"))
    _passing([s.mentor_id for s in by_county.suggestions], ["same-town", "no-coordinates"])
    assert by_county.exclusion_details["neighbour"] == "other county"
    by_km = _run(mentors, MatchFilters(geography="km", max_km=20))
    _passing([s.mentor_id for s in by_km.suggestions], ["same-town", "neighbour"])
    assert by_km.excluded == {"eligible": 0, "not_paired_before": 0, "geography": 3}
    assert by_km.exclusion_details == {
        "far": "too far",
        "nowhere": "location unknown",
        "no-coordinates": "location unknown",
    }
    assert ("no-coordinates", "geography") in by_km.excluded_mentors


def test_km_limit_is_inclusive() -> None:
    result = suggest(KARI, [mentor("here", **OSLO)], filters=MatchFilters(geography="km", max_km=0))
    assert [s.mentor_id for s in result.suggestions] == ["here"]
    assert result.suggestions[0].reasons["distance_km"] == 0.0


def test_location_unknown_when_the_mentee_has_no_place() -> None:
    homeless = mentee("kari", slots=["mon_evening"])
    result = suggest(homeless, [mentor("a", **OSLO)], filters=MatchFilters(geography="km", max_km=1000))
    assert result.suggestions == []
    assert result.excluded_mentors == [("a", "geography")]
    assert result.exclusion_details == {"a": "location unknown"}


def test_availability_specialisation_and_modality_filters() -> None:
    mentors = [
        mentor("all", specialisations=["braille", "ict"], slots=["mon_evening"], modalities=["video"]),
        mentor("no-slot", specialisations=["braille", "ict"], slots=["tue_evening"], modalities=["video"]),
        mentor("no-ict", specialisations=["braille"], slots=["mon_evening"], modalities=["video"]),
        mentor("phone-only", specialisations=["braille", "ict"], slots=["mon_evening"], modalities=["phone"]),
    ]
    filters = MatchFilters(slot_overlap=True, specialisations=frozenset({"braille", "ict"}), modality=True)
    result = _run(mentors, filters)
    assert [s.mentor_id for s in result.suggestions] == ["all"]
    assert result.excluded == {
        "eligible": 0,
        "not_paired_before": 0,
        "availability": 1,
        "specialisation": 1,
        "modality": 1,
    }
    assert result.exclusion_details == {
        "no-slot": "no shared slot",
        "no-ict": "missing specialisation",
        "phone-only": "no shared modality",
    }
    unknown = _run(mentors, MatchFilters(specialisations=frozenset({"sign language"})))
    assert unknown.suggestions == [] and unknown.excluded["specialisation"] == 4


def test_each_mentor_counted_once_under_its_first_failing_filter() -> None:
    # Fails eligible, not paired before, geography and modality: counted under eligible only.
    bad = mentor("bad", eligible=False, modalities=["phone"], **BERGEN)
    also_bad = mentor("also-bad", modalities=["phone"], **BERGEN)  # fails geography and modality
    filters = MatchFilters(geography="county", modality=True)
    result = _run([bad, also_bad], filters, frozenset({("bad", "kari")}))
    assert result.excluded == {"eligible": 1, "not_paired_before": 0, "geography": 1, "modality": 0}
    assert result.excluded_mentors == [("also-bad", "geography"), ("bad", "eligible")]
    assert sum(result.excluded.values()) == len(result.excluded_mentors)


def test_ranking_score_then_mentor_id() -> None:
    mentors = [
        mentor("m-c", specialisations=["braille"]),
        mentor("m-a", specialisations=["braille"]),
        mentor("m-b"),
        mentor("m-d", specialisations=["braille"], slots=["mon_evening"]),
    ]
    result = suggest(KARI, mentors)
    assert [(s.mentor_id, s.score) for s in result.suggestions] == [
        ("m-d", 3.5),
        ("m-a", 2.5),
        ("m-c", 2.5),
        ("m-b", 0.5),
    ]
    assert suggest(KARI, list(reversed(mentors))) == result
    assert suggest(KARI, MentorPool.build(mentors)) == result
    assert [s.mentor_id for s in suggest(KARI, mentors, top=2).suggestions] == ["m-d", "m-a"]
    assert suggest(KARI, mentors, top=0).suggestions == []
    with pytest.raises(ValueError, match="top"):
        suggest(KARI, mentors, top=-1)


def test_ties_within_a_millionth_are_ties() -> None:
    # 0.1 * 3 is 0.30000000000000004 while 0.3 * 1 is 0.3: equal after rounding, so the mentor id decides.
    weights = MatchWeights(specialisation=0.1, geography=0.3, availability=0, capacity=0)
    wants = mentee("e", specialisations=["braille", "ict", "screen readers"], **OSLO)
    a = mentor("a", **OSLO)
    b = mentor("b", specialisations=["braille", "ict", "screen readers"], **BERGEN)
    result = suggest(wants, [b, a], weights=weights)
    assert [(s.mentor_id, s.score) for s in result.suggestions] == [("a", 0.3), ("b", 0.3)]
    assert result == reference_suggest(wants, [a, b], weights=weights)


def test_duplicate_mentor_ids_are_refused() -> None:
    with pytest.raises(ValueError, match="duplicate mentor"):
        suggest(KARI, [mentor("a"), mentor("a")])


def test_score_matrix_keeps_input_order() -> None:
    mentors = [mentor("z", specialisations=["braille"]), mentor("a", eligible=False), mentor("m", **OSLO)]
    mentees = [KARI, mentee("bob", specialisations=["braille"], slots=["mon_evening"])]
    previous = frozenset({("m", "bob")})
    feasible, scores = score_matrix(mentors, mentees, previous_pairs=previous)
    ref_feasible, ref_scores = reference_score_matrix(mentors, mentees, previous_pairs=previous)
    assert feasible.shape == scores.shape == (2, 3)
    assert feasible.tolist() == ref_feasible == [[True, False, True], [True, False, False]]
    np.testing.assert_allclose(scores, ref_scores, rtol=0, atol=1e-9)
    pool = MentorPool.build(mentors)
    pool_feasible, _ = score_matrix(pool, mentees, previous_pairs=previous)
    assert pool_feasible.tolist() == [[False, True, True], [False, False, True]]  # pool order: a, m, z


def test_more_than_64_specialisations_use_several_words() -> None:
    catalogue = [f"spec-{i:03d}" for i in range(150)]
    mentors = [mentor(f"m{i}", specialisations=catalogue[i::7]) for i in range(7)]
    wants = mentee("e", specialisations=[catalogue[3], catalogue[70], catalogue[140], "not offered"])
    filters = MatchFilters(specialisations=frozenset({catalogue[70], catalogue[140]}))
    for chosen in (MatchFilters(), filters):
        assert suggest(wants, mentors, filters=chosen, top=None) == reference_suggest(
            wants, mentors, filters=chosen, top=None
        )
    assert [s.mentor_id for s in suggest(wants, mentors, filters=filters).suggestions] == ["m0"]


def test_empty_inputs() -> None:
    empty = suggest(KARI, [])
    assert (empty.suggestions, empty.excluded, empty.excluded_mentors) == (
        [],
        {"eligible": 0, "not_paired_before": 0},
        [],
    )
    feasible, scores = score_matrix([mentor("a")], [])
    assert feasible.shape == scores.shape == (0, 1)

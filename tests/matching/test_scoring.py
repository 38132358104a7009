"""Data validation, place names, distances and every score component."""

from __future__ import annotations

import json
from typing import Any

import pytest

from app.matching import (
    FILTER_ORDER,
    SLOTS,
    MatchFilters,
    MatchWeights,
    MentorCandidate,
    haversine_km,
    normalise_place,
    quantise,
    score_key,
    score_pair,
)
from tests.matching.factories import mentee, mentor

BERGEN: dict[str, Any] = {"municipality": "Bergen", "county": "Vestland"}


def test_vocabularies() -> None:
    assert len(SLOTS) == 21
    assert SLOTS[:4] == ("mon_morning", "mon_afternoon", "mon_evening", "tue_morning")
    assert FILTER_ORDER == ("eligible", "not_paired_before", "geography", "availability", "specialisation", "modality")


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"slots": ["monday_evening"]}, "unknown slot"),
        ({"modalities": ["carrier pigeon"]}, "unknown modality"),
        ({"capacity": 0}, "capacity"),
        ({"open_pairings": -1}, "open pairings"),
        ({"latitude": 91.0, "longitude": 5.0}, "latitude"),
    ],
)
def test_invalid_mentor_is_refused(kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        mentor("m", **kwargs)  # type: ignore[arg-type]


def test_invalid_filters_and_weights_are_refused() -> None:
    with pytest.raises(ValueError, match="max_km"):
        MatchFilters(geography="km")
    with pytest.raises(ValueError, match="geography"):
        MatchFilters(geography="country")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="weight"):
        MatchWeights(specialisation=-1.0)
    assert MatchFilters(max_km=3.0).active() == ("eligible", "not_paired_before")  # max_km alone switches nothing on
    assert MatchFilters(
        eligible=False, geography="county", slot_overlap=True, specialisations=frozenset({"x"}), modality=True
    ).active() == ("not_paired_before", "geography", "availability", "specialisation", "modality")


def test_place_names_are_trimmed_and_case_folded() -> None:
    assert normalise_place("  Nord-Fron ") == "nord-fron"
    assert normalise_place("Sør  Odal") == normalise_place("sør odal")
    assert normalise_place("   ") is None
    assert normalise_place(None) is None


def test_haversine() -> None:
    oslo, bergen = (59.9139, 10.7522), (60.3913, 5.3221)
    assert haversine_km(*oslo, *oslo) == 0.0
    assert haversine_km(*oslo, *bergen) == pytest.approx(304.7, abs=0.5)
    assert haversine_km(*oslo, *bergen) == haversine_km(*bergen, *oslo)
    assert haversine_km(0.0, 0.0, 0.0, 180.0) == pytest.approx(6371.0088 * 3.141592653589793)


def _components(reasons: dict[str, object]) -> dict[str, object]:
    return {
        name: reasons[name]["value"]  # type: ignore[index]
        for name in ("specialisation_overlap", "geography_fit", "availability_fit", "capacity_remaining")
    }


def test_specialisation_overlap_counts_wanted_specialisations_offered() -> None:
    a = mentor("m", specialisations=["braille", "screen readers", "daily living skills"])
    b = mentee("e", specialisations=["braille", "screen readers", "mobility and orientation"])
    score, reasons = score_pair(a, b, MatchWeights(geography=0, availability=0, capacity=0))
    assert _components(reasons)["specialisation_overlap"] == 2
    assert reasons["shared_specialisations"] == ["braille", "screen readers"]
    assert score == 4.0


@pytest.mark.parametrize(
    ("mentor_place", "mentee_place", "fit"),
    [
        (BERGEN, BERGEN, 1.0),
        ({"municipality": " bergen", "county": "VESTLAND"}, BERGEN, 1.0),
        ({"municipality": "Voss", "county": "Vestland"}, BERGEN, 0.5),
        ({"municipality": "Bergen"}, BERGEN, 1.0),  # county unknown on one side: the municipality decides
        ({"municipality": "Våler", "county": "Innlandet"}, {"municipality": "Våler", "county": "Østfold"}, 0.0),
        ({"municipality": "Trondheim", "county": "Trøndelag"}, BERGEN, 0.0),
        ({}, BERGEN, 0.0),
        ({}, {}, 0.0),  # missing on both sides is not "the same"
    ],
)
def test_geography_fit(mentor_place: dict[str, Any], mentee_place: dict[str, Any], fit: float) -> None:
    _, reasons = score_pair(mentor("m", **mentor_place), mentee("e", **mentee_place), MatchWeights())
    assert _components(reasons)["geography_fit"] == fit


def test_availability_fit_is_share_of_mentee_slots() -> None:
    a = mentor("m", slots=["mon_evening", "sun_morning", "wed_evening"])
    b = mentee("e", slots=["sun_morning", "mon_evening", "tue_morning"])
    _, reasons = score_pair(a, b, MatchWeights())
    assert _components(reasons)["availability_fit"] == 0.666667
    assert reasons["shared_slots"] == ["mon_evening", "sun_morning"]  # calendar order, not alphabetical
    _, reasons = score_pair(a, mentee("e"), MatchWeights())
    assert _components(reasons)["availability_fit"] == 0.0


@pytest.mark.parametrize(("capacity", "open_pairings", "value"), [(4, 1, 0.75), (3, 0, 1.0), (2, 2, 0.0), (2, 5, 0.0)])
def test_capacity_remaining_is_clamped(capacity: int, open_pairings: int, value: float) -> None:
    _, reasons = score_pair(mentor("m", capacity=capacity, open_pairings=open_pairings), mentee("e"), MatchWeights())
    assert _components(reasons)["capacity_remaining"] == value


def test_score_is_weighted_sum_and_reasons_are_json() -> None:
    a: MentorCandidate = mentor(
        "m",
        specialisations=["braille"],
        slots=["mon_evening"],
        capacity=3,
        open_pairings=2,
        latitude=60.0,
        longitude=5.0,
        **BERGEN,
    )
    b = mentee("e", specialisations=["braille", "x"], slots=["mon_evening", "tue_evening"], **BERGEN)
    weights = MatchWeights(specialisation=1.5, geography=0.25, availability=3.0, capacity=0.1)
    score, reasons = score_pair(a, b, weights)
    assert score == quantise(1.5 * 1 + 0.25 * 1.0 + 3.0 * 0.5 + 0.1 * (1 / 3))
    assert reasons["capacity_remaining"] == {"value": 0.333333, "weight": 0.1, "contribution": 0.033333}
    assert reasons["distance_km"] is None  # the mentee has no coordinates
    assert json.loads(json.dumps(reasons)) == reasons


def test_score_key_and_quantise_agree() -> None:
    for raw in (0.0, 1 / 3, 5.8333333333, 2.0000005, 7.5):
        assert quantise(raw) == score_key(raw) / 1_000_000
        assert abs(quantise(raw) - raw) <= 5e-7 + 1e-12

"""The worked example of docs/matching.md, number for number."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.matching import MatchFilters, MenteeRequest, MentorCandidate, propose_cohort, suggest

DOC = Path(__file__).resolve().parents[2] / "docs" / "matching.md"

KARI = MenteeRequest(
    id="kari",
    name="Kari Nordmann",
    municipality="Bergen",
    county="Vestland",
    latitude=60.3913,
    longitude=5.3221,
    specialisations=frozenset({"braille", "screen readers", "mobility and orientation"}),
    slots=frozenset({"mon_evening", "wed_evening", "thu_afternoon", "sat_morning"}),
    modalities=frozenset({"in_person", "video"}),
)
MENTORS = [
    MentorCandidate(
        id="ingrid",
        name="Ingrid Berg",
        eligible=True,
        capacity=2,
        open_pairings=1,
        municipality="Voss",
        county="Vestland",
        latitude=60.6280,
        longitude=6.4180,
        specialisations=frozenset({"braille", "screen readers", "mobility and orientation", "daily living skills"}),
        slots=frozenset({"mon_evening", "thu_afternoon", "sat_morning", "sun_evening"}),
        modalities=frozenset({"video"}),
    ),
    MentorCandidate(
        id="ola",
        name="Ola Hansen",
        eligible=True,
        capacity=3,
        open_pairings=1,
        municipality="Bergen",
        county="Vestland",
        latitude=60.4650,
        longitude=5.3220,
        specialisations=frozenset({"braille", "screen readers"}),
        slots=frozenset({"mon_evening", "wed_evening", "fri_morning"}),
        modalities=frozenset({"in_person", "phone"}),
    ),
    MentorCandidate(
        id="per",
        name="Per Johansen",
        eligible=True,
        capacity=1,
        open_pairings=0,
        municipality="Trondheim",
        county="Trøndelag",
        latitude=63.4305,
        longitude=10.3951,
        specialisations=frozenset({"mobility and orientation"}),
        slots=frozenset({"wed_evening", "thu_afternoon"}),
        modalities=frozenset({"phone"}),
    ),
    MentorCandidate(
        id="siri",
        name="Siri Lunde",
        eligible=True,
        capacity=2,
        open_pairings=2,
        municipality="Bergen",
        county="Vestland",
        latitude=60.3560,
        longitude=5.3560,
        specialisations=frozenset({"braille"}),
        slots=frozenset({"mon_evening"}),
        modalities=frozenset({"in_person"}),
    ),
]
NAMES = {mentor.id: mentor.name for mentor in MENTORS}

# (mentor, specialisation, geography, availability, capacity contributions, score, distance) as in the document
EXPECTED = [
    ("ingrid", 6.0, 0.5, 0.75, 0.25, 7.5, 65.5),
    ("ola", 4.0, 1.0, 0.5, 0.333333, 5.833333, 8.2),
    ("per", 2.0, 0.0, 0.5, 0.5, 3.0, 429.6),
]


def _doc() -> str:
    return DOC.read_text(encoding="utf-8")


def test_default_ranking_components_and_exclusions() -> None:
    result = suggest(KARI, MENTORS)
    assert [(s.mentor_id, s.score) for s in result.suggestions] == [(row[0], row[5]) for row in EXPECTED]
    for suggestion, (_, spec, geo, avail, cap, score, km) in zip(result.suggestions, EXPECTED, strict=True):
        reasons = suggestion.reasons
        contributions = [
            reasons[part]["contribution"]  # type: ignore[index]
            for part in ("specialisation_overlap", "geography_fit", "availability_fit", "capacity_remaining")
        ]
        assert contributions == [spec, geo, avail, cap]
        assert reasons["distance_km"] == km
        assert sum(contributions) == pytest.approx(score, abs=1e-6)
    assert result.suggestions[0].reasons["shared_slots"] == ["mon_evening", "thu_afternoon", "sat_morning"]
    assert result.suggestions[0].reasons["shared_specialisations"] == [
        "braille",
        "mobility and orientation",
        "screen readers",
    ]
    assert result.excluded == {"eligible": 1, "not_paired_before": 0}
    assert result.excluded_mentors == [("siri", "eligible")]
    assert result.exclusion_details == {"siri": "at capacity"}
    json.dumps([s.reasons for s in result.suggestions])  # reasons are JSON-serialisable


def test_within_50_km() -> None:
    result = suggest(KARI, MENTORS, filters=MatchFilters(geography="km", max_km=50))
    assert [(s.mentor_id, s.score) for s in result.suggestions] == [("ola", 5.833333)]
    assert result.excluded == {"eligible": 1, "not_paired_before": 0, "geography": 2}
    assert result.exclusion_details == {"siri": "at capacity", "ingrid": "too far", "per": "too far"}


def test_cohort_of_one() -> None:
    result = propose_cohort([KARI], MENTORS)
    assert [(p.mentor_id, p.mentee_id) for p in result.proposals] == [("ingrid", "kari")]
    assert (result.matched, result.total_score) == (1, 7.5)


def test_document_shows_the_same_numbers() -> None:
    doc = _doc()
    for rank, (mentor_id, *_, score, _km) in enumerate(EXPECTED, start=1):
        assert f"| {rank} | {NAMES[mentor_id]} | {score} |" in doc
    for mentor_id, spec, geo, avail, cap, score, km in EXPECTED:
        for number in (spec, geo, avail, cap):
            assert f"= **{number}**" in doc, (mentor_id, number)
        assert f"**{score}**" in doc
        assert f"{km} km" in doc
    assert "Left out: eligible 1 (Siri Lunde: at capacity), not paired before 0." in doc
    assert "| 1 | Ola Hansen | 5.833333 |" in doc
    assert "Left out: eligible 1, not paired before 0, geography 2." in doc
    assert "total score 7.5" in doc

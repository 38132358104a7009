"""`match suggest` and `match cohort` through the CLI; the worked example of docs/matching.md, exactly."""

from __future__ import annotations

from typing import Any

import pytest

from tests.cli.conftest import Cli
from tests.cli.test_lifecycle import ok, refused

PROGRAMME = "Likeperson Vestland"
PEOPLE = {
    # name: (role, municipality, county, lat, lon, specialisations, slots, modalities, capacity)
    "Kari Nordmann": (
        "mentee",
        "Bergen",
        "Vestland",
        60.3913,
        5.3221,
        ["braille", "screen readers", "mobility and orientation"],
        ["Mon evening", "Wed evening", "Thu afternoon", "Sat morning"],
        ["in_person", "video"],
        None,
    ),
    "Ingrid Berg": (
        "mentor",
        "Voss",
        "Vestland",
        60.6280,
        6.4180,
        ["braille", "screen readers", "mobility and orientation", "daily living skills"],
        ["Mon evening", "Thu afternoon", "Sat morning", "Sun evening"],
        ["video"],
        2,
    ),
    "Ola Hansen": (
        "mentor",
        "Bergen",
        "Vestland",
        60.4650,
        5.3220,
        ["braille", "screen readers"],
        ["Mon evening", "Wed evening", "Fri morning"],
        ["in_person", "phone"],
        3,
    ),
    "Per Johansen": (
        "mentor",
        "Trondheim",
        "Trøndelag",
        63.4305,
        10.3951,
        ["mobility and orientation"],
        ["Wed evening", "Thu afternoon"],
        ["phone"],
        1,
    ),
    "Siri Lunde": ("mentor", "Bergen", "Vestland", 60.3560, 5.3560, ["braille"], ["Mon evening"], ["in_person"], 2),
}
OPEN_PAIRINGS = {"Ingrid Berg": 1, "Ola Hansen": 1, "Siri Lunde": 2}


def add(cli: Cli, name: str, spec: tuple[Any, ...]) -> str:
    role, municipality, county, lat, lon, specialisations, slots, modalities, capacity = spec
    args = [
        "person",
        "add",
        "--name",
        name,
        "--email",
        f"{name.split()[0].lower()}@example.no",
        "--role",
        role,
        "--programme",
        PROGRAMME,
        "--municipality",
        municipality,
        "--county",
        county,
        "--lat",
        str(lat),
        "--lon",
        str(lon),
    ]
    for option, values in (("--specialisation", specialisations), ("--slot", slots), ("--modality", modalities)):
        for value in values:
            args += [option, value]
    if role == "mentor":
        args += ["--capacity", str(capacity), "--state", "approved"]
    return str(ok(cli(*args))["id"])


@pytest.fixture
def example(cli: Cli) -> dict[str, str]:
    ok(cli("programme", "create", PROGRAMME))
    for state in ("open", "matching"):
        ok(cli("programme", "state", PROGRAMME, state))
    ids = {name: add(cli, name, spec) for name, spec in PEOPLE.items()}
    filler = 0
    for mentor, count in OPEN_PAIRINGS.items():
        for _ in range(count):
            filler += 1
            mentee = ok(
                cli(
                    "person",
                    "add",
                    "--name",
                    f"Other Mentee {filler}",
                    "--email",
                    f"o{filler}@example.no",
                    "--role",
                    "mentee",
                    "--programme",
                    PROGRAMME,
                )
            )["id"]
            ok(cli("pairing", "create", "--programme", PROGRAMME, "--mentor", ids[mentor], "--mentee", mentee))
    return ids


def test_worked_example_is_reproduced_exactly(cli: Cli, example: dict[str, str]) -> None:
    result = ok(cli("match", "suggest", "--mentee", example["Kari Nordmann"]))
    by_name = {v: k for k, v in example.items()}
    assert [(by_name[s["mentor"]], s["score"]) for s in result["suggestions"]] == [
        ("Ingrid Berg", 7.5),
        ("Ola Hansen", 5.833333),
        ("Per Johansen", 3.0),
    ]
    assert result["excluded"] == {"eligible": 1, "not_paired_before": 0}
    assert [(by_name[e["mentor"]], e["detail"]) for e in result["excluded_mentors"]] == [("Siri Lunde", "at capacity")]

    ingrid, ola, per = (s["reasons"] for s in result["suggestions"])
    contributions = [
        (
            r["specialisation_overlap"]["contribution"],
            r["geography_fit"]["contribution"],
            r["availability_fit"]["contribution"],
            r["capacity_remaining"]["contribution"],
        )
        for r in (ingrid, ola, per)
    ]
    assert contributions == [(6.0, 0.5, 0.75, 0.25), (4.0, 1.0, 0.5, 0.333333), (2.0, 0.0, 0.5, 0.5)]
    assert ingrid["shared_specialisations"] == ["braille", "mobility_orientation", "screen_readers"]
    assert ingrid["shared_slots"] == ["mon_evening", "thu_afternoon", "sat_morning"]
    assert [r["distance_km"] for r in (ingrid, ola, per)] == [65.5, 8.2, 429.6]

    near = ok(cli("match", "suggest", "--mentee", example["Kari Nordmann"], "--max-km", "50"))
    assert [(by_name[s["mentor"]], s["score"]) for s in near["suggestions"]] == [("Ola Hansen", 5.833333)]
    assert near["excluded"] == {"eligible": 1, "not_paired_before": 0, "geography": 2}


def test_cohort_apply_creates_the_proposals(cli: Cli, example: dict[str, str]) -> None:
    proposal = ok(cli("match", "cohort", "--programme", PROGRAMME))
    assert proposal["matched"] == 1 and proposal["unmatched"] == [] and proposal["total_score"] == 7.5
    assert proposal["proposals"][0]["mentor"] == example["Ingrid Berg"]

    applied = ok(cli("match", "cohort", "--programme", PROGRAMME, "--apply"))
    pairing = ok(cli("pairing", "show", applied["created"][0]))
    assert pairing["status"] == "proposed" and pairing["score"] == 7.5
    assert pairing["reasons"]["shared_specialisations"] == ["braille", "mobility_orientation", "screen_readers"]
    again = ok(cli("match", "cohort", "--programme", PROGRAMME))
    assert again["matched"] == 0 and again["proposals"] == []


def test_match_refusals(cli: Cli, example: dict[str, str]) -> None:
    refused(
        cli("match", "suggest", "--mentee", example["Kari Nordmann"], "--specialisation", "knitting"),
        "not a known specialisation",
    )
    refused(cli("match", "suggest", "--mentee", example["Ingrid Berg"]), "not a mentee in any programme")
    refused(cli("match", "cohort", "--programme", PROGRAMME, "--pin", "nonsense"), "MENTOR_ID:MENTEE_ID")
    refused(cli("match", "suggest", "--mentee", example["Kari Nordmann"], "--top", "0"), "at least 1")
    result = cli("match", "suggest", "--mentee", example["Kari Nordmann"], "--county", "--municipality")
    assert result.code == 2

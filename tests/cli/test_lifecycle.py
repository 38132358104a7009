"""The scripted lifecycle of the foundation issue, through the CLI, on SQLite and PostgreSQL."""

from __future__ import annotations

from typing import Any

from tests.cli.conftest import Cli, Result


def ok(result: Result) -> Any:
    assert result.code == 0, result.err
    assert result.err == ""
    return result.data


def refused(result: Result, fragment: str) -> None:
    assert result.code == 1
    assert result.out == ""
    lines = result.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), result.err
    assert fragment in lines[0]
    assert "Traceback" not in result.err


def test_scripted_lifecycle(cli: Cli) -> None:
    ok(cli("init"))
    programme = ok(
        cli(
            "programme",
            "create",
            "Likeperson Vestland",
            "--milestone",
            "First meeting",
            "--milestone",
            "Goals agreed",
            "--default-capacity",
            "2",
        )
    )
    assert programme["state"] == "draft" and [m["title"] for m in programme["milestones"]] == [
        "First meeting",
        "Goals agreed",
    ]
    for state in ("open", "matching"):
        assert ok(cli("programme", "state", "Likeperson Vestland", state))["state"] == state

    mentor = ok(
        cli(
            "person",
            "add",
            "--name",
            "Kari Nordmann",
            "--email",
            "kari@example.no",
            "--role",
            "mentor",
            "--programme",
            "Likeperson Vestland",
            "--capacity",
            "1",
            "--state",
            "approved",
            "--specialisation",
            "braille",
            "--slot",
            "Mon evening",
            "--modality",
            "phone",
            "--municipality",
            "Bergen",
            "--county",
            "Vestland",
            "--postcode",
            "5003",
        )
    )
    assert mentor["profiles"][0]["capacity"] == 1 and mentor["profiles"][0]["specialisations"] == ["braille"]
    assert mentor["profiles"][0]["slots"] == ["mon_evening"] and mentor["postcode"] == "5003"
    first = ok(
        cli(
            "person",
            "add",
            "--name",
            "Ola Hansen",
            "--email",
            "ola@example.no",
            "--role",
            "mentee",
            "--programme",
            "Likeperson Vestland",
        )
    )
    second = ok(
        cli(
            "person",
            "add",
            "--name",
            "Siri Berg",
            "--email",
            "siri@example.no",
            "--role",
            "mentee",
            "--programme",
            "Likeperson Vestland",
        )
    )
    other_mentor = ok(
        cli(
            "person",
            "add",
            "--name",
            "Per Olsen",
            "--email",
            "per@example.no",
            "--role",
            "mentor",
            "--programme",
            "Likeperson Vestland",
            "--state",
            "approved",
        )
    )

    pairing = ok(
        cli(
            "pairing", "create", "--programme", "Likeperson Vestland", "--mentor", mentor["id"], "--mentee", first["id"]
        )
    )
    assert pairing["status"] == "proposed" and pairing["mentor"] == mentor["id"]
    active = ok(cli("pairing", "activate", pairing["id"]))
    assert active["status"] == "active" and active["health"] == "on_track"
    assert [m["title"] for m in active["milestones"]] == ["First meeting", "Goals agreed"]

    refused(
        cli(
            "pairing",
            "create",
            "--programme",
            "Likeperson Vestland",
            "--mentor",
            mentor["id"],
            "--mentee",
            second["id"],
        ),
        "at capacity",
    )
    refused(
        cli(
            "pairing",
            "create",
            "--programme",
            "Likeperson Vestland",
            "--mentor",
            other_mentor["id"],
            "--mentee",
            first["id"],
        ),
        "already has an open pairing",
    )
    assert len(ok(cli("pairing", "list", "--programme", "Likeperson Vestland"))) == 1

    ok(cli("pairing", "milestone", pairing["id"], "First meeting", "--status", "completed"))
    done = ok(cli("pairing", "milestone", pairing["id"], "Goals agreed", "--status", "completed"))
    assert done["status"] == "completed"
    assert all(m["status"] == "completed" and m["completed_at"] for m in done["milestones"])

    fresh = ok(
        cli(
            "pairing",
            "create",
            "--programme",
            "Likeperson Vestland",
            "--mentor",
            other_mentor["id"],
            "--mentee",
            second["id"],
        )
    )
    refused(cli("pairing", "dissolve", fresh["id"]), "Choose a reason")
    assert ok(cli("pairing", "show", fresh["id"]))["status"] == "proposed"
    dissolved = ok(cli("pairing", "dissolve", fresh["id"], "--reason", "other", "--note", "Mentee moved abroad"))
    assert dissolved["status"] == "dissolved" and dissolved["dissolution_reason"] == "other"
    refused(cli("pairing", "activate", fresh["id"]), "A dissolved pairing cannot be activated")

    history = ok(cli("pairing", "history", pairing["id"]))
    fields = {(h["field"], h["new"]) for h in history if h["entity"] == "pairing" and h["field"] == "status"}
    assert {("status", "proposed"), ("status", "active"), ("status", "completed")} <= fields
    assert all(h["actor"] == "Coordinator Cli" and h["at"] for h in history)
    assert [h["at"] for h in history] == sorted(h["at"] for h in history)


def test_refused_commands_write_nothing(cli: Cli) -> None:
    ok(cli("programme", "create", "P1"))
    before = ok(cli("programme", "show", "P1"))
    refused(cli("programme", "state", "P1", "active"), "cannot go from draft to active")
    refused(cli("programme", "state", "P1", "finished"), "not a known programme state")
    assert ok(cli("programme", "show", "P1")) == before
    assert ok(cli("person", "list")) == []


def add_person(
    cli: Cli, *extra: str, role: str = "mentor", programme: str = "P1", email: str = "a@example.no"
) -> Result:
    return cli("person", "add", "--name", "A", "--email", email, "--role", role, "--programme", programme, *extra)


def test_invalid_input_is_one_readable_line(cli: Cli) -> None:
    ok(cli("programme", "create", "P1"))
    refused(add_person(cli, programme="Nope"), "There is no programme 'Nope'")
    refused(add_person(cli, email="not-an-address"), "not a valid e-mail address")
    for capacity in ("0", "-3"):
        refused(add_person(cli, "--capacity", capacity), "capacity must be between 1 and 50")
    refused(add_person(cli, "--state", "retired"), "not a known mentor state")
    refused(add_person(cli, "--slot", "Someday", role="mentee"), "not a weekly slot")
    refused(add_person(cli, "--specialisation", "brail", role="mentee"), "Did you mean: braille")
    refused(cli("pairing", "show", "no-such-id"), "There is no pairing")
    assert ok(cli("person", "list")) == []


def test_usage_errors_exit_2(cli: Cli) -> None:
    result = cli("pairing", "frobnicate")
    assert result.code == 2 and "usage:" in result.err
    result = cli("person", "add", "--name", "A")
    assert result.code == 2 and "required" in result.err

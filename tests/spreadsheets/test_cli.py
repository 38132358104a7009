"""`import` and `export` from the command line, on SQLite and PostgreSQL."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from tests.cli.conftest import Cli, cli  # noqa: F401 - the fixture
from tests.spreadsheets.files import MENTEE_HEADER, MENTOR_HEADER, mentee, mentor, write_xlsx


def setup_programme(cli: Cli) -> None:  # noqa: F811
    assert cli("programme", "create", "Likeperson Oslo", "--milestone", "First meeting").code == 0
    for state in ("open", "matching"):
        assert cli("programme", "state", "Likeperson Oslo", state).code == 0


def test_import_bad_row_exits_1_and_writes_nothing(cli: Cli, tmp_path: Path) -> None:  # noqa: F811
    setup_programme(cli)
    path = write_xlsx(
        tmp_path / "people.xlsx",
        {"Mentors": [MENTOR_HEADER, mentor("Kari", "kari@example.no"), mentor("Per", "per@", Capacity=99)]},
    )
    result = cli("import", str(path))
    assert result.code == 1
    report = result.data
    assert set(report) >= {"created", "updated", "unchanged", "conflicts", "errors"}
    assert {(e["sheet"], e["row"], e["column"]) for e in report["errors"]} == {
        ("Mentors", 3, "Email"),
        ("Mentors", 3, "Capacity"),
    }
    assert set(report["errors"][0]) == {"sheet", "row", "column", "value", "message"}
    assert result.err.strip() == "error: 2 problems in the file; nothing was imported"
    assert cli("person", "list").data == []

    human = cli("import", str(path), as_json=False)
    assert human.code == 1 and "Capacity" in human.out and "between 1 and 50" in human.out


def test_import_twice_and_dry_run(cli: Cli, tmp_path: Path) -> None:  # noqa: F811
    setup_programme(cli)
    path = write_xlsx(
        tmp_path / "people.xlsx",
        {
            "Mentors": [MENTOR_HEADER, mentor("Kari", "kari@example.no")],
            "Mentees": [MENTEE_HEADER, mentee("Ola", "o@x.no")],
        },
    )
    dry = cli("import", str(path), "--dry-run")
    assert dry.code == 0 and dry.data["created"] == 2 and dry.data["dry_run"] is True
    assert cli("person", "list").data == []
    first = cli("import", str(path))
    assert first.code == 0 and (first.data["created"], first.data["updated"]) == (2, 0)
    second = cli("import", str(path))
    assert (second.data["created"], second.data["updated"], second.data["unchanged"]) == (0, 0, 2)
    human = cli("import", str(path), "--dry-run", as_json=False)
    assert "Would create 0, update 0, leave 2 unchanged." in human.out and "Dry run" in human.out


def test_export_and_template(cli: Cli, tmp_path: Path) -> None:  # noqa: F811
    setup_programme(cli)
    cli("person", "add", "--name", "Kari", "--email", "kari@example.no", "--role", "mentor", "--programme",
        "Likeperson Oslo")  # fmt: skip
    out = tmp_path / "out.xlsx"
    result = cli("export", str(out), "--programme", "Likeperson Oslo")
    assert result.code == 0 and result.data["sheets"]["Mentors"] == 1
    assert load_workbook(out)["Mentors"]["A2"].value == "Kari"  # names first
    human = cli("export", str(out), as_json=False)
    assert human.code == 0 and "1 mentors" in human.out

    template = tmp_path / "template.xlsx"
    assert cli("export", "--template", str(template)).code == 0
    assert load_workbook(template).sheetnames[0] == "Instructions"
    assert cli("export").code == 2  # neither FILE nor --template
    missing = cli("export", str(out), "--programme", "Nowhere")
    assert missing.code == 1 and "no programme" in missing.err
    nowhere = cli("export", str(tmp_path / "no" / "such" / "folder.xlsx"))
    assert nowhere.code == 1 and nowhere.err.startswith("error: Cannot save folder.xlsx: there is no folder")


def test_import_reads_ods_and_xls(cli: Cli) -> None:  # noqa: F811
    setup_programme(cli)
    fixtures = Path(__file__).resolve().parent / "fixtures"
    ods = cli("import", str(fixtures / "people.ods"))
    assert ods.code == 0 and ods.data["created"] == 3
    xls = cli("import", str(fixtures / "people.xls"))
    assert xls.code == 0 and (xls.data["created"], xls.data["unchanged"]) == (0, 3)

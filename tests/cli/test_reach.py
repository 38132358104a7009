"""Languages and contact preferences: set from the CLI, shown, and carried through a workbook both ways."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from tests.cli.conftest import Cli


def test_languages_and_contact_preferences_round_trip(cli: Cli, tmp_path: Path) -> None:
    cli("programme", "create", "Likeperson Agder")
    added = cli(
        "person", "add", "--name", "Aud Haugen", "--email", "aud@example.no", "--role", "mentee", "--programme",
        "Likeperson Agder", "--language", "norsk", "--language", "nordsamisk", "--language", "Norsk",
        "--contact", "punktskrift", "--contact", "phone",
    ).data  # fmt: skip
    assert added["languages"] == ["norsk", "nordsamisk"]  # each once, as first written
    assert added["contact_preferences"] == ["braille", "phone"]  # the order of preference kept
    shown = cli("person", "show", "aud@example.no", as_json=False).out
    assert "languages: norsk, nordsamisk" in shown and "reach by: braille, phone" in shown
    refused = cli("person", "update", added["id"], "--contact", "pigeon", as_json=False)
    assert refused.code == 1
    assert refused.err == (
        "error: 'pigeon' is not a way to reach a person. Use phone, e-mail, braille, large print or audio.\n"
    )

    path = tmp_path / "agder.xlsx"
    assert cli("export", str(path), "--programme", "Likeperson Agder").code == 0
    book = load_workbook(path)
    sheet = book["Mentees"]
    header = [c.value for c in sheet[1]]
    row = [c.value for c in sheet[2]]
    assert row[header.index("Languages")] == "norsk; nordsamisk"
    assert row[header.index("Contact preferences")] == "braille; phone"
    sheet.cell(2, header.index("Languages") + 1, "norsk; English")
    sheet.cell(2, header.index("Contact preferences") + 1, "stor skrift; e-post")
    book.save(path)
    report = cli("import", str(path)).data
    assert report["errors"] == [] and report["updated"] == 1
    again = cli("person", "show", added["id"]).data
    assert again["languages"] == ["norsk", "English"] and again["contact_preferences"] == ["large_print", "email"]

    sheet.cell(2, header.index("Contact preferences") + 1, "carrier pigeon")
    book.save(path)
    report = cli("import", str(path)).data
    [problem] = report["errors"]
    assert (problem["sheet"], problem["row"], problem["column"]) == ("Mentees", 2, "Contact preferences")
    assert problem["message"].startswith("'carrier pigeon' is not a way to reach a person.")

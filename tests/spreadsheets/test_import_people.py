"""Importing mentors and mentees: the whole file is checked first, nothing half-applied, re-imports change nothing."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select, text

from app.models import ChangeEntry
from app.services.core.context import ServiceContext
from app.services.core.rows import ProgrammeRow
from app.services.exchange.import_file import import_spreadsheet
from app.services.people.people import get_person, list_people
from tests.helpers import make_mentee, make_programme
from tests.spreadsheets.conftest import written
from tests.spreadsheets.files import MENTEE_HEADER, MENTOR_HEADER, mentee, mentor, write_csv, write_xlsx

SOME_ID = "0b6a3c1e-4f2d-4a8e-9c1b-2d3e4f5a6b7c"


def people_file(tmp_path: Path, *mentor_rows: list[object], mentee_rows: tuple[list[object], ...] = ()) -> Path:
    return write_xlsx(
        tmp_path / "people.xlsx",
        {"Mentors": [MENTOR_HEADER, *mentor_rows], "Mentees": [MENTEE_HEADER, *mentee_rows]},
    )


def test_dry_run_then_apply_then_the_same_file_again(
    ctx: ServiceContext, programme: ProgrammeRow, tmp_path: Path
) -> None:
    path = people_file(
        tmp_path,
        mentor("Kari Nordmann", "Kari@Example.no"),
        mentor("Per Hansen", "per@example.no", Role="senior mentor", Capacity="3"),
        mentee_rows=(mentee("Ola Hansen", "ola@example.no"),),
    )
    before = written(ctx)
    preview = import_spreadsheet(ctx, path, dry_run=True)
    assert (preview.created, preview.updated, preview.unchanged, preview.errors) == (3, 0, 0, [])
    assert preview.dry_run and not preview.applied
    assert written(ctx) == before

    report = import_spreadsheet(ctx, path)
    assert (report.created, report.updated, report.unchanged, report.errors) == (3, 0, 0, [])
    assert report.applied
    kari = get_person(ctx, "kari@example.no")
    assert kari.phone == "+47 22 00 00 00" and kari.postcode == "0150" and kari.latitude == 59.91
    [profile] = kari.profiles
    assert profile.state == "approved" and profile.capacity == 2
    assert profile.specialisations == ["braille", "guide_dogs"]
    assert profile.slots == ["mon_evening", "wed_morning"] and profile.modalities == ["in_person", "phone"]
    assert get_person(ctx, "per@example.no").profiles[0].role == "senior_mentor"
    ola = get_person(ctx, "ola@example.no").profiles[0]
    assert ola.role == "mentee" and ola.specialisations == ["braille"] and ola.modalities == ["in_person", "phone"]

    journal = written(ctx)
    again = import_spreadsheet(ctx, path)
    assert (again.created, again.updated, again.unchanged, again.errors, again.conflicts) == (0, 0, 3, [], [])
    assert written(ctx) == journal


def test_one_bad_row_reports_every_problem_and_writes_nothing(
    ctx: ServiceContext, programme: ProgrammeRow, tmp_path: Path
) -> None:
    path = people_file(
        tmp_path,
        mentor("Kari Nordmann", "kari@example.no"),
        mentor("", "not-an-email", Capacity=0, Specialisations="Brail", Slots="Mon night", Programme="Nowhere"),
        mentor("Kari Again", "KARI@example.no"),
        mentor("Liv", "liv@example.no", Bio="x" * 501, **{"Max travel km": "far"}),
        mentor("Ann", "ann@example.no", ID=SOME_ID, State="retired"),
        mentor("Bo", "bo@example.no", ID=SOME_ID.upper()),
    )
    before = written(ctx)
    report = import_spreadsheet(ctx, path)
    assert not report.applied and written(ctx) == before
    found = {(p.sheet, p.row, p.column): p for p in report.errors}
    assert found[("Mentors", 3, "Name")].message == "The name is required."
    assert "not a valid e-mail" in found[("Mentors", 3, "Email")].message
    assert found[("Mentors", 3, "Email")].value == "not-an-email"
    assert "between 1 and 50" in found[("Mentors", 3, "Capacity")].message
    assert "Did you mean: braille" in found[("Mentors", 3, "Specialisations")].message
    assert "not a weekly slot" in found[("Mentors", 3, "Slots")].message
    assert "no programme 'Nowhere'" in found[("Mentors", 3, "Programme")].message
    assert "also in row 2" in found[("Mentors", 4, "Email")].message
    assert "too long" in found[("Mentors", 5, "Bio")].message
    assert "not a whole number" in found[("Mentors", 5, "Max travel km")].message
    assert "not a known mentor state" in found[("Mentors", 6, "State")].message
    assert "also in row 6" in found[("Mentors", 7, "ID")].message
    assert all(p.row != 2 for p in report.errors)


def test_rows_match_by_id_then_email_then_external_reference(
    ctx: ServiceContext, programme: ProgrammeRow, tmp_path: Path
) -> None:
    existing = make_mentee(ctx, programme.id, "Ola Hansen", email="ola@example.no")
    header = [*MENTEE_HEADER, "External ref"]
    rows = [
        header,
        [*mentee("Ola H. Hansen", "ola.new@example.no", ID=existing.id), "crm-1"],
        [*mentee("Siri Berg", "siri@example.no"), "crm-2"],
    ]
    assert import_spreadsheet(ctx, write_xlsx(tmp_path / "a.xlsx", {"Mentees": rows})).errors == []
    ola = get_person(ctx, existing.id)
    assert ola.name == "Ola H. Hansen" and ola.email == "ola.new@example.no" and ola.external_ref == "crm-1"

    by_ref = [header, [*mentee("Siri Berg-Olsen", "", ID=None), "crm-2"]]
    report = import_spreadsheet(ctx, write_csv(tmp_path / "b.csv", by_ref))
    assert (report.created, report.updated) == (0, 1) and report.changes[0].fields == ["name", "email"]
    assert [p.name for p in list_people(ctx, programme=programme.id)] == ["Ola H. Hansen", "Siri Berg-Olsen"]


def test_refusals_of_the_state_machine_become_row_errors(ctx: ServiceContext, tmp_path: Path) -> None:
    make_programme(ctx, "Likeperson Oslo")
    import_spreadsheet(ctx, people_file(tmp_path, mentor("Kari", "kari@example.no", State="applied")))
    before = written(ctx)
    report = import_spreadsheet(
        ctx, people_file(tmp_path, mentor("Kari", "kari@example.no", State="paused"), mentor("Per", "per@example.no"))
    )
    [problem] = report.errors
    assert (problem.row, problem.column, problem.value) == (2, "State", "paused")
    assert "cannot go from applied to paused" in problem.message
    assert report.created == 1 and not report.applied and written(ctx) == before


def test_programme_from_the_option_and_a_norwegian_csv(
    ctx: ServiceContext, programme: ProgrammeRow, tmp_path: Path
) -> None:
    rows = [
        ["Navn", "E-post", "Telefon", "Postnummer", "Tidspunkter", "Møteformer", "Spesialiseringer", "Kapasitet"],
        ["Åse Ødegård", "ase@example.no", "", "150", "tir ettermiddag", "video", "Førerhund", "1"],
    ]
    path = write_csv(tmp_path / "mentorer.csv", rows, encoding="cp1252", delimiter=";")
    missing = import_spreadsheet(ctx, path)
    assert [p.column for p in missing.errors] == ["Programme"]
    report = import_spreadsheet(ctx, path, programme="likeperson oslo")
    assert report.errors == [] and report.created == 1
    ase = get_person(ctx, "ase@example.no")
    assert ase.postcode == "0150" and ase.phone is None
    assert ase.profiles[0].role == "mentor" and ase.profiles[0].slots == ["tue_afternoon"]
    assert ase.profiles[0].specialisations == ["guide_dogs"] and ase.profiles[0].capacity == 1


def test_an_unreadable_file_is_one_problem(ctx: ServiceContext, tmp_path: Path) -> None:
    report = import_spreadsheet(ctx, tmp_path / "missing.xlsx")
    [problem] = report.errors
    assert problem.sheet == "missing.xlsx" and "no file" in problem.message and not report.applied


def test_journal_rows_are_stored_as_the_orm_stores_times(
    ctx: ServiceContext, programme: ProgrammeRow, tmp_path: Path
) -> None:
    """The journal writes its rows to the driver in bulk; their stored time must be what the ORM stores."""
    import_spreadsheet(ctx, people_file(tmp_path, mentor("Kari Nordmann", "kari@example.no")))
    with ctx.read() as session:
        person = session.execute(text("SELECT id, created_at FROM people")).one()
        journal = session.execute(
            text("SELECT at, change_id, field, new_value FROM change_journal WHERE entity_id = :id"), {"id": person.id}
        ).all()
        moments = set(session.scalars(select(ChangeEntry.at)))
    assert {row.at for row in journal} == {person.created_at}  # raw stored text (SQLite) or value (PostgreSQL)
    assert moments == {ctx.now()}
    assert len({row.change_id for row in journal}) == len(journal)
    assert {row.field: row.new_value for row in journal}["name"] == '"Kari Nordmann"'

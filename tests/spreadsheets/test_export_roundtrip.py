"""Export, edit offline, import again: exactly the edited field changes; app edits since export become conflicts."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from app.services.core.context import ServiceContext
from app.services.core.rows import ProgrammeRow
from app.services.exchange.export_file import export_template, export_workbook
from app.services.exchange.import_file import import_spreadsheet
from app.services.pairings.pairings import activate_pairing, create_pairing
from app.services.people.people import PersonFields, add_person, get_person, update_person
from tests.helpers import FakeClock, make_mentee, make_mentor
from tests.spreadsheets.conftest import written


def edit(path: Path, sheet: str, row: int, header: str, value: object) -> None:
    wb = load_workbook(path)
    ws = wb[sheet]
    column = [c.value for c in ws[1]].index(header) + 1
    ws.cell(row=row, column=column, value=value)
    wb.save(path)


def test_export_then_edit_one_cell_updates_exactly_that_field(
    ctx: ServiceContext, programme: ProgrammeRow, clock: FakeClock, tmp_path: Path
) -> None:
    kari = make_mentor(ctx, programme.id, "Kari Nordmann", email="kari@example.no", specialisations=["braille"])
    make_mentee(ctx, programme.id, "Ola Hansen", email="ola@example.no")
    clock.advance(minutes=5)
    path = tmp_path / "export.xlsx"
    summary = export_workbook(ctx, path, programme="Likeperson Oslo")
    assert summary.sheets["Mentors"] == 1 and summary.sheets["Mentees"] == 1

    unchanged = import_spreadsheet(ctx, path)
    assert (unchanged.created, unchanged.updated, unchanged.unchanged, unchanged.errors) == (0, 0, 2, [])

    edit(path, "Mentors", 2, "Capacity", 3)
    clock.advance(minutes=5)
    before = written(ctx)
    report = import_spreadsheet(ctx, path)
    assert (report.created, report.updated, report.unchanged, report.conflicts) == (0, 1, 1, [])
    [change] = report.changes
    assert (change.id, change.fields) == (kari.id, ["capacity"])
    assert written(ctx)[1] == before[1] + 1  # one journal entry: the capacity
    after = get_person(ctx, kari.id)
    assert after.profiles[0].capacity == 3 and after.profiles[0].specialisations == ["braille"]

    again = import_spreadsheet(ctx, path)  # the same edited file twice changes nothing more
    assert (again.created, again.updated, again.conflicts) == (0, 0, [])


def test_an_app_edit_after_export_is_a_conflict_and_the_app_value_stays(
    ctx: ServiceContext, programme: ProgrammeRow, clock: FakeClock, tmp_path: Path
) -> None:
    kari = make_mentor(ctx, programme.id, "Kari Nordmann", email="kari@example.no")
    ola = make_mentee(ctx, programme.id, "Ola Hansen", email="ola@example.no")
    path = tmp_path / "export.xlsx"
    export_workbook(ctx, path)
    clock.advance(hours=1)
    update_person(ctx, kari.id, PersonFields(phone="90000000"))
    edit(path, "Mentors", 2, "Phone", "41111111")
    edit(path, "Mentees", 2, "Municipality", "Bærum")

    report = import_spreadsheet(ctx, path)
    [conflict] = report.conflicts
    assert (conflict.sheet, conflict.row, conflict.id, conflict.columns) == ("Mentors", 2, kari.id, ["Phone"])
    assert report.updated == 1 and report.errors == []
    assert get_person(ctx, kari.id).phone == "90000000"
    assert get_person(ctx, ola.id).municipality == "Bærum"


def test_formula_like_text_survives_export_and_reimport(
    ctx: ServiceContext, programme: ProgrammeRow, tmp_path: Path
) -> None:
    tricky = add_person(
        ctx,
        PersonFields(name='=HYPERLINK("http://evil.example","click")', email="eve@example.no", phone="+47 22 00 00 00"),
        role="mentee",
        programme=programme.id,
    )
    path = tmp_path / "export.xlsx"
    export_workbook(ctx, path)
    ws = load_workbook(path)["Mentees"]
    header = [c.value for c in ws[1]]
    name_cell, phone_cell = ws.cell(2, header.index("Name") + 1), ws.cell(2, header.index("Phone") + 1)
    assert name_cell.data_type == "s" and name_cell.value == '=HYPERLINK("http://evil.example","click")'
    assert phone_cell.data_type == "s" and phone_cell.value == "+47 22 00 00 00"
    assert name_cell.quotePrefix and phone_cell.quotePrefix  # Excel keeps them text even when edited

    report = import_spreadsheet(ctx, path)
    assert (report.unchanged, report.updated, report.errors) == (1, 0, [])
    person = get_person(ctx, tricky.id)
    assert person.name.startswith("=HYPERLINK") and person.phone == "+47 22 00 00 00"


def test_workbook_format(ctx: ServiceContext, programme: ProgrammeRow, tmp_path: Path) -> None:
    mentor = make_mentor(ctx, programme.id, "Kari Nordmann")
    mentee = make_mentee(ctx, programme.id, "Ola Hansen")
    pairing = create_pairing(ctx, programme=programme.id, mentor=mentor.id, mentee=mentee.id, score=2.5)
    activate_pairing(ctx, pairing.id)
    path = tmp_path / "export.xlsx"
    export_workbook(ctx, path, programme=programme.id)

    wb = load_workbook(path)
    assert wb.sheetnames[:5] == ["Mentors", "Mentees", "Pairings", "Milestones", "Meetings"]
    assert wb["_meta"].sheet_state == "hidden"
    meta = {row[0]: row[1] for row in wb["_meta"].iter_rows(values_only=True)}
    assert meta["format_version"] == "1" and meta["programme_id"] == programme.id
    assert datetime.fromisoformat(meta["exported_at"])
    pairings = wb["Pairings"]
    assert pairings.freeze_panes == "A2" and pairings.auto_filter.ref == "A1:R2"
    assert all(cell.font.b for cell in pairings[1])
    header = [c.value for c in pairings[1]]
    # What a person reads first leads; references, IDs and row versions trail (import matches headers by name).
    assert header[:5] == ["Mentor", "Mentee", "Status", "Health", "Stage"]
    assert header[-6:] == ["Programme", "Reasons", "ID", "Mentor ID", "Mentee ID", "Row version"]
    assert pairings.column_dimensions[get_column_letter(header.index("Reasons") + 1)].width >= 30
    row = {h: c for h, c in zip(header, pairings[2], strict=True)}
    assert row["Status"].value == "active" and row["Health"].value == "on track"
    assert row["Health"].fill.fgColor.rgb.endswith("C6EFCE")
    assert row["Score"].value == 2.5
    assert isinstance(row["Activated"].value, datetime) and row["Activated"].is_date
    milestones = wb["Milestones"]
    assert [c.value for c in milestones[1]][:5] == ["Mentor", "Mentee", "No.", "Milestone", "Status"]
    assert [c.value for c in milestones["D"][1:]] == ["First meeting", "Goals agreed", "Final review"]
    assert milestones["F"][0].value == "Due" and (milestones["F"][1].value is None or milestones["F"][1].is_date)
    mentors = wb["Mentors"]
    mentor_header = [c.value for c in mentors[1]]
    assert mentor_header[:2] == ["Name", "State"] and mentor_header[-2:] == ["ID", "Row version"]
    validations = {str(v.sqref): v for v in mentors.data_validations.dataValidation}
    state = validations["B2:B1048576"]
    assert state.type == "list" and state.formula1.startswith("'_lists'!") and state.showErrorMessage
    specialisations = get_column_letter(mentor_header.index("Specialisations") + 1)
    assert not validations[f"{specialisations}2:{specialisations}1048576"].showErrorMessage  # several may be typed

    for ws in (mentors, pairings, milestones, wb["Mentees"], wb["Meetings"]):  # prints well
        assert ws.print_title_rows == "$1:$1"
        assert ws.page_setup.orientation == "landscape" and ws.page_setup.paperSize == 9
        assert ws.sheet_properties.pageSetUpPr.fitToPage
        assert (ws.page_setup.fitToWidth, ws.page_setup.fitToHeight) == (1, 0)


def test_template_has_instructions_sheets_and_validation(
    ctx: ServiceContext, programme: ProgrammeRow, tmp_path: Path
) -> None:
    path = tmp_path / "template.xlsx"
    export_template(ctx, path)
    wb = load_workbook(path)
    assert wb.sheetnames[:3] == ["Instructions", "Mentors", "Mentees"]
    assert "Likeperson Oslo" in " ".join(str(c.value) for c in wb["Instructions"]["A"])
    assert wb["Mentors"].max_row == 1 and wb["Mentors"].data_validations.dataValidation
    lists = wb["_lists"]
    assert lists.sheet_state == "hidden" and "Braille" in [c.value for c in lists["F"]]
    report = import_spreadsheet(ctx, path)  # an empty template imports as nothing
    assert (report.created, report.errors) == (0, [])


def test_meetings_in_the_repeated_autumn_hour_come_back_unchanged(
    ctx: ServiceContext, programme: ProgrammeRow, clock: FakeClock, tmp_path: Path
) -> None:
    """02:40 happens twice in Norway on 25 October 2026; the export tells the two apart, so the import moves neither."""
    from datetime import UTC

    from app.services.pairings.meetings_notes import add_meeting, list_meetings

    mentor = make_mentor(ctx, programme.id, "Kari Nordmann", state="approved")
    mentee = make_mentee(ctx, programme.id, "Ola Hansen")
    pairing = create_pairing(ctx, programme=programme.id, mentor=mentor.id, mentee=mentee.id)
    activate_pairing(ctx, pairing.id)
    first, second = datetime(2026, 10, 25, 0, 40, tzinfo=UTC), datetime(2026, 10, 25, 1, 40, tzinfo=UTC)
    for moment in (first, second):
        add_meeting(ctx, pairing.id, moment)
    clock.advance(minutes=5)
    path = tmp_path / "autumn.xlsx"
    export_workbook(ctx, path, programme="Likeperson Oslo")
    sheet = load_workbook(path)["Meetings"]
    column = [c.value for c in sheet[1]].index("Scheduled")
    shown = [row[column] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert shown == ["2026-10-25 02:40+02:00", "2026-10-25 02:40+01:00"]  # summer time, then winter time

    report = import_spreadsheet(ctx, path)
    assert (report.updated, report.conflicts, report.errors) == (0, [], []), report.changes
    assert sorted(m.scheduled_at for m in list_meetings(ctx, pairing.id)) == [first, second]

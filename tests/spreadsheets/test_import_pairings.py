"""Round trip of the Pairings, Milestones and Meetings sheets through the services' state machines."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from app.services.core.context import ServiceContext
from app.services.core.rows import PairingRow, ProgrammeRow
from app.services.exchange.export_file import export_workbook
from app.services.exchange.import_file import import_spreadsheet
from app.services.pairings.meetings_notes import add_meeting, list_meetings
from app.services.pairings.pairings import activate_pairing, create_pairing, get_pairing, list_pairings
from tests.helpers import FakeClock, make_mentee, make_mentor
from tests.spreadsheets.conftest import written
from tests.spreadsheets.files import write_xlsx
from tests.spreadsheets.test_export_roundtrip import edit


def active_pairing(ctx: ServiceContext, programme: ProgrammeRow) -> PairingRow:
    mentor = make_mentor(ctx, programme.id, "Kari Nordmann", email="kari@example.no")
    mentee = make_mentee(ctx, programme.id, "Ola Hansen", email="ola@example.no")
    pairing = create_pairing(ctx, programme=programme.id, mentor=mentor.id, mentee=mentee.id)
    return activate_pairing(ctx, pairing.id)


def test_milestone_status_edits_run_the_state_machine(
    ctx: ServiceContext, programme: ProgrammeRow, clock: FakeClock, tmp_path: Path
) -> None:
    pairing = active_pairing(ctx, programme)
    path = tmp_path / "export.xlsx"
    export_workbook(ctx, path)
    clock.advance(days=1)
    edit(path, "Milestones", 2, "Status", "completed")
    edit(path, "Milestones", 3, "Status", "in progress")
    report = import_spreadsheet(ctx, path)
    assert report.errors == [] and report.updated == 2
    milestones = get_pairing(ctx, pairing.id).milestones
    assert [m.status for m in milestones] == ["completed", "in_progress", "pending"]
    assert milestones[0].completed_by == "Test Coordinator"
    assert import_spreadsheet(ctx, path).updated == 0  # the same file again


def test_completing_the_last_milestone_completes_the_pairing(
    ctx: ServiceContext, programme: ProgrammeRow, tmp_path: Path
) -> None:
    pairing = active_pairing(ctx, programme)
    path = tmp_path / "export.xlsx"
    export_workbook(ctx, path)
    for row in (2, 3, 4):
        edit(path, "Milestones", row, "Status", "completed")
    assert import_spreadsheet(ctx, path).errors == []
    assert get_pairing(ctx, pairing.id).status == "completed"


def test_a_refused_transition_is_a_row_error_and_nothing_is_written(
    ctx: ServiceContext, programme: ProgrammeRow, tmp_path: Path
) -> None:
    pairing = active_pairing(ctx, programme)
    path = tmp_path / "export.xlsx"
    export_workbook(ctx, path)
    edit(path, "Milestones", 2, "Status", "completed")
    edit(path, "Pairings", 2, "Status", "proposed")
    edit(path, "Milestones", 3, "Status", "finished")
    before = written(ctx)
    report = import_spreadsheet(ctx, path)
    problems = {(p.sheet, p.row, p.column): p.message for p in report.errors}
    assert "not a known milestone status" in problems[("Milestones", 3, "Status")]
    assert "cannot go back to proposed" in problems[("Pairings", 2, "Status")]
    assert written(ctx) == before and get_pairing(ctx, pairing.id).milestones[0].status == "pending"


def test_pairing_status_changes_and_new_pairings(ctx: ServiceContext, programme: ProgrammeRow, tmp_path: Path) -> None:
    pairing = active_pairing(ctx, programme)
    make_mentee(ctx, programme.id, "Siri Berg", email="siri@example.no")
    path = tmp_path / "export.xlsx"
    export_workbook(ctx, path)
    edit(path, "Pairings", 2, "Status", "dissolved")
    no_reason = import_spreadsheet(ctx, path)
    assert [(p.column, p.row) for p in no_reason.errors] == [("Dissolution reason", 2)]
    edit(path, "Pairings", 2, "Dissolution reason", "moved")
    edit(path, "Pairings", 2, "Note", "Moved to Bergen")
    assert import_spreadsheet(ctx, path).errors == []
    after = get_pairing(ctx, pairing.id)
    assert (after.status, after.dissolution_reason, after.note) == ("dissolved", "moved", "Moved to Bergen")

    new = write_xlsx(
        tmp_path / "new.xlsx",
        {"Pairings": [["Programme", "Mentor ID", "Mentee ID", "Status"], [programme.name, "kari@example.no",
                                                                          "siri@example.no", "active"]]},
    )  # fmt: skip
    created = import_spreadsheet(ctx, new)
    assert (created.created, created.errors) == (1, [])
    assert import_spreadsheet(ctx, new).created == 0  # matched to the open pairing the first run made
    statuses = sorted(p.status for p in list_pairings(ctx, programme=programme.id))
    assert statuses == ["active", "dissolved"]


def test_meetings_are_added_moved_and_completed(
    ctx: ServiceContext, programme: ProgrammeRow, clock: FakeClock, tmp_path: Path
) -> None:
    pairing = active_pairing(ctx, programme)
    meeting = add_meeting(ctx, pairing.id, datetime(2026, 3, 10, 17, 0, tzinfo=UTC), modality="phone")
    path = tmp_path / "export.xlsx"
    export_workbook(ctx, path)
    edit(path, "Meetings", 2, "Scheduled", datetime(2026, 3, 11, 19, 30))  # local (Oslo) time
    edit(path, "Meetings", 2, "Modality", "video")
    report = import_spreadsheet(ctx, path)
    assert report.errors == [] and report.changes[0].fields == ["scheduled_at", "modality"]
    [moved] = list_meetings(ctx, pairing.id)
    assert moved.scheduled_at == datetime(2026, 3, 11, 18, 30, tzinfo=UTC) and moved.modality == "video"

    clock.advance(days=10)
    edit(path, "Meetings", 2, "Status", "no show")
    missing_reason = import_spreadsheet(ctx, path)
    assert [(p.column, p.message) for p in missing_reason.errors] == [
        ("Reason", "Give a reason when a meeting is cancelled or nobody came.")
    ]
    edit(path, "Meetings", 2, "Reason", "Mentee was ill")
    assert import_spreadsheet(ctx, path).errors == []
    assert list_meetings(ctx, pairing.id)[0].status == "no_show"

    new = write_xlsx(
        tmp_path / "meetings.xlsx",
        {"Møter": [["Par-ID", "Tidspunkt", "Varighet", "Møteform", "Status", "Oppsummering"],
                   [pairing.id, "05.03.2026 18:00", 45, "telefon", "completed", "Gikk bra"]]},
    )  # fmt: skip
    report = import_spreadsheet(ctx, new)
    assert (report.created, report.errors) == (1, [])
    assert import_spreadsheet(ctx, new).created == 0
    held = [m for m in list_meetings(ctx, pairing.id) if m.id != meeting.id]
    assert [(m.duration_minutes, m.modality, m.status, m.summary) for m in held] == [
        (45, "phone", "completed", "Gikk bra")
    ]

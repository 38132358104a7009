"""E-mail is not unique (family members share an address): an import row matching two people by it is ambiguous."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from app.services.core.context import ServiceContext
from app.services.core.rows import ProgrammeRow
from app.services.exchange.import_file import import_spreadsheet
from app.services.people.people import get_person
from tests.helpers import make_mentee
from tests.spreadsheets.conftest import written
from tests.spreadsheets.files import MENTEE_HEADER, mentee, write_xlsx


def test_a_row_matching_two_people_by_email_is_reported_not_guessed(
    ctx: ServiceContext, programme: ProgrammeRow, tmp_path: Path
) -> None:
    mother = make_mentee(ctx, programme.id, "Randi Lie", email="familien.lie@example.no")
    son = make_mentee(ctx, programme.id, "Jonas Lie", email="jonas@example.no")
    with ctx.db.engine.begin() as connection:  # as two desktops' records meet after a sync
        connection.execute(text("UPDATE people SET email = 'familien.lie@example.no' WHERE id = :id"), {"id": son.id})
    path = write_xlsx(
        tmp_path / "mentees.xlsx",
        {"Mentees": [MENTEE_HEADER, mentee("Jonas Lie", "familien.lie@example.no", Phone="900 00 001")]},
    )
    before = written(ctx)
    report = import_spreadsheet(ctx, path)
    [problem] = report.errors
    ids = {mother.id, son.id}
    assert (problem.sheet, problem.row, problem.column, problem.value) == (
        "Mentees", 2, "Email", "familien.lie@example.no",
    )  # fmt: skip
    assert problem.message.startswith("2 people share the e-mail familien.lie@example.no (")
    assert all(i in problem.message for i in ids)
    assert problem.message.endswith("put the ID of the one this row is about in the ID column.")
    assert not report.applied and written(ctx) == before

    # With the ID the row is clear, and only that person changes.
    path = write_xlsx(
        tmp_path / "mentees.xlsx",
        {"Mentees": [MENTEE_HEADER, mentee("Jonas Lie", "familien.lie@example.no", ID=son.id, Phone="900 00 001")]},
    )
    report = import_spreadsheet(ctx, path)
    assert report.errors == [] and report.updated == 1
    assert get_person(ctx, son.id).phone == "900 00 001" and get_person(ctx, mother.id).phone != "900 00 001"


def test_looking_up_a_shared_email_asks_for_the_id(ctx: ServiceContext, programme: ProgrammeRow) -> None:
    import pytest

    from app.errors import InvalidInput

    make_mentee(ctx, programme.id, "Randi Lie", email="familien.lie@example.no")
    son = make_mentee(ctx, programme.id, "Jonas Lie", email="jonas@example.no")
    with ctx.db.engine.begin() as connection:
        connection.execute(text("UPDATE people SET email = 'familien.lie@example.no' WHERE id = :id"), {"id": son.id})
    with pytest.raises(InvalidInput, match=r"Several people share the e-mail familien\.lie@example\.no; give the"):
        get_person(ctx, "familien.lie@example.no")
    assert get_person(ctx, son.id).name == "Jonas Lie"

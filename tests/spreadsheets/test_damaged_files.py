"""Damaged and awkward files: each is a file-level or row-level problem in the report, never "unexpected …"."""

from __future__ import annotations

import random
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from app.db import open_database
from app.services.core.context import ServiceContext
from app.services.core.rows import ProgrammeRow
from app.services.exchange.import_file import ImportReport, import_spreadsheet
from app.services.identity import device_id
from app.services.settings.catalogue import seed_catalogue
from tests.helpers import make_programme
from tests.spreadsheets.conftest import written
from tests.spreadsheets.files import MENTOR_HEADER, mentor, write_xlsx

DAMAGED = "Open it in the spreadsheet program and save it again, or use an earlier copy."


def good_workbook(tmp_path: Path) -> Path:
    return write_xlsx(
        tmp_path / "good.xlsx",
        {"Mentors": [MENTOR_HEADER, mentor("Kari Nordmann", "kari@example.no"), mentor("Per Berg", "per@example.no")]},
    )


def refused(ctx: ServiceContext, path: Path) -> ImportReport:
    before = written(ctx)
    report = import_spreadsheet(ctx, path)
    assert not report.applied and report.errors, report
    assert written(ctx) == before
    for problem in report.errors:
        assert "unexpected" not in problem.message and "Traceback" not in problem.message
    return report


def only_problem(report: ImportReport) -> tuple[str, int | None, str | None, str | None, str]:
    [problem] = report.errors
    return problem.sheet, problem.row, problem.column, problem.value, problem.message


def rewrite(source: Path, target: Path, change: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            new.writestr(info, change.get(info.filename, old.read(info)))
    return target


def test_not_a_zip_at_all(ctx: ServiceContext, programme: ProgrammeRow, tmp_path: Path) -> None:
    path = tmp_path / "people.xlsx"
    path.write_bytes(good_workbook(tmp_path).read_bytes()[:700])  # cut short while copying
    assert only_problem(refused(ctx, path)) == (
        "people.xlsx", None, None, None,
        "people.xlsx cannot be read as an .xlsx workbook: it is not a complete workbook file (cut short while copying "
        f"or downloading, or another kind of file renamed). {DAMAGED}",
    )  # fmt: skip


def test_a_part_that_fails_its_checksum(ctx: ServiceContext, programme: ProgrammeRow, tmp_path: Path) -> None:
    raw = bytearray(good_workbook(tmp_path).read_bytes())
    with zipfile.ZipFile(tmp_path / "good.xlsx") as package:
        info = package.getinfo("xl/worksheets/sheet1.xml")
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    raw[start + info.compress_size // 2] ^= 0x5A  # one flipped byte in the compressed sheet
    path = tmp_path / "crc.xlsx"
    path.write_bytes(bytes(raw))
    sheet, row, column, value, message = only_problem(refused(ctx, path))
    assert (sheet, row, column, value) == ("crc.xlsx", None, None, None)
    assert message.startswith(
        "crc.xlsx: the sheet 'Mentors' cannot be read: the file is damaged"
    ) or message.startswith("crc.xlsx: the sheet 'Mentors' cannot be read: its contents are damaged")
    assert message.endswith(DAMAGED)


def test_broken_xml_inside(ctx: ServiceContext, programme: ProgrammeRow, tmp_path: Path) -> None:
    source = good_workbook(tmp_path)
    with zipfile.ZipFile(source) as package:
        xml = package.read("xl/worksheets/sheet1.xml")
    path = rewrite(source, tmp_path / "broken.xlsx", {"xl/worksheets/sheet1.xml": xml[: len(xml) * 2 // 3]})
    assert only_problem(refused(ctx, path)) == (
        "broken.xlsx", None, None, None,
        "broken.xlsx: the sheet 'Mentors' cannot be read: its contents are damaged (broken XML inside the file). "
        f"{DAMAGED}",
    )  # fmt: skip


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-16"])
def test_utf16_csv_with_or_without_byte_order_mark(
    ctx: ServiceContext, programme: ProgrammeRow, tmp_path: Path, encoding: str
) -> None:
    path = tmp_path / "mentors.csv"
    path.write_bytes(
        "Name;Email;Role;Programme\nÅse Bjørnstad;ase@example.no;mentor;Likeperson Oslo\n".encode(encoding)
    )
    report = import_spreadsheet(ctx, path)
    assert report.errors == [] and report.applied and report.created == 1
    assert [c.label for c in report.changes] == ["Åse Bjørnstad"]


def test_broken_quoting_is_a_row_problem(ctx: ServiceContext, programme: ProgrammeRow, tmp_path: Path) -> None:
    path = tmp_path / "mentors.csv"
    path.write_text(
        "Name,Email,Role,Programme\n"
        "Kari Nordmann,kari@example.no,mentor,Likeperson Oslo\n"
        '"Per Berg" the second,per@example.no,mentor,Likeperson Oslo\n',
        encoding="utf-8",
    )
    assert only_problem(refused(ctx, path)) == (
        "mentors", 3, None, None,
        "A quotation mark is not closed, or text follows a closing one. Put a value that holds the separator between "
        'double quotes, and write a quotation mark inside it as two ("").',
    )  # fmt: skip


def test_a_quote_never_closed_does_not_swallow_the_file(
    ctx: ServiceContext, programme: ProgrammeRow, tmp_path: Path
) -> None:
    path = tmp_path / "mentors.csv"
    path.write_text(
        'Name,Email,Role,Programme\n"Kari Nordmann,kari@example.no,mentor,Likeperson Oslo\nPer,p@example.no,mentor,x\n',
        encoding="utf-8",
    )
    assert only_problem(refused(ctx, path))[:2] == ("mentors", 2)


def test_formulas_where_data_should_be(ctx: ServiceContext, programme: ProgrammeRow, tmp_path: Path) -> None:
    path = good_workbook(tmp_path)
    book = load_workbook(path)
    sheet = book["Mentors"]
    sheet["C3"] = '=LOWER("PER@EXAMPLE.NO")'  # Email of Per Berg
    sheet["T2"] = "=1+1"  # a column the import does not read: left alone
    book.save(path)
    report = refused(ctx, path)
    # The formula never ran (no spreadsheet program saved this file), so its e-mail is also missing: both are said.
    assert (report.errors[0].sheet, report.errors[0].row, report.errors[0].column, report.errors[0].value,
            report.errors[0].message) == (
        "Mentors", 3, "Email", '=LOWER("PER@EXAMPLE.NO")',
        "This cell holds a formula; type the value itself (copy the column and paste it as values).",
    )  # fmt: skip


def test_merged_cells_where_data_should_be(ctx: ServiceContext, programme: ProgrammeRow, tmp_path: Path) -> None:
    path = good_workbook(tmp_path)
    book = load_workbook(path)
    book["Mentors"].merge_cells("F2:F3")  # one "Oslo" for two people
    book.save(path)
    assert only_problem(refused(ctx, path)) == (
        "Mentors", 2, "Municipality", "F2:F3",
        "The cells F2:F3 are merged; unmerge them and give every row its own value.",
    )  # fmt: skip


MUTATIONS = st.lists(
    st.tuples(st.sampled_from(["flip", "cut", "zero", "xml"]), st.integers(min_value=0, max_value=2**31)),
    min_size=1,
    max_size=3,
)


def mutate(steps: list[tuple[str, int]], source: Path, target: Path) -> None:
    """Damage inside XML parts first (the zip stays valid), then to the file's bytes (the zip breaks)."""
    current = source
    for _kind, seed in [step for step in steps if step[0] == "xml"]:
        rng = random.Random(seed)
        with zipfile.ZipFile(current) as package:
            name = rng.choice([n for n in package.namelist() if n.endswith(".xml")])
            xml = bytearray(package.read(name))
        at = rng.randrange(len(xml))
        xml[at : at + rng.randint(1, 8)] = rng.choice([b"", b"<", b"&", b"\x00", b'"', b"<f>SUM(A1)</f>"])
        rewrite(current, target.with_suffix(".tmp"), {name: bytes(xml)})
        target.with_suffix(".tmp").replace(target)
        current = target
    data = bytearray(current.read_bytes())
    for kind, seed in [step for step in steps if step[0] != "xml"]:
        rng = random.Random(seed)
        if not data:
            break
        at = rng.randrange(len(data))
        if kind == "flip":
            data[at] ^= 1 << rng.randrange(8)
        elif kind == "cut":
            del data[at:]
        else:
            data[at : at + 16] = bytes(min(16, len(data) - at))
    target.write_bytes(bytes(data))


@pytest.fixture
def sqlite_ctx(sqlite_url: str) -> Iterator[ServiceContext]:
    db = open_database(sqlite_url)
    context = ServiceContext(db=db, actor="Test Coordinator", device_id=device_id(db))
    seed_catalogue(context)
    make_programme(context, "Likeperson Oslo")
    yield context
    db.dispose()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=MUTATIONS)
def test_mutated_workbooks_never_crash_nor_half_write(
    sqlite_ctx: ServiceContext, tmp_path_factory: pytest.TempPathFactory, steps: list[tuple[str, int]]
) -> None:
    folder = tmp_path_factory.mktemp("fuzz")
    source = good_workbook(folder)
    target = folder / "mutated.xlsx"
    mutate(steps, source, target)
    before = written(sqlite_ctx)
    report = import_spreadsheet(sqlite_ctx, target)  # any exception here fails the test
    for problem in report.errors:
        assert "unexpected" not in problem.message
    if report.errors or not report.applied:
        assert written(sqlite_ctx) == before, "a refused import wrote nothing"
    else:
        people, _ = written(sqlite_ctx)
        assert people - before[0] == report.created  # applied whole: what the report says, no more, no less

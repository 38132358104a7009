"""Numeric options: nan, inf, negative, huge and plain text are refused with a sentence; fuzzed, never a traceback."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from app.cli.main import main
from app.db import open_database
from app.models import ChangeEntry
from app.services.core.context import ServiceContext
from app.services.identity import device_id
from app.services.settings.catalogue import seed_catalogue
from tests.helpers import make_mentee, make_mentor, make_programme, sqlite_copy

PROGRAMME = "Likeperson Oslo 2026"


@pytest.fixture
def world(tmp_path: Path, sqlite_template: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[str, str, str]]:
    """A SQLite database with a programme in matching, a mentor and a mentee: (url, mentor id, mentee id)."""
    monkeypatch.setenv("MENTOR_DATA_DIR", str(tmp_path / "data"))
    url = sqlite_copy(sqlite_template, tmp_path / "numbers.db")
    db = open_database(url)
    ctx = ServiceContext(db=db, actor="Test Coordinator", device_id=device_id(db))
    seed_catalogue(ctx)
    make_programme(ctx, PROGRAMME)
    mentor = make_mentor(ctx, PROGRAMME)
    mentee = make_mentee(ctx, PROGRAMME)
    db.dispose()
    yield url, mentor.id, mentee.id


def journal_size(url: str) -> int:
    db = open_database(url)
    try:
        with db.session_factory() as session:
            return int(session.scalar(select(func.count()).select_from(ChangeEntry)) or 0)
    finally:
        db.dispose()


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    try:
        code = main(list(argv))
    except SystemExit as exc:  # argparse refuses an option before any command runs
        code = int(exc.code or 0)
    captured = capsys.readouterr()
    return code, captured.err


def commands(url: str, mentor: str, mentee: str) -> dict[str, list[str]]:
    """Each numeric option, in a command that would run (and, for the writing ones, write) with a good value."""
    db = ["--db", url]
    return {
        "--max-km": ["match", "suggest", "--mentee", mentee, *db, "--max-km"],
        "--top": ["match", "suggest", "--mentee", mentee, *db, "--top"],
        "--capacity": ["person", "update", mentor, *db, "--capacity"],
        "--max-travel-km": ["person", "update", mentor, *db, "--max-travel-km"],
        "--lat": ["person", "update", mentor, *db, "--lon", "10.7", "--lat"],
        "--lon": ["person", "update", mentor, *db, "--lat", "59.9", "--lon"],
        "--default-capacity": ["programme", "update", PROGRAMME, *db, "--default-capacity"],
        "--amber-days": ["programme", "update", PROGRAMME, *db, "--amber-days"],
        "--days": ["portal", "link", mentor, *db, "--days"],
    }


@pytest.mark.parametrize(
    ("option", "value", "code", "sentence"),
    [
        # Refused by the option itself (exit 2, before the database opens), with the range to use.
        ("--max-km", "nan", 2, "argument --max-km: 'nan' is out of range; give a number from 0 to 5000"),
        ("--max-km", "inf", 2, "argument --max-km: 'inf' is out of range; give a number from 0 to 5000"),
        ("--max-km", "-5", 2, "argument --max-km: '-5' is out of range; give a number from 0 to 5000"),
        ("--max-km", "1e308", 2, "argument --max-km: '1e308' is out of range; give a number from 0 to 5000"),
        ("--max-km", "ten", 2, "argument --max-km: 'ten' is not a number; give one from 0 to 5000"),
        ("--lat", "nan", 2, "argument --lat: 'nan' is out of range; give a number from -90 to 90"),
        ("--top", "99999999999999999999999", 2,
         "argument --top: 99999999999999999999999 is far too large; give a whole number such as 3"),
        ("--capacity", "2.5", 2, "argument --capacity: '2.5' is not a whole number; give one such as 3"),
        ("--capacity", "inf", 2, "argument --capacity: 'inf' is not a whole number; give one such as 3"),
        # Whole numbers the service checks against its own rule (exit 1, one line).
        ("--top", "-1", 1, "error: --top must be at least 1, not -1."),
        ("--capacity", "-3", 1, "error: The capacity must be between 1 and 50, not -3."),
        ("--days", "0", 1, "error: The number of days must be between 1 and 366, not 0."),
        ("--max-travel-km", "-1", 1, "error: The maximum travel distance must be between 0 and 2000, not -1."),
    ],
)  # fmt: skip
def test_bad_numbers_are_refused_with_a_sentence(
    world: tuple[str, str, str], capsys: pytest.CaptureFixture[str], option: str, value: str, code: int, sentence: str
) -> None:
    url, mentor, mentee = world
    before = journal_size(url)
    got, err = run(capsys, *commands(url, mentor, mentee)[option], value)
    assert got == code
    assert err.strip().splitlines()[-1].endswith(sentence), err
    assert "Traceback" not in err
    assert journal_size(url) == before


def test_good_numbers_still_work(world: tuple[str, str, str], capsys: pytest.CaptureFixture[str]) -> None:
    url, mentor, mentee = world
    assert run(capsys, *commands(url, mentor, mentee)["--max-km"], "12,5") == (0, "")
    assert run(capsys, *commands(url, mentor, mentee)["--capacity"], "3") == (0, "")


NUMBERISH = st.one_of(
    st.floats(allow_nan=True, allow_infinity=True).map(repr),
    st.integers(min_value=-(10**30), max_value=10**30).map(str),
    st.sampled_from(["nan", "-nan", "inf", "-inf", "Infinity", "1e999", "0x10", "1_000", "", " ", "٣", "1,5", "--"]),
    st.text(max_size=12),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(option=st.sampled_from(sorted(commands("u", "m", "e"))), value=NUMBERISH)
def test_fuzzed_numeric_options_never_show_a_traceback_nor_half_write(
    world: tuple[str, str, str], capsys: pytest.CaptureFixture[str], option: str, value: str
) -> None:
    url, mentor, mentee = world
    before = journal_size(url)
    code, err = run(capsys, *commands(url, mentor, mentee)[option], value)
    assert code in (0, 1, 2), err
    assert "Traceback" not in err and "unexpected" not in err, err
    if code != 0:
        assert err.strip(), "a refusal says why"
        assert journal_size(url) == before, "a refused command wrote nothing"

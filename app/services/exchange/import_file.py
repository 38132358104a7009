"""Import a workbook or CSV file: validate everything first, show what would change, apply all or nothing."""

from __future__ import annotations

import contextlib
import logging
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from app.errors import DomainError
from app.services.core.bulk import paused_gc
from app.services.core.context import ServiceContext
from app.services.exchange.import_activity import apply_meetings, apply_milestones, parse_meetings, parse_milestones
from app.services.exchange.import_pairings import apply_pairings, parse_pairings
from app.services.exchange.import_people import apply_people, parse_people
from app.services.exchange.import_report import ImportReport, Outcome
from app.services.exchange.import_scope import ImportScope
from app.spreadsheets import Problem, SpreadsheetError, WorkbookData, read_file
from app.spreadsheets.cells import CellError
from app.spreadsheets.columns import FORMAT_VERSION

logger = logging.getLogger(__name__)

__all__ = ["ImportReport", "import_spreadsheet"]

ROUND_TRIP = ("mentors", "mentees", "pairings", "milestones", "meetings")


class _Rollback(Exception):
    """Raised inside the transaction to undo a dry run, or a run that found problems."""


def import_spreadsheet(
    ctx: ServiceContext,
    path: Path | str,
    *,
    programme: str | None = None,
    sheet: str | None = None,
    dry_run: bool = False,
) -> ImportReport:
    """Read, check and apply a file in one transaction; with problems or `dry_run`, nothing is written.

    The report lists what was (or would be) created, updated and left unchanged, the conflicts (rows changed in the
    app since the file was exported, kept as the app has them) and every problem found.
    """
    path = Path(path)
    outcome = Outcome()
    try:
        data = read_file(path, sheet=sheet)
    except SpreadsheetError as exc:
        outcome.errors.append(Problem(path.name, None, None, None, exc.message))
        return outcome.report(dry_run=dry_run, applied=False)
    outcome.errors.extend(data.problems)
    applied = False
    try:
        with paused_gc(), ctx.transaction() as session, session.no_autoflush:
            scope = ImportScope.load(session)
            if _prepare(scope, data, programme, outcome):
                _run(scope, data, outcome)
                session.flush()
            if outcome.errors or dry_run:
                raise _Rollback
        applied = True
    except _Rollback:
        pass
    except DomainError as exc:  # a rule only the database could check (e.g. one open pairing per mentee)
        outcome.errors.append(Problem(path.name, None, None, None, exc.message))
    logger.info(
        "import of %s: %d created, %d updated, %d unchanged, %d conflicts, %d problems, applied=%s",
        path.name, outcome.created, outcome.updated, outcome.unchanged, len(outcome.conflicts),
        len(outcome.errors), applied,
    )  # fmt: skip
    return outcome.report(dry_run=dry_run, applied=applied)


def _prepare(scope: ImportScope, data: WorkbookData, programme: str | None, outcome: Outcome) -> bool:
    """File-wide settings: format version, default programme, time zone. False when the file cannot be imported."""
    name = data.path.name
    version = data.meta.get("format_version", "")
    if version.isdigit() and int(version) > FORMAT_VERSION:
        message = f"The file was written by a newer version of Mentor Coordinator (format {version}); update first."
        outcome.errors.append(Problem(name, None, None, None, message))
        return False
    with contextlib.suppress(ZoneInfoNotFoundError, ValueError):
        scope.zone = ZoneInfo(data.meta.get("timezone") or "Europe/Oslo")
    try:
        if programme:
            scope.default_programme = scope.programme(programme)
        elif data.meta.get("programme_id") in scope.programmes:
            scope.default_programme = scope.programmes[data.meta["programme_id"]]
    except CellError as exc:
        outcome.errors.append(Problem(name, None, "--programme", programme, str(exc)))
        return False
    return True


def _run(scope: ImportScope, data: WorkbookData, outcome: Outcome) -> None:
    """People first (flushed, so pairings can name people created by the same file), then the round-trip sheets.

    Every sheet is checked cell by cell before any row of it is applied; rows with problems are left out, and any
    problem anywhere makes the caller roll the whole transaction back.
    """
    sheets = {kind: [s for s in data.sheets if s.spec.key == kind] for kind in ROUND_TRIP}
    people = [plan for kind in ("mentors", "mentees") for s in sheets[kind] for plan in parse_people(scope, s, outcome)]
    pairings = [plan for s in sheets["pairings"] for plan in parse_pairings(scope, s, outcome)]
    milestones = [plan for s in sheets["milestones"] for plan in parse_milestones(scope, s, outcome)]
    meetings = [plan for s in sheets["meetings"] for plan in parse_meetings(scope, s, outcome)]
    apply_people(scope, people, outcome)
    scope.session.flush()
    apply_pairings(scope, pairings, outcome)
    apply_milestones(scope, milestones, outcome)
    apply_meetings(scope, meetings, outcome)

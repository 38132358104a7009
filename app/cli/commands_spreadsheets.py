"""`import FILE [--programme P] [--sheet S] [--dry-run]`, `export FILE [--programme P]`, `export --template FILE`."""

from __future__ import annotations

import logging
import sys

from app.cli.output import emit_json, line, table
from app.cli.session import CliState
from app.services.exchange.export_file import export_template, export_workbook
from app.services.exchange.import_file import ImportReport, import_spreadsheet

logger = logging.getLogger(__name__)


def cmd_import(state: CliState) -> int:
    a = state.args
    report = import_spreadsheet(state.context(), a.file, programme=a.programme, sheet=a.sheet, dry_run=a.dry_run)
    if state.json:
        emit_json(report.to_json())
    else:
        _show(report)
    if report.errors:
        count = len(report.errors)
        sys.stderr.write(f"error: {count} problem{'s' if count != 1 else ''} in the file; nothing was imported\n")
        return 1
    return 0


def _show(report: ImportReport) -> None:
    if report.errors:
        line(f"{len(report.errors)} problem(s) found; nothing was imported. Fix them and import again:")
        table(
            [[p.sheet, str(p.row or ""), p.column or "", p.value or "", p.message] for p in report.errors],
            ["sheet", "row", "column", "value", "problem"],
        )
        return
    verb = "Would create" if report.dry_run else "Created"
    line(f"{verb} {report.created}, update {report.updated}, leave {report.unchanged} unchanged.")
    if report.changes:
        table(
            [[c.sheet, str(c.row), c.action, c.label, ", ".join(c.fields)] for c in report.changes[:200]],
            ["sheet", "row", "action", "record", "fields"],
        )
        if len(report.changes) > 200:
            line(f"… and {len(report.changes) - 200} more rows.")
    if report.conflicts:
        line(f"{len(report.conflicts)} conflict(s): changed in the app since the export; the app's values were kept.")
        table(
            [[c.sheet, str(c.row), c.label, ", ".join(c.columns)] for c in report.conflicts],
            ["sheet", "row", "record", "columns"],
        )
    if report.dry_run:
        line("Dry run: nothing was written.")


def cmd_export(state: CliState) -> int:
    a = state.args
    if a.template:
        summary = export_template(state.context(), a.template)
    else:
        summary = export_workbook(state.context(), a.file, programme=a.programme)
    if state.json:
        emit_json(summary)
    else:
        counts = ", ".join(f"{count} {sheet.lower()}" for sheet, count in summary.sheets.items())
        line(f"Wrote {summary.path}: {counts}.")
    return 0

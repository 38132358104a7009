"""The import dialog and the export action, driven the way a coordinator would: type, press, read, press again."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from app.db import open_database
from app.services.core.context import ServiceContext
from app.services.identity import device_id
from app.services.people.people import list_people
from app.services.settings.catalogue import seed_catalogue
from app.spreadsheets import Problem
from app.views.exchange.export_action import ExportAction
from app.views.exchange.import_dialog import ImportDialog
from app.views.exchange.import_table_models import ImportProblemTableModel
from app.views.widgets.tasks import TaskRunner
from app.views.widgets.translations import TRANSLATIONS_DIR, install_translations, remove_translations
from tests.helpers import FakeClock, make_mentor, make_programme
from tests.spreadsheets.files import MENTOR_HEADER, mentor, write_xlsx

WAIT_MS = 15_000


@pytest.fixture
def desktop_ctx(sqlite_url: str, clock: FakeClock) -> Iterator[ServiceContext]:
    db = open_database(sqlite_url)
    context = ServiceContext(db=db, actor="Test Coordinator", device_id=device_id(db), clock=clock)
    seed_catalogue(context)
    make_programme(context, "Likeperson Oslo")
    yield context
    db.dispose()


def open_dialog(qtbot: QtBot, ctx: ServiceContext) -> ImportDialog:
    dialog = ImportDialog(ctx=ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.tasks.idle, timeout=WAIT_MS)
    return dialog


def type_path(qtbot: QtBot, dialog: ImportDialog, path: Path) -> None:
    dialog.path_edit.setFocus()
    dialog.path_edit.selectAll()
    qtbot.keyClick(dialog.path_edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(dialog.path_edit, str(path))


def press(qtbot: QtBot, dialog: ImportDialog, button: QWidget) -> None:
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.tasks.idle and not dialog.busy, timeout=WAIT_MS)


def test_preview_shows_problems_and_apply_waits_for_a_clean_file(
    qtbot: QtBot, desktop_ctx: ServiceContext, tmp_path: Path
) -> None:
    bad = write_xlsx(
        tmp_path / "bad.xlsx",
        {"Mentors": [MENTOR_HEADER, mentor("Kari", "kari@example.no"), mentor("Per", "per@", Capacity=0)]},
    )
    good = write_xlsx(tmp_path / "good.xlsx", {"Mentors": [MENTOR_HEADER, mentor("Kari", "kari@example.no")]})
    dialog = open_dialog(qtbot, desktop_ctx)
    assert dialog.programme_box.count() == 2  # "as in the file" and the programme
    for widget in (dialog.path_edit, dialog.preview_button, dialog.apply_button, dialog.problem_view):
        assert widget.accessibleName()

    type_path(qtbot, dialog, bad)
    press(qtbot, dialog, dialog.preview_button)
    assert dialog.problems.rowCount() == 2 and not dialog.apply_button.isEnabled()
    first = dialog.problems.index(0, 4).data()
    assert "not a valid e-mail" in first
    spoken = dialog.problems.index(0, 0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert spoken.startswith("Sheet Mentors, row 3, column Email, value “per@”")
    assert "2 problem(s)" in dialog.banner.text()

    type_path(qtbot, dialog, good)
    press(qtbot, dialog, dialog.preview_button)
    assert dialog.problems.rowCount() == 0 and dialog.apply_button.isEnabled()
    assert dialog.summary.text().startswith("Would create 1, update 0")
    assert list_people(desktop_ctx) == []  # a preview writes nothing

    with qtbot.waitSignal(dialog.imported, timeout=WAIT_MS) as applied:
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert applied.args[0].created == 1
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT_MS)
    assert [p.name for p in list_people(desktop_ctx)] == ["Kari"]
    assert not dialog.apply_button.isEnabled()  # applying again needs a new preview


def test_editing_the_path_after_a_preview_disables_apply(
    qtbot: QtBot, desktop_ctx: ServiceContext, tmp_path: Path
) -> None:
    good = write_xlsx(tmp_path / "good.xlsx", {"Mentors": [MENTOR_HEADER, mentor("Kari", "kari@example.no")]})
    dialog = open_dialog(qtbot, desktop_ctx)
    type_path(qtbot, dialog, good)
    press(qtbot, dialog, dialog.preview_button)
    assert dialog.apply_button.isEnabled()
    qtbot.keyClicks(dialog.path_edit, "x")
    assert not dialog.apply_button.isEnabled()
    type_path(qtbot, dialog, tmp_path / "missing.xlsx")
    press(qtbot, dialog, dialog.preview_button)
    assert "no file" in dialog.problems.index(0, 4).data()


def test_browse_offers_ods_and_xls_and_previews_one(
    qtbot: QtBot, desktop_ctx: ServiceContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    ods = Path(__file__).resolve().parent / "fixtures" / "people.ods"
    offered: list[str] = []

    def choose(_parent: object, _title: str, _folder: str, filters: str) -> tuple[str, str]:
        offered.append(filters)
        return str(ods), filters

    monkeypatch.setattr(QFileDialog, "getOpenFileName", choose)
    dialog = open_dialog(qtbot, desktop_ctx)
    qtbot.mouseClick(dialog.browse_button, Qt.MouseButton.LeftButton)
    assert offered and all(f"*.{suffix}" in offered[0] for suffix in ("xlsx", "ods", "xls", "csv"))
    assert dialog.path_edit.text() == str(ods)
    press(qtbot, dialog, dialog.preview_button)
    assert dialog.problems.rowCount() == 0 and dialog.summary.text().startswith("Would create 3, update 0")


def test_problem_model_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    model = ImportProblemTableModel()
    model.set_rows([Problem("Mentors", 3, "Email", "per@", "bad"), Problem("x.csv", None, None, None, "unreadable")])
    qtmodeltester.check(model)


def test_export_action_writes_the_workbook(
    qtbot: QtBot, desktop_ctx: ServiceContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_mentor(desktop_ctx, "Likeperson Oslo", "Kari Nordmann")
    window = QWidget()
    qtbot.addWidget(window)
    tasks = TaskRunner(window)
    action = ExportAction(ctx=desktop_ctx, tasks=tasks, parent=window, programme=lambda: "Likeperson Oslo")
    target = tmp_path / "oslo"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: shown.append(text))
    with qtbot.waitSignal(action.exported, timeout=WAIT_MS):
        action.trigger()
    assert load_workbook(tmp_path / "oslo.xlsx")["Mentors"]["A2"].value == "Kari Nordmann"  # names first
    assert shown and "Mentors: 1" in shown[0]


def test_the_dialog_speaks_norwegian(qtbot: QtBot, qapp: QApplication, desktop_ctx: ServiceContext) -> None:
    source = TRANSLATIONS_DIR / "mentor_coordinator_nb.ts"
    compiled = source.with_suffix(".qm")
    if not compiled.exists() or compiled.stat().st_mtime < source.stat().st_mtime:
        lrelease = shutil.which("pyside6-lrelease") or str(Path(sys.executable).parent / "pyside6-lrelease")
        subprocess.run([lrelease, str(source), "-qm", str(compiled)], check=True, capture_output=True)
    before = QLocale()
    assert install_translations(qapp, QLocale(QLocale.Language.NorwegianBokmal, QLocale.Country.Norway))
    try:
        dialog = open_dialog(qtbot, desktop_ctx)
        assert dialog.windowTitle() == "Importer regneark"
        assert dialog.apply_button.text() == "&Importer"
        assert dialog.problems.headerData(4, Qt.Orientation.Horizontal) == "Feil"
    finally:
        remove_translations(qapp)
        QLocale.setDefault(before)

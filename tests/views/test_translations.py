"""The interface is translatable: Norwegian Bokmål is complete and loads by locale."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.services.core.context import ServiceContext
from app.views.main_window import MainWindow
from app.views.widgets.translations import TRANSLATIONS_DIR, install_translations, remove_translations
from tests.views.builders import programme_with_pairings

SOURCE = TRANSLATIONS_DIR / "mentor_coordinator_nb.ts"


def test_bokmal_is_complete() -> None:
    messages = list(ET.parse(SOURCE).getroot().iter("message"))
    assert len(messages) > 300
    unfinished = [m.findtext("source") for m in messages if m.find("translation").get("type") == "unfinished"]
    assert unfinished == []


def test_every_string_in_the_code_is_in_the_bokmal_file(tmp_path: Path) -> None:
    """lupdate over the sources into a copy: a string added in code but not translated shows up as unfinished."""
    copy = tmp_path / SOURCE.name
    shutil.copyfile(SOURCE, copy)
    root = Path(__file__).resolve().parents[2]
    lupdate = shutil.which("pyside6-lupdate") or str(Path(sys.executable).parent / "pyside6-lupdate")
    sources = [*sorted(str(p) for p in (root / "app" / "views").rglob("*.py")), str(root / "app" / "gui.py")]
    subprocess.run([lupdate, *sources, "-ts", str(copy)], check=True, capture_output=True)
    messages = list(ET.parse(copy).getroot().iter("message"))
    unfinished = [m.findtext("source") for m in messages if m.find("translation").get("type") == "unfinished"]
    assert unfinished == [], "run pyside6-lupdate and translate these in " + SOURCE.name


@pytest.fixture
def norwegian(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    compiled = SOURCE.with_suffix(".qm")
    if not compiled.exists():  # `make translations` builds it; build it here when the tests run alone
        lrelease = shutil.which("pyside6-lrelease") or str(Path(sys.executable).parent / "pyside6-lrelease")
        subprocess.run([lrelease, str(SOURCE), "-qm", str(compiled)], check=True, capture_output=True)
    before = QLocale()
    assert install_translations(qapp, QLocale(QLocale.Language.NorwegianBokmal, QLocale.Country.Norway))
    yield
    remove_translations(qapp)
    QLocale.setDefault(before)


def test_the_window_speaks_norwegian(
    qtbot: QtBot, sqlite_ctx: ServiceContext, open_window: Callable[[ServiceContext], MainWindow], norwegian: None
) -> None:
    programme_with_pairings(sqlite_ctx)
    window = open_window(sqlite_ctx)

    assert window.windowTitle() == "Mentorkoordinator"
    assert window.tabs.tabText(0) == "Koblinger"
    assert window.overview.count_buttons["on_track"].text() == "I rute: 2"
    summary = window.overview.proxy.index(0, 0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert " er mentor for " in summary

"""The user stories with the keyboard only, in English and in Bokmål: at each step, where focus is and what was said.

Open the most urgent stalled pairing, mark its next milestone, add a note, dissolve it, create a pairing from the
match widget, export. Every Alt+letter is read from the control's own (translated) text, as a person reads the
underlined letter, so the same walk runs in both languages.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QFileDialog, QLineEdit, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from app.services.core.context import ServiceContext
from app.services.pairings.meetings_notes import add_note, list_notes
from app.services.pairings.pairings import list_pairings
from app.views.main_window import MainWindow
from app.views.matching.match_dialogs import CreatePairingDialog
from app.views.pairings.detail_corrections import NoteViewDialog
from app.views.pairings.dissolve_dialog import DissolveDialog
from app.views.pairings.note_dialog import NoteDialog
from app.views.pairings.pairing_detail_dialog import PairingDetailDialog
from app.views.widgets import announce
from tests.helpers import FakeClock, make_mentee, make_mentor, make_programme
from tests.views.builders import active_pairing
from tests.views.conftest import WAIT_MS, closed, settle, wait_shown
from tests.views.mnemonics import mnemonic

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def heard() -> Iterator[list[str]]:
    """What a screen reader was told, in order (every announcement, also without an accessibility bridge)."""
    said: list[str] = []
    announce.listeners.append(said.append)
    yield said
    announce.listeners.remove(said.append)


def press_mnemonic(qtbot: QtBot, button: QAbstractButton) -> None:
    """Alt + the underlined letter of the button's text, sent to whatever has the focus."""
    letter = mnemonic(button.text())
    assert letter, f"{button.text()!r} has no underlined letter"
    key = Qt.Key(ord(letter.upper()))
    target = QApplication.focusWidget()
    assert target is not None, "the keyboard focus is nowhere"
    qtbot.keyClick(target, key, ALT)


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def answer_modal(qtbot: QtBot, kind: type, act: Callable[[QWidget], None]) -> list[bool]:
    """Answer the next modal dialog of `kind` from the keyboard once it shows (exec() blocks the test's own line)."""
    done: list[bool] = []

    def poll() -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, kind) and modal.isVisible():
            act(modal)
            done.append(True)
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(20, poll)
    return done


@pytest.fixture
def world(sqlite_ctx: ServiceContext, clock: FakeClock) -> dict[str, str]:
    programme = make_programme(sqlite_ctx, "Likeperson Vestland")
    calm = active_pairing(sqlite_ctx, programme, "Kari Nordmann", "Ola Hansen")
    stalled = active_pairing(sqlite_ctx, programme, "Per Olsen", "Siri Berg")
    clock.advance(days=40)  # both go quiet; one hears from the coordinator, the other stays stalled
    add_note(sqlite_ctx, calm.id, "Spoke to both on the phone.")
    make_mentor(sqlite_ctx, programme.id, "Aud Jakobsen")
    make_mentee(sqlite_ctx, programme.id, "Maja Berge")
    return {"stalled": stalled.id, "programme": programme.id}


def test_the_user_stories_with_the_keyboard_only(
    qtbot: QtBot,
    language: str,
    sqlite_ctx: ServiceContext,
    world: dict[str, str],
    heard: list[str],
    open_window: Callable[[ServiceContext], MainWindow],
    tmp_path: Path,
) -> None:
    nb = language == "nb"
    window = open_window(sqlite_ctx)
    overview = window.overview

    # Ctrl+1 puts the keyboard on the list; the most urgent pairing (stalled) is the first row.
    qtbot.keyClick(window, Qt.Key.Key_1, CTRL)
    assert focused() is overview.table
    qtbot.keyClick(overview.table, Qt.Key.Key_Home)
    assert overview.selected_row().id == world["stalled"]
    assert overview.selected_row().health == "stalled"

    # Enter opens it on the milestone table, the next pending milestone selected.
    qtbot.keyClick(overview.table, Qt.Key.Key_Return)
    detail = wait_shown(qtbot, window, PairingDetailDialog)
    qtbot.waitUntil(lambda: detail.detail is not None)
    settle(qtbot, window)
    qtbot.waitUntil(lambda: focused() is detail.milestone_table)
    assert detail.selected_milestone().title == "First meeting"

    # Ctrl+Return marks it complete: said on the banner, spoken, and the Edit menu offers to undo it.
    qtbot.keyClick(detail.milestone_table, Qt.Key.Key_Return, CTRL)
    settle(qtbot, window)
    expected = "«First meeting» merket som fullført" if nb else "“First meeting” marked complete on"
    expected = "«First meeting»" if nb else expected
    assert expected in heard[-1] and heard[-1] == detail.banner.text()
    assert focused() is detail.milestone_table
    assert "First meeting" in window.extras.undo_action.text()

    # Alt+N (Alt+N in Bokmål too: "Legg til &notat") writes a note; saving says where it went.
    press_mnemonic(qtbot, detail.note_button)
    note = wait_shown(qtbot, detail, NoteDialog)
    assert focused() is note.body_edit
    qtbot.keyClicks(note.body_edit, "Siri has a new job; they will meet on Mondays.")
    press_mnemonic(qtbot, note.ok_button)
    qtbot.waitUntil(lambda: "Notater" in heard[-1] if nb else "Notes" in heard[-1], timeout=WAIT_MS)
    settle(qtbot, window)
    assert heard[-1] == detail.banner.text(), "the banner shows the last action, not an older one"
    assert focused() is not None and focused().window() is detail
    assert [n.body for n in list_notes(sqlite_ctx, world["stalled"])] == [
        "Siri has a new job; they will meet on Mondays."
    ]

    # Ctrl+Tab to the notes, Enter reads the note in full (the pairing window stays open), Escape back.
    for _ in range(3):
        qtbot.keyClick(focused(), Qt.Key.Key_Tab, CTRL)
    notes_table = detail.other_tables[2]
    assert detail.tabs.currentIndex() == 3 and focused() is notes_table
    qtbot.keyClick(notes_table, Qt.Key.Key_Return)
    reader = wait_shown(qtbot, detail, NoteViewDialog)
    qtbot.waitUntil(lambda: focused() is reader.text)
    assert reader.text.toPlainText() == "Siri has a new job; they will meet on Mondays."
    qtbot.keyClick(reader.text, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: closed(reader))
    qtbot.waitUntil(lambda: focused() is notes_table)
    assert detail.isVisible()

    # Alt+D dissolves (Alt+U in Bokmål): a reason from the keyboard, then the dialog's own underlined letter.
    press_mnemonic(qtbot, detail.dissolve_button)
    dissolve = wait_shown(qtbot, detail, DissolveDialog)
    assert focused() is dissolve.reason_combo
    qtbot.keyClick(dissolve.reason_combo, Qt.Key.Key_Down)
    press_mnemonic(qtbot, dissolve.ok_button)
    qtbot.waitUntil(lambda: any("Siri Berg" in h and ("avslutt" in h or "dissolved" in h) for h in heard[-2:]))
    settle(qtbot, window)

    # Escape closes the pairing: the keyboard is back on its row in the list.
    qtbot.keyClick(detail, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: focused() is overview.table, timeout=WAIT_MS)

    # Ctrl+6: matching, the first candidate for the first waiting mentee; Ctrl+Return proposes it.
    qtbot.keyClick(window, Qt.Key.Key_6, CTRL)
    page = window.matching_page
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=WAIT_MS)
    settle(qtbot, window)
    assert focused() is page.table
    qtbot.keyClick(page.table, Qt.Key.Key_Home)
    qtbot.keyClick(page.table, Qt.Key.Key_Return, CTRL)
    create = wait_shown(qtbot, page, CreatePairingDialog)
    mentee = page.person.currentText()
    mentor = page.selected_rows()[0].name
    press_mnemonic(qtbot, create.ok_button)
    proposed = f"{mentor} er mentor for {mentee}" if nb else f"{mentor} mentors {mentee}"
    qtbot.waitUntil(lambda: proposed in heard[-1], timeout=WAIT_MS)
    assert ("Koblinger" if nb else "Pairings list") in heard[-1], "it says where the new pairing is"
    assert window.statusBar().currentMessage() == heard[-1]
    settle(qtbot, window)
    assert focused() is page.table
    assert any(p.status == "proposed" and p.mentee_name == mentee for p in list_pairings(sqlite_ctx))

    # File → Export with the keyboard: Alt+F(ile), the item's letter, a file name typed, Enter; then Enter again.
    target = tmp_path / "utlevering.xlsx"

    def save_as(dialog: QWidget) -> None:
        assert isinstance(dialog, QFileDialog)
        name = dialog.findChild(QLineEdit, "fileNameEdit")
        name.selectAll()
        qtbot.keyClicks(name, str(target))
        qtbot.keyClick(name, Qt.Key.Key_Return)

    chose = answer_modal(qtbot, QFileDialog, save_as)
    confirmed = answer_modal(qtbot, QMessageBox, lambda box: qtbot.keyClick(box, Qt.Key.Key_Return))
    qtbot.keyClick(window, Qt.Key.Key_F, ALT)
    qtbot.waitUntil(lambda: window.file_menu.isVisible())
    qtbot.keyClick(window.file_menu, Qt.Key(ord(mnemonic(window.export_action.text()).upper())))
    qtbot.waitUntil(lambda: bool(chose) and bool(confirmed), timeout=WAIT_MS)
    assert target.exists()
    assert str(target) in heard[-1] and ("Lagret" in heard[-1] if nb else "Saved" in heard[-1])

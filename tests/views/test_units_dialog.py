"""From the desktop alone: national → region → chapter, a programme moved to a chapter, scope narrowed to a region."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from app.services.core.context import ServiceContext
from app.services.programmes.programmes import get_programme
from app.services.settings.units import list_units
from app.views.main_window import MainWindow
from app.views.programmes.programme_edit_dialog import ProgrammeEditDialog
from app.views.scope_dialog import ScopeDialog
from app.views.units_dialog import UnitsDialog
from tests.helpers import make_programme
from tests.views.builders import active_pairing
from tests.views.conftest import click_row, closed, settle, wait_shown
from tests.views.test_overview import visible_mentees
from tests.views.test_people_programmes import go_to


def choose(qtbot: QtBot, combo: QComboBox, text: str) -> None:
    """Pick an entry the way a keyboard user does: focus the list, go to the top, arrow down to it."""
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentText() == text:
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == text


def add_unit_by_hand(qtbot: QtBot, dialog: UnitsDialog, name: str, level: str, parent: str) -> None:
    dialog.name_edit.setFocus()
    dialog.name_edit.selectAll()
    qtbot.keyClicks(dialog.name_edit, name)
    choose(qtbot, dialog.kind_combo, level)
    choose(qtbot, dialog.parent_combo, parent)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.banner.text() == f"Added {name}.")
    qtbot.waitUntil(lambda: dialog.selected_unit() is not None and dialog.selected_unit().name == name)


def build_units(qtbot: QtBot, window: MainWindow) -> UnitsDialog:
    dialog = window.edit_units()
    qtbot.waitUntil(lambda: dialog.has_loaded)
    assert dialog.banner.text().startswith("No units yet.")
    add_unit_by_hand(qtbot, dialog, "Norges Blindeforbund", "National", "Nothing (top level)")
    add_unit_by_hand(qtbot, dialog, "Vestland", "Region", "Norges Blindeforbund")
    add_unit_by_hand(qtbot, dialog, "Bergen lokallag", "Chapter", "Vestland")
    add_unit_by_hand(qtbot, dialog, "Nord", "Region", "Norges Blindeforbund")
    return dialog


def test_units_tree_programme_in_a_chapter_and_scope_of_its_region(
    qtbot: QtBot, sqlite_ctx: ServiceContext, open_window: Callable[[ServiceContext], MainWindow]
) -> None:
    bergen = make_programme(sqlite_ctx, "Likeperson Bergen")
    tromso = make_programme(sqlite_ctx, "Likeperson Tromsø")
    active_pairing(sqlite_ctx, bergen, "Kari Nordmann", "Ola Hansen")
    active_pairing(sqlite_ctx, tromso, "Per Olsen", "Siri Berg")
    window = open_window(sqlite_ctx)

    dialog = build_units(qtbot, window)
    tree = dialog.tree.model()
    national = tree.index(0, 0)
    assert (national.data(), tree.index(0, 1).data()) == ("Norges Blindeforbund", "National")
    regions = [tree.index(r, 0, national).data() for r in range(tree.rowCount(national))]
    assert regions == ["Nord", "Vestland"]
    vestland = tree.index(1, 0, national)
    assert tree.index(0, 0, vestland).data() == "Bergen lokallag"
    # A chapter cannot hold a region: the refusal shows in the dialog, nothing is saved.
    add_name = "Hordaland"
    dialog.name_edit.selectAll()
    qtbot.keyClicks(dialog.name_edit, add_name)
    choose(qtbot, dialog.kind_combo, "Region")
    choose(qtbot, dialog.parent_combo, "Bergen lokallag")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.banner.kind == "error")
    assert dialog.banner.text().startswith("A region cannot be placed under the chapter 'Bergen lokallag'")
    assert len(list_units(sqlite_ctx)) == 4
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: closed(dialog))

    # Each programme into its unit, from the programme form.
    window.activateWindow()  # as the window manager does when a dialog closes
    qtbot.waitUntil(window.isActiveWindow)
    go_to(qtbot, window, Qt.Key.Key_4)
    for row, unit in ((0, "Bergen lokallag"), (1, "Nord")):
        click_row(qtbot, window.programmes.table, row)
        qtbot.keyClick(window.programmes.table, Qt.Key.Key_Return)
        edit = wait_shown(qtbot, window, ProgrammeEditDialog)
        assert edit.unit_combo.isEnabled()
        choose(qtbot, edit.unit_combo, unit)
        qtbot.mouseClick(edit.ok_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda edit=edit: closed(edit))
        settle(qtbot, window)
    units = {u.name: u.id for u in list_units(sqlite_ctx)}
    assert get_programme(sqlite_ctx, bergen.id).unit == units["Bergen lokallag"]
    assert get_programme(sqlite_ctx, tromso.id).unit == units["Nord"]

    # My units: the region Vestland; the overview shows its chapter's pairings, not Nord's.
    go_to(qtbot, window, Qt.Key.Key_1)
    assert sorted(visible_mentees(window.overview)) == ["Ola Hansen", "Siri Berg"]
    scope = window.choose_scope()
    qtbot.waitUntil(lambda: scope.has_loaded)
    items = [scope.unit_list.item(i).text() for i in range(scope.unit_list.count())]
    assert items == ["Norges Blindeforbund", "    Nord", "    Vestland", "        Bergen lokallag"]  # as a tree
    scope.unit_list.setFocus()
    scope.unit_list.setCurrentRow(items.index("    Vestland"))
    qtbot.keyClick(scope.unit_list, Qt.Key.Key_Space)
    qtbot.mouseClick(scope.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: closed(scope))
    settle(qtbot, window)
    assert visible_mentees(window.overview) == ["Ola Hansen"]
    assert isinstance(scope, ScopeDialog)


def test_rename_move_and_retire_in_the_dialog(
    qtbot: QtBot, sqlite_ctx: ServiceContext, open_window: Callable[[ServiceContext], MainWindow]
) -> None:
    window = open_window(sqlite_ctx)
    dialog = build_units(qtbot, window)
    # Bergen lokallag moves from Vestland to Nord, under a new name, in one save.
    tree = dialog.tree.model()
    vestland = tree.index(1, 0, tree.index(0, 0))
    dialog.tree.setCurrentIndex(tree.index(0, 0, vestland))
    assert dialog.name_edit.text() == "Bergen lokallag" and dialog.parent_combo.currentText() == "Vestland"
    dialog.name_edit.selectAll()
    qtbot.keyClicks(dialog.name_edit, "Bodø lokallag")
    choose(qtbot, dialog.parent_combo, "Nord")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.banner.text() == "Saved Bodø lokallag.")
    units = {u.name: u for u in list_units(sqlite_ctx)}
    assert units["Bodø lokallag"].parent == units["Nord"].id
    # Vestland is empty now and can be retired; Nord still has a chapter.
    qtbot.waitUntil(lambda: dialog.selected_unit() is not None)
    nord_index = dialog.tree.model().index(0, 0, dialog.tree.model().index(0, 0))
    dialog.tree.setCurrentIndex(nord_index)
    assert dialog.selected_unit().name == "Nord"
    qtbot.mouseClick(dialog.retire_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.banner.kind == "error")
    assert "still has 1 unit(s) under it (Bodø lokallag)" in dialog.banner.text()
    vest = dialog.tree.model().index(1, 0, dialog.tree.model().index(0, 0))
    dialog.tree.setCurrentIndex(vest)
    assert dialog.selected_unit().name == "Vestland"
    qtbot.mouseClick(dialog.retire_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.banner.text() == "Retired Vestland.")
    assert "Vestland" not in {u.name for u in list_units(sqlite_ctx)}

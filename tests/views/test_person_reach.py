"""The person form: languages, contact preferences and a position typed by hand, checked against the nearest
municipality without a map."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.services.core.context import ServiceContext
from app.services.people.people import get_person
from app.views.main_window import MainWindow
from app.views.people.person_edit_dialog import PersonEditDialog
from tests.helpers import make_mentee, make_programme
from tests.views.conftest import click_row, closed, settle, wait_shown
from tests.views.test_people_programmes import go_to, people_row


def retype(qtbot: QtBot, edit: object, text: str) -> None:
    edit.setFocus()  # type: ignore[attr-defined]
    edit.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClicks(edit, text)


def test_languages_reach_and_position_by_hand(
    qtbot: QtBot, sqlite_ctx: ServiceContext, open_window: Callable[[ServiceContext], MainWindow]
) -> None:
    programme = make_programme(sqlite_ctx, "Likeperson Troms")
    person = make_mentee(sqlite_ctx, programme.id, "Aud Haugen", municipality="Tromsø", county="Troms")
    window = open_window(sqlite_ctx)
    go_to(qtbot, window, Qt.Key.Key_3)
    click_row(qtbot, window.people.table, people_row(window, "Aud Haugen"))
    qtbot.keyClick(window.people.table, Qt.Key.Key_Return)
    dialog = wait_shown(qtbot, window, PersonEditDialog)
    reach = dialog.reach
    # The municipality's centre stands in until a position is typed; it is shown as its nearest municipality.
    assert reach.nearest_label.text() == "Tromsø (Troms), 0.0 km from its centre"

    retype(qtbot, reach.languages_edit, "norsk; nordsamisk")
    for code in ("braille", "audio"):
        reach.contact_boxes[code].setFocus()
        qtbot.keyClick(reach.contact_boxes[code], Qt.Key.Key_Space)
    retype(qtbot, reach.latitude_edit, "18,95")  # latitude and longitude swapped: far out at sea
    retype(qtbot, reach.longitude_edit, "69.65")
    assert reach.nearest_label.text().startswith("⚠ Far from every known municipality:")
    assert reach.nearest_label.accessibleName().startswith("Nearest known municipality: Far from every")
    retype(qtbot, reach.latitude_edit, "69,68")
    retype(qtbot, reach.longitude_edit, "18.91")
    assert reach.nearest_label.text().startswith("Tromsø (Troms), ")
    assert "⚠" not in reach.nearest_label.text()
    retype(qtbot, reach.longitude_edit, "east")
    assert reach.nearest_label.text() == "⚠ Write each coordinate as a number, such as 69.65."
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.banner.text() == "Write each coordinate as a number, such as 69.65, or leave both empty."
    assert reach.latitude_edit.hasFocus()
    retype(qtbot, reach.longitude_edit, "18.91")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: closed(dialog))
    settle(qtbot, window)

    saved = get_person(sqlite_ctx, person.id)
    assert saved.languages == ["norsk", "nordsamisk"]
    assert saved.contact_preferences == ["braille", "audio"]
    assert (saved.latitude, saved.longitude) == (69.68, 18.91)


def test_tab_reaches_every_new_field(qtbot: QtBot, sqlite_ctx: ServiceContext) -> None:
    from app.views.widgets.tasks import InlineTaskRunner

    make_programme(sqlite_ctx, "Likeperson Troms")
    dialog = PersonEditDialog(
        ctx=sqlite_ctx, tasks=InlineTaskRunner(), programmes=[], specialisations=[], role="mentee"
    )
    qtbot.addWidget(dialog)
    dialog.show()
    order = dialog.focus_order()
    for widget in dialog.reach.focus_order():
        assert widget in order and widget.accessibleName()

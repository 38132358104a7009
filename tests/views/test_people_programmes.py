"""Story 5: lists and edit forms for mentors, mentees and programmes, with the services' refusals shown in the form."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox, QLabel
from pytestqt.qtbot import QtBot

from app.services.core.context import ServiceContext
from app.services.people.people import get_person
from app.services.programmes.programmes import get_programme, list_programmes
from app.views.main_window import MainWindow
from app.views.people.person_edit_dialog import PersonEditDialog
from app.views.programmes.programme_edit_dialog import ProgrammeEditDialog
from tests.helpers import make_mentor
from tests.views.builders import programme_with_pairings
from tests.views.conftest import click_row, closed, settle, wait_shown


def go_to(qtbot: QtBot, window: MainWindow, key: Qt.Key) -> None:
    qtbot.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, window)


def people_row(window: MainWindow, name: str) -> int:
    proxy = window.people.proxy
    return next(r for r in range(proxy.rowCount()) if proxy.index(r, 0).data() == name)


def retype(qtbot: QtBot, widget: QAbstractSpinBox, text: str) -> None:
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClicks(widget, text)


def test_people_list_and_editing_a_mentor(
    qtbot: QtBot, ctx: ServiceContext, open_window: Callable[[ServiceContext], MainWindow]
) -> None:
    programme, _ = programme_with_pairings(ctx)
    applicant = make_mentor(ctx, programme.id, "Liv Ås", state="applied", capacity=1)
    window = open_window(ctx)
    go_to(qtbot, window, Qt.Key.Key_3)
    people = window.people
    assert people.proxy.rowCount() == 7
    people.role_combo.setFocus()
    qtbot.keyClick(people.role_combo, Qt.Key.Key_Down)
    assert people.proxy.rowCount() == 4
    row = people_row(window, "Liv Ås")
    assert people.proxy.index(row, 2).data() == "Applied"
    assert people.proxy.index(row, 5).data() == "0 of 1 taken"

    click_row(qtbot, people.table, row)
    qtbot.keyClick(people.table, Qt.Key.Key_Return)
    dialog = wait_shown(qtbot, window, PersonEditDialog)
    assert dialog.name_edit.text() == "Liv Ås"
    assert [dialog.state_combo.itemData(i) for i in range(dialog.state_combo.count())] == [
        "applied",
        "approved",
        "withdrawn",
    ]

    dialog.email_edit.selectAll()
    qtbot.keyClicks(dialog.email_edit, "not-an-email")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.banner.kind == "error")
    assert dialog.banner.text() == "'not-an-email' is not a valid e-mail address."
    assert dialog.isVisible()

    dialog.email_edit.selectAll()
    qtbot.keyClicks(dialog.email_edit, "liv@example.no")
    dialog.state_combo.setFocus()
    qtbot.keyClick(dialog.state_combo, Qt.Key.Key_Down)
    retype(qtbot, dialog.capacity_spin, "3")
    qtbot.mouseClick(dialog.modality_boxes["video"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.slot_grid.boxes["mon_evening"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: closed(dialog))
    settle(qtbot, window)

    saved = get_person(ctx, applicant.id)
    profile = saved.profiles[0]
    assert saved.email == "liv@example.no"
    assert (profile.state, profile.capacity, profile.modalities, profile.slots) == (
        "approved",
        3,
        ["video"],
        ["mon_evening"],
    )
    row = people_row(window, "Liv Ås")
    assert people.proxy.index(row, 2).data() == "Approved"
    assert people.proxy.index(row, 5).data() == "0 of 3 taken"


def test_adding_a_mentee_with_slots_and_specialisations(
    qtbot: QtBot, sqlite_ctx: ServiceContext, open_window: Callable[[ServiceContext], MainWindow]
) -> None:
    programme_with_pairings(sqlite_ctx)
    window = open_window(sqlite_ctx)
    go_to(qtbot, window, Qt.Key.Key_3)
    qtbot.mouseClick(window.people.add_mentee_button, Qt.MouseButton.LeftButton)
    dialog = wait_shown(qtbot, window, PersonEditDialog)
    # A mentee's form shows only what a mentee has: the mentor-only rows are hidden, labels and all, and Tab skips them.
    mentor_only = [dialog.role_combo, dialog.availability_combo, dialog.until_edit, dialog.capacity_spin]
    hidden = [*mentor_only, dialog.travel_spin, dialog.bio_edit]
    assert not any(widget.isVisible() for widget in hidden)
    labels = {label.text() for label in dialog.findChildren(QLabel) if label.isVisible()}
    assert not labels & {"&Mentor role:", "Ca&pacity (mentees):", "&Availability:", "&Bio:"}
    assert "Pro&gramme:" in labels and "S&tate:" in labels
    dialog.name_edit.setFocus()
    for _ in range(12):
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        assert dialog.focusWidget() not in hidden

    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.banner.kind == "error")
    assert dialog.banner.text() == "The name is required."

    qtbot.keyClicks(dialog.name_edit, "Jonas Berg")
    qtbot.mouseClick(dialog.slot_grid.boxes["tue_morning"], Qt.MouseButton.LeftButton)
    dialog.spec_list.setFocus()
    qtbot.keyClick(dialog.spec_list, Qt.Key.Key_Space)
    checked = dialog.spec_list.checked()
    assert len(checked) == 1
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: closed(dialog))
    settle(qtbot, window)

    row = people_row(window, "Jonas Berg")
    rows = window.people.model.rows
    added = next(r for r in rows if r.person.name == "Jonas Berg")
    assert added.profile is not None and added.profile.state == "waiting"
    assert added.profile.slots == ["tue_morning"] and added.profile.specialisations == checked
    assert window.people.proxy.index(row, 1).data() == "Mentee"

    qtbot.mouseClick(window.people.add_mentor_button, Qt.MouseButton.LeftButton)  # a mentor's form has them all
    mentor_form = wait_shown(qtbot, window, PersonEditDialog)
    assert all(w.isVisible() for w in (mentor_form.capacity_spin, mentor_form.role_combo, mentor_form.bio_edit))
    mentor_form.reject()


def test_programme_form_validates_thresholds_and_edits_template_and_state(
    qtbot: QtBot, ctx: ServiceContext, open_window: Callable[[ServiceContext], MainWindow]
) -> None:
    window = open_window(ctx)
    go_to(qtbot, window, Qt.Key.Key_4)
    assert "no programmes yet" in window.programmes.banner.text()
    qtbot.mouseClick(window.programmes.new_button, Qt.MouseButton.LeftButton)
    dialog = wait_shown(qtbot, window, ProgrammeEditDialog)

    qtbot.keyClicks(dialog.name_edit, "Likeperson Nord")
    retype(qtbot, dialog.amber_spin, "20")
    retype(qtbot, dialog.red_spin, "10")
    qtbot.keyClicks(dialog.template.title_edit, "Forste samtale")
    qtbot.keyClick(dialog.template.title_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.template.title_edit, "Mal avtalt")
    retype(qtbot, dialog.template.due_spin, "30")
    qtbot.mouseClick(dialog.template.add_button, Qt.MouseButton.LeftButton)
    assert [m.title for m in dialog.template.milestones()] == ["Forste samtale", "Mal avtalt"]
    assert dialog.isVisible()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.banner.kind == "error")
    assert dialog.banner.text() == "The red threshold (10 days) must be longer than the amber threshold (20 days)."

    retype(qtbot, dialog.red_spin, "40")
    retype(qtbot, dialog.weight_spins["geography"], "2")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: closed(dialog))
    settle(qtbot, window)
    [created] = list_programmes(ctx)
    assert (created.state, created.amber_days, created.red_days) == ("draft", 20, 40)
    assert [(m.title, m.due_offset_days) for m in created.milestones] == [("Forste samtale", None), ("Mal avtalt", 30)]
    assert created.weights["geography"] == 2.0
    assert window.programmes.proxy.index(0, 3).data() == "2"

    click_row(qtbot, window.programmes.table, 0)
    qtbot.keyClick(window.programmes.table, Qt.Key.Key_Return)
    edit = wait_shown(qtbot, window, ProgrammeEditDialog)
    assert edit.state_button.text() == "Move to “Open for applications”"
    qtbot.mouseClick(edit.state_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: edit.banner.kind == "info")
    assert edit.state_label.text() == "Open for applications"
    assert get_programme(ctx, created.id).state == "open"
    edit.template.list.setCurrentRow(1)
    qtbot.mouseClick(edit.template.up_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(edit.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: closed(edit))
    assert [m.title for m in get_programme(ctx, created.id).milestones] == ["Mal avtalt", "Forste samtale"]

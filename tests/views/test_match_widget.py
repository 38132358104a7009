"""The match widget driven as a coordinator would: filters narrow the list, pairings and cohorts get created."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication
from pytestqt.qtbot import QtBot

from app.services.core.context import ServiceContext
from app.services.pairings.pairings import list_pairings
from app.services.people.people import PersonFields, ProfileFields, update_person
from app.views.main_window import MainWindow
from app.views.matching.cohort_review_dialog import CohortReviewDialog
from app.views.matching.match_dialogs import CompareDialog, CreatePairingDialog
from app.views.matching.match_filters_panel import GEOGRAPHY, MatchFiltersPanel
from app.views.matching.match_widget import MatchWidget
from app.views.pairings.pairing_table_model import PairingColumn
from app.views.widgets.tasks import TaskRunner
from tests.helpers import make_mentee, make_mentor, make_programme
from tests.views.conftest import WAIT_MS, click_row, wait_shown

COORDINATES = {"Bergen": (60.39, 5.32), "Voss": (60.63, 6.42), "Oslo": (59.91, 10.75)}


def person(ctx: ServiceContext, row_id: str, municipality: str) -> None:
    lat, lon = COORDINATES[municipality]
    update_person(ctx, row_id, PersonFields(latitude=lat, longitude=lon))


@pytest.fixture
def cohort(ctx: ServiceContext) -> dict[str, str]:
    programme = make_programme(ctx, "Likeperson Vestland")
    people = {"programme": programme.id}
    kari = make_mentee(
        ctx,
        programme.id,
        "Kari Nordmann",
        specialisations=["braille", "screen readers"],
        slots=["Mon evening"],
        municipality="Bergen",
        county="Vestland",
    )
    people["kari"] = kari.id
    for key, name, municipality, county, specs, slots, modalities, state in (
        (
            "anne",
            "Anne Bergstrøm",
            "Bergen",
            "Vestland",
            ["braille", "screen readers"],
            ["Mon evening"],
            ["video"],
            "approved",
        ),
        ("bjorn", "Bjørn Voss", "Voss", "Vestland", ["braille"], ["Tue morning"], ["phone"], "approved"),
        (
            "cecilie",
            "Cecilie Oslo",
            "Oslo",
            "Oslo",
            ["braille", "screen readers"],
            ["Mon evening"],
            ["video"],
            "approved",
        ),
        ("dag", "Dag Pause", "Bergen", "Vestland", ["braille"], ["Mon evening"], ["video"], "paused"),
    ):
        row = make_mentor(
            ctx,
            programme.id,
            name,
            specialisations=specs,
            slots=slots,
            modalities=modalities,
            municipality=municipality,
            county=county,
            state=state,
        )
        person(ctx, row.id, municipality)
        people[key] = row.id
    person(ctx, kari.id, "Bergen")
    update_person(ctx, kari.id, PersonFields(), profile=ProfileFields(modalities=["video"]))
    return people


@pytest.fixture
def widget(qtbot: QtBot, ctx: ServiceContext, cohort: dict[str, str]) -> Iterator[MatchWidget]:
    view = MatchWidget(ctx=ctx, tasks=TaskRunner())
    qtbot.addWidget(view)
    view.show()
    view.reload()
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=WAIT_MS)
    yield view
    view.tasks.wait()


def where(qtbot: QtBot, panel: MatchFiltersPanel, code: str) -> None:
    """Choose in the "Where" list with the keyboard: focus it, then arrow keys until the choice is reached."""
    panel.geography.setFocus()
    target = GEOGRAPHY.index(code)
    while panel.geography.currentIndex() != target:
        key = Qt.Key.Key_Down if panel.geography.currentIndex() < target else Qt.Key.Key_Up
        qtbot.keyClick(panel.geography, key)


def tick(qtbot: QtBot, button: QAbstractButton) -> None:
    """Click a radio button or check box on its indicator, where a person aims (its label may be narrower)."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))


def names(view: MatchWidget) -> list[str]:
    return [row.name for row in view.model.rows]


def test_each_filter_narrows_the_list(qtbot: QtBot, widget: MatchWidget) -> None:
    assert widget.person.currentText() == "Kari Nordmann"
    assert names(widget) == ["Anne Bergstrøm", "Cecilie Oslo", "Bjørn Voss"]
    assert "Not eligible: 1" in widget.excluded_summary.text()

    panel = widget.filters
    where(qtbot, panel, "municipality")
    assert names(widget) == ["Anne Bergstrøm"]
    where(qtbot, panel, "county")
    assert names(widget) == ["Anne Bergstrøm", "Bjørn Voss"]
    where(qtbot, panel, "km")
    panel.max_km.lineEdit().selectAll()
    qtbot.keyClicks(panel.max_km, "40")
    assert names(widget) == ["Anne Bergstrøm"]
    where(qtbot, panel, "any")

    tick(qtbot, panel.slot_overlap)
    assert names(widget) == ["Anne Bergstrøm", "Cecilie Oslo"]
    tick(qtbot, panel.slot_overlap)
    tick(qtbot, panel.modality)
    assert names(widget) == ["Anne Bergstrøm", "Cecilie Oslo"]
    tick(qtbot, panel.modality)

    item = panel.specialisations.findItems("Screen readers and magnification", Qt.MatchFlag.MatchExactly)[0]
    panel.specialisations.setFocus()
    panel.specialisations.setCurrentItem(item)
    qtbot.keyClick(panel.specialisations, Qt.Key.Key_Space)
    assert item.checkState() == Qt.CheckState.Checked
    assert names(widget) == ["Anne Bergstrøm", "Cecilie Oslo"]
    qtbot.keyClick(panel.specialisations, Qt.Key.Key_Space)

    tick(qtbot, panel.eligible)
    assert "Dag Pause" in names(widget)


def test_why_not_lists_each_left_out_mentor(qtbot: QtBot, widget: MatchWidget) -> None:
    where(qtbot, widget.filters, "municipality")
    assert widget.excluded_table.isHidden()
    qtbot.mouseClick(widget.show_excluded, Qt.MouseButton.LeftButton)
    assert widget.excluded_table.isVisible()
    rows = {(r.mentor_name, r.filter) for r in widget.excluded_model.rows}
    assert rows == {("Dag Pause", "eligible"), ("Bjørn Voss", "geography"), ("Cecilie Oslo", "geography")}
    summary = widget.excluded_model.index(0, 0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert "left out by" in summary


def test_reasons_read_as_text(widget: MatchWidget) -> None:
    first = widget.model.rows[0]
    assert (
        first.why == "2 shared specialisations: Braille, Screen readers and magnification · same municipality, 0 km · "
        "1 of 1 slots · 2 of 2 places free"
    )
    spoken = widget.model.index(0, 0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert spoken.startswith("Number 1: Anne Bergstrøm, score 6.50.")


def test_create_pairing_confirms_score_and_stores_reasons(
    qtbot: QtBot, ctx: ServiceContext, widget: MatchWidget, cohort: dict[str, str]
) -> None:
    click_row(qtbot, widget.table, 0)
    assert widget.create_button.isEnabled() and not widget.compare_button.isEnabled()
    qtbot.mouseClick(widget.create_button, Qt.MouseButton.LeftButton)
    dialog = wait_shown(qtbot, widget, CreatePairingDialog)
    assert "Score 6.50" in dialog.details.text() and "Specialisation overlap: 2 × 2 = 4" in dialog.details.text()
    with qtbot.waitSignal(widget.pairing_created, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    pairings = list_pairings(ctx, programme=cohort["programme"])
    assert [(p.mentor, p.mentee, p.status, p.score) for p in pairings] == [
        (cohort["anne"], cohort["kari"], "proposed", 6.5)
    ]
    assert pairings[0].reasons["shared_specialisations"] == ["braille", "screen_readers"]
    qtbot.waitUntil(lambda: widget.person.count() == 0, timeout=WAIT_MS)  # Kari no longer waits


def test_compare_two_or_three_candidates(qtbot: QtBot, widget: MatchWidget) -> None:
    click_row(qtbot, widget.table, 0)
    rect = widget.table.visualRect(widget.model.index(1, 0))
    qtbot.mouseClick(
        widget.table.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier, rect.center()
    )
    assert widget.compare_button.isEnabled()
    qtbot.mouseClick(widget.compare_button, Qt.MouseButton.LeftButton)
    dialog = wait_shown(qtbot, widget, CompareDialog)
    model = dialog.model
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(2)] == ["Anne Bergstrøm", "Cecilie Oslo"]
    assert model.index(0, 0).data() == "6.50" and model.index(0, 1).data() == "5.50"


def test_start_from_a_mentor_with_free_places(qtbot: QtBot, widget: MatchWidget) -> None:
    widget.mode.setFocus()
    qtbot.keyClick(widget.mode, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: widget.mode.currentData() == "mentor")
    assert widget.person.currentText().startswith("Anne Bergstrøm (2 of 2 free)")
    assert names(widget) == ["Kari Nordmann"]
    assert widget.model.headerData(1, Qt.Orientation.Horizontal) == "Mentee"


def test_cohort_review_pins_rejects_and_accepts_exactly_the_chosen_pairs(
    qtbot: QtBot, ctx: ServiceContext, widget: MatchWidget, cohort: dict[str, str]
) -> None:
    second = make_mentee(
        ctx, cohort["programme"], "Siri Berg", specialisations=["braille"], municipality="Voss", county="Vestland"
    )
    third = make_mentee(ctx, cohort["programme"], "Tor Lie", municipality="Oslo", county="Oslo")
    widget.reload()
    qtbot.waitUntil(lambda: widget.person.count() == 3, timeout=WAIT_MS)
    qtbot.mouseClick(widget.cohort_button, Qt.MouseButton.LeftButton)
    dialog = wait_shown(qtbot, widget, CohortReviewDialog)
    qtbot.waitUntil(lambda: not dialog.busy and dialog.model.rowCount() == 3, timeout=WAIT_MS)
    pairs = {(r.mentor, r.mentee) for r in dialog.model.rows}

    # Pin Tor's pair, reject Siri's: the pin survives the re-run, the rejected pair does not come back.
    tor_row = next(i for i, r in enumerate(dialog.model.rows) if r.mentee == third.id)
    click_row(qtbot, dialog.table, tor_row)
    qtbot.mouseClick(dialog.pin_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT_MS)
    pinned = next(r for r in dialog.model.rows if r.mentee == third.id)
    assert pinned.pinned and (pinned.mentor, pinned.mentee) in pairs
    siri_row = next(i for i, r in enumerate(dialog.model.rows) if r.mentee == second.id)
    rejected = (dialog.model.rows[siri_row].mentor, second.id)
    click_row(qtbot, dialog.table, siri_row)
    qtbot.mouseClick(dialog.reject_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT_MS)
    assert rejected not in {(r.mentor, r.mentee) for r in dialog.model.rows}
    assert any(r.pinned and r.mentee == third.id for r in dialog.model.rows)
    qtbot.mouseClick(dialog.rerun_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT_MS)
    assert rejected not in {(r.mentor, r.mentee) for r in dialog.model.rows}

    # Accept only two of the proposals.
    chosen = [r for r in dialog.model.rows if r.mentee in (cohort["kari"], third.id)]
    dialog.table.clearSelection()
    for row in chosen:
        index = dialog.model.rows.index(row)
        rect = dialog.table.visualRect(dialog.model.index(index, 0))
        qtbot.mouseClick(
            dialog.table.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier, rect.center()
        )
    with qtbot.waitSignal(dialog.accepted_pairs, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.accept_selected_button, Qt.MouseButton.LeftButton)
    created = {(p.mentor, p.mentee) for p in list_pairings(ctx, programme=cohort["programme"])}
    assert created == {(r.mentor, r.mentee) for r in chosen}
    QApplication.processEvents()


def test_pairing_made_in_the_matching_tab_shows_in_the_overview_with_its_reasons(
    qtbot: QtBot, ctx: ServiceContext, cohort: dict[str, str], open_window: Callable[[ServiceContext], MainWindow]
) -> None:
    window = open_window(ctx)
    qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)  # View → Matching
    page = window.matching_page
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=WAIT_MS)
    click_row(qtbot, page.table, 0)
    qtbot.keyClick(page.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    dialog = wait_shown(qtbot, page, CreatePairingDialog)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    overview = window.overview
    qtbot.waitUntil(lambda: overview.model.rowCount() == 1 and bool(window.spec_names), timeout=WAIT_MS)
    column = overview.model.columns.index(PairingColumn.MATCH)
    text = overview.model.index(0, column).data()
    assert text.startswith(
        "Score 6.50: 2 shared specialisations: Braille, Screen readers and magnification · same municipality"
    )
    assert "why matched: Score 6.50" in overview.model.index(0, 0).data(Qt.ItemDataRole.AccessibleTextRole)


def test_cohort_names_the_filters_it_uses_and_proposes_again_without_one_cleared(
    qtbot: QtBot, ctx: ServiceContext, widget: MatchWidget, cohort: dict[str, str]
) -> None:
    far = make_mentee(ctx, cohort["programme"], "Tor Lie", municipality="Stavanger", county="Rogaland")
    widget.reload()
    qtbot.waitUntil(lambda: widget.person.count() == 2, timeout=WAIT_MS)
    where(qtbot, widget.filters, "county")
    qtbot.mouseClick(widget.cohort_button, Qt.MouseButton.LeftButton)
    dialog = wait_shown(qtbot, widget, CohortReviewDialog)
    qtbot.waitUntil(lambda: not dialog.busy and dialog.model.rowCount() > 0, timeout=WAIT_MS)

    # Said in words, first in the summary, and each filter is a check box of its own.
    assert [box.text() for box in dialog.filter_box.boxes.values()] == [
        "Only eligible mentors",
        "Not paired before",
        "Mentor lives in the mentee's county",
    ]
    assert dialog.summary.text().startswith(
        "Filters used: Only eligible mentors; Not paired before; Mentor lives in the mentee's county. "
        "1 of 2 waiting mentees matched"
    )
    assert far.id not in {r.mentee for r in dialog.model.rows}
    assert dialog.accessibleDescription() == dialog.summary.text()
    assert dialog.table.hasFocus(), "the keyboard starts on the proposal; Shift+Tab reaches the filters"
    qtbot.keyClick(dialog.table, Qt.Key.Key_Backtab)
    assert dialog.filter_box.clear_button.hasFocus()

    # Untick the county from the keyboard: proposed again without it, and Tor now has a mentor.
    county = dialog.filter_box.boxes["geography"]
    county.setFocus()
    qtbot.keyClick(county, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not dialog.busy and far.id in {r.mentee for r in dialog.model.rows}, timeout=WAIT_MS)
    assert dialog.summary.text().startswith(
        "Filters used: Only eligible mentors; Not paired before. 2 of 2 waiting mentees matched"
    )
    assert widget.filters.geography_code() == "county", "the match widget keeps its own filters"

    # Clear filters (Alt+F) switches off every one, says so, and proposes again.
    qtbot.keyClick(dialog.table, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: not dialog.busy and dialog.summary.text().startswith("No filters used."), timeout=WAIT_MS)
    assert not any(box.isChecked() for box in dialog.filter_box.boxes.values())
    assert dialog.filter_box.none_label.isVisible() and not dialog.filter_box.clear_button.isEnabled()
    dialog.reject()


def test_cohort_reasons_are_shown_in_full(
    qtbot: QtBot, ctx: ServiceContext, widget: MatchWidget, cohort: dict[str, str]
) -> None:
    make_mentee(
        ctx, cohort["programme"], "Siri Berg", specialisations=["braille"], municipality="Voss", county="Vestland"
    )
    widget.reload()
    qtbot.waitUntil(lambda: widget.person.count() == 2, timeout=WAIT_MS)
    dialog = widget.review_cohort()
    assert isinstance(dialog, CohortReviewDialog)
    dialog.resize(700, 560)  # narrower than the reasons' single line: they must wrap, not be cut off
    qtbot.waitUntil(lambda: not dialog.busy and dialog.model.rowCount() == 2, timeout=WAIT_MS)
    QApplication.processEvents()
    table, metrics = dialog.table, dialog.table.fontMetrics()
    width = table.columnWidth(4)
    for row in range(dialog.model.rowCount()):
        why = dialog.model.index(row, 4).data()
        assert "shared specialisation" in why and "places free" in why
        assert metrics.horizontalAdvance(why) > width, "the test must look at a reason longer than its column"
        needed = metrics.boundingRect(0, 0, width - 8, 10_000, Qt.TextFlag.TextWordWrap, why).height()
        assert table.rowHeight(row) >= needed, f"row {row}: {table.rowHeight(row)} px for {needed} px of reasons"
    # The selected pair in full below the table, in a text a screen reader reads and the keyboard can reach.
    click_row(qtbot, table, 1)
    shown = dialog.model.row_at(1)
    assert dialog.details.toPlainText() == dialog.model.summary(shown)
    assert dialog.model.index(1, 4).data() in dialog.details.toPlainText()
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert dialog.details.hasFocus() and dialog.details.accessibleName() == "The selected pair in full"
    dialog.reject()

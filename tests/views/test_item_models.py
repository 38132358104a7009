"""Every item model of the desktop passes qtmodeltester, also while rows are replaced, filtered and sorted."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from app.services.core.context import ServiceContext
from app.services.pairings.detail import pairing_detail
from app.services.pairings.meetings_notes import add_meeting, add_note
from app.services.pairings.milestones import set_milestone_status
from app.services.pairings.overview import list_archived_pairings, list_open_pairings
from app.services.pairings.pairings import dissolve_pairing
from app.services.people.people import list_people
from app.services.programmes.programmes import list_programmes
from app.views.pairings.detail_table_models import (
    HistoryTableModel,
    MeetingTableModel,
    MilestoneTableModel,
    NoteTableModel,
)
from app.views.pairings.history_lines import history_lines
from app.views.pairings.pairing_filter_proxy import PairingFilterProxyModel
from app.views.pairings.pairing_table_model import ARCHIVE_COLUMNS, MENTOR_VIEW_COLUMNS, PairingTableModel
from app.views.people.person_table_model import PersonTableModel, person_profile_rows
from app.views.programmes.programme_table_model import ProgrammeTableModel
from app.views.widgets.roles import ROW_ROLE, SORT_ROLE
from app.views.widgets.row_table_model import RowSortProxyModel
from tests.helpers import FakeClock
from tests.views.builders import active_pairing, programme_with_pairings


def test_pairing_table_and_filter_proxy(qtmodeltester: ModelTester, sqlite_ctx: ServiceContext) -> None:
    programme, pairings = programme_with_pairings(sqlite_ctx)
    now = sqlite_ctx.now()
    model = PairingTableModel()
    qtmodeltester.check(model)
    proxy = PairingFilterProxyModel()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)

    model.set_rows(list_open_pairings(sqlite_ctx), now=now)
    qtmodeltester.check(model)
    qtmodeltester.check(proxy)
    persistent = proxy.index(1, 0)
    kept = persistent.data(ROW_ROLE)
    proxy.sort(0, Qt.SortOrder.DescendingOrder)
    proxy.set_text("a")
    proxy.set_health("on_track")
    proxy.set_text("")
    proxy.set_health(None)
    proxy.set_programme(programme.id)
    proxy.set_unit("nowhere")
    assert proxy.rowCount() == 0
    proxy.set_unit(None)
    proxy.sort(3, Qt.SortOrder.AscendingOrder)
    qtmodeltester.check(proxy)
    assert [proxy.index(r, 0).data(ROW_ROLE) for r in range(proxy.rowCount())].count(kept) == 1

    active_pairing(sqlite_ctx, programme, "Berit Aas", "Jon Dahl")
    model.set_rows(list_open_pairings(sqlite_ctx), now=now)
    qtmodeltester.check(proxy)
    assert proxy.rowCount() == 4

    dissolve_pairing(sqlite_ctx, pairings[0].id, "moved")
    archive = PairingTableModel(columns=ARCHIVE_COLUMNS)
    archive.set_rows(list_archived_pairings(sqlite_ctx), now=now)
    qtmodeltester.check(archive)
    mentor = PairingTableModel(columns=MENTOR_VIEW_COLUMNS)
    mentor.set_rows(list_open_pairings(sqlite_ctx), now=now)
    qtmodeltester.check(mentor)


def test_detail_people_and_programme_models(
    qtmodeltester: ModelTester, sqlite_ctx: ServiceContext, clock: FakeClock
) -> None:
    _, pairings = programme_with_pairings(sqlite_ctx)
    pairing = pairings[0]
    clock.advance(days=1)
    set_milestone_status(sqlite_ctx, pairing.id, "1", "completed")
    add_note(sqlite_ctx, pairing.id, "Hei", "all")
    add_meeting(sqlite_ctx, pairing.id, datetime(2026, 3, 2, 10, tzinfo=UTC), status="completed", summary="Kaffe")
    detail = pairing_detail(sqlite_ctx, pairing.id)

    models = [
        (MilestoneTableModel(), detail.pairing.milestones),
        (HistoryTableModel(), history_lines(detail.history, {m.id: m.title for m in detail.pairing.milestones})),
        (MeetingTableModel(), detail.meetings),
        (NoteTableModel(), detail.notes),
        (PersonTableModel(), person_profile_rows(list_people(sqlite_ctx))),
        (ProgrammeTableModel(), list_programmes(sqlite_ctx)),
    ]
    for model, rows in models:
        proxy = RowSortProxyModel()
        proxy.setSourceModel(model)
        qtmodeltester.check(model)
        qtmodeltester.check(proxy)
        model.set_rows(rows)
        proxy.sort(0, Qt.SortOrder.DescendingOrder)
        proxy.set_text("e")
        proxy.set_text("")
        qtmodeltester.check(proxy)
        assert model.rowCount() == len(rows) > 0
        assert proxy.index(0, 0).data(ROW_ROLE) in rows
        assert proxy.index(0, 0).data(Qt.ItemDataRole.AccessibleTextRole)


def test_sort_proxy_compares_raw_values_not_display_text(sqlite_ctx: ServiceContext) -> None:
    model = ProgrammeTableModel()
    rows = list_programmes(sqlite_ctx)
    assert rows == []
    programme_with_pairings(sqlite_ctx)
    base = list_programmes(sqlite_ctx)[0]
    from dataclasses import replace

    model.set_rows([replace(base, id=str(n), name=f"P{n}", default_capacity=n) for n in (9, 10, 2)])
    proxy = RowSortProxyModel()
    proxy.setSourceModel(model)
    proxy.sort(4, Qt.SortOrder.AscendingOrder)
    assert [proxy.index(r, 4).data() for r in range(3)] == ["2", "9", "10"]
    assert proxy.index(0, 4).data(SORT_ROLE) == 2

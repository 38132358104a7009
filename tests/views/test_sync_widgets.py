"""The sync widgets without a server: the conflict model, the status bar's words, and a window with nothing to sync."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from app.services.core.context import ServiceContext
from app.sync.conflicts import ConflictRow
from app.sync.status import LocalSyncState
from app.views.main_window import MainWindow
from app.views.sync.conflict_table_model import ConflictTableModel
from app.views.sync.sync_status_widget import SyncStatusWidget, SyncView, local_time_text
from app.views.widgets.roles import ROW_ROLE
from tests.views import test_translations

norwegian = test_translations.norwegian  # the Bokmål fixture, shared

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def conflict(kind: str, summary: str) -> ConflictRow:
    return ConflictRow(
        id=f"{kind}-1", kind=kind, entity="person", entity_id="p1", field="phone" if kind == "field" else None,
        local="111", server="222", base=None, message="", server_actor="Bergen office", subject="Kari Nordmann",
        summary=summary,
    )  # fmt: skip


def test_conflict_table_model(qtmodeltester: ModelTester) -> None:
    model = ConflictTableModel()
    qtmodeltester.check(model)
    rows = [
        conflict("field", "Kari Nordmann's phone: you wrote 111, Bergen office wrote 222"),
        conflict("refused", "Your change to Ola Hansen was refused by the server: already has an open pairing"),
    ]
    model.set_rows(rows)
    qtmodeltester.check(model)
    assert [model.index(r, 0).data() for r in range(2)] == ["Both changed", "Refused by the server"]
    assert model.index(1, 1).data(Qt.ItemDataRole.AccessibleTextRole) == (
        "Refused by the server: Your change to Ola Hansen was refused by the server: already has an open pairing"
    )
    assert model.index(0, 1).data(ROW_ROLE) is rows[0]
    assert "Keep theirs discards your change" in model.choices_text(rows[1])
    model.set_rows([])
    qtmodeltester.check(model)


def state(**values: object) -> LocalSyncState:
    base: dict[str, object] = dict(syncs=True, server="postgresql://s/m", last_sync=None, pending=0, open_conflicts=0)
    return LocalSyncState(**{**base, "cursor": 0, **values})  # type: ignore[arg-type]


def view(local: LocalSyncState | None, **values: object) -> SyncView:
    base: dict[str, object] = dict(configured=True, running=False, reachable=True, problem=None, now=NOW)
    return SyncView(local, **{**base, **values})  # type: ignore[arg-type]


def test_the_status_bar_says_when_what_and_whether(qtbot: QtBot) -> None:
    widget = SyncStatusWidget()
    qtbot.addWidget(widget)
    today = local_time_text(NOW - timedelta(minutes=5), NOW)
    assert len(today) == 5 and today[2] == ":"
    day, month, time = local_time_text(NOW - timedelta(days=3), NOW).split(" ")  # another day: '27 Feb 09:00'
    assert day.isdigit() and month.isalpha() and len(time) == 5

    cases = [
        (view(None), "Sync: checking…"),
        (view(state(syncs=False)), "Working on the shared database directly: nothing to sync"),
        (view(state(), configured=False), "Not syncing: no server is set"),
        (view(state()), "Not synced yet · no changes waiting to be sent"),
        (view(state(last_sync=NOW - timedelta(minutes=5), pending=1)), f"Synced {today} · 1 change waiting to be sent"),
        (view(state(pending=3), running=True), "Syncing… · 3 changes waiting to be sent"),
        (
            view(state(pending=2), reachable=False, problem="The server … cannot be reached right now"),
            "Not synced yet · 2 changes waiting to be sent · Server unreachable — changes are kept here",
        ),
        (
            view(state(), problem="The server has an older schema"),
            "Not synced yet · no changes waiting to be sent · Sync stopped — changes are kept here",
        ),
    ]
    for shown, text in cases:
        widget.show_view(shown)
        assert widget.label.text() == text
        assert widget.label.accessibleName() == f"Sync status: {text}"
    assert widget.label.toolTip() == "The server has an older schema"

    widget.show()
    widget.show_view(view(state(open_conflicts=2)))
    assert widget.conflicts_button.isVisible() and widget.conflicts_button.text() == "2 conflicts"
    assert widget.conflicts_button.accessibleName() == "Open the list of sync conflicts (2 conflicts)"
    widget.show_view(view(state(), configured=False))
    assert widget.settings_button.isVisible() and not widget.conflicts_button.isVisible()


def test_the_status_bar_speaks_norwegian(qtbot: QtBot, norwegian: None) -> None:
    widget = SyncStatusWidget()
    qtbot.addWidget(widget)
    widget.show_view(view(state(pending=2), reachable=False, problem="…"))
    assert widget.label.text() == (
        "Ikke synkronisert ennå · 2 endringer venter på å bli sendt · "
        "Serveren kan ikke nås — endringene tas vare på her"
    )


def test_a_window_without_a_server_or_on_the_shared_database(
    qtbot: QtBot, ctx: ServiceContext, open_window: Callable[[ServiceContext], MainWindow]
) -> None:
    window = open_window(ctx)
    qtbot.waitUntil(lambda: window.sync.local is not None and window.sync.idle)
    label = window.sync.status.label.text()
    if ctx.db.url.startswith("sqlite"):
        assert label == "Not syncing: no server is set"
        assert window.sync.status.settings_button.isVisible() and window.sync.sync_action.isEnabled()
    else:  # a desktop that works on PostgreSQL directly has nothing to sync
        assert label == "Working on the shared database directly: nothing to sync"
        assert not window.sync.sync_action.isEnabled() and not window.sync.status.settings_button.isVisible()

"""The notification area: a button with the count of new alerts, and a list to open, clear and act on them."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QHBoxLayout, QHeaderView, QLabel, QPushButton, QToolButton, QVBoxLayout, QWidget

from app.services.core.context import ServiceContext
from app.services.followup.alerts import AlertRow, dismiss_alerts, list_alerts
from app.views.widgets.form_helpers import MessageBanner, action_button, chain_tab_order, list_table
from app.views.widgets.labels import format_datetime
from app.views.widgets.roles import ROW_ROLE
from app.views.widgets.row_table_model import Column, RowSortProxyModel, RowTableModel
from app.views.widgets.tasks import TaskRunner


class AlertTableModel(RowTableModel[AlertRow]):
    def columns(self) -> Sequence[Column[AlertRow]]:
        return (
            Column(self.tr("Since"), lambda a: format_datetime(a.raised_at), lambda a: a.raised_at.timestamp()),
            Column(self.tr("What"), self.kind_text),
            Column(self.tr("Mentor"), lambda a: a.mentor_name),
            Column(self.tr("Mentee"), lambda a: a.mentee_name),
        )

    def kind_text(self, alert: AlertRow) -> str:
        if alert.kind == "stalled":
            return self.tr("Stalled: no activity for a long time")
        if alert.kind == "proposal_waiting":
            return self.tr("Proposal waiting more than 7 days")
        if alert.kind == "never_met":
            return self.tr("Active 14 days without a meeting")
        if alert.kind == "milestone_overdue":
            return self.tr("Milestone overdue: {title}").format(title=alert.details.get("title", ""))
        return alert.kind

    def summary(self, row: AlertRow) -> str:
        return self.tr("{what}: {mentor} and {mentee}, since {when}").format(
            what=self.kind_text(row),
            mentor=row.mentor_name,
            mentee=row.mentee_name,
            when=format_datetime(row.raised_at),
        )


class NotificationButton(QToolButton):
    """Shows "Alerts: N" in words (the count is never only a coloured badge); opens the list."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.count = 0
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.set_count(0)

    def set_count(self, count: int) -> None:
        self.count = count
        self.setText(self.tr("Alerts: {count}").format(count=count) if count else self.tr("No alerts"))
        self.setAccessibleName(
            self.tr("{count} new alerts; open the list").format(count=count) if count else self.tr("No new alerts")
        )
        font = self.font()
        font.setBold(count > 0)
        self.setFont(font)


class NotificationPanel(QDialog):
    """The alerts, newest first: open a pairing, clear one, or clear all."""

    open_pairing = Signal(str)
    count_changed = Signal(int)

    def __init__(self, *, ctx: ServiceContext, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.tasks = ctx, tasks
        self.setWindowTitle(self.tr("Alerts"))
        self.setAccessibleName(self.tr("Alerts"))
        self.resize(760, 420)
        layout = QVBoxLayout(self)
        self.banner = MessageBanner(self)
        layout.addWidget(self.banner)
        self.empty_label = QLabel(self.tr("No new alerts. Pairings that need attention will appear here."), self)
        layout.addWidget(self.empty_label)
        self.model = AlertTableModel(self)
        proxy = RowSortProxyModel(self)
        proxy.setSourceModel(self.model)
        self.table = list_table(proxy, self.tr("Alerts"), self)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.activated.connect(lambda _index: self.open_selected())
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.open_button = self._button(row, self.tr("&Open pairing"), self.tr("Open the pairing"), self.open_selected)
        self.clear_button = self._button(row, self.tr("C&lear"), self.tr("Clear the selected alert"),
                                         self.clear_selected)  # fmt: skip
        self.clear_all_button = self._button(row, self.tr("Clear &all"), self.tr("Clear all alerts"), self.clear_all)
        row.addStretch(1)
        self.close_button = self._button(row, self.tr("&Close"), self.tr("Close the alerts"), self.close)
        layout.addLayout(row)
        QShortcut(QKeySequence.StandardKey.Delete, self, self.clear_selected)
        chain_tab_order([self.table, self.open_button, self.clear_button, self.clear_all_button, self.close_button])
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._refresh_buttons())
        self.rows: list[AlertRow] = []
        self._refresh_buttons()

    def _button(self, row: QHBoxLayout, text: str, name: str, slot: object) -> QPushButton:
        return action_button(self, row, text, name, slot)

    def reload(self) -> None:
        self.tasks.run(lambda: list_alerts(self.ctx), self._loaded, self._failed)

    def _loaded(self, rows: list[AlertRow]) -> None:
        self.rows = rows
        self.model.set_rows(rows)
        self.empty_label.setVisible(not rows)
        self.table.setVisible(bool(rows))
        if rows and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.table.model().index(0, 0))
        self._refresh_buttons()
        self.count_changed.emit(len(rows))

    def _failed(self, exc: BaseException) -> None:
        from app.views.widgets.error_text import error_text

        self.banner.show_error(error_text(exc, "loading alerts"))

    def selected(self) -> AlertRow | None:
        index = self.table.currentIndex()
        row = index.siblingAtColumn(0).data(ROW_ROLE) if index.isValid() else None
        return row if isinstance(row, AlertRow) else None

    def _refresh_buttons(self) -> None:
        has = self.selected() is not None
        self.open_button.setEnabled(has)
        self.clear_button.setEnabled(has)
        self.clear_all_button.setEnabled(bool(self.rows))

    def open_selected(self) -> None:
        alert = self.selected()
        if alert is not None:
            self.open_pairing.emit(alert.pairing)

    def clear_selected(self) -> None:
        alert = self.selected()
        if alert is not None:
            self.tasks.run(lambda: dismiss_alerts(self.ctx, [alert.id]), lambda _n: self._cleared(1), self._failed)

    def clear_all(self) -> None:
        self.tasks.run(lambda: dismiss_alerts(self.ctx), self._cleared, self._failed)

    def _cleared(self, count: int) -> None:
        self.banner.show_message(self.tr("{count} alerts cleared.").format(count=count), "info")
        self.reload()

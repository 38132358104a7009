"""Puts the scheduler's results into the main window: the Dashboard tab and the notification area.

The scheduler's jobs run on its own thread (started by app.gui); they hand results to `deliver`, which only emits a
signal, so everything here runs on the GUI thread.
"""

from __future__ import annotations

import logging
from typing import Any, Protocol

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QMainWindow, QTabWidget, QWidget

from app.services.core.context import ServiceContext
from app.services.followup.alerts import open_alert_count
from app.views.followup.dashboard_view import DashboardView
from app.views.followup.notification_area import NotificationButton, NotificationPanel
from app.views.widgets.tasks import TaskRunner

logger = logging.getLogger(__name__)


class Window(Protocol):
    ctx: ServiceContext
    tasks: TaskRunner
    tabs: QTabWidget
    pages: list[tuple[QWidget, str]]

    def open_pairing(self, pairing_id: str, source: Any = None) -> Any: ...


class FollowupWiring(QObject):
    job_result = Signal(str, object)  # task name, its result: emitted from the scheduler's thread

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window: Any = window
        ctx, tasks = window.ctx, window.tasks  # type: ignore[attr-defined]
        self.ctx, self.tasks = ctx, tasks
        self.dashboard = DashboardView(ctx=ctx, tasks=tasks, parent=window)
        title = self.tr("Dashboard")
        window.tabs.addTab(self.dashboard, title)  # type: ignore[attr-defined]
        window.pages.append((self.dashboard, title))  # type: ignore[attr-defined]
        self.button = NotificationButton(window)
        self.button.clicked.connect(self.show_alerts)
        window.statusBar().addPermanentWidget(self.button)
        QShortcut(QKeySequence("Ctrl+Shift+A"), window, self.show_alerts)
        self.panel: NotificationPanel | None = None
        self.job_result.connect(self._job_result)
        window.notifier.changed.connect(self._data_changed)  # type: ignore[attr-defined]
        self.refresh_count()

    def deliver(self, task: str, result: Any) -> None:
        """Called by the scheduler on its thread: only a signal crosses to the GUI thread."""
        self.job_result.emit(task, result)

    def _job_result(self, task: str, result: Any) -> None:
        if task == "alerts":
            count = len(result) if isinstance(result, list) else 0
            self.window.statusBar().showMessage(self.tr("{count} new alerts.").format(count=count), 10_000)
            self.refresh_count()
            if self.dashboard.has_loaded:
                self.dashboard.reload()
        elif task == "reminders":
            sent = len(getattr(result, "sent", []))
            self.window.statusBar().showMessage(self.tr("{count} meeting reminders sent.").format(count=sent), 10_000)
        elif task.endswith("_failed"):
            logger.info("background %s: %s", task, result)

    def _data_changed(self, _changed: dict[str, set[str]]) -> None:
        if self.dashboard.has_loaded:
            self.dashboard.reload()

    def refresh_count(self) -> None:
        self.tasks.run(lambda: open_alert_count(self.ctx), self.button.set_count, lambda _exc: None)

    def show_alerts(self) -> NotificationPanel:
        if self.panel is None:
            self.panel = NotificationPanel(ctx=self.ctx, tasks=self.tasks, parent=self.window)
            self.panel.open_pairing.connect(self.window.open_pairing)
            self.panel.count_changed.connect(self.button.set_count)
        self.panel.reload()
        self.panel.show()
        self.panel.raise_()
        self.panel.activateWindow()
        return self.panel

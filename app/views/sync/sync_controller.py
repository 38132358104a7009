"""SyncController: the Sync action, automatic sync while the server is reachable, and the sync state on screen.

Sync and its server checks run on their own one-thread TaskRunner, so they never wait behind (or hold up) the
views' loads and saves, and two syncs can never run at once. After a pull, `run_sync` tells the context's listeners
what changed; every view refreshes from the one data-changed signal, as after a local save.
"""

from __future__ import annotations

import logging

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QStyle, QToolBar, QToolButton

from app.services.core.context import ServiceContext
from app.sync.engine import SyncReport, run_sync
from app.sync.status import LocalSyncState, ServerCheck, check_for_changes, is_unreachable, local_state
from app.views.sync.conflicts_dialog import ConflictsDialog
from app.views.sync.server_settings_dialog import ServerSettingsDialog
from app.views.sync.sync_status_widget import SyncStatusWidget, SyncView
from app.views.widgets.announce import announce
from app.views.widgets.change_notifier import DataChangeNotifier
from app.views.widgets.error_text import error_text
from app.views.widgets.tasks import TaskRunner

logger = logging.getLogger(__name__)

# How often to ask the server whether another desktop has sent something (the issue asks for 30 s at most).
DEFAULT_POLL_MS = 15_000
SYNC_SHORTCUT = "Ctrl+Shift+S"  # F5 is Refresh already


class SyncController(QObject):
    """Owns the Sync menu, toolbar and status bar part of a main window."""

    state_changed = Signal()
    synced = Signal(object)  # SyncReport, after every successful sync
    failed = Signal(str)  # the sentence, after every failed sync

    def __init__(
        self,
        *,
        ctx: ServiceContext,
        tasks: TaskRunner,
        notifier: DataChangeNotifier,
        window: QMainWindow,
        poll_ms: int = DEFAULT_POLL_MS,
    ) -> None:
        super().__init__(window)
        self.ctx, self.tasks, self.notifier, self.window = ctx, tasks, notifier, window
        self.runner = TaskRunner(self, max_threads=1)
        self.local: LocalSyncState | None = None
        self.reachable: bool | None = None
        self.problem: str | None = None
        self.running = False
        self.checking = False
        self.last_announcement = ""
        self._announced_problem: str | None = None
        self._local_wanted = False
        self.conflicts_dialog: ConflictsDialog | None = None

        self.sync_action = QAction(self.tr("Sync &now"), window)
        self.sync_action.setShortcut(QKeySequence(SYNC_SHORTCUT))
        self.sync_action.setIcon(window.style().standardIcon(QStyle.StandardPixmap.SP_BrowserReload))
        self.sync_action.setToolTip(self.tr("Send your changes and receive everyone else's ({keys})").format(
            keys=QKeySequence(SYNC_SHORTCUT).toString(QKeySequence.SequenceFormat.NativeText)
        ))  # fmt: skip
        self.sync_action.triggered.connect(lambda: self.sync_now())
        self.conflicts_action = QAction(self.tr("&Conflicts…"), window)
        self.conflicts_action.triggered.connect(self.open_conflicts)
        self.settings_action = QAction(self.tr("Server &settings…"), window)
        self.settings_action.triggered.connect(self.open_settings)
        self.menu = QMenu(self.tr("&Sync"), window)
        for action in (self.sync_action, self.conflicts_action, self.settings_action):
            self.menu.addAction(action)

        self.toolbar = QToolBar(self.tr("Sync"), window)
        self.toolbar.setObjectName("sync_toolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.addAction(self.sync_action)
        window.addToolBar(self.toolbar)
        self.sync_button = self.toolbar.widgetForAction(self.sync_action)
        assert isinstance(self.sync_button, QToolButton)
        self.sync_button.setAccessibleName(self.tr("Sync with the server now"))

        self.status = SyncStatusWidget(window.statusBar())
        window.statusBar().addPermanentWidget(self.status)
        self.status.conflicts_button.clicked.connect(self.open_conflicts)
        self.status.settings_button.clicked.connect(self.open_settings)

        self.timer = QTimer(self)
        self.timer.setInterval(poll_ms)
        self.timer.timeout.connect(self.check_now)
        notifier.changed.connect(lambda _changed: self.refresh_local())
        self._show()
        self.refresh_local(then_check=True)
        self.timer.start()

    # -- what the controller knows
    @property
    def server_url(self) -> str | None:
        return self.ctx.installation.server_url

    @property
    def can_sync(self) -> bool:
        return self.local is None or self.local.syncs

    @property
    def idle(self) -> bool:
        return self.runner.idle and not self.running and not self.checking

    def _show(self) -> None:
        configured = bool(self.server_url)
        self.sync_action.setEnabled(self.can_sync and not self.running)
        self.conflicts_action.setEnabled(self.can_sync)
        view = SyncView(self.local, configured, self.running, self.reachable, self.problem, self.ctx.now())
        self.status.show_view(view)
        self.state_changed.emit()

    def _announce(self, text: str, *, timeout_ms: int = 10_000, assertive: bool = False) -> None:
        """In the status bar's message area and to the screen reader."""
        self.last_announcement = text
        self.window.statusBar().showMessage(text, timeout_ms)
        announce(self.status.label, text, assertive=assertive)

    # -- the local state (cheap: three small queries on the local file)
    def refresh_local(self, *, then_check: bool = False) -> None:
        if self._local_wanted and not then_check:
            return
        self._local_wanted = True
        self.runner.run(
            lambda: local_state(self.ctx), lambda state: self._local_read(state, then_check), self._failed_read
        )

    def _local_read(self, state: LocalSyncState, then_check: bool) -> None:
        self._local_wanted = False
        self.local = state
        self._show()
        if then_check:
            self.check_now()

    def _failed_read(self, exc: BaseException) -> None:
        self._local_wanted = False
        logger.warning("could not read the sync state: %s", error_text(exc, "reading the sync state"))

    # -- automatic sync: a cheap check, then a sync when the server has something new or changes wait here
    def check_now(self) -> None:
        url = self.server_url
        if self.running or self.checking or not url or not self.can_sync:
            return
        self.checking = True
        self.runner.run(lambda: (check_for_changes(url), local_state(self.ctx)), self._checked, self._check_failed)

    def _checked(self, result: tuple[ServerCheck, LocalSyncState]) -> None:
        check, self.local = result
        self.checking = False
        if not check.reachable or check.problem:
            self._set_problem(check.problem or "", reachable=check.reachable)
        elif check.newest > self.local.cursor or self.local.pending:
            self.sync_now(automatic=True)
            return
        elif self.reachable is False:
            self._set_problem(None, reachable=True)
            self._announce(self.tr("The server can be reached again."))
        self.reachable = check.reachable
        self._show()

    def _check_failed(self, exc: BaseException) -> None:
        self.checking = False
        self._set_problem(error_text(exc, "checking the sync server"), reachable=None)
        self._show()

    def _set_problem(self, sentence: str | None, *, reachable: bool | None) -> None:
        """Remember a failure; say it once (a server that stays away is not announced every poll)."""
        self.problem, self.reachable = sentence, reachable
        if sentence is None:
            self._announced_problem = None
        elif sentence != self._announced_problem:
            self._announced_problem = sentence
            self._announce(sentence, timeout_ms=0, assertive=True)

    # -- one sync
    def sync_now(self, *, automatic: bool = False) -> None:
        """Start a sync unless one runs; without a server, offer the settings (when a person asked)."""
        if self.running or not self.can_sync:
            return
        url = self.server_url
        if not url:
            if not automatic:
                self.open_settings()
            return
        self.running = True
        self._show()
        if not automatic:
            self._announce(self.tr("Syncing with the server…"), timeout_ms=0)
        self.runner.run(
            lambda: self._run(url),
            lambda result: self._synced(*result, automatic),
            lambda exc: self._sync_failed(exc, automatic),
        )

    def _run(self, url: str) -> tuple[SyncReport, int]:
        """On the worker: the sync, and how many of this desktop's saves it sent (the report counts fields)."""
        waiting = local_state(self.ctx).pending
        report = run_sync(self.ctx, url)
        return report, max(waiting - local_state(self.ctx).pending, 0)

    def _synced(self, report: SyncReport, sent: int, automatic: bool) -> None:
        self.running = False
        self._set_problem(None, reachable=True)
        if not automatic or report.pushed or report.pulled or report.conflicts or report.refused:
            self._announce(self.report_text(report, sent))
        self.refresh_local()
        self._show()
        self.synced.emit(report)

    def _sync_failed(self, exc: BaseException, automatic: bool) -> None:
        self.running = False
        sentence = error_text(exc, "syncing")
        if not automatic:  # a person asked: answer them even if the same failure was said before
            self._announced_problem = None
        self._set_problem(sentence, reachable=not is_unreachable(exc))
        self.refresh_local()
        self._show()
        self.failed.emit(sentence)

    def report_text(self, report: SyncReport, sent: int) -> str:
        received = sum(len(ids) for ids in report.changed.values())
        if sent or received:
            text = self.tr("Synced. Sent: {sent}. Updated here: {received}.").format(sent=sent, received=received)
        else:
            text = self.tr("Synced: nothing new.")
        new = report.conflicts + report.refused
        if new:
            text += " " + self.tr("New conflicts to look at: {n} (Sync ▸ Conflicts).").format(n=new)
        elif report.open_conflicts:
            text += " " + self.tr("Conflicts still waiting for you: {n}.").format(n=report.open_conflicts)
        return text

    # -- dialogs
    def open_conflicts(self) -> ConflictsDialog:
        dialog = self.conflicts_dialog
        if dialog is None or not shiboken6.isValid(dialog):
            dialog = ConflictsDialog(ctx=self.ctx, tasks=self.tasks, notifier=self.notifier, parent=self.window)
            self.synced.connect(lambda _report, d=dialog: d.reload() if shiboken6.isValid(d) else None)
            self.conflicts_dialog = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def open_settings(self) -> ServerSettingsDialog:
        dialog = ServerSettingsDialog(ctx=self.ctx, tasks=self.tasks, parent=self.window)
        dialog.saved.connect(lambda _url: self.server_changed())
        dialog.open()
        return dialog

    def server_changed(self) -> None:
        """A new address: forget what the old server said and ask the new one at once."""
        self.reachable = None
        self._set_problem(None, reachable=None)
        self._announce(self.tr("Sync server saved.") if self.server_url else self.tr("Sync is off: no server is set."))
        self.refresh_local(then_check=True)

    def shutdown(self) -> None:
        """The window closes: no new checks, and a running sync finishes before the database is closed."""
        self.timer.stop()
        self.runner.shutdown()

"""The sync part of the status bar: when the last sync was, what waits to be sent, whether the server is there."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QDateTime, QLocale, QTimeZone
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QSizePolicy, QStyle, QWidget

from app.sync.status import LocalSyncState


@dataclass(frozen=True)
class SyncView:
    """Everything the status bar shows about sync, decided by the controller."""

    local: LocalSyncState | None
    configured: bool
    running: bool
    reachable: bool | None  # None: not asked yet
    problem: str | None  # the last failure's sentence, while it lasts
    now: datetime


def local_time_text(moment: datetime, now: datetime) -> str:
    """'10:42' today, '2 Mar 10:42' on another day, in this computer's time zone."""
    shown = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()), QTimeZone.systemTimeZone())
    today = QDateTime.fromSecsSinceEpoch(int(now.timestamp()), QTimeZone.systemTimeZone()).date()
    locale = QLocale()
    if shown.date() == today:
        return locale.toString(shown, "HH:mm")
    return locale.toString(shown, "d MMM HH:mm")


class SyncStatusWidget(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)  # run_sync reports no steps: a moving bar says it is working
        self.progress.setMaximumWidth(90)
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(self.tr("Syncing with the server"))
        self.progress.hide()
        self.label = QLabel(self)
        self.conflicts_button = QPushButton(self)
        self.conflicts_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning))
        self.conflicts_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.conflicts_button.hide()
        self.settings_button = QPushButton(self.tr("Server settings…"), self)
        self.settings_button.setAccessibleName(self.tr("Set the sync server"))
        self.settings_button.hide()
        layout.addWidget(self.progress)
        layout.addWidget(self.label)
        layout.addWidget(self.conflicts_button)
        layout.addWidget(self.settings_button)

    def show_view(self, view: SyncView) -> None:
        text = self.describe(view)
        self.label.setText(text)
        self.label.setAccessibleName(self.tr("Sync status: {status}").format(status=text))
        self.label.setToolTip(view.problem or "")
        self.progress.setVisible(view.running)
        self.settings_button.setVisible(view.local is not None and view.local.syncs and not view.configured)
        conflicts = view.local.open_conflicts if view.local is not None else 0
        self.conflicts_button.setVisible(conflicts > 0)
        if conflicts:
            label = self.tr("1 conflict") if conflicts == 1 else self.tr("{n} conflicts").format(n=conflicts)
            self.conflicts_button.setText(label)
            self.conflicts_button.setAccessibleName(
                self.tr("Open the list of sync conflicts ({count})").format(count=label)
            )

    def describe(self, view: SyncView) -> str:
        local = view.local
        if local is None:
            return self.tr("Sync: checking…")
        if not local.syncs:
            return self.tr("Working on the shared database directly: nothing to sync")
        if not view.configured:
            return self.tr("Not syncing: no server is set")
        parts = []
        if view.running:
            parts.append(self.tr("Syncing…"))
        elif local.last_sync is None:
            parts.append(self.tr("Not synced yet"))
        else:
            parts.append(self.tr("Synced {time}").format(time=local_time_text(local.last_sync, view.now)))
        if local.pending == 0:
            parts.append(self.tr("no changes waiting to be sent"))
        elif local.pending == 1:
            parts.append(self.tr("1 change waiting to be sent"))
        else:
            parts.append(self.tr("{n} changes waiting to be sent").format(n=local.pending))
        if view.reachable is False:
            parts.append(self.tr("Server unreachable — changes are kept here"))
        elif view.problem:
            parts.append(self.tr("Sync stopped — changes are kept here"))
        return " · ".join(parts)

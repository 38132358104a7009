"""The main window (a skeleton until the coordinator desktop lands): a summary of programmes and pairings."""

from __future__ import annotations

from collections import Counter

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QVBoxLayout, QWidget

from app.services.context import ServiceContext
from app.services.pairings import list_pairings
from app.services.programmes import list_programmes


class MainWindow(QMainWindow):
    def __init__(self, *, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.setWindowTitle(self.tr("Mentor Coordinator"))
        self.resize(900, 600)

        central = QWidget(self)
        layout = QVBoxLayout(central)
        self.heading = QLabel(self.tr("Mentor Coordinator"), central)
        self.heading.setAccessibleName(self.tr("Application title"))
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        self.heading.setFont(font)
        self.summary = QLabel(central)
        self.summary.setAccessibleName(self.tr("Summary of programmes and pairings"))
        self.summary.setWordWrap(True)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addStretch(1)
        self.setCentralWidget(central)

        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        self.menuBar().addMenu(self.tr("&File")).addAction(quit_action)
        self.refresh()

    def refresh(self) -> None:
        programmes = list_programmes(self._ctx)
        counts = Counter(row.health for row in list_pairings(self._ctx, status=["proposed", "active"]))
        self.summary.setText(
            self.tr(
                "{programmes} programmes · {active} open pairings: {on_track} on track, "
                "{attention} need attention, {stalled} stalled, {proposed} proposed"
            ).format(
                programmes=len(programmes),
                active=sum(counts.values()),
                on_track=counts["on_track"],
                attention=counts["needs_attention"],
                stalled=counts["stalled"],
                proposed=counts["proposed"],
            )
        )

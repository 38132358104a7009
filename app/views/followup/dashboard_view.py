"""The Dashboard tab: a programme's figures, a 12-week chart of pairings needing care, and the same as a table.

Every figure is text; the chart has its table right beside it and an accessible description with every value, and
the two series differ by fill pattern and by label, never by colour alone.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPaintEvent, QPen, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.services.core.context import ServiceContext
from app.services.followup.dashboard import ProgrammeDashboard, Rate, WaitingPairing, WeekPoint, all_dashboards
from app.views.widgets.error_text import error_text
from app.views.widgets.form_helpers import MessageBanner, chain_tab_order, list_table
from app.views.widgets.labels import format_datetime, pairing_status_label
from app.views.widgets.row_table_model import Column, RowSortProxyModel, RowTableModel
from app.views.widgets.tasks import TaskRunner

# Dark enough for 3:1 against white (the chart's background) and for white text; the series also differ by pattern.
STALLED_COLOUR = "#8E1A1F"
ATTENTION_COLOUR = "#6B3A00"


class TrendTableModel(RowTableModel[WeekPoint]):
    def columns(self) -> Sequence[Column[WeekPoint]]:
        return (
            Column(self.tr("Week ending"), lambda p: p.week_ending.isoformat(), lambda p: p.week_ending.toordinal()),
            Column(self.tr("Stalled"), lambda p: str(p.stalled), lambda p: p.stalled),
            Column(self.tr("Needs attention"), lambda p: str(p.needs_attention), lambda p: p.needs_attention),
        )

    def summary(self, row: WeekPoint) -> str:
        return self.tr("Week ending {week}: {stalled} stalled, {attention} need attention").format(
            week=row.week_ending.isoformat(), stalled=row.stalled, attention=row.needs_attention
        )


class WaitingTableModel(RowTableModel[WaitingPairing]):
    def columns(self) -> Sequence[Column[WaitingPairing]]:
        return (
            Column(self.tr("Mentor"), lambda w: w.mentor_name),
            Column(self.tr("Mentee"), lambda w: w.mentee_name),
            Column(self.tr("Since"), lambda w: format_datetime(w.since), lambda w: w.since.timestamp()),
            Column(self.tr("Days"), lambda w: str(w.days), lambda w: w.days),
        )


class TrendChart(QWidget):
    """Grouped bars per week: stalled (solid) and needs attention (hatched), each with its number written on top."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.points: list[WeekPoint] = []
        self.setMinimumHeight(220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Chart: stalled and needs-attention pairings over the last 12 weeks"))
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)

    def sizeHint(self) -> QSize:
        return QSize(640, 260)

    def set_points(self, points: list[WeekPoint]) -> None:
        self.points = list(points)
        self.setAccessibleDescription(self.text_equivalent())
        self.setToolTip(self.text_equivalent())
        self.update()

    def text_equivalent(self) -> str:
        if not self.points:
            return self.tr("No figures yet.")
        return "; ".join(
            self.tr("week ending {week}: {stalled} stalled, {attention} need attention").format(
                week=p.week_ending.isoformat(), stalled=p.stalled, attention=p.needs_attention
            )
            for p in self.points
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        text = QColor("#1F2937")
        metrics = painter.fontMetrics()
        line = metrics.height()
        legend_y = 4
        x = 8
        for label, colour, pattern in (
            (self.tr("Stalled (solid)"), STALLED_COLOUR, Qt.BrushStyle.SolidPattern),
            (self.tr("Needs attention (hatched)"), ATTENTION_COLOUR, Qt.BrushStyle.BDiagPattern),
        ):
            swatch = QRectF(x, legend_y, line, line)
            painter.setPen(QPen(QColor(colour), 1.5))
            painter.setBrush(QBrush(QColor(colour), pattern))
            painter.drawRect(swatch)
            painter.setPen(text)
            painter.drawText(int(x + line + 6), int(legend_y + metrics.ascent()), label)
            x += line + 18 + metrics.horizontalAdvance(label)
        if not self.points:
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No figures yet."))
            return
        top, bottom = legend_y + line + line + 4, self.height() - line - 8
        left, right = 8.0, self.width() - 8.0
        peak = max(1, *(max(p.stalled, p.needs_attention) for p in self.points))
        group = (right - left) / len(self.points)
        bar = max(4.0, group * 0.34)
        painter.setPen(QPen(text, 1))
        painter.drawLine(int(left), int(bottom), int(right), int(bottom))
        for i, point in enumerate(self.points):
            x0 = left + i * group + (group - 2 * bar) / 2
            for j, (value, colour, pattern) in enumerate(
                (
                    (point.stalled, STALLED_COLOUR, Qt.BrushStyle.SolidPattern),
                    (point.needs_attention, ATTENTION_COLOUR, Qt.BrushStyle.BDiagPattern),
                )
            ):
                height = (bottom - top) * value / peak
                rect = QRectF(x0 + j * bar, bottom - height, bar - 2, height)
                painter.setPen(QPen(QColor(colour), 1.5))
                painter.setBrush(QBrush(QColor(colour), pattern))
                painter.drawRect(rect)
                painter.setPen(text)
                painter.drawText(
                    QRectF(rect.x() - 6, rect.y() - line, rect.width() + 12, line),
                    Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                    str(value),
                )
            painter.drawText(
                QRectF(left + i * group, bottom + 2, group, line),
                Qt.AlignmentFlag.AlignHCenter,
                point.week_ending.strftime("%d.%m"),
            )


class DashboardView(QWidget):
    """One programme at a time (chosen in the combo box), loaded in the background."""

    def __init__(self, *, ctx: ServiceContext, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.tasks = ctx, tasks
        self.has_loaded = False
        self.boards: list[ProgrammeDashboard] = []
        self.setAccessibleName(self.tr("Dashboard"))
        layout = QVBoxLayout(self)
        self.banner = MessageBanner(self)
        layout.addWidget(self.banner)
        top = QHBoxLayout()
        label = QLabel(self.tr("Pro&gramme:"), self)
        self.programme_combo = QComboBox(self)
        self.programme_combo.setAccessibleName(self.tr("Programme"))
        label.setBuddy(self.programme_combo)
        self.programme_combo.currentIndexChanged.connect(self._show_current)
        top.addWidget(label)
        top.addWidget(self.programme_combo, 1)
        layout.addLayout(top)

        self.figures = QLabel(self)
        self.figures.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                             | Qt.TextInteractionFlag.TextSelectableByMouse)  # fmt: skip
        self.figures.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.figures.setWordWrap(True)
        self.figures.setAccessibleName(self.tr("Programme figures"))
        layout.addWidget(self.figures)

        trend_box = QGroupBox(self.tr("Pairings needing care, last 12 weeks"), self)
        trend_layout = QHBoxLayout(trend_box)
        self.chart = TrendChart(trend_box)
        self.trend_model = TrendTableModel(self)
        trend_proxy = RowSortProxyModel(self)
        trend_proxy.setSourceModel(self.trend_model)
        self.trend_table = list_table(trend_proxy, self.tr("The chart's figures as a table"), trend_box)
        trend_layout.addWidget(self.chart, 3)
        trend_layout.addWidget(self.trend_table, 2)
        layout.addWidget(trend_box, 2)

        lists = QGridLayout()
        self.pending_label = QLabel(self)
        self.pending_model = WaitingTableModel(self)
        pending_proxy = RowSortProxyModel(self)
        pending_proxy.setSourceModel(self.pending_model)
        self.pending_table = list_table(pending_proxy, self.tr("Proposals waiting more than 7 days"), self)
        self.pending_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.never_label = QLabel(self)
        self.never_model = WaitingTableModel(self)
        never_proxy = RowSortProxyModel(self)
        never_proxy.setSourceModel(self.never_model)
        self.never_table = list_table(never_proxy, self.tr("Active pairings that never met"), self)
        self.never_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        lists.addWidget(self.pending_label, 0, 0)
        lists.addWidget(self.never_label, 0, 1)
        lists.addWidget(self.pending_table, 1, 0)
        lists.addWidget(self.never_table, 1, 1)
        layout.addLayout(lists, 2)
        chain_tab_order(
            [self.programme_combo, self.figures, self.chart, self.trend_table, self.pending_table, self.never_table]
        )

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.has_loaded:
            self.reload()

    def reload(self) -> None:
        self.has_loaded = True
        self.tasks.run(lambda: all_dashboards(self.ctx), self._loaded, self._failed)

    def _loaded(self, boards: list[ProgrammeDashboard]) -> None:
        chosen = self.programme_combo.currentData()
        self.boards = boards
        self.programme_combo.blockSignals(True)
        self.programme_combo.clear()
        for board in boards:
            self.programme_combo.addItem(board.programme_name, board.programme)
        index = max(0, self.programme_combo.findData(chosen)) if chosen else 0
        self.programme_combo.setCurrentIndex(index if boards else -1)
        self.programme_combo.blockSignals(False)
        self._show_current()

    def _failed(self, exc: BaseException) -> None:
        self.banner.show_error(error_text(exc, "loading the dashboard"))

    def current(self) -> ProgrammeDashboard | None:
        index = self.programme_combo.currentIndex()
        return self.boards[index] if 0 <= index < len(self.boards) else None

    def _rate(self, name: str, rate: Rate) -> str:
        if rate.rate is None:
            return self.tr("{name}: no figures yet").format(name=name)
        return self.tr("{name}: {percent} % ({count} of {out_of})").format(
            name=name, percent=round(rate.rate * 100), count=rate.count, out_of=rate.out_of
        )

    def _show_current(self) -> None:
        board = self.current()
        if board is None:
            self.figures.setText(self.tr("No programme to show yet."))
            self.chart.set_points([])
            self.trend_model.set_rows([])
            self.pending_model.set_rows([])
            self.never_model.set_rows([])
            return
        statuses = ", ".join(
            f"{pairing_status_label(code)}: {count}" for code, count in board.pairings_by_status.items()
        )
        lines = [
            self.tr("Pairings by status — {statuses}").format(statuses=statuses),
            self._rate(self.tr("Meetings held"), board.completion),
            self._rate(self.tr("No-shows"), board.no_show),
            self._rate(self.tr("Proposals declined"), board.decline),
        ]
        self.figures.setText("\n".join(lines))
        self.chart.set_points(board.trend)
        self.trend_model.set_rows(board.trend)
        self.pending_label.setText(
            self.tr("Waiting more than 7 days for an answer: {count}").format(count=board.pending_too_long_total)
        )
        self.pending_model.set_rows(board.pending_too_long)
        self.never_label.setText(self.tr("Active, never met: {count}").format(count=len(board.never_met)))
        self.never_model.set_rows(board.never_met)

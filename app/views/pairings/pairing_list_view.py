"""A pairing list: counts per status, filters (text, status, programme, unit), a sortable table, and its actions."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QModelIndex, QSize, Qt, Signal, SignalInstance
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.services.pairings.overview import PairingListRow
from app.views.pairings.pairing_filter_proxy import PairingFilterProxyModel
from app.views.pairings.pairing_table_model import OVERVIEW_COLUMNS, PairingColumn, PairingTableModel
from app.views.widgets.error_text import error_text
from app.views.widgets.form_helpers import MessageBanner, list_table, set_column_widths
from app.views.widgets.health_style import health_icon
from app.views.widgets.labels import health_label, sort_text
from app.views.widgets.roles import ROW_ROLE
from app.views.widgets.tasks import TaskRunner

Loader = Callable[[], list[PairingListRow]]


class PairingListView(QWidget):
    """Loads its rows off the GUI thread with `loader`; emits the chosen pairing's id to open or dissolve it."""

    open_requested = Signal(str)
    dissolve_requested = Signal(str)
    loaded = Signal(int)

    def __init__(
        self,
        *,
        loader: Loader,
        tasks: TaskRunner,
        clock: Callable[[], datetime],
        statuses: tuple[str, ...],
        title: str,
        empty_text: str,
        columns: tuple[PairingColumn, ...] = OVERVIEW_COLUMNS,
        can_dissolve: bool = False,
        show_filters: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._loader, self._tasks, self._clock = loader, tasks, clock
        self._statuses, self._empty_text, self._can_dissolve = statuses, empty_text, can_dissolve
        self._loading = False
        self._reload_wanted = False
        self.has_loaded = False
        self.model = PairingTableModel(columns=columns, parent=self)
        self.proxy = PairingFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)

        layout = QVBoxLayout(self)
        self.count_buttons: dict[str, QToolButton] = {}
        counts = QHBoxLayout()
        for code in statuses:
            button = QToolButton(self)
            button.setCheckable(True)
            button.setIcon(health_icon(code))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.toggled.connect(lambda on, code=code: self._count_toggled(code, on))
            self.count_buttons[code] = button
            counts.addWidget(button)
        counts.addStretch(1)
        self.shown_label = QLabel(self)
        counts.addWidget(self.shown_label)
        layout.addLayout(counts)

        filters = QHBoxLayout()
        filter_widgets: list[QWidget] = []
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(self.tr("Name, programme, stage…"))
        self.filter_edit.setAccessibleName(self.tr("Filter {title} by text").format(title=title))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.proxy.set_text)
        self.status_combo = self._combo(self.tr("Filter by status"))
        self.status_combo.addItem(self.tr("All statuses"), "")
        for code in statuses:
            self.status_combo.addItem(health_icon(code), health_label(code), code)
        self.status_combo.currentIndexChanged.connect(self._status_chosen)
        self.programme_combo = self._combo(self.tr("Filter by programme"))
        self.programme_combo.currentIndexChanged.connect(
            lambda: self.proxy.set_programme(self.programme_combo.currentData())
        )
        self.unit_combo = self._combo(self.tr("Filter by unit"))
        self.unit_combo.currentIndexChanged.connect(lambda: self.proxy.set_unit(self.unit_combo.currentData()))
        self.clear_button = QPushButton(self.tr("C&lear filters"), self)
        self.clear_button.setAccessibleName(self.tr("Clear filters"))
        self.clear_button.clicked.connect(self.clear_filters)
        for label_text, widget in (
            (self.tr("Filte&r:"), self.filter_edit),
            (self.tr("S&tatus:"), self.status_combo),
            (self.tr("Pro&gramme:"), self.programme_combo),
            (self.tr("U&nit:"), self.unit_combo),
        ):
            label = QLabel(label_text, self)
            label.setBuddy(widget)
            filter_widgets += [label, widget]
            filters.addWidget(label)
            filters.addWidget(widget, 2 if widget is self.filter_edit else 1)
        filters.addWidget(self.clear_button)
        layout.addLayout(filters)
        if not show_filters:
            for hidden in [*filter_widgets, self.clear_button, *self.count_buttons.values()]:
                hidden.hide()

        self.banner = MessageBanner(self)
        layout.addWidget(self.banner)
        self.table = list_table(self.proxy, title, self)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicatorShown(True)
        # The widths were chosen at a 10 pt font: they grow with the system's text size (200 % doubles them).
        scale = max(1.0, self.table.fontMetrics().height() / 17)
        set_column_widths(self.table, [round(width * scale) for width in self._widths(columns)])
        size = round(16 * scale)
        self.table.setIconSize(QSize(size, size))
        # Most urgent first: the status column sorts by severity, then by how long nothing happened.
        first = PairingColumn.CLOSED if PairingColumn.CLOSED in columns else PairingColumn.HEALTH
        order = Qt.SortOrder.DescendingOrder if first == PairingColumn.CLOSED else Qt.SortOrder.AscendingOrder
        self.table.sortByColumn(columns.index(first), order)
        self.table.activated.connect(self._activated)
        self.table.selectionModel().currentRowChanged.connect(self._update_buttons)
        layout.addWidget(self.table, 1)

        actions = QHBoxLayout()
        self.open_button = QPushButton(self.tr("&Open details"), self)
        self.open_button.setAccessibleName(self.tr("Open details of the selected pairing"))
        self.open_button.clicked.connect(lambda: self._emit_selected(self.open_requested))
        actions.addWidget(self.open_button)
        self.dissolve_button = QPushButton(self.tr("&Dissolve…"), self)
        self.dissolve_button.setAccessibleName(self.tr("Dissolve the selected pairing"))
        self.dissolve_button.clicked.connect(lambda: self._emit_selected(self.dissolve_requested))
        self.dissolve_button.setVisible(can_dissolve)
        actions.addWidget(self.dissolve_button)
        actions.addStretch(1)
        layout.addLayout(actions)

        QShortcut(
            QKeySequence(Qt.Key.Key_Escape),
            self.filter_edit,
            self.filter_edit.clear,
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        if can_dissolve:  # Delete on the table; Ctrl+D is the window's Pairing menu
            QShortcut(
                QKeySequence(QKeySequence.StandardKey.Delete),
                self.table,
                lambda: self._emit_selected(self.dissolve_requested),
                context=Qt.ShortcutContext.WidgetShortcut,
            )
        self.proxy.layoutChanged.connect(self._update_counts)
        self.proxy.modelReset.connect(self._update_counts)
        self._update_counts()
        self._update_buttons()

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(name)
        # Narrow enough for the filter row to fit at 200 % (the open list still shows whole names).
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(10)
        return combo

    @staticmethod
    def _widths(columns: tuple[PairingColumn, ...]) -> list[int]:
        wide = {PairingColumn.STAGE: 250, PairingColumn.PENDING: 340, PairingColumn.PROGRAMME: 180}
        narrow = {PairingColumn.UNIT: 120, PairingColumn.CLOSED: 110, PairingColumn.HEALTH: 160}
        return [wide.get(c) or narrow.get(c) or 165 for c in columns]

    # -- loading
    def reload(self) -> None:
        """Fetch the rows again off the GUI thread; a reload asked for while one runs happens right after it."""
        if self._loading:
            self._reload_wanted = True
            return
        self._loading = True
        if not self.has_loaded:
            # Shown (and announced to screen readers) from the first paint until the rows arrive.
            self.banner.show_message(self.tr("Loading pairings…"), "note")
        self._tasks.run(self._loader, self._rows_loaded, self._load_failed)

    def _rows_loaded(self, rows: list[PairingListRow]) -> None:
        self._loading = False
        self.has_loaded = True
        if self.banner.kind == "error":  # an earlier failure is over
            self.banner.clear_message()
        self.set_rows(rows)
        self.loaded.emit(len(rows))
        if self._reload_wanted:
            self._reload_wanted = False
            self.reload()

    def _load_failed(self, exc: BaseException) -> None:
        self._loading = False
        self.banner.show_error(self.tr("The list could not be loaded: {reason}").format(reason=error_text(exc)))

    def set_rows(self, rows: list[PairingListRow]) -> None:
        current = self.selected_row()
        self.model.set_rows(rows, now=self._clock())
        self._fill_choices(
            self.programme_combo, self.tr("All programmes"), {(r.programme, r.programme_name) for r in rows}
        )
        self._fill_choices(self.unit_combo, self.tr("All units"), {(r.unit, r.unit_name) for r in rows if r.unit})
        if current is not None:
            self.select_pairing(current.id)
        self._update_counts()

    @staticmethod
    def _fill_choices(combo: QComboBox, everything: str, choices: set[tuple[str | None, str | None]]) -> None:
        kept = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, "")
        for value, text in sorted(choices, key=lambda c: sort_text(c[1])):
            combo.addItem(text or "", value)
        index = combo.findData(kept) if kept else 0
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)
        if index < 0:
            combo.currentIndexChanged.emit(0)

    def set_empty_text(self, text: str) -> None:
        """What the list says when there is nothing to show at all."""
        self._empty_text = text
        self._update_counts()

    # -- filters and counts
    def focus_filter(self) -> None:
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    def clear_filters(self) -> None:
        self.filter_edit.clear()
        for combo in (self.status_combo, self.programme_combo, self.unit_combo):
            combo.setCurrentIndex(0)

    def _status_chosen(self) -> None:
        code = self.status_combo.currentData() or None
        self.proxy.set_health(code)
        for other, button in self.count_buttons.items():
            button.blockSignals(True)
            button.setChecked(other == code)
            button.blockSignals(False)

    def _count_toggled(self, code: str, on: bool) -> None:
        index = self.status_combo.findData(code if on else "")
        self.status_combo.setCurrentIndex(max(index, 0))

    def _update_counts(self) -> None:
        counts = self.model.health_counts()
        for code, button in self.count_buttons.items():
            text = self.tr("{status}: {count}").format(status=health_label(code), count=counts.get(code, 0))
            if button.text() != text:  # setting equal text still re-lays out the bar, on every keystroke
                button.setText(text)
                button.setAccessibleName(self.tr("{counts}. Show only these").format(counts=text))
        total, shown = self.model.rowCount(), self.proxy.rowCount()
        self.shown_label.setText(self.tr("Showing {shown} of {total}").format(shown=shown, total=total))
        if not self.has_loaded:
            return
        if total == 0:
            self.banner.show_message(self._empty_text, "note")
        elif shown == 0:
            self.banner.show_message(
                self.tr("No pairings match the filters. Clear the filters to see them all."), "note"
            )
        elif self.banner.kind == "note":
            self.banner.clear_message()
        self._update_buttons()

    # -- selection and actions
    def selected_row(self) -> PairingListRow | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        row = index.data(ROW_ROLE)
        return row if isinstance(row, PairingListRow) else None

    def select_pairing(self, pairing_id: str) -> bool:
        for proxy_row in range(self.proxy.rowCount()):
            index = self.proxy.index(proxy_row, 0)
            if index.data(ROW_ROLE).id == pairing_id:
                self.table.setCurrentIndex(index)
                self.table.selectRow(proxy_row)
                return True
        return False

    def _activated(self, index: QModelIndex) -> None:
        row = index.data(ROW_ROLE)
        if isinstance(row, PairingListRow):
            self.open_requested.emit(row.id)

    def _emit_selected(self, signal: SignalInstance) -> None:
        row = self.selected_row()
        if row is not None:
            signal.emit(row.id)

    def _update_buttons(self) -> None:
        row = self.selected_row()
        self.open_button.setEnabled(row is not None)
        self.dissolve_button.setEnabled(row is not None and row.status in ("proposed", "active"))

"""The Conflicts dialog: every change the server did not take as written, in words, with Keep mine / Keep theirs."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QHeaderView, QLabel, QPushButton, QVBoxLayout, QWidget

from app.services.core.context import ServiceContext
from app.sync.conflicts import ConflictRow, list_conflicts, resolve_conflict
from app.views.sync.conflict_table_model import ConflictTableModel
from app.views.widgets.change_notifier import DataChangeNotifier
from app.views.widgets.error_text import error_text
from app.views.widgets.form_helpers import MessageBanner, chain_tab_order, list_table
from app.views.widgets.tasks import TaskRunner

logger = logging.getLogger(__name__)


class ConflictsDialog(QDialog):
    """Not modal: a coordinator may look something up in the window before choosing."""

    resolved = Signal(object)  # the ConflictRow just resolved

    def __init__(
        self, *, ctx: ServiceContext, tasks: TaskRunner, notifier: DataChangeNotifier, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx, self.tasks = ctx, tasks
        self.has_loaded = False
        self.busy = False
        self._reload_wanted = False
        self.setWindowTitle(self.tr("Sync conflicts"))
        self.setAccessibleName(self.tr("Sync conflicts"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(860, 420)

        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "These changes could not be applied as written: the same value was changed on another computer, "
                "or the server refused the change. Nothing is lost; choose what to keep for each."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.banner = MessageBanner(self)
        layout.addWidget(self.banner)
        self.model = ConflictTableModel(self)
        self.table = list_table(self.model, self.tr("Open conflicts"), self)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._selection_changed())
        self.model.modelReset.connect(self._selection_changed)
        layout.addWidget(self.table, 1)
        self.choices_label = QLabel(self)
        self.choices_label.setWordWrap(True)
        layout.addWidget(self.choices_label)

        buttons = QHBoxLayout()
        self.keep_mine_button = QPushButton(self.tr("Keep &mine"), self)
        self.keep_mine_button.setAccessibleName(self.tr("Keep my value for the selected conflict"))
        self.keep_mine_button.clicked.connect(lambda: self.resolve_selected("local"))
        self.keep_theirs_button = QPushButton(self.tr("Keep &theirs"), self)
        self.keep_theirs_button.setAccessibleName(self.tr("Keep the server's value for the selected conflict"))
        self.keep_theirs_button.clicked.connect(lambda: self.resolve_selected("server"))
        self.close_button = QPushButton(self.tr("&Close"), self)
        self.close_button.setAccessibleName(self.tr("Close the list of conflicts"))
        self.close_button.clicked.connect(self.reject)
        buttons.addWidget(self.keep_mine_button)
        buttons.addWidget(self.keep_theirs_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        chain_tab_order([self.table, self.keep_mine_button, self.keep_theirs_button, self.close_button])
        self._selection_changed()

        notifier.changed.connect(lambda _changed: self.reload())
        self.table.setFocus()
        self.reload()

    # -- loading
    def reload(self) -> None:
        if self.busy:  # a resolution is under way: reload once it is done
            self._reload_wanted = True
            return
        self.busy = True
        self._reload_wanted = False
        self.tasks.run(lambda: list_conflicts(self.ctx), self._loaded, self._load_failed)

    def _loaded(self, rows: list[ConflictRow]) -> None:
        self.busy = False
        self.has_loaded = True
        current = self.selected_row()
        self.model.set_rows(rows)
        if rows:
            if self.banner.kind == "note":
                self.banner.clear_message()
            ids = [r.id for r in rows]
            self.table.selectRow(ids.index(current.id) if current is not None and current.id in ids else 0)
        elif self.banner.kind != "info":
            self.banner.show_message(
                self.tr("No conflicts: everything you changed reached the server as you wrote it."), "note"
            )
        if not rows and self.table.hasFocus():
            self.close_button.setFocus()
        self._selection_changed()
        if self._reload_wanted:
            self.reload()

    def _load_failed(self, exc: BaseException) -> None:
        self.busy = False
        self.banner.show_error(error_text(exc, "listing sync conflicts"))
        self._selection_changed()

    # -- choosing
    def selected_row(self) -> ConflictRow | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row()):
            return None
        return self.model.row_at(index.row())

    def _selection_changed(self) -> None:
        row = self.selected_row()
        enabled = row is not None and not self.busy
        self.keep_mine_button.setEnabled(enabled)
        self.keep_theirs_button.setEnabled(enabled)
        self.choices_label.setText(self.model.choices_text(row) if row is not None else "")

    def resolve_selected(self, keep: str) -> None:
        row = self.selected_row()
        if row is None or self.busy:
            return
        self.busy = True
        self._selection_changed()
        self.tasks.run(
            lambda: resolve_conflict(self.ctx, row.id, keep),
            lambda resolved: self._resolved(resolved, keep),
            self._resolve_failed,
        )

    def _resolved(self, row: ConflictRow, keep: str) -> None:
        self.busy = False
        if keep == "local":
            text = self.tr("Kept yours: {subject} will be sent again at the next sync.").format(subject=row.subject)
        else:
            text = self.tr("Took theirs: {subject} now matches the server.").format(subject=row.subject)
        self.banner.show_message(text, "info")
        self.resolved.emit(row)
        self.reload()

    def _resolve_failed(self, exc: BaseException) -> None:
        self.busy = False
        self.banner.show_error(error_text(exc, "resolving a sync conflict"))
        self._selection_changed()
        self.reload()

"""The match widget: pick a mentee (or a mentor with free places), filter, compare and pair ranked candidates."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.core.context import ServiceContext
from app.services.matching.matching import MatchInput, load_matching, rank_mentees, rank_mentors
from app.services.pairings.corrections import withdraw_proposal
from app.services.programmes.programmes import list_programmes
from app.services.settings.catalogue import list_specialisations
from app.views.matching.candidate_table_model import CandidateRow, CandidateTableModel, ExcludedTableModel
from app.views.matching.match_dialogs import CompareDialog, CreatePairingDialog
from app.views.matching.match_filters_panel import MatchFiltersPanel
from app.views.matching.match_labels import filter_label, reason_text, specialisation_names
from app.views.widgets.announce import confirm
from app.views.widgets.error_text import error_text
from app.views.widgets.focus_frame import mark_focused_cell
from app.views.widgets.form_helpers import set_column_widths
from app.views.widgets.session_undo import SessionUndo
from app.views.widgets.tasks import TaskRunner

logger = logging.getLogger(__name__)
MATCHABLE = ("matching", "active")
# Candidates listed at once; the heading says how many passed the filters in all.
SHOWN = 50


class MatchWidget(QWidget):
    """Candidates re-rank in-process on every filter change (the engine is pure and fast); loads run off-thread."""

    pairing_created = Signal(str)

    def __init__(self, *, ctx: ServiceContext, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.tasks = ctx, tasks
        self.data: MatchInput | None = None
        self.spec_names: dict[str, str] = {}
        layout = QVBoxLayout(self)

        top = QHBoxLayout()
        self.programme = self._combo(self.tr("Programme"), top)
        self.mode = self._combo(self.tr("Start from"), top)
        self.mode.addItem(self.tr("A waiting mentee"), "mentee")
        self.mode.addItem(self.tr("A mentor with free places"), "mentor")
        self.person = self._combo(self.tr("Person"), top, stretch=2)
        self.person.setEditable(True)
        # The typing field inside is its own element to a screen reader (AT-SPI showed it unnamed).
        self.person.lineEdit().setAccessibleName(self.tr("Person: type to find"))
        self.person.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.person.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.person.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        layout.addLayout(top)

        self.filters = MatchFiltersPanel(self)
        layout.addWidget(self.filters)

        self.heading = QLabel(self)
        self.heading.setAccessibleName(self.tr("Candidates heading"))
        layout.addWidget(self.heading)
        self.model = CandidateTableModel(self)
        self.table = self._table(self.model, self.tr("Ranked candidates"))
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        layout.addWidget(self.table, 3)

        self.excluded_summary = QLabel(self)
        self.excluded_summary.setWordWrap(True)
        self.excluded_summary.setAccessibleName(self.tr("Why others were left out"))
        self.show_excluded = QPushButton(self.tr("Show &left-out mentors"), self)
        self.show_excluded.setCheckable(True)
        self.show_excluded.setAccessibleName(self.tr("Show left-out mentors"))
        why = QHBoxLayout()
        why.addWidget(self.excluded_summary, 1)
        why.addWidget(self.show_excluded)
        layout.addLayout(why)
        self.excluded_model = ExcludedTableModel(self)
        self.excluded_table = self._table(self.excluded_model, self.tr("Left-out mentors and why"))
        self.excluded_table.setVisible(False)
        layout.addWidget(self.excluded_table, 2)

        buttons = QHBoxLayout()
        self.compare_button = self._button(self.tr("Comp&are…"), buttons, self.compare)
        self.create_button = self._button(self.tr("&Create pairing…"), buttons, self.create_pairing)
        buttons.addStretch(1)
        self.cohort_button = self._button(self.tr("Propose a coho&rt…"), buttons, self.review_cohort)
        layout.addLayout(buttons)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Matching status"))
        layout.addWidget(self.status)

        self.has_loaded = False
        self.undo: SessionUndo | None = None  # the window's session undo, set by the main window
        self.programme.currentIndexChanged.connect(lambda _i: self._load_programme())
        self.mode.currentIndexChanged.connect(lambda _i: self._fill_people())
        self.person.currentIndexChanged.connect(lambda _i: self.rerank())
        self.filters.changed.connect(self.rerank)
        self.show_excluded.toggled.connect(self.excluded_table.setVisible)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.table.doubleClicked.connect(lambda _index: self.create_pairing())
        QShortcut(QKeySequence("Ctrl+Return"), self.table, self.create_pairing)
        self._update_buttons()

    # -- building blocks
    def _combo(self, label: str, layout: QHBoxLayout, stretch: int = 1) -> QComboBox:
        caption = QLabel(label + ":", self)
        combo = QComboBox(self)
        combo.setAccessibleName(label)
        caption.setBuddy(combo)
        layout.addWidget(caption)
        layout.addWidget(combo, stretch)
        return combo

    def _table(self, model: CandidateTableModel | ExcludedTableModel, name: str) -> QTableView:
        table = QTableView(self)
        table.setModel(model)
        table.setAccessibleName(name)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setTabKeyNavigation(False)
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setStretchLastSection(True)
        # Fixed widths: sizing columns to their contents would ask for every cell on each re-rank.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        set_column_widths(table, model.column_widths())
        table.setWordWrap(False)
        mark_focused_cell(table)
        return table

    def _button(self, text: str, layout: QHBoxLayout, slot: object) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(text.replace("&", "").replace("…", ""))
        button.clicked.connect(slot)
        layout.addWidget(button)
        return button

    # -- loading
    def reload(self) -> None:
        """Fill the programme choice (programmes in matching or active state), then load the chosen one."""
        self.has_loaded = True
        self.tasks.run(
            lambda: [p for p in list_programmes(self.ctx) if p.state in MATCHABLE],
            self._programmes_loaded,
            self._failed,
        )

    def _programmes_loaded(self, programmes: list) -> None:  # type: ignore[type-arg]
        current = self.programme.currentData()
        self.programme.blockSignals(True)
        self.programme.clear()
        for p in programmes:
            self.programme.addItem(p.name, p.id)
        index = max(0, self.programme.findData(current))
        self.programme.setCurrentIndex(index)
        self.programme.blockSignals(False)
        if not programmes:
            self.status.setText(
                self.tr(
                    "No programme is in matching or active state. Move a programme to "
                    "matching in the Programmes section to start pairing."
                )
            )
        self._load_programme()

    def _load_programme(self) -> None:
        programme = self.programme.currentData()
        if programme is None:
            self.data = None
            self._fill_people()
            return

        def load() -> tuple[MatchInput, dict[str, str]]:
            names = specialisation_names(list_specialisations(self.ctx))
            return load_matching(self.ctx, programme), names

        self.status.setText(self.tr("Loading candidates…"))
        self.tasks.run(load, self._loaded, self._failed)

    def _loaded(self, result: tuple[MatchInput, dict[str, str]]) -> None:
        self.data, self.spec_names = result
        offered = sorted(
            {s for m in self.data.mentors for s in m.specialisations},
            key=lambda k: self.spec_names.get(k, k).casefold(),
        )
        self.filters.set_specialisations([(k, self.spec_names.get(k, k)) for k in offered])
        self.status.setText("")
        self._fill_people()

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(error_text(exc, "loading matching data"))

    def _fill_people(self) -> None:
        current = self.person.currentData()
        self.person.blockSignals(True)
        self.person.clear()
        data = self.data
        if data is not None and self.mode.currentData() == "mentee":
            for mentee_id in sorted(data.waiting, key=lambda i: data.names.get(i, "").casefold()):
                self.person.addItem(data.names.get(mentee_id, mentee_id), mentee_id)
        elif data is not None:
            free = [m for m in data.mentors if m.eligible and m.remaining_capacity > 0]
            for mentor in sorted(free, key=lambda m: m.name.casefold()):
                self.person.addItem(
                    self.tr("{name} ({free} of {capacity} free)").format(
                        name=mentor.name, free=mentor.remaining_capacity, capacity=mentor.capacity
                    ),
                    mentor.id,
                )
        self.person.setCurrentIndex(max(0, self.person.findData(current)))
        self.person.blockSignals(False)
        self.rerank()

    # -- ranking
    def rerank(self) -> None:
        """Rank again for the current person and filters (pure computation on the loaded data)."""
        person = self.person.currentData()
        mentor_mode = self.mode.currentData() == "mentor"
        self.model.set_person_header(self.tr("Mentee") if mentor_mode else self.tr("Mentor"))
        if self.data is None or person is None:
            self.model.set_rows([])
            self.excluded_model.set_rows([])
            self.heading.setText(
                self.tr("No waiting mentees.")
                if self.data is not None and not mentor_mode
                else self.tr("No mentors with free places.")
                if self.data is not None
                else ""
            )
            self.excluded_summary.setText("")
            self._update_buttons()
            return
        filters = self.filters.filters()
        if mentor_mode:
            found, total = rank_mentees(self.data, person, filters, top=SHOWN)
            rows = [
                CandidateRow(i, r.mentee, r.mentee_name, r.score, r.reasons, reason_text(r.reasons, self.spec_names))
                for i, r in enumerate(found, start=1)
            ]
            self.excluded_model.set_rows([])
            self.excluded_summary.setText("")
        else:
            result = rank_mentors(self.data, person, filters, top=SHOWN)
            rows = [
                CandidateRow(i, s.mentor, s.mentor_name, s.score, s.reasons, reason_text(s.reasons, self.spec_names))
                for i, s in enumerate(result.suggestions, start=1)
            ]
            self.excluded_model.set_rows(result.excluded_mentors)
            counts = [
                self.tr("{filter}: {count}").format(filter=filter_label(name), count=count)
                for name, count in result.excluded.items()
            ]
            self.excluded_summary.setText(
                self.tr("Left out — {counts}").format(counts=", ".join(counts))
                if counts
                else self.tr("No filter is on.")
            )
        self.model.set_rows(rows[:SHOWN])
        name = self.data.names.get(person, "")
        if not mentor_mode:
            total = len(self.data.mentors) - sum(result.excluded.values())
        if total > SHOWN:
            self.heading.setText(
                self.tr("The best {shown} of {count} candidates for {name}").format(shown=SHOWN, count=total, name=name)
            )
        else:
            self.heading.setText(self.tr("{count} candidates for {name}").format(count=total, name=name))
        self._update_buttons()

    def selected_rows(self) -> list[CandidateRow]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.row_at(r) for r in rows]

    def _update_buttons(self) -> None:
        count = len(self.selected_rows()) if self.table.selectionModel() else 0
        self.create_button.setEnabled(count == 1)
        self.compare_button.setEnabled(2 <= count <= 3)
        self.cohort_button.setEnabled(self.data is not None)

    # -- actions
    def _pair(self, row: CandidateRow) -> tuple[str, str]:
        person = str(self.person.currentData())
        return (person, row.person_id) if self.mode.currentData() == "mentor" else (row.person_id, person)

    def create_pairing(self) -> CreatePairingDialog | None:
        rows = self.selected_rows()
        if len(rows) != 1 or self.data is None:
            return None
        mentor, mentee = self._pair(rows[0])
        dialog = CreatePairingDialog(
            ctx=self.ctx,
            tasks=self.tasks,
            programme=self.data.programme_id,
            mentor=mentor,
            mentee=mentee,
            names=self.data.names,
            score=rows[0].score,
            reasons=rows[0].reasons,
            spec_names=self.spec_names,
            parent=self,
        )
        names = (self.data.names.get(mentor, ""), self.data.names.get(mentee, ""))
        dialog.created.connect(lambda pairing_id: self._created(pairing_id, *names))
        dialog.open()
        return dialog

    def _created(self, pairing_id: str, mentor: str = "", mentee: str = "") -> None:
        text = self.tr(
            "Pairing proposed: {mentor} mentors {mentee}. It is in the Pairings list (Ctrl+1); Ctrl+Z withdraws it."
        ).format(mentor=mentor, mentee=mentee)
        self.status.setText(text)
        if self.undo is not None:
            self.undo.push(
                self.tr("proposal of {mentor} and {mentee}").format(mentor=mentor, mentee=mentee),
                lambda: withdraw_proposal(self.ctx, pairing_id),
                self.tr("Undone: the proposal of {mentor} and {mentee} is withdrawn.").format(
                    mentor=mentor, mentee=mentee
                ),
            )
        self.pairing_created.emit(pairing_id)
        confirm(self, text)
        self._load_programme()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def compare(self) -> CompareDialog | None:
        rows = self.selected_rows()
        if not 2 <= len(rows) <= 3:
            return None
        dialog = CompareDialog(rows=rows, spec_names=self.spec_names, parent=self)
        dialog.pair_requested.connect(self.pair_with)
        dialog.open()
        return dialog

    def pair_with(self, person_id: str) -> CreatePairingDialog | None:
        """From the comparison: select that candidate alone, then propose the pairing as Create pairing does."""
        for row in range(self.model.rowCount()):
            if self.model.row_at(row).person_id == person_id:
                self.table.clearSelection()
                self.table.selectRow(row)
                return self.create_pairing()
        return None

    def review_cohort(self) -> QWidget | None:
        from app.views.matching.cohort_review_dialog import CohortReviewDialog

        if self.data is None:
            return None
        dialog = CohortReviewDialog(
            ctx=self.ctx,
            tasks=self.tasks,
            programme=self.data.programme_id,
            filters=self.filters.filters(),
            spec_names=self.spec_names,
            parent=self,
        )
        dialog.accepted_pairs.connect(lambda _ids: self._load_programme())
        dialog.open()
        return dialog

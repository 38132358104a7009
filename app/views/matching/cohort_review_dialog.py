"""Review a cohort proposal: see and clear its filters, read each pair's reasons in full, pin or reject pairs, run it
again, and accept all or some as proposed pairings."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.matching import MatchFilters
from app.services.core.context import ServiceContext
from app.services.core.rows import PairingRow
from app.services.matching.matching import CohortProposal, ProposalRow, accept_pairs, propose_cohort_for
from app.views.matching.cohort_filters import CohortFiltersBox
from app.views.matching.match_labels import reason_text
from app.views.widgets.error_text import error_text
from app.views.widgets.labels import format_number
from app.views.widgets.row_table_model import Column, RowTableModel
from app.views.widgets.tasks import TaskRunner

Pair = tuple[str, str]
WHY = 4  # the reasons column


class ProposalTableModel(RowTableModel[ProposalRow]):
    def __init__(self, spec_names: Mapping[str, str], parent: QWidget | None = None) -> None:
        self._spec_names = spec_names
        super().__init__(parent)

    def columns(self) -> Sequence[Column[ProposalRow]]:
        return (
            Column(self.tr("Pinned"), lambda r: self.tr("Pinned") if r.pinned else ""),
            Column(self.tr("Mentor"), lambda r: r.mentor_name),
            Column(self.tr("Mentee"), lambda r: r.mentee_name),
            Column(self.tr("Score"), lambda r: format_number(r.score), sort_key=lambda r: r.score),
            Column(self.tr("Why"), lambda r: reason_text(r.reasons, self._spec_names)),
        )

    def summary(self, row: ProposalRow) -> str:
        pinned = self.tr(" (pinned)") if row.pinned else ""
        return self.tr("{mentor} with {mentee}{pinned}, score {score}. {why}").format(
            mentor=row.mentor_name,
            mentee=row.mentee_name,
            pinned=pinned,
            score=format_number(row.score),
            why=reason_text(row.reasons, self._spec_names),
        )


class CohortReviewDialog(QDialog):
    accepted_pairs = Signal(list)

    def __init__(
        self,
        *,
        ctx: ServiceContext,
        tasks: TaskRunner,
        programme: str,
        filters: MatchFilters,
        spec_names: Mapping[str, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.tasks, self.programme = ctx, tasks, programme
        self.pinned: set[Pair] = set()
        self.rejected_pairs: set[Pair] = set()
        self.proposal: CohortProposal | None = None
        self.busy = False
        self.setWindowTitle(self.tr("Cohort proposal"))
        self.setAccessibleName(self.tr("Cohort proposal"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        layout = QVBoxLayout(self)
        # The match widget's filters carry over (they are what the coordinator chose there), but never silently:
        # each is named here and can be cleared, and the proposal runs again without it before anything is accepted.
        self.filter_box = CohortFiltersBox(filters, spec_names, self)
        self.filter_box.changed.connect(self.run)
        layout.addWidget(self.filter_box)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Proposal summary"))
        layout.addWidget(self.summary)
        self.model = ProposalTableModel(spec_names, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Proposed pairs"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        # The reasons are never cut short: the Why column takes the free width and its text wraps onto more lines.
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(WHY, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table, 1)
        # The selected pair as sentences a screen reader reads, and that can be selected and copied.
        self.details = QPlainTextEdit(self)
        self.details.setReadOnly(True)
        self.details.setTabChangesFocus(True)
        self.details.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.details.setAccessibleName(self.tr("The selected pair in full"))
        self.details.setPlaceholderText(self.tr("Select a pair to read why it is proposed."))
        self.details.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        layout.addWidget(self.details)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Message"))
        layout.addWidget(self.message)

        row = QHBoxLayout()
        self.pin_button = self._button(self.tr("&Pin / unpin"), row, self.toggle_pin)
        self.reject_button = self._button(self.tr("&Reject"), row, self.reject_selected)
        self.rerun_button = self._button(self.tr("Run a&gain"), row, self.run)
        row.addStretch(1)
        self.accept_selected_button = self._button(
            self.tr("Accept &selected"), row, lambda: self.accept_rows(self.selected())
        )
        self.accept_all_button = self._button(self.tr("Accept &all"), row, lambda: self.accept_rows(self.model.rows))
        self.close_button = self._button(self.tr("Close"), row, self.reject)
        layout.addLayout(row)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_details())
        self.resize(960, 560)
        self.table.setFocus()  # the keyboard on the proposal; the dialog's description reads the filters out
        self.run()

    def _button(self, text: str, layout: QHBoxLayout, slot: object) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(text.replace("&", ""))
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        layout.addWidget(button)
        return button

    def selected(self) -> list[ProposalRow]:
        return [self.model.row_at(r) for r in sorted({i.row() for i in self.table.selectionModel().selectedRows()})]

    def _update_buttons(self) -> None:
        has_rows, chosen = bool(self.model.rows), bool(self.selected())
        for button in (self.pin_button, self.reject_button, self.accept_selected_button):
            button.setEnabled(chosen and not self.busy)
        self.accept_all_button.setEnabled(has_rows and not self.busy)
        self.rerun_button.setEnabled(not self.busy)
        self.filter_box.set_enabled_for_work(not self.busy)

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self.busy = busy
        self.message.setText(text)
        self._update_buttons()

    # -- proposal
    def run(self) -> None:
        pinned, rejected = sorted(self.pinned), sorted(self.rejected_pairs)
        self._set_busy(True, self.tr("Working out the best cohort…"))
        self.tasks.run(
            lambda: propose_cohort_for(
                self.ctx, self.programme, filters=self.filter_box.filters(), pinned=pinned, rejected=rejected
            ),
            self._proposed,
            self._failed,
        )

    def _proposed(self, proposal: CohortProposal) -> None:
        self.proposal = proposal
        # Grouped by mentor, so a coordinator sees each mentor's new mentees together.
        self.model.set_rows(
            sorted(proposal.proposals, key=lambda r: (r.mentor_name.casefold(), r.mentee_name.casefold()))
        )
        waiting = proposal.matched + len(proposal.unmatched)
        self.summary.setText(
            self.tr(
                "{filters} {matched} of {waiting} waiting mentees matched, total score {total}. "
                "{pinned} pinned, {rejected} rejected."
            ).format(
                filters=self.filter_box.in_words(),
                matched=proposal.matched,
                waiting=waiting,
                total=format_number(proposal.total_score),
                pinned=len(self.pinned),
                rejected=len(self.rejected_pairs),
            )
        )
        # Read by a screen reader when the dialog opens: the filters first, then the outcome.
        self.setAccessibleDescription(self.summary.text())
        self._show_details()
        self._set_busy(False)

    def _show_details(self) -> None:
        index = self.table.currentIndex()
        self.details.setPlainText(self.model.summary(self.model.row_at(index.row())) if index.isValid() else "")

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False, error_text(exc, "proposing a cohort"))

    def toggle_pin(self) -> None:
        for row in self.selected():
            pair = (row.mentor, row.mentee)
            if pair in self.pinned:
                self.pinned.discard(pair)
            else:
                self.pinned.add(pair)
        self.run()

    def reject_selected(self) -> None:
        for row in self.selected():
            pair = (row.mentor, row.mentee)
            self.rejected_pairs.add(pair)
            self.pinned.discard(pair)
        self.run()

    # -- accepting
    def accept_rows(self, rows: Sequence[ProposalRow]) -> None:
        if not rows or self.busy:
            return
        pairs = [(r.mentor, r.mentee) for r in rows]
        self._set_busy(True, self.tr("Creating {count} proposed pairings…").format(count=len(pairs)))
        self.tasks.run(lambda: accept_pairs(self.ctx, self.programme, pairs), self._accepted, self._failed)

    def _accepted(self, rows: list[PairingRow]) -> None:
        self._set_busy(False)
        self.accepted_pairs.emit([r.id for r in rows])
        self.accept()

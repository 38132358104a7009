"""Dialogs of the match widget: confirm a new pairing with its score and reasons; compare candidates side by side."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.core.context import ServiceContext
from app.services.core.rows import PairingRow
from app.services.matching.matching import accept_pairs
from app.views.matching.candidate_table_model import CandidateRow
from app.views.matching.match_labels import reason_text, score_breakdown
from app.views.widgets.labels import format_number, format_short, slot_label
from app.views.widgets.service_dialog import ServiceDialog
from app.views.widgets.tasks import TaskRunner

Index = QModelIndex | QPersistentModelIndex


class GridTableModel(QAbstractTableModel):
    """A fixed grid of text: one row per aspect, one column per candidate (read-only)."""

    def __init__(self, headers: Sequence[str], rows: Sequence[tuple[str, Sequence[str]]], parent: Any = None) -> None:
        super().__init__(parent)
        self._headers, self._rows = list(headers), list(rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return self._rows[section][0] if 0 <= section < len(self._rows) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows) or index.column() >= len(self._headers):
            return None
        aspect, values = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return values[index.column()]
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{self._headers[index.column()]}, {aspect}: {values[index.column()]}"
        return None


def _place(reasons: Mapping[str, Any]) -> str:
    value = (reasons.get("geography_fit") or {}).get("value", 0)
    distance = reasons.get("distance_km")
    text = {1: "same municipality", 0.5: "same county"}.get(value, "another county")
    return text + (f", {format_short(distance)} km" if distance is not None else "")


class CompareDialog(QDialog):
    """Two or three candidates side by side: score parts, what they share, distance; pair with one of them."""

    pair_requested = Signal(str)  # the chosen candidate's person id

    def __init__(self, *, rows: Sequence[CandidateRow], spec_names: Mapping[str, str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Compare candidates"))
        self.setAccessibleName(self.tr("Compare candidates"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        aspects: list[tuple[str, list[str]]] = [(self.tr("Score"), [format_number(r.score) for r in rows])]
        for position, (label, *_rest) in enumerate(score_breakdown(rows[0].reasons)):
            aspects.append(
                (
                    label,
                    [
                        self.tr("{value} × {weight} = {contribution}").format(
                            value=format_short(score_breakdown(r.reasons)[position][1]),
                            weight=format_short(score_breakdown(r.reasons)[position][2]),
                            contribution=format_short(score_breakdown(r.reasons)[position][3]),
                        )
                        for r in rows
                    ],
                )
            )
        aspects += [
            (
                self.tr("Shared specialisations"),
                [
                    ", ".join(spec_names.get(k, k) for k in r.reasons.get("shared_specialisations", [])) or "—"
                    for r in rows
                ],
            ),
            (self.tr("Where"), [_place(r.reasons) for r in rows]),
            (
                self.tr("Shared weekly slots"),
                [", ".join(slot_label(s) for s in r.reasons.get("shared_slots", [])) or "—" for r in rows],
            ),
            (self.tr("In short"), [reason_text(r.reasons, spec_names) for r in rows]),
        ]
        self.model = GridTableModel([r.name for r in rows], aspects, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Candidates side by side"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, parent=self)
        buttons.rejected.connect(self.reject)
        self.pair_buttons: list[QPushButton] = []
        for number, row in enumerate(rows, start=1):
            button = buttons.addButton(
                self.tr("Pair with &{number}: {name}…").format(number=number, name=row.name),
                QDialogButtonBox.ButtonRole.ActionRole,
            )
            button.setAccessibleName(self.tr("Pair with {name}").format(name=row.name))
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, person=row.person_id: self._pair(person))
            self.pair_buttons.append(button)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("&Close"))
        close.setAccessibleName(self.tr("Close the comparison"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(820, 420)

    def _pair(self, person_id: str) -> None:
        self.accept()
        self.pair_requested.emit(person_id)


class CreatePairingDialog(ServiceDialog):
    """Shows the score and reasons that will be stored with the pairing; OK proposes it."""

    created = Signal(str)

    def __init__(
        self,
        *,
        ctx: ServiceContext,
        tasks: TaskRunner,
        programme: str,
        mentor: str,
        mentee: str,
        names: Mapping[str, str],
        score: float,
        reasons: Mapping[str, Any],
        spec_names: Mapping[str, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx=ctx, tasks=tasks, title=self.tr("Create pairing"), parent=parent)
        self.programme, self.mentor, self.mentee = programme, mentor, mentee
        question = QLabel(
            self.tr("Propose {mentor} as mentor for {mentee}?").format(
                mentor=names.get(mentor, ""), mentee=names.get(mentee, "")
            ),
            self,
        )
        question.setWordWrap(True)
        lines = [self.tr("Score {score}, made of:").format(score=format_number(score))]
        lines += [
            self.tr("• {part}: {value} × {weight} = {contribution}").format(
                part=part,
                value=format_short(value),
                weight=format_short(weight),
                contribution=format_short(contribution),
            )
            for part, value, weight, contribution in score_breakdown(reasons)
        ]
        lines.append(reason_text(reasons, spec_names))
        lines.append(self.tr("The score and these reasons are stored with the pairing."))
        self.details = QLabel("\n".join(lines), self)
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.details.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.details.setAccessibleName(self.tr("Score and reasons"))
        self.details.setAccessibleDescription("\n".join(lines))
        self.outer.addWidget(question)
        self.outer.addWidget(self.details)
        self.setMinimumWidth(520)
        self.ok_button.setText(self.tr("&Propose pairing"))
        self.ok_button.setAccessibleName(self.tr("Propose pairing"))
        self.finish_layout()
        self.setTabOrder(self.details, self.ok_button)
        self.setTabOrder(self.ok_button, self.cancel_button)
        self.ok_button.setFocus()

    def save(self) -> None:
        self.submit(lambda: accept_pairs(self.ctx, self.programme, [(self.mentor, self.mentee)]), "creating a pairing")

    def _saved(self, row: Any) -> None:
        rows: list[PairingRow] = row
        super()._saved(rows)
        self.created.emit(rows[0].id)

"""Table models of the match widget: ranked candidates, and the candidates a filter left out."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Qt

from app.services.matching.matching import ExcludedRow
from app.views.matching.match_labels import exclusion_detail_label, filter_label
from app.views.widgets.labels import format_number
from app.views.widgets.row_table_model import Column, RowTableModel


@dataclass(frozen=True)
class CandidateRow:
    """One ranked candidate (a mentor for a mentee, or a mentee for a mentor)."""

    rank: int
    person_id: str
    name: str
    score: float
    reasons: dict[str, Any]
    why: str


class CandidateTableModel(RowTableModel[CandidateRow]):
    def __init__(self, parent: QObject | None = None, *, person_header: str = "") -> None:
        self._person_header = person_header
        super().__init__(parent)

    def set_person_header(self, header: str) -> None:
        if header != self._person_header:
            self._person_header = header
            self._columns = self.columns()
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 1, 1)

    def columns(self) -> Sequence[Column[CandidateRow]]:
        return (
            Column(self.tr("Rank"), lambda r: str(r.rank), sort_key=lambda r: r.rank),
            Column(self._person_header or self.tr("Mentor"), lambda r: r.name),
            Column(self.tr("Score"), lambda r: format_number(r.score), sort_key=lambda r: r.score),
            Column(self.tr("Why"), lambda r: r.why),
        )

    @staticmethod
    def column_widths() -> tuple[int, ...]:
        return (60, 220, 70)

    def summary(self, row: CandidateRow) -> str:
        return self.tr("Number {rank}: {name}, score {score}. {why}").format(
            rank=row.rank, name=row.name, score=format_number(row.score), why=row.why
        )


class ExcludedTableModel(RowTableModel[ExcludedRow]):
    @staticmethod
    def column_widths() -> tuple[int, ...]:
        return (220, 160)

    def columns(self) -> Sequence[Column[ExcludedRow]]:
        return (
            Column(self.tr("Mentor"), lambda r: r.mentor_name),
            Column(self.tr("Left out by"), lambda r: filter_label(r.filter)),
            Column(self.tr("Reason"), lambda r: exclusion_detail_label(r.detail)),
        )

    def summary(self, row: ExcludedRow) -> str:
        return self.tr("{name} left out by {filter}: {reason}").format(
            name=row.mentor_name, filter=filter_label(row.filter), reason=exclusion_detail_label(row.detail)
        )

"""PairingTableModel: pairing list rows as a table, with status text, icon and colour, and a full-row summary."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from datetime import datetime
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from app.services.pairings.overview import PairingListRow
from app.views.matching.match_labels import reason_text
from app.views.widgets.health_style import active_theme, health_icon, style_for
from app.views.widgets.labels import days_ago_text, format_date, format_number, health_label, reason_label, sort_text
from app.views.widgets.roles import ROW_ROLE, SORT_ROLE

Index = QModelIndex | QPersistentModelIndex


class PairingColumn(StrEnum):
    MENTOR = "mentor"
    MENTEE = "mentee"
    STAGE = "stage"
    HEALTH = "health"
    PENDING = "pending"
    PROGRAMME = "programme"
    UNIT = "unit"
    LAST_ACTIVITY = "last_activity"
    CLOSED = "closed"
    REASON = "reason"
    MATCH = "match"


C = PairingColumn
OVERVIEW_COLUMNS = (C.MENTOR, C.MENTEE, C.STAGE, C.HEALTH, C.PROGRAMME, C.UNIT, C.LAST_ACTIVITY, C.MATCH)
ARCHIVE_COLUMNS = (C.MENTOR, C.MENTEE, C.HEALTH, C.CLOSED, C.REASON, C.PROGRAMME, C.UNIT)
MENTOR_VIEW_COLUMNS = (C.MENTEE, C.HEALTH, C.PENDING, C.PROGRAMME)


# Plain ints: `data()` runs for every painted cell and role, and enum look-ups there are measurable.
DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
DECORATION = int(Qt.ItemDataRole.DecorationRole.value)
TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
BACKGROUND = int(Qt.ItemDataRole.BackgroundRole.value)
FOREGROUND = int(Qt.ItemDataRole.ForegroundRole.value)
ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole.value)
ROW = int(ROW_ROLE.value) if hasattr(ROW_ROLE, "value") else int(ROW_ROLE)
SORT = int(SORT_ROLE.value) if hasattr(SORT_ROLE, "value") else int(SORT_ROLE)
ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
ANSWERED = frozenset({DISPLAY, DECORATION, TOOLTIP, BACKGROUND, FOREGROUND, ACCESSIBLE, ROW, SORT})


def _stamp(value: datetime | None) -> float:
    return value.timestamp() if value is not None else float("-inf")


SORT_KEYS: dict[PairingColumn, Callable[[PairingListRow], Any]] = {
    C.MENTOR: lambda r: (sort_text(r.mentor_name), sort_text(r.mentee_name)),
    C.MENTEE: lambda r: sort_text(r.mentee_name),
    C.STAGE: lambda r: (r.milestones_done, sort_text(r.stage)),
    C.HEALTH: lambda r: (style_for(r.health).severity, _stamp(r.last_activity_at or r.proposed_at)),
    C.PENDING: lambda r: len(r.pending_milestones),
    C.PROGRAMME: lambda r: sort_text(r.programme_name),
    C.UNIT: lambda r: sort_text(r.unit_name),
    C.LAST_ACTIVITY: lambda r: _stamp(r.last_activity_at or r.proposed_at),
    C.CLOSED: lambda r: _stamp(r.closed_at),
    C.REASON: lambda r: sort_text(reason_label(r.dissolution_reason)),
    C.MATCH: lambda r: r.score if r.score is not None else float("-inf"),
}


class PairingTableModel(QAbstractTableModel):
    """Holds a list of `PairingListRow`s; sorts itself by raw values (see `PairingFilterProxyModel`)."""

    def __init__(self, *, columns: tuple[PairingColumn, ...] = OVERVIEW_COLUMNS, parent: QObject | None = None):
        super().__init__(parent)
        self.columns = columns
        self._rows: list[PairingListRow] = []
        self._now: datetime | None = None
        self.generation = 0  # bumped when the rows are replaced
        self._match_cache: dict[str, str] = {}
        self._spec_names: dict[str, str] = {}
        self.ids: list[str] = []
        self.haystacks: list[str] = []
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._counts: Counter[str] = Counter()
        self._brushes: dict[tuple[str, str, int], QBrush] = {}  # (theme, health, role): the theme can change

    # -- data in
    def set_specialisation_names(self, names: dict[str, str]) -> None:
        """Catalogue names for the reasons column (keys are shown until they arrive)."""
        self._spec_names = dict(names)
        self._match_cache.clear()
        if self._rows and C.MATCH in self.columns:
            column = self.columns.index(C.MATCH)
            self.dataChanged.emit(self.index(0, column), self.index(len(self._rows) - 1, column))

    def set_rows(self, rows: list[PairingListRow], *, now: datetime) -> None:
        self.beginResetModel()
        self._now = now
        self._rows = list(rows)
        self._match_cache.clear()
        if self._sort is not None:
            self._rows.sort(key=SORT_KEYS[self.columns[self._sort[0]]], reverse=self._desc(self._sort[1]))
        self._reindex()
        self._counts = Counter(r.health for r in self._rows)
        self.generation += 1
        self.endResetModel()

    def _reindex(self) -> None:
        self.ids = [r.id for r in self._rows]
        self.haystacks = [
            " ".join((r.mentor_name, r.mentee_name, r.programme_name, r.stage or "", r.unit_name or "")).casefold()
            for r in self._rows
        ]

    @property
    def rows(self) -> list[PairingListRow]:
        """The rows in their current order (do not modify)."""
        return self._rows

    def row_at(self, row: int) -> PairingListRow:
        return self._rows[row]

    def health_counts(self) -> Counter[str]:
        return Counter(self._counts)

    # -- the table
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.header_text(self.columns[section])
        return None

    def header_text(self, column: PairingColumn) -> str:
        return {
            C.MENTOR: self.tr("Mentor"),
            C.MENTEE: self.tr("Mentee"),
            C.STAGE: self.tr("Stage (next milestone)"),
            C.HEALTH: self.tr("Status"),
            C.PENDING: self.tr("Pending milestones"),
            C.PROGRAMME: self.tr("Programme"),
            C.UNIT: self.tr("Unit"),
            C.LAST_ACTIVITY: self.tr("Last activity"),
            C.CLOSED: self.tr("Ended"),
            C.REASON: self.tr("Reason"),
            C.MATCH: self.tr("Why matched"),
        }[column]

    def flags(self, index: Index) -> Qt.ItemFlag:
        return ROW_FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        return self.cell(index.row(), index.column(), role)

    def cell(self, row_number: int, column_number: int, role: int) -> Any:
        """`data()` by row and column numbers (the proxy calls this directly, without making indexes)."""
        role = int(role)
        if role not in ANSWERED or not 0 <= row_number < len(self._rows) or not 0 <= column_number < len(self.columns):
            return None
        row = self._rows[row_number]
        column = self.columns[column_number]
        if role == DISPLAY:
            return self.cell_text(row, column)
        if role == ACCESSIBLE:
            return self.summary(row)
        if role == ROW:
            return row
        if role == SORT:
            return SORT_KEYS[column](row)
        if column == C.HEALTH:
            return self._health_data(row, role)
        if role == TOOLTIP:
            return self.cell_text(row, column) or None
        return None

    def _health_data(self, row: PairingListRow, role: int) -> Any:
        if role == DECORATION:
            return health_icon(row.health)
        if role in (BACKGROUND, FOREGROUND):
            key = (active_theme(), row.health, role)
            if key not in self._brushes:
                style = style_for(row.health)
                self._brushes[key] = QBrush(QColor(style.tint if role == BACKGROUND else style.text_colour))
            return self._brushes[key]
        if role == TOOLTIP:
            return self._activity_text(row)
        return None

    def cell_text(self, row: PairingListRow, column: PairingColumn) -> str:
        if column == C.MENTOR:
            return row.mentor_name
        if column == C.MENTEE:
            return row.mentee_name
        if column == C.STAGE:
            return self._stage_text(row)
        if column == C.HEALTH:
            return health_label(row.health)
        if column == C.PENDING:
            return ", ".join(row.pending_milestones) or self.tr("None")
        if column == C.PROGRAMME:
            return row.programme_name
        if column == C.UNIT:
            return row.unit_name or ""
        if column == C.LAST_ACTIVITY:
            return self._activity_text(row)
        if column == C.CLOSED:
            return format_date(row.closed_at)
        if column == C.MATCH:
            return self._match_text(row)
        return reason_label(row.dissolution_reason)

    def _match_text(self, row: PairingListRow) -> str:
        if row.score is None:
            return self.tr("Paired by hand")
        text = self._match_cache.get(row.id)
        if text is None:
            why = reason_text(row.reasons, self._spec_names)
            text = self.tr("Score {score}: {why}").format(score=format_number(row.score or 0), why=why)
            self._match_cache[row.id] = text
        return text

    def _stage_text(self, row: PairingListRow) -> str:
        if row.status == "proposed":
            return self.tr("Awaiting answer")
        if not row.milestones_total:
            return ""
        if row.stage is None:
            return self.tr("All milestones done")
        return self.tr("{stage} ({done} of {total} done)").format(
            stage=row.stage, done=row.milestones_done, total=row.milestones_total
        )

    def _activity_text(self, row: PairingListRow) -> str:
        moment = row.last_activity_at or row.proposed_at
        if moment is None or self._now is None:
            return ""
        days = (self._now - moment).days
        if row.last_activity_at is None:
            return self.tr("Proposed {when}").format(when=days_ago_text(days))
        return days_ago_text(days)

    def summary(self, row: PairingListRow) -> str:
        """Everything in the row as one sentence, for screen readers (Qt.AccessibleTextRole)."""
        parts = [
            self.tr("{mentor} mentors {mentee}").format(mentor=row.mentor_name, mentee=row.mentee_name),
            self.tr("status: {status}").format(status=health_label(row.health)),
        ]
        stage = self._stage_text(row)
        if stage:
            parts.append(self.tr("stage: {stage}").format(stage=stage))
        if C.PENDING in self.columns:
            parts.append(self.tr("pending milestones: {list}").format(list=self.cell_text(row, C.PENDING)))
        if row.closed_at is not None:
            parts.append(self.tr("ended {date}").format(date=format_date(row.closed_at)))
        if row.dissolution_reason:
            parts.append(self.tr("reason: {reason}").format(reason=reason_label(row.dissolution_reason)))
        activity = self._activity_text(row)
        if activity and row.closed_at is None:
            parts.append(self.tr("last activity: {when}").format(when=activity))
        parts.append(self.tr("programme: {name}").format(name=row.programme_name))
        if C.MATCH in self.columns:
            parts.append(self.tr("why matched: {why}").format(why=self._match_text(row)))
        return ", ".join(parts)

    # -- sorting by raw values
    @staticmethod
    def _desc(order: Qt.SortOrder) -> bool:
        return order == Qt.SortOrder.DescendingOrder

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """One C-level sort on precomputed keys: 5,000 rows in milliseconds, where a proxy's lessThan costs ~100×."""
        if not 0 <= column < len(self.columns):
            self._sort = None
            return
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        key = SORT_KEYS[self.columns[column]]
        keys = [key(r) for r in self._rows]
        order_list = sorted(range(len(self._rows)), key=keys.__getitem__, reverse=self._desc(order))
        new_position = [0] * len(order_list)
        for new, old in enumerate(order_list):
            new_position[old] = new
        self._rows = [self._rows[i] for i in order_list]
        self._reindex()
        before = self.persistentIndexList()
        after = [self.index(new_position[i.row()], i.column()) if i.isValid() else i for i in before]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

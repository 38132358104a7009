"""ProgrammeTableModel: programmes with their state, unit, template and thresholds."""

from __future__ import annotations

from collections.abc import Sequence

from app.services.core.choices import PROGRAMME_STATES
from app.services.core.rows import ProgrammeRow
from app.views.widgets.labels import programme_state_label
from app.views.widgets.row_table_model import Column, RowTableModel


class ProgrammeTableModel(RowTableModel[ProgrammeRow]):
    unit_names: dict[str, str] = {}

    def set_unit_names(self, names: dict[str, str]) -> None:
        self.unit_names = dict(names)

    def unit(self, row: ProgrammeRow) -> str:
        return self.unit_names.get(row.unit or "", "")

    def columns(self) -> Sequence[Column[ProgrammeRow]]:
        return (
            Column(self.tr("Programme"), lambda p: p.name),
            Column(
                self.tr("State"),
                lambda p: programme_state_label(p.state),
                lambda p: PROGRAMME_STATES.index(p.state) if p.state in PROGRAMME_STATES else -1,
            ),
            Column(self.tr("Unit"), self.unit),
            Column(self.tr("Milestones"), lambda p: str(len(p.milestones)), lambda p: len(p.milestones)),
            Column(self.tr("Default capacity"), lambda p: str(p.default_capacity), lambda p: p.default_capacity),
            Column(
                self.tr("Amber / red after"),
                lambda p: self.tr("{amber} / {red} days").format(amber=p.amber_days, red=p.red_days),
                lambda p: (p.amber_days, p.red_days),
            ),
        )

    def summary(self, row: ProgrammeRow) -> str:
        return self.tr(
            "{name}, {state}, unit {unit}, {milestones} milestones, default capacity {capacity}, "
            "needs attention after {amber} days and stalled after {red} days without activity"
        ).format(
            name=row.name,
            state=programme_state_label(row.state).lower(),
            unit=self.unit(row) or self.tr("none"),
            milestones=len(row.milestones),
            capacity=row.default_capacity,
            amber=row.amber_days,
            red=row.red_days,
        )

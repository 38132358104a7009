"""ConflictTableModel: each open conflict or refused change, in words, with what Keep mine / Keep theirs would do."""

from __future__ import annotations

from collections.abc import Sequence

from app.sync.conflicts import ConflictRow
from app.views.widgets.row_table_model import Column, RowTableModel


class ConflictTableModel(RowTableModel[ConflictRow]):
    def columns(self) -> Sequence[Column[ConflictRow]]:
        return (
            Column(self.tr("Kind"), self.kind_text),
            Column(self.tr("What happened"), lambda c: c.summary),
        )

    def kind_text(self, row: ConflictRow) -> str:
        return self.tr("Both changed") if row.kind == "field" else self.tr("Refused by the server")

    def summary(self, row: ConflictRow) -> str:
        return self.tr("{kind}: {what}").format(kind=self.kind_text(row), what=row.summary)

    def choices_text(self, row: ConflictRow) -> str:
        """What each button does for this row, in one sentence (shown under the list)."""
        if row.kind == "field":
            return self.tr(
                "Keep mine sends your value to the server at the next sync; Keep theirs takes the server's value here."
            )
        return self.tr(
            "Keep mine puts your change back and sends it again at the next sync (the server may refuse it again "
            "if nothing else changed); Keep theirs discards your change."
        )

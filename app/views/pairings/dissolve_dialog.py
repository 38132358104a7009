"""Dissolve a pairing: cannot be confirmed until a reason is chosen; both people become available again."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from app.services.core.choices import DISSOLUTION_REASONS
from app.services.core.context import ServiceContext
from app.services.pairings.pairings import dissolve_pairing
from app.views.widgets.form_helpers import chain_tab_order
from app.views.widgets.labels import reason_label
from app.views.widgets.service_dialog import ServiceDialog
from app.views.widgets.tasks import TaskRunner

NOTE_LIMIT = 200


class DissolveDialog(ServiceDialog):
    def __init__(
        self,
        *,
        ctx: ServiceContext,
        tasks: TaskRunner,
        pairing_id: str,
        mentor_name: str,
        mentee_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx=ctx, tasks=tasks, title=self.tr("Dissolve pairing"), parent=parent)
        self.pairing_id = pairing_id
        self.explanation = QLabel(
            self.tr(
                "Dissolving ends the pairing of {mentor} and {mentee}. Both become available for re-matching, "
                "and the pairing moves to the archive. This cannot be undone."
            ).format(mentor=mentor_name, mentee=mentee_name),
            self,
        )
        self.explanation.setWordWrap(True)
        self.outer.addWidget(self.explanation)
        form = QFormLayout()
        self.reason_combo = QComboBox(self)
        self.reason_combo.setAccessibleName(self.tr("Reason for dissolving (required)"))
        # A real first entry rather than a placeholder: screen readers on Linux read a combo box's current text.
        self.reason_combo.addItem(self.tr("Choose a reason…"), "")
        for code in DISSOLUTION_REASONS:
            self.reason_combo.addItem(reason_label(code), code)
        self.reason_combo.currentIndexChanged.connect(self.refresh_ok)
        self.note_edit = QLineEdit(self)
        self.note_edit.setMaxLength(NOTE_LIMIT)
        self.note_edit.setAccessibleName(self.tr("Note about the dissolution (optional, up to 200 characters)"))
        self.note_edit.setPlaceholderText(self.tr("Optional, up to 200 characters"))
        form.addRow(self.tr("&Reason (required):"), self.reason_combo)
        form.addRow(self.tr("&Note:"), self.note_edit)
        self.outer.addLayout(form)
        self.finish_layout()
        self.ok_button.setText(self.tr("&Dissolve pairing"))
        self.ok_button.setAccessibleName(self.tr("Dissolve pairing"))
        self.ok_button.setDefault(False)
        self.ok_button.setAutoDefault(False)
        self.cancel_button.setDefault(True)  # Enter on a half-filled form must not dissolve anything
        chain_tab_order([self.reason_combo, self.note_edit, self.ok_button, self.cancel_button])
        self.reason_combo.setFocus()
        self.refresh_ok()

    @property
    def reason(self) -> str | None:
        return self.reason_combo.currentData() or None

    def refresh_ok(self) -> None:
        ready = self.reason is not None and not self.busy
        self.ok_button.setEnabled(ready)
        self.ok_button.setToolTip("" if ready else self.tr("Choose a reason first"))

    def save(self) -> None:
        reason = self.reason
        if reason is None:
            self.banner.show_error(self.tr("Choose a reason for dissolving the pairing."))
            self.reason_combo.setFocus()
            return
        note = self.note_edit.text()
        self.submit(lambda: dissolve_pairing(self.ctx, self.pairing_id, reason, note), "dissolving a pairing")

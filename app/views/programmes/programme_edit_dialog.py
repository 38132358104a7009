"""Create or edit a programme: name, description, unit, state transitions, milestone template, thresholds, weights."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from app.services.core.choices import PROGRAMME_STATES
from app.services.core.context import ServiceContext
from app.services.core.rows import ProgrammeRow
from app.services.programmes.programmes import DEFAULT_WEIGHTS, create_programme, set_programme_state, update_programme
from app.services.settings.units import UnitRow
from app.views.programmes.milestone_template_editor import MilestoneTemplateEditor
from app.views.widgets.error_text import error_text
from app.views.widgets.form_helpers import chain_tab_order
from app.views.widgets.labels import programme_state_label
from app.views.widgets.service_dialog import ServiceDialog
from app.views.widgets.tasks import TaskRunner


def weight_names() -> dict[str, str]:
    return {
        "specialisation": QCoreApplication.translate("ProgrammeEditDialog", "Specialisation overlap"),
        "geography": QCoreApplication.translate("ProgrammeEditDialog", "Geography"),
        "availability": QCoreApplication.translate("ProgrammeEditDialog", "Shared availability"),
        "capacity": QCoreApplication.translate("ProgrammeEditDialog", "Free capacity"),
    }


class ProgrammeEditDialog(ServiceDialog):
    def __init__(
        self,
        *,
        ctx: ServiceContext,
        tasks: TaskRunner,
        units: list[UnitRow],
        programme: ProgrammeRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("New programme") if programme is None else self.tr("Edit {name}").format(name=programme.name)
        super().__init__(ctx=ctx, tasks=tasks, title=title, parent=parent)
        self.programme = programme
        self.resize(780, 640)
        columns = QHBoxLayout()
        general = QGroupBox(self.tr("Programme"), self)
        form = QFormLayout(general)
        self.name_edit = QLineEdit(programme.name if programme else "", self)
        self.name_edit.setAccessibleName(self.tr("Programme name"))
        self.name_edit.setMaxLength(200)
        form.addRow(self.tr("&Name (required):"), self.name_edit)
        self.description_edit = QPlainTextEdit(programme.description if programme else "", self)
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setAccessibleName(self.tr("Description"))
        self.description_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)  # 4 lines at any text size
        form.addRow(self.tr("&Description:"), self.description_edit)
        self.unit_combo = QComboBox(self)
        self.unit_combo.setEditable(programme is None)
        self.unit_combo.setAccessibleName(self.tr("Organisation unit"))
        if self.unit_combo.lineEdit() is not None:  # its typing field is its own element to a screen reader
            self.unit_combo.lineEdit().setAccessibleName(self.tr("Organisation unit: choose or type a new one"))
        self.unit_combo.addItem(self.tr("No unit"), "")
        for unit in units:
            self.unit_combo.addItem(unit.name, unit.id)
        if programme is not None:
            self.unit_combo.setCurrentIndex(max(self.unit_combo.findData(programme.unit or ""), 0))
        form.addRow(self.tr("&Unit:"), self.unit_combo)
        self.state_label = QLabel(self)
        self.state_button = QPushButton(self)
        self.state_button.setAutoDefault(False)
        self.state_button.clicked.connect(self.advance_state)
        state_row = QHBoxLayout()
        state_row.addWidget(self.state_label, 1)
        state_row.addWidget(self.state_button)
        form.addRow(self.tr("State:"), state_row)
        self.capacity_spin = self._spin(
            form, self.tr("Default &capacity:"), self.tr("Default capacity per mentor"), 1, 50
        )
        self.amber_spin = self._spin(
            form, self.tr("&Amber after (days):"), self.tr("Needs attention after days"), 1, 365
        )
        self.red_spin = self._spin(form, self.tr("&Red after (days):"), self.tr("Stalled after days"), 2, 730)
        self.capacity_spin.setValue(programme.default_capacity if programme else 2)
        self.amber_spin.setValue(programme.amber_days if programme else 14)
        self.red_spin.setValue(programme.red_days if programme else 28)
        columns.addWidget(general, 1)

        right = QGroupBox(self.tr("Matching weights"), self)
        weights_form = QFormLayout(right)
        self.weight_spins: dict[str, QDoubleSpinBox] = {}
        current = programme.weights if programme else DEFAULT_WEIGHTS
        for key, name in weight_names().items():
            spin = QDoubleSpinBox(self)
            spin.setRange(0, 100)
            spin.setSingleStep(0.5)
            spin.setValue(float(current.get(key, DEFAULT_WEIGHTS[key])))
            spin.setAccessibleName(self.tr("Weight: {name}").format(name=name))
            weights_form.addRow(name + ":", spin)
            self.weight_spins[key] = spin
        columns.addWidget(right)
        self.outer.addLayout(columns)
        template_box = QGroupBox(self.tr("Milestone template (new pairings get these milestones)"), self)
        self.template = MilestoneTemplateEditor(template_box)
        QHBoxLayout(template_box).addWidget(self.template)
        if programme is not None:
            self.template.set_milestones(programme.milestones)
        self.outer.addWidget(template_box, 1)
        self.finish_layout()
        self.ok_button.setText(self.tr("&Save"))
        self.ok_button.setAccessibleName(self.tr("Save the programme"))
        self._show_state(programme.state if programme else None)
        chain_tab_order(
            [
                self.name_edit,
                self.description_edit,
                self.unit_combo,
                self.state_button,
                self.capacity_spin,
                self.amber_spin,
                self.red_spin,
                *self.weight_spins.values(),
                *self.template.focus_order(),
                self.ok_button,
                self.cancel_button,
            ]
        )
        self.name_edit.setFocus()

    def _spin(self, form: QFormLayout, label: str, name: str, low: int, high: int) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setRange(low, high)
        spin.setAccessibleName(name)
        form.addRow(label, spin)
        return spin

    # -- state transitions happen at once, like in the CLI: they are decisions, not form fields
    def _show_state(self, state: str | None) -> None:
        if state is None:
            self.state_label.setText(self.tr("Draft (once saved)"))
            self.state_button.hide()
            return
        self.state_label.setText(programme_state_label(state))
        position = PROGRAMME_STATES.index(state)
        following = PROGRAMME_STATES[position + 1] if position + 1 < len(PROGRAMME_STATES) else None
        self.next_state = following
        self.state_button.setVisible(following is not None)
        if following is not None:
            text = self.tr("Move to “{state}”").format(state=programme_state_label(following))
            self.state_button.setText(text)
            self.state_button.setAccessibleName(text)

    def advance_state(self) -> None:
        if self.programme is None or self.next_state is None:
            return
        programme_id, target = self.programme.id, self.next_state
        self.state_button.setEnabled(False)
        self.tasks.run(
            lambda: set_programme_state(self.ctx, programme_id, target), self._state_changed, self._state_failed
        )

    def _state_changed(self, row: ProgrammeRow) -> None:
        self.programme = row
        self.state_button.setEnabled(True)
        self._show_state(row.state)
        self.banner.show_message(
            self.tr("The programme is now “{state}”.").format(state=programme_state_label(row.state)), "info"
        )

    def _state_failed(self, exc: BaseException) -> None:
        self.state_button.setEnabled(True)
        self.banner.show_error(error_text(exc, "changing a programme's state"))

    def save(self) -> None:
        name, description = self.name_edit.text(), self.description_edit.toPlainText()
        capacity, amber, red = self.capacity_spin.value(), self.amber_spin.value(), self.red_spin.value()
        weights = {key: spin.value() for key, spin in self.weight_spins.items()}
        milestones = self.template.milestones()
        if self.programme is not None:
            programme_id = self.programme.id
            unit_id = self.unit_combo.currentData() or ""  # "" takes the programme out of every unit
            self.submit(
                lambda: update_programme(
                    self.ctx,
                    programme_id,
                    name=name,
                    description=description,
                    default_capacity=capacity,
                    amber_days=amber,
                    red_days=red,
                    weights=weights,
                    milestones=milestones,
                    unit=unit_id,
                ),
                "saving a programme",
            )
            return
        unit_text = self.unit_combo.currentText().strip()
        unit = self.unit_combo.currentData() if self.unit_combo.findText(unit_text) >= 0 else unit_text
        if unit_text == self.tr("No unit"):
            unit = None

        def create() -> ProgrammeRow:
            row = create_programme(
                self.ctx,
                name,
                description=description,
                milestones=milestones,
                default_capacity=capacity,
                unit=unit or None,
                amber_days=amber,
                red_days=red,
            )
            if weights != DEFAULT_WEIGHTS:
                row = update_programme(self.ctx, row.id, weights=weights)
            return row

        self.submit(create, "creating a programme")

"""Choose the organisation units this coordinator looks after (the scope of the pairing lists)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from app.services.core.context import ServiceContext
from app.services.settings.units import UnitRow, list_units, save_scope, saved_scope, unit_tree
from app.views.people.profile_inputs import CheckList
from app.views.widgets.error_text import error_text
from app.views.widgets.form_helpers import chain_tab_order
from app.views.widgets.service_dialog import ServiceDialog
from app.views.widgets.tasks import TaskRunner


class ScopeDialog(ServiceDialog):
    def __init__(self, *, ctx: ServiceContext, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(ctx=ctx, tasks=tasks, title=self.tr("My units"), parent=parent)
        self.has_loaded = False
        explanation = QLabel(
            self.tr(
                "Tick the units you coordinate; the pairing lists show their programmes (a region includes its "
                "chapters). Tick none to see every unit. Programmes without a unit are always shown."
            ),
            self,
        )
        explanation.setWordWrap(True)
        self.outer.addWidget(explanation)
        self.unit_list = CheckList(self.tr("Units I coordinate"), self)
        self.outer.addWidget(self.unit_list, 1)
        self.finish_layout()
        self.ok_button.setText(self.tr("&Save"))
        self.ok_button.setAccessibleName(self.tr("Save my units"))
        chain_tab_order([self.unit_list, self.ok_button, self.cancel_button])
        self.unit_list.setFocus()
        self.ok_button.setEnabled(False)
        tasks.run(lambda: (list_units(ctx), saved_scope(ctx)), self._loaded, self._load_failed)

    def _loaded(self, result: tuple[list[UnitRow], list[str] | None]) -> None:
        units, chosen = result
        self.has_loaded = True
        # In tree order, indented under their parents, so a region's chapters show beneath it.
        self.unit_list.set_choices([(u.id, "    " * depth + u.name) for depth, u in unit_tree(units)], chosen or [])
        self.ok_button.setEnabled(True)
        if not units:
            self.banner.show_message(self.tr("There are no organisation units yet; programmes can name one."), "note")

    def _load_failed(self, exc: BaseException) -> None:
        self.banner.show_error(error_text(exc, "loading units"))

    def save(self) -> None:
        chosen = self.unit_list.checked()
        self.submit(lambda: save_scope(self.ctx, chosen), "saving the scope")

"""The coordinator's main window: pairing overview, archive, people, programmes, mentor's view and (later) matching."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMenu, QMessageBox, QTabWidget, QWidget

from app.services.core.context import ServiceContext
from app.services.pairings.overview import PairingListRow, list_archived_pairings, list_open_pairings
from app.services.settings.catalogue import list_specialisations
from app.services.settings.units import scope_units
from app.views.exchange.export_action import ExportAction
from app.views.followup.wiring import FollowupWiring  # scheduler branch
from app.views.matching.match_labels import specialisation_names
from app.views.matching.match_widget import MatchWidget
from app.views.pairings.dissolve_dialog import DissolveDialog
from app.views.pairings.mentor_view import MentorView
from app.views.pairings.pairing_detail_dialog import PairingDetailDialog
from app.views.pairings.pairing_list_view import PairingListView
from app.views.pairings.pairing_table_model import ARCHIVE_COLUMNS
from app.views.people.people_view import PeopleView
from app.views.programmes.programme_view import ProgrammeView
from app.views.scope_dialog import ScopeDialog
from app.views.sync.sync_controller import DEFAULT_POLL_MS, SyncController
from app.views.units_dialog import UnitsDialog
from app.views.widgets.announce import confirm
from app.views.widgets.change_notifier import DataChangeNotifier
from app.views.widgets.health_style import ARCHIVE_HEALTH, OPEN_HEALTH, active_theme
from app.views.widgets.tasks import TaskRunner
from app.views.widgets.theme import HIGH_CONTRAST, STANDARD, apply_theme, save_theme
from app.views.window_extras import WindowExtras, fit_to_screen

if TYPE_CHECKING:
    from app.views.exchange.import_dialog import ImportDialog

logger = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    def __init__(
        self,
        *,
        ctx: ServiceContext,
        parent: QWidget | None = None,
        tasks: TaskRunner | None = None,
        sync_poll_ms: int = DEFAULT_POLL_MS,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tasks = tasks or TaskRunner(self)
        self.notifier = DataChangeNotifier(ctx, self)
        self.notifier.changed.connect(self._data_changed)
        # Sync with the shared server: menu, toolbar button, status bar part (app/views/sync/).
        self.sync = SyncController(ctx=ctx, tasks=self.tasks, notifier=self.notifier, window=self, poll_ms=sync_poll_ms)
        self.details: dict[str, PairingDetailDialog] = {}
        self.setWindowTitle(self.tr("Mentor Coordinator"))
        self.setAccessibleName(self.tr("Mentor Coordinator"))
        self.resize(1200, 760)

        self.tabs = QTabWidget(self)
        self.tabs.tabBar().setAccessibleName(self.tr("Sections"))
        self.overview = PairingListView(
            loader=self._load_open,
            tasks=self.tasks,
            clock=ctx.now,
            statuses=OPEN_HEALTH,
            title=self.tr("Active pairings"),
            empty_text=self.tr("There are no active pairings in your scope. Proposed and active pairings appear here."),
            can_dissolve=True,
            parent=self,
        )
        self.archive = PairingListView(
            loader=self._load_archive,
            tasks=self.tasks,
            clock=ctx.now,
            statuses=ARCHIVE_HEALTH,
            title=self.tr("Archived pairings"),
            empty_text=self.tr("No pairing has ended yet. Completed, dissolved and declined pairings appear here."),
            columns=ARCHIVE_COLUMNS,
            parent=self,
        )
        self.people = PeopleView(ctx=ctx, tasks=self.tasks, parent=self)
        self.programmes = ProgrammeView(ctx=ctx, tasks=self.tasks, parent=self)
        self.mentor_view = MentorView(ctx=ctx, tasks=self.tasks, clock=ctx.now, parent=self)
        self.matching_page = MatchWidget(ctx=ctx, tasks=self.tasks, parent=self)
        self.pages: list[tuple[QWidget, str]] = [
            (self.overview, self.tr("Pairings")),
            (self.archive, self.tr("Archive")),
            (self.people, self.tr("People")),
            (self.programmes, self.tr("Programmes")),
            (self.mentor_view, self.tr("View as mentor")),
            (self.matching_page, self.tr("Matching")),
        ]
        for page, title in self.pages:
            self.tabs.addTab(page, title)
        self.followup = FollowupWiring(self)  # the Dashboard tab and the notification area
        self.tabs.currentChanged.connect(self._page_shown)
        self.setCentralWidget(fit_to_screen(self, self.tabs))

        for view in (self.overview, self.archive, self.mentor_view.list):
            view.open_requested.connect(lambda pairing_id, view=view: self.open_pairing(pairing_id, view))
        self.overview.dissolve_requested.connect(self.dissolve_pairing)
        self._build_menus()
        self.busy_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.busy_label)
        self.tasks.busy_changed.connect(
            lambda busy: self.busy_label.setText(self.tr("Working…") if busy else self.tr("Ready"))
        )
        self.spec_names: dict[str, str] = {}
        self.tasks.run(lambda: specialisation_names(list_specialisations(ctx)), self._names_loaded, lambda _exc: None)
        self.overview.reload()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.file_menu = file_menu
        self.import_action = self._add(
            file_menu, self.tr("&Import spreadsheet…"), QKeySequence("Ctrl+I"), self.import_spreadsheet
        )
        self.export_action = ExportAction(ctx=self.ctx, tasks=self.tasks, parent=self, programme=self._chosen_programme)
        self.template_action = ExportAction(ctx=self.ctx, tasks=self.tasks, parent=self, template=True)
        file_menu.addAction(self.export_action)
        file_menu.addAction(self.template_action)
        file_menu.addSeparator()
        self._add(file_menu, self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close)

        view_menu = self.view_menu = self.menuBar().addMenu(self.tr("&View"))
        self._add(view_menu, self.tr("&Find in list"), QKeySequence.StandardKey.Find, self.focus_filter)
        self._add(view_menu, self.tr("&Refresh"), QKeySequence.StandardKey.Refresh, self.refresh)
        view_menu.addSeparator()
        for number, (page, title) in enumerate(self.pages, start=1):
            self._add(view_menu, title, QKeySequence(f"Ctrl+{number}"), lambda _=False, page=page: self.show_page(page))
        view_menu.addSeparator()
        self._add(view_menu, self.tr("View as &mentor…"), QKeySequence("Ctrl+M"), self.view_as_mentor)
        self._add(view_menu, self.tr("My &units…"), None, self.choose_scope)
        self._add(view_menu, self.tr("&Organisation units…"), None, self.edit_units)
        view_menu.addSeparator()
        self.high_contrast_action = self._add(view_menu, self.tr("High &contrast"), None, self.set_high_contrast)
        self.high_contrast_action.setCheckable(True)
        self.high_contrast_action.setChecked(active_theme() == HIGH_CONTRAST)

        pairing_menu = self.menuBar().addMenu(self.tr("&Pairing"))
        self._add(pairing_menu, self.tr("&Open details"), None, lambda: self._selected(self.open_pairing))
        self._add(
            pairing_menu, self.tr("&Dissolve…"), QKeySequence("Ctrl+D"), lambda: self._selected(self.dissolve_pairing)
        )

        self.menuBar().addMenu(self.sync.menu)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self._add(help_menu, self.tr("&Keyboard shortcuts"), QKeySequence.StandardKey.HelpContents, self.show_shortcuts)
        # Edit (undo, your name), View → Language, the guide and About, F10 (issue 15)
        self.extras = WindowExtras(self, view_menu=view_menu, help_menu=help_menu)
        self.matching_page.undo = self.extras.undo

    def _add(
        self, menu: QMenu, text: str, keys: QKeySequence | QKeySequence.StandardKey | None, slot: Callable[..., object]
    ) -> QAction:
        action = QAction(text, self)
        if keys is not None:
            action.setShortcut(keys)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    # -- loading
    def _load_open(self) -> list[PairingListRow]:
        return list_open_pairings(self.ctx, units=scope_units(self.ctx))

    def _load_archive(self) -> list[PairingListRow]:
        return list_archived_pairings(self.ctx, units=scope_units(self.ctx))

    def _page_shown(self, index: int) -> None:
        page = self.tabs.widget(index)
        if page in (self.archive, self.people, self.programmes, self.mentor_view, self.matching_page) and not (
            page.has_loaded
        ):
            page.reload()

    def refresh(self) -> None:
        self.overview.reload()
        for page in (self.archive, self.people, self.programmes, self.mentor_view, self.matching_page):
            if page.has_loaded or page is self.tabs.currentWidget():
                page.reload()

    def _names_loaded(self, names: dict[str, str]) -> None:
        self.spec_names = names
        for view in (self.overview, self.archive):
            view.model.set_specialisation_names(names)

    def _data_changed(self, changed: dict[str, set[str]]) -> None:
        logger.debug("data changed: %s", {k: len(v) for k, v in changed.items()})
        self.refresh()

    # -- navigation
    def show_page(self, page: QWidget) -> None:
        """Ctrl+1…: the section, with the keyboard on its list (where the work is), not on the page as a whole."""
        self.tabs.setCurrentWidget(page)
        target = getattr(page, "table", None) or getattr(getattr(page, "list", None), "table", None) or page
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_filter(self) -> None:
        page = self.tabs.currentWidget()
        target = getattr(page, "filter_edit", None)
        if target is not None and target.isVisible():
            target.setFocus(Qt.FocusReason.ShortcutFocusReason)
            target.selectAll()

    def view_as_mentor(self) -> None:
        self.tabs.setCurrentWidget(self.mentor_view)
        self.mentor_view.mentor_combo.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def import_spreadsheet(self) -> ImportDialog:
        from app.views.exchange.import_dialog import ImportDialog  # start-up: openpyxl loads with the first import

        dialog = ImportDialog(ctx=self.ctx, tasks=self.tasks, parent=self)
        dialog.open()
        return dialog

    def _chosen_programme(self) -> str | None:
        """Export the programme the overview is filtered to, or everything."""
        return self.overview.programme_combo.currentData() or None

    def choose_scope(self) -> ScopeDialog:
        dialog = ScopeDialog(ctx=self.ctx, tasks=self.tasks, parent=self)
        dialog.open()
        return dialog

    def edit_units(self) -> UnitsDialog:
        dialog = UnitsDialog(ctx=self.ctx, tasks=self.tasks, parent=self)
        dialog.open()
        return dialog

    def show_shortcuts(self) -> QMessageBox:
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Keyboard shortcuts"),
            self.tr(
                "Ctrl+1 … Ctrl+7: go to Pairings, Archive, People, Programmes, View as mentor, Matching, Dashboard\n"
                "Ctrl+F: find in the list\nEnter: open the selected row\n"
                "Ctrl+D or Delete: dissolve the selected pairing\n"
                "Ctrl+Return (in a pairing): mark the selected milestone complete\n"
                "Ctrl+Tab: next section of a pairing\nF5: refresh\nCtrl+Shift+S: sync with the server\n"
                "Ctrl+Shift+A: alerts\n"
                "Ctrl+M: view as mentor\nEscape: close a dialog"
            ),
            QMessageBox.StandardButton.Close,
            self,
        )
        box.setAccessibleName(self.tr("Keyboard shortcuts"))
        box.button(QMessageBox.StandardButton.Close).setAccessibleName(self.tr("Close the list of shortcuts"))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    # -- pairings
    def _selected(self, action: object) -> None:
        page = self.tabs.currentWidget()
        view = self.mentor_view.list if page is self.mentor_view else page
        if isinstance(view, PairingListView):
            row = view.selected_row()
            if row is not None:
                action(row.id)  # type: ignore[operator]

    def open_pairing(self, pairing_id: str, source: PairingListView | None = None) -> PairingDetailDialog:
        read_only = source is self.mentor_view.list or self.tabs.currentWidget() is self.mentor_view
        existing = self.details.get(pairing_id)
        if existing is not None and existing.read_only == read_only:
            existing.show()
            existing.raise_()
            existing.activateWindow()
            return existing
        if existing is not None:
            existing.close()
        dialog = PairingDetailDialog(
            ctx=self.ctx,
            tasks=self.tasks,
            notifier=self.notifier,
            pairing_id=pairing_id,
            read_only=read_only,
            spec_names=self.spec_names,
            undo=self.extras.undo,
            parent=self,
        )
        dialog.finished.connect(lambda *_: self.details.pop(pairing_id, None))
        dialog.finished.connect(lambda *_: self._back_to_row(pairing_id, source))
        self.details[pairing_id] = dialog
        dialog.show()
        return dialog

    def _back_to_row(self, pairing_id: str, source: PairingListView | None) -> None:
        """Closing a pairing's window puts the keyboard back on its row in the list it was opened from."""
        view = source or (self.tabs.currentWidget() if isinstance(self.tabs.currentWidget(), PairingListView) else None)
        if view is None:
            return
        self.activateWindow()
        view.select_pairing(pairing_id)
        view.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def dissolve_pairing(self, pairing_id: str) -> DissolveDialog | None:
        row = next((r for r in self.overview.model.rows if r.id == pairing_id), None)
        if row is None or self.tabs.currentWidget() is self.mentor_view:
            return None
        dialog = DissolveDialog(
            ctx=self.ctx,
            tasks=self.tasks,
            pairing_id=pairing_id,
            mentor_name=row.mentor_name,
            mentee_name=row.mentee_name,
            parent=self,
        )
        dialog.saved.connect(
            lambda pairing: confirm(
                self,
                self.tr("Dissolved: {mentor} and {mentee} are available for re-matching.").format(
                    mentor=pairing.mentor_name, mentee=pairing.mentee_name
                ),
            )
        )
        dialog.open()
        return dialog

    def set_high_contrast(self, on: bool) -> None:
        """View ▸ High contrast: switch now, remember for the next start."""
        name = HIGH_CONTRAST if on else STANDARD
        apply_theme(QApplication.instance(), name)  # type: ignore[arg-type]
        save_theme(name)
        confirm(self, self.tr("High contrast on.") if on else self.tr("High contrast off."))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.sync.shutdown()
        self.notifier.detach()
        for dialog in list(self.details.values()):
            dialog.close()
        self.tasks.shutdown()
        super().closeEvent(event)

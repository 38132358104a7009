"""The pairing detail: status, milestones, history (newest first), meetings and notes, and the coordinator's actions."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.services.core.context import ServiceContext
from app.services.core.rows import MilestoneRow, PairingRow
from app.services.pairings.corrections import remove_meeting, remove_note
from app.services.pairings.detail import PairingDetail, pairing_detail
from app.services.pairings.milestones import set_milestone_status
from app.services.pairings.pairings import activate_pairing
from app.views.followup.meeting_actions import MeetingActions  # scheduler branch
from app.views.pairings.decline_dialog import DeclineDialog
from app.views.pairings.detail_corrections import MeetingCorrections, NoteCorrections, ask
from app.views.pairings.detail_table_models import (
    HistoryTableModel,
    MeetingTableModel,
    MilestoneTableModel,
    NoteTableModel,
)
from app.views.pairings.dissolve_dialog import DissolveDialog
from app.views.pairings.history_lines import history_lines
from app.views.pairings.meeting_dialog import MeetingDialog
from app.views.pairings.note_dialog import NoteDialog
from app.views.pairings.pairing_header import PairingHeader
from app.views.widgets.announce import confirm
from app.views.widgets.change_notifier import DataChangeNotifier
from app.views.widgets.error_text import error_text
from app.views.widgets.form_helpers import MessageBanner, action_button, chain_tab_order, list_table
from app.views.widgets.labels import format_date, format_datetime, milestone_status_label
from app.views.widgets.roles import ROW_ROLE
from app.views.widgets.row_table_model import RowSortProxyModel, RowTableModel
from app.views.widgets.session_undo import SessionUndo
from app.views.widgets.tasks import TaskRunner


class PairingDetailDialog(QDialog):
    """Read-only (a mentor's view) shows the same information without a single intervention control."""

    loaded = Signal()

    def __init__(
        self,
        *,
        ctx: ServiceContext,
        tasks: TaskRunner,
        notifier: DataChangeNotifier,
        pairing_id: str,
        read_only: bool = False,
        spec_names: Mapping[str, str] | None = None,
        undo: SessionUndo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.tasks, self.pairing_id, self.read_only = ctx, tasks, pairing_id, read_only
        self.undo = undo
        self._focused_once = False
        self.spec_names = dict(spec_names or {})
        self.detail: PairingDetail | None = None
        self._loading = self._reload_wanted = False
        self.setWindowTitle(self.tr("Pairing"))
        self.setAccessibleName(self.tr("Pairing detail"))
        self.resize(900, 640)
        layout = QVBoxLayout(self)

        self.header = PairingHeader(self)
        self.heading, self.status_text = self.header.heading, self.header.status_text
        layout.addWidget(self.header)
        self.banner = MessageBanner(self)
        layout.addWidget(self.banner)

        self.action_buttons: list[QPushButton] = []
        if not read_only:
            row = QHBoxLayout()
            self.activate_button = self._action(
                row, self.tr("&Activate"), self.tr("Activate the pairing"), self._activate
            )
            self.decline_button = self._action(
                row, self.tr("D&ecline…"), self.tr("Decline the proposal"), self._decline
            )
            self.meeting_button = self._action(
                row, self.tr("&Log meeting…"), self.tr("Log a meeting"), self._log_meeting
            )
            self.note_button = self._action(row, self.tr("Add &note…"), self.tr("Add a note"), self._add_note)
            self.dissolve_button = self._action(
                row, self.tr("&Dissolve…"), self.tr("Dissolve the pairing"), self._dissolve
            )
            row.addStretch(1)
            layout.addLayout(row)
            QShortcut(QKeySequence("Ctrl+D"), self, self._dissolve)

        self.tabs = QTabWidget(self)
        self.tabs.tabBar().setAccessibleName(self.tr("Pairing detail sections"))
        self.milestones = MilestoneTableModel(self)
        self.history = HistoryTableModel(self)
        self.meetings = MeetingTableModel(self)
        self.notes = NoteTableModel(self)
        milestone_page = QWidget(self)
        milestone_layout = QVBoxLayout(milestone_page)
        self.milestone_table = self._table(self.milestones, self.tr("Milestones"), milestone_layout)
        if not read_only:
            buttons = QHBoxLayout()
            self.complete_button = self._action(
                buttons,
                self.tr("&Mark complete"),
                self.tr("Mark the selected milestone complete"),
                lambda: self._set_milestone("completed"),
            )
            self.progress_button = self._action(
                buttons,
                self.tr("Mark in &progress"),
                self.tr("Mark the selected milestone in progress"),
                lambda: self._set_milestone("in_progress"),
            )
            self.reopen_button = self._action(
                buttons,
                self.tr("&Reopen"),
                self.tr("Reopen the selected completed milestone"),
                lambda: self._set_milestone("in_progress"),
            )
            buttons.addStretch(1)
            milestone_layout.addLayout(buttons)
            QShortcut(QKeySequence("Ctrl+Return"), self, lambda: self._set_milestone("completed"))
            self.milestone_table.selectionModel().currentRowChanged.connect(self._refresh_actions)
        self.tabs.addTab(milestone_page, self.tr("Milestones"))
        self.other_tables: list[QTableView] = []
        for model, title in (
            (self.history, self.tr("History")),
            (self.meetings, self.tr("Meetings")),
            (self.notes, self.tr("Notes")),
        ):
            page = QWidget(self)
            page_layout = QVBoxLayout(page)
            self.other_tables.append(self._table(model, title, page_layout))
            self.tabs.addTab(page, title)
            if model is self.meetings and not read_only:  # complete, cancel, no-show, move; edit, remove
                self.meeting_actions = MeetingActions(
                    ctx=ctx, tasks=tasks, table=self.other_tables[-1], banner=self.banner, record=self._record,
                    parent=page,
                )  # fmt: skip
                self.meeting_actions.changed.connect(self.say)
                page_layout.addWidget(self.meeting_actions)
                self.meeting_corrections = MeetingCorrections(
                    ctx=ctx, tasks=tasks, table=self.other_tables[-1], record=self._record, pairing_id=pairing_id,
                    parent=page,
                )  # fmt: skip
                page_layout.addWidget(self.meeting_corrections)
            if model is self.notes:  # Enter reads a note in full; coordinators may also correct it
                self.note_actions = NoteCorrections(
                    ctx=ctx, tasks=tasks, table=self.other_tables[-1], record=self._record, pairing_id=pairing_id,
                    parent=page,
                )  # fmt: skip
                page_layout.addWidget(self.note_actions)
        self.corrections = [self.note_actions] + ([] if read_only else [self.meeting_corrections])
        for corrections in self.corrections:
            corrections.said.connect(self.say)
            corrections.refused.connect(self.banner.show_error)
        layout.addWidget(self.tabs, 1)

        self.close_button = QPushButton(self.tr("&Close"), self)
        self.close_button.setAccessibleName(self.tr("Close the pairing detail"))
        self.close_button.setAutoDefault(False)  # Enter belongs to the tables (a note opens), never closes the window
        self.close_button.clicked.connect(self.close)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        layout.addLayout(bottom)
        # Hidden pages' tables stay in the chain; Tab skips what is not visible.
        order: list[QWidget] = [
            *self.action_buttons[:4],
            self.tabs.tabBar(),
            self.milestone_table,
            *self.action_buttons[4:],
        ]
        chain_tab_order([*order, *self.other_tables, self.close_button])
        # Sections from anywhere inside the window, as in a browser; the page's table takes the focus.
        for keys, step in (("Ctrl+Tab", 1), ("Ctrl+PgDown", 1), ("Ctrl+Shift+Tab", -1), ("Ctrl+PgUp", -1)):
            QShortcut(QKeySequence(keys), self, lambda step=step: self.next_section(step))
        if undo is not None and not read_only:
            QShortcut(QKeySequence.StandardKey.Undo, self, undo.undo)
        notifier.changed.connect(self._data_changed)
        self.reload()

    def _action(self, row: QHBoxLayout, text: str, name: str, slot: object) -> QPushButton:
        button = action_button(self, row, text, name, slot)
        self.action_buttons.append(button)
        return button

    def _table(self, model: RowTableModel, title: str, layout: QVBoxLayout) -> QTableView:
        proxy = RowSortProxyModel(self)
        proxy.setSourceModel(model)
        table = list_table(proxy, title, self)
        table.setIconSize(QSize(20, 20))
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(table)
        return table

    # -- loading
    def reload(self) -> None:
        if self._loading:
            self._reload_wanted = True
            return
        self._loading = True
        reader = "mentor" if self.read_only else "coordinator"
        self.tasks.run(lambda: pairing_detail(self.ctx, self.pairing_id, reader=reader), self._loaded, self._failed)

    def _loaded(self, detail: PairingDetail) -> None:
        self._loading = False
        self.detail = detail
        self._show_pairing(detail.pairing)
        titles = {m.id: m.title for m in detail.pairing.milestones}
        self.history.set_rows(history_lines(detail.history, titles))
        self.meetings.set_rows(detail.meetings)
        self.notes.set_rows(detail.notes)
        if not self._focused_once:
            self._focused_once = True
            self.focus_next_milestone()
        self.loaded.emit()
        if self._reload_wanted:
            self._reload_wanted = False
            self.reload()

    def _failed(self, exc: BaseException) -> None:
        self._loading = False
        self.banner.show_error(error_text(exc, "loading a pairing"))

    def _data_changed(self, changed: dict[str, set[str]]) -> None:
        if self.pairing_id in changed.get("pairing", set()) or changed.keys() & {
            "pairing_milestone",
            "meeting",
            "note",
        }:
            self.reload()

    def _show_pairing(self, pairing: PairingRow) -> None:
        self.pairing = pairing
        title = self.tr("{mentor} and {mentee}").format(mentor=pairing.mentor_name, mentee=pairing.mentee_name)
        self.setWindowTitle(self.tr("Pairing: {title}").format(title=title))
        self.header.show_pairing(pairing, self.spec_names)
        current = self.selected_milestone()
        self.milestones.set_rows(pairing.milestones)
        if current is not None:
            self.select_milestone(current.id)
        self._refresh_actions()

    # -- milestones
    def selected_milestone(self) -> MilestoneRow | None:
        index = self.milestone_table.currentIndex()
        row = index.data(ROW_ROLE) if index.isValid() else None
        return row if isinstance(row, MilestoneRow) else None

    def select_milestone(self, milestone_id: str) -> None:
        model = self.milestone_table.model()
        for r in range(model.rowCount()):
            if model.index(r, 0).data(ROW_ROLE).id == milestone_id:
                self.milestone_table.setCurrentIndex(model.index(r, 0))
                self.milestone_table.selectRow(r)

    def _target_milestone(self) -> MilestoneRow | None:
        chosen = self.selected_milestone()
        if chosen is not None or self.detail is None:
            return chosen
        return next((m for m in self.pairing.milestones if m.status != "completed"), None)

    def _set_milestone(self, status: str) -> None:
        milestone = self._target_milestone()
        if self.read_only or milestone is None or self.detail is None or self.pairing.status != "active":
            return
        if milestone.status == status:
            return
        self._busy(True)
        self.tasks.run(
            lambda: set_milestone_status(self.ctx, self.pairing_id, milestone.id, status),
            lambda row: self._milestone_saved(row, milestone, status),
            self._action_failed,
        )

    def _milestone_saved(self, pairing: PairingRow, milestone: MilestoneRow, status: str) -> None:
        self._busy(False)
        self._show_pairing(pairing)
        self.select_milestone(milestone.id)
        if pairing.status != "completed":  # a completed pairing is final: no undo
            previous = milestone.status
            self._record(
                self.tr("“{title}” marked {status}").format(
                    title=milestone.title, status=milestone_status_label(status).lower()
                ),
                lambda: set_milestone_status(self.ctx, self.pairing_id, milestone.id, previous),
                self.tr("Undone: “{title}” is {status} again.").format(
                    title=milestone.title, status=milestone_status_label(previous).lower()
                ),
            )
        if pairing.status == "completed":
            self.say(self.tr("All milestones are complete: the pairing is now “Programme complete”."))
        elif status == "completed":
            self.say(
                self.tr("“{title}” marked complete on {date}.").format(
                    title=milestone.title, date=format_date(self.ctx.now())
                )
            )
        elif milestone.status == "completed":
            self.say(self.tr("“{title}” was reopened and is in progress again.").format(title=milestone.title))
        else:
            self.say(self.tr("“{title}” is in progress.").format(title=milestone.title))

    # -- other actions
    def _activate(self) -> None:
        if not self._can_act(("proposed",)):
            return
        question = self.tr(
            "Activate the pairing of {mentor} and {mentee}? Their milestones start today and the proposal can no "
            "longer be withdrawn."
        ).format(mentor=self.pairing.mentor_name, mentee=self.pairing.mentee_name)
        if not ask(self, self.tr("Activate pairing"), question, self.tr("&Activate")):
            return
        self._busy(True)
        self.tasks.run(lambda: activate_pairing(self.ctx, self.pairing_id), self._activated, self._action_failed)

    def _activated(self, pairing: PairingRow) -> None:
        self._busy(False)
        self._show_pairing(pairing)
        self.say(self.tr("The pairing is active; its milestones are ready."))
        self.focus_next_milestone()

    def _decline(self) -> None:
        self._open_ending_dialog(DeclineDialog, ("proposed",), self._declined)

    def _declined(self, pairing: PairingRow) -> None:
        self._show_pairing(pairing)
        self.say(
            self.tr("The proposal was declined. {mentee} is waiting for a new match.").format(
                mentee=pairing.mentee_name
            )
        )

    def _log_meeting(self) -> MeetingDialog | None:
        if not self._can_act():
            return None
        dialog = MeetingDialog(ctx=self.ctx, tasks=self.tasks, pairing_id=self.pairing_id, parent=self)
        dialog.saved.connect(self._meeting_added)
        dialog.open()
        return dialog

    def _meeting_added(self, meeting: object) -> None:
        meeting_id = getattr(meeting, "id", "")
        when = format_datetime(getattr(meeting, "scheduled_at", None))
        self._record(
            self.tr("meeting logged"),
            lambda: remove_meeting(self.ctx, meeting_id),
            self.tr("Undone: the meeting of {when} is removed.").format(when=when),
        )
        self.say(self.tr("Meeting of {when} saved. It is listed under Meetings.").format(when=when))

    def _add_note(self) -> NoteDialog | None:
        if self.read_only or self.detail is None:
            return None
        dialog = NoteDialog(ctx=self.ctx, tasks=self.tasks, pairing_id=self.pairing_id, parent=self)
        dialog.saved.connect(self._note_added)
        dialog.open()
        return dialog

    def _note_added(self, note: object) -> None:
        note_id = getattr(note, "id", "")
        self._record(
            self.tr("note added"), lambda: remove_note(self.ctx, note_id), self.tr("Undone: the note is removed.")
        )
        self.say(self.tr("Note saved. It is listed under Notes."))

    def _dissolve(self) -> None:
        self._open_ending_dialog(DissolveDialog, ("proposed", "active"), self._dissolved)

    def _open_ending_dialog(
        self, kind: type[DeclineDialog] | type[DissolveDialog], statuses: tuple[str, ...], done: Callable[..., None]
    ) -> None:
        """Decline and dissolve: a dialog about both people that reports the changed pairing back here."""
        if not self._can_act(statuses):
            return
        dialog = kind(
            ctx=self.ctx,
            tasks=self.tasks,
            pairing_id=self.pairing_id,
            mentor_name=self.pairing.mentor_name,
            mentee_name=self.pairing.mentee_name,
            parent=self,
        )
        dialog.saved.connect(done)
        dialog.open()

    def _dissolved(self, pairing: PairingRow) -> None:
        self._show_pairing(pairing)
        self.say(
            self.tr("The pairing was dissolved. {mentor} and {mentee} are available for re-matching.").format(
                mentor=pairing.mentor_name, mentee=pairing.mentee_name
            )
        )

    # -- feedback, undo and focus
    def say(self, text: str) -> None:
        """The last action, in words: on the banner (replacing an older message), the status bar, and spoken."""
        self.banner.show_message(text, "info")  # the banner speaks it
        confirm(self, text, speak=False)

    def _record(self, description: str, revert: Callable[[], object], done_text: str) -> None:
        if self.undo is not None:
            self.undo.push(description, revert, done_text)

    def next_section(self, step: int) -> None:
        count = self.tabs.count()
        self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % count)
        table = (
            self.milestone_table if self.tabs.currentIndex() == 0 else self.other_tables[self.tabs.currentIndex() - 1]
        )
        table.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if not table.currentIndex().isValid() and table.model().rowCount():
            table.setCurrentIndex(table.model().index(0, 0))

    def focus_next_milestone(self) -> None:
        """The milestone table, on the first milestone not yet complete (where the coordinator's work is)."""
        self.tabs.setCurrentIndex(0)
        upcoming = next((m for m in self.pairing.milestones if m.status != "completed"), None)
        if upcoming is not None:
            self.select_milestone(upcoming.id)
        elif self.milestones.rowCount():
            self.milestone_table.setCurrentIndex(self.milestone_table.model().index(0, 0))
        self.milestone_table.setFocus(Qt.FocusReason.OtherFocusReason)
        self._refresh_actions()

    def _can_act(self, statuses: tuple[str, ...] = ("active",)) -> bool:
        return not self.read_only and self.detail is not None and self.pairing.status in statuses

    def _action_failed(self, exc: BaseException) -> None:
        self._busy(False)
        self.banner.show_error(error_text(exc, "changing a pairing"))

    def _busy(self, busy: bool) -> None:
        for button in self.action_buttons:
            button.setEnabled(not busy)
        if not busy:
            self._refresh_actions()

    def _refresh_actions(self) -> None:
        editable = not self.read_only and self.detail is not None and self.pairing.status in ("proposed", "active")
        for corrections in self.corrections:
            corrections.set_editable(editable)
        if self.read_only or self.detail is None:
            for button in self.action_buttons:
                button.setEnabled(False)
            return
        status = self.pairing.status
        milestone = self._target_milestone()
        self.activate_button.setVisible(status == "proposed")
        self.activate_button.setEnabled(status == "proposed")
        self.decline_button.setVisible(status == "proposed")
        self.decline_button.setEnabled(status == "proposed")
        self.meeting_button.setEnabled(status == "active")
        self.note_button.setEnabled(True)
        self.dissolve_button.setEnabled(status in ("proposed", "active"))
        self.complete_button.setEnabled(
            status == "active" and milestone is not None and milestone.status != "completed"
        )
        self.progress_button.setEnabled(status == "active" and milestone is not None and milestone.status == "pending")
        self.reopen_button.setEnabled(status == "active" and milestone is not None and milestone.status == "completed")

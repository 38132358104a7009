"""A mentor's personal portal link on their profile: issue one (shown once, copy it), see when it expires, revoke,
and give the mentor a new calendar address (the old one stops working, the link stays)."""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QLineEdit, QMessageBox, QPushButton, QVBoxLayout, QWidget

from app.services.core.context import ServiceContext
from app.services.portal.links import (
    DEFAULT_BASE_URL,
    IssuedLink,
    PortalLinkRow,
    issue_link,
    list_links,
    renew_calendar,
    revoke_links,
)
from app.views.widgets.announce import announce
from app.views.widgets.error_text import error_text
from app.views.widgets.labels import format_datetime
from app.views.widgets.tasks import TaskRunner


def portal_base_url() -> str:
    """Where links point: the portal's public address (MENTOR_PORTAL_URL), as for `portal link`."""
    return os.environ.get("MENTOR_PORTAL_URL") or DEFAULT_BASE_URL


class PortalLinkPanel(QGroupBox):
    """Issue, copy and revoke a mentor's personal link; all calls run in the background and are announced.

    The token exists only in the answer to `issue_link` (the database keeps a hash), so the link is shown in this
    panel once, until the panel closes; afterwards only its expiry can be shown.
    """

    changed = Signal()

    def __init__(
        self, *, ctx: ServiceContext, tasks: TaskRunner, mentor_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Personal link to the mentor portal"))
        self.ctx, self.tasks, self.mentor_id = ctx, tasks, mentor_id
        self.busy = False
        self.confirm_box: QMessageBox | None = None
        layout = QVBoxLayout(self)
        self.state_label = QLabel(self.tr("Looking for links…"), self)
        self.state_label.setWordWrap(True)
        layout.addWidget(self.state_label)

        link_row = QHBoxLayout()
        self.link_edit = QLineEdit(self)
        self.link_edit.setReadOnly(True)
        self.link_edit.setAccessibleName(self.tr("New personal link, shown only now"))
        self.link_edit.setPlaceholderText(self.tr("A new link appears here once"))
        link_row.addWidget(self.link_edit, 1)
        self.copy_button = QPushButton(self.tr("Cop&y link"), self)
        self.copy_button.setAccessibleName(self.tr("Copy the personal link to the clipboard"))
        self.copy_button.setEnabled(False)
        self.copy_button.clicked.connect(self.copy_link)
        link_row.addWidget(self.copy_button)
        layout.addLayout(link_row)

        buttons = QHBoxLayout()
        self.issue_button = QPushButton(self.tr("&Issue personal link"), self)
        self.issue_button.setAccessibleName(self.tr("Issue a new personal link for this mentor"))
        self.issue_button.clicked.connect(self.issue)
        self.revoke_button = QPushButton(self.tr("Revo&ke links…"), self)
        self.revoke_button.setAccessibleName(self.tr("Revoke every personal link of this mentor"))
        self.revoke_button.setEnabled(False)
        self.revoke_button.clicked.connect(self.ask_to_revoke)
        self.calendar_button = QPushButton(self.tr("New calendar address"), self)
        self.calendar_button.setAccessibleName(self.tr("Give this mentor a new calendar address"))
        self.calendar_button.setToolTip(
            self.tr("The old calendar address stops working, for instance when it was shared by mistake.")
        )
        self.calendar_button.setEnabled(False)
        self.calendar_button.clicked.connect(self.renew_calendar)
        buttons.addWidget(self.issue_button)
        buttons.addWidget(self.revoke_button)
        buttons.addWidget(self.calendar_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

    def focus_order(self) -> list[QWidget]:
        return [self.issue_button, self.link_edit, self.copy_button, self.revoke_button, self.calendar_button]

    def reload(self) -> None:
        self._run(lambda: list_links(self.ctx, self.mentor_id), self._listed)

    def _run(self, work: Callable[[], Any], done: Callable[[Any], None]) -> None:
        self.busy = True
        for button in (self.issue_button, self.revoke_button, self.calendar_button):
            button.setEnabled(False)
        self.tasks.run(work, lambda result: self._finish(done, result), self._failed)

    def _finish(self, done: Callable[[Any], None], result: Any) -> None:
        if not shiboken6.isValid(self):  # the form was closed while the links loaded: nothing left to show them in
            return
        self.busy = False
        self.issue_button.setEnabled(True)
        done(result)

    def _listed(self, rows: list[PortalLinkRow]) -> None:
        active = [row for row in rows if row.state == "active"]
        self.revoke_button.setEnabled(bool(active))
        self.calendar_button.setEnabled(bool(active))
        if not active:
            self.state_label.setText(self.tr("No personal link is active."))
        elif len(active) == 1:
            self.state_label.setText(
                self.tr("One personal link is active; it expires {when}.").format(
                    when=format_datetime(active[0].expires_at)
                )
            )
        else:
            latest = max(row.expires_at for row in active)
            self.state_label.setText(
                self.tr("{count} personal links are active; the newest expires {when}.").format(
                    count=len(active), when=format_datetime(latest)
                )
            )
        self.state_label.setAccessibleName(self.state_label.text())

    def issue(self) -> None:
        if self.busy:
            return
        base = portal_base_url()
        self._run(lambda: issue_link(self.ctx, self.mentor_id, base_url=base), self._issued)

    def _issued(self, issued: IssuedLink) -> None:
        self.link_edit.setText(issued.url)
        self.copy_button.setEnabled(True)
        message = self.tr("A personal link was issued; it expires {when}. Copy it now: it is shown only once.").format(
            when=format_datetime(issued.expires_at)
        )
        announce(self, message)
        self.link_edit.setFocus()
        self.link_edit.selectAll()
        self.changed.emit()
        self.reload()

    def copy_link(self) -> None:
        if not self.link_edit.text():
            return
        QGuiApplication.clipboard().setText(self.link_edit.text())
        announce(self, self.tr("The personal link was copied to the clipboard."))

    def ask_to_revoke(self) -> QMessageBox:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Revoke personal links"),
            self.tr(
                "Revoke every personal link of this mentor? The mentor is signed out of the portal at the next click "
                "and needs a new link to get back in."
            ),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        revoke = box.addButton(self.tr("&Revoke"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("&Keep the links"), QMessageBox.ButtonRole.RejectRole)
        revoke.setAccessibleName(self.tr("Revoke every personal link"))
        box.setDefaultButton(keep)  # Enter must not revoke by accident
        box.setEscapeButton(keep)
        box.buttonClicked.connect(lambda button: self.revoke() if button is revoke else None)
        self.confirm_box = box
        box.open()
        return box

    def revoke(self) -> None:
        if self.busy:
            return
        self._run(lambda: revoke_links(self.ctx, self.mentor_id), self._revoked)

    def _revoked(self, rows: list[PortalLinkRow]) -> None:
        self.link_edit.clear()
        self.copy_button.setEnabled(False)
        if not rows:
            message = self.tr("No link was active; there was nothing to revoke.")
        elif len(rows) == 1:
            message = self.tr("The personal link was revoked.")
        else:
            message = self.tr("{count} personal links were revoked.").format(count=len(rows))
        announce(self, message)
        self.changed.emit()
        self.reload()

    def renew_calendar(self) -> None:
        if self.busy:
            return
        self._run(lambda: renew_calendar(self.ctx, self.mentor_id), self._calendar_renewed)

    def _calendar_renewed(self, _count: int) -> None:
        announce(
            self,
            self.tr(
                "The mentor has a new calendar address; the old one no longer works. They find the new one on their "
                "My mentees page and subscribe to it again."
            ),
        )
        self.changed.emit()
        self.reload()

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        self.issue_button.setEnabled(True)
        text = self.tr("The personal link could not be changed: {reason}").format(reason=error_text(exc))
        self.state_label.setText(text)
        self.state_label.setAccessibleName(text)
        announce(self, text, assertive=True)

"""Undo of the coordinator's last action in this session: the way back is one more journaled change, not an erasure."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from app.views.widgets.tasks import TaskRunner


@dataclass(frozen=True)
class UndoStep:
    description: str  # what the step undoes, in words: "Undo “note added”" reads it back
    revert: Callable[[], object]  # a service call that writes the opposite change
    done_text: str  # the confirmation once it is undone


class SessionUndo(QObject):
    """A stack of the session's undoable actions; views push after a successful write, Edit → Undo pops."""

    changed = Signal()
    undone = Signal(str)  # the confirmation text
    failed = Signal(object)  # the exception of a refused undo

    def __init__(self, tasks: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.steps: list[UndoStep] = []
        self.busy = False

    def push(self, description: str, revert: Callable[[], object], done_text: str) -> None:
        self.steps.append(UndoStep(description, revert, done_text))
        self.changed.emit()

    @property
    def last(self) -> UndoStep | None:
        return self.steps[-1] if self.steps else None

    def undo(self) -> bool:
        """Run the last step's revert off the GUI thread; False when there is nothing to undo."""
        step = self.last
        if step is None or self.busy:
            return False
        self.busy = True
        self.steps.pop()
        self.changed.emit()
        self.tasks.run(step.revert, lambda _row: self._done(step), self._failed)
        return True

    def _done(self, step: UndoStep) -> None:
        self.busy = False
        self.undone.emit(step.done_text)

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        self.failed.emit(exc)

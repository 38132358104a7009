"""One "data changed" signal for every open view (Anki's change notification), bridged from the service context."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot

from app.services.core.context import ServiceContext


class DataChangeNotifier(QObject):
    """Emits `changed({entity: {ids}})` on the GUI thread after every committed service transaction.

    Services call their listeners on whatever thread ran the transaction (often a worker); a queued signal brings
    the news back to the thread this object lives in.
    """

    changed = Signal(dict)
    _from_worker = Signal(dict)

    def __init__(self, ctx: ServiceContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._from_worker.connect(self._relay, Qt.ConnectionType.QueuedConnection)
        ctx.listeners.append(self._listen)

    def detach(self) -> None:
        """Stop listening (the window closes; the context may live on)."""
        if self._listen in self._ctx.listeners:
            self._ctx.listeners.remove(self._listen)

    def _listen(self, changed: dict[str, set[str]]) -> None:
        copy = {entity: set(ids) for entity, ids in changed.items()}
        if QThread.currentThread() == self.thread():
            self.changed.emit(copy)
        else:
            self._from_worker.emit(copy)

    @Slot(dict)
    def _relay(self, changed: dict[str, set[str]]) -> None:
        self.changed.emit(changed)

"""Background work (Picard's `run_task`): run a callable on a thread pool, get its result or error on the GUI thread."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot

logger = logging.getLogger(__name__)

Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


class _Job(QRunnable):
    def __init__(self, runner: TaskRunner, func: Callable[[], Any], on_done: Done, on_error: Failed | None) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the runner keeps it until the result is delivered
        self.runner, self.func, self.on_done, self.on_error = runner, func, on_done, on_error
        self.result: Any = None
        self.error: Exception | None = None

    def run(self) -> None:
        try:
            self.result = self.func()
        except Exception as exc:  # delivered to on_error on the GUI thread
            self.error = exc
        self.runner.job_finished.emit(self)


class TaskRunner(QObject):
    """Runs slow calls (database reads and writes) off the GUI thread.

    The result, or the exception, comes back through a queued signal, so callbacks always run on the GUI thread.
    Tests wait with `qtbot.waitUntil(lambda: runner.idle)`, or use `InlineTaskRunner`.
    """

    job_finished = Signal(object)
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None, *, max_threads: int = 2) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._jobs: set[_Job] = set()
        self._closed = False
        self.job_finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    @property
    def idle(self) -> bool:
        return not self._jobs

    def run(self, func: Callable[[], Any], on_done: Done, on_error: Failed | None = None) -> None:
        if self._closed:
            return
        job = _Job(self, func, on_done, on_error)
        was_idle = self.idle
        self._jobs.add(job)
        if was_idle:
            self.busy_changed.emit(True)
        self._pool.start(job)

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until running jobs finish."""
        return bool(self._pool.waitForDone(msecs))

    def shutdown(self) -> None:
        """Take no new work and let running jobs end (the window closes; no job may outlive the database)."""
        self._closed = True
        self._pool.clear()
        self.wait()
        self._jobs.clear()

    @Slot(object)
    def _deliver(self, job: _Job) -> None:
        if self._closed:
            return
        self._jobs.discard(job)
        try:
            callback = job.on_done if job.error is None else job.on_error
            owner = getattr(callback, "__self__", None)
            if isinstance(owner, QObject) and not shiboken6.isValid(owner):
                return  # its window was closed (and deleted) while the task ran: nobody is left to show the result
            if job.error is None:
                job.on_done(job.result)
            elif job.on_error is not None:
                job.on_error(job.error)
            else:
                logger.error("background task failed", exc_info=(type(job.error), job.error, job.error.__traceback__))
        finally:
            if self.idle:
                self.busy_changed.emit(False)


class InlineTaskRunner(TaskRunner):
    """Runs each task at once on the calling thread (for tests that want no threads at all)."""

    def run(self, func: Callable[[], Any], on_done: Done, on_error: Failed | None = None) -> None:
        try:
            result = func()
        except Exception as exc:
            if on_error is None:
                raise
            on_error(exc)
            return
        on_done(result)

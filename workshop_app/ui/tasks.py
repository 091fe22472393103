"""Long work off the GUI thread: one helper running a function in a pool, reporting back by signals."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Signals(QObject):
    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)


class Task(QRunnable):
    """Runs `fn(report)`; `report(done, total)` returns False once the task is cancelled."""

    def __init__(self, fn: Callable[[Callable[[int, int], bool]], Any]) -> None:
        super().__init__()
        self.fn = fn
        self.signals = _Signals()
        self.cancelled = False
        self.setAutoDelete(False)

    def cancel(self) -> None:
        self.cancelled = True

    def _report(self, done: int, total: int) -> bool:
        self.signals.progress.emit(done, total)
        return not self.cancelled

    def run(self) -> None:
        try:
            result = self.fn(self._report)
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread to explain
            self.signals.failed.emit(exc)
            return
        self.signals.finished.emit(result)


class TaskRunner(QObject):
    """One lane for background work (a pool of one thread); `synchronous` runs inline for tests."""

    def __init__(self, parent: QObject | None = None, *, synchronous: bool = False) -> None:
        super().__init__(parent)
        self.synchronous = synchronous
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._running: set[Task] = set()

    def start(
        self,
        fn: Callable[[Callable[[int, int], bool]], Any],
        *,
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        on_progress: Callable[[int, int], None] | None = None,
    ) -> Task:
        task = Task(fn)
        if on_progress:
            task.signals.progress.connect(on_progress)
        task.signals.finished.connect(lambda result: (self._running.discard(task), on_done(result)))
        task.signals.failed.connect(lambda exc: (self._running.discard(task), on_error(exc)))
        self._running.add(task)
        if self.synchronous:
            task.run()
        else:
            self.pool.start(task)
        return task

    def wait(self, msecs: int = 30_000) -> bool:
        return self.pool.waitForDone(msecs)

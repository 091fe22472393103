"""Work off the GUI thread: a lane for long tasks reporting back by signals, and the writer lane for saves."""

from __future__ import annotations

import threading
import time
from collections import OrderedDict, deque
from collections.abc import Callable, Hashable, Iterable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal


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


IDLE_SECONDS = 5.0  # the writer lane's thread ends after this long without work


class _Job:
    __slots__ = ("key", "fn", "value", "on_done", "on_error")

    def __init__(
        self,
        key: Hashable,
        fn: Callable[[], Any],
        value: Any,
        on_done: Callable[[Any], None] | None,
        on_error: Callable[[BaseException], None] | None,
    ) -> None:
        self.key = key
        self.fn = fn
        self.value = value
        self.on_done = on_done
        self.on_error = on_error


class WriterLane(QObject):
    """The one writer off the GUI thread: saves run one at a time, in the order they were handed over.

    A job has a key (what it writes, e.g. one person's reflection for one prompt). A newer job
    with the key of one still waiting replaces it (the newer text wins; the older one need never
    be written); `drop` removes waiting jobs it makes pointless (a save makes the draft of the
    same text pointless). Outcomes come back on the GUI thread, in order. `wait` blocks until
    every job handed over is written (closing, switching to work that needs it, quitting), then
    delivers the outcomes at once, so a caller can trust what it reads next. A worker thread runs
    while there is work (and a few seconds after, for the next save). `synchronous` runs each job
    inline (tests).
    """

    _ready = Signal()

    def __init__(self, parent: QObject | None = None, *, synchronous: bool = False) -> None:
        super().__init__(parent)
        self.synchronous = synchronous
        self._cond = threading.Condition()
        self._queue: OrderedDict[Hashable, _Job] = OrderedDict()
        self._running: _Job | None = None
        self._worker: threading.Thread | None = None
        self._outcomes: deque[tuple[_Job, bool, Any]] = deque()
        self._ready.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    # --- GUI thread ----------------------------------------------------------------------
    def submit(
        self,
        key: Hashable,
        fn: Callable[[], Any],
        *,
        value: Any = None,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        drop: Iterable[Hashable] = (),
    ) -> None:
        """Hand over one write; `value` is what it writes (see `pending_value`)."""
        job = _Job(key, fn, value, on_done, on_error)
        if self.synchronous:
            for other in (key, *drop):
                self._queue.pop(other, None)
            self._outcomes.append(self._run(job))
            self._deliver()
            return
        with self._cond:
            for other in (key, *drop):
                self._queue.pop(other, None)
            self._queue[key] = job
            self._cond.notify_all()
            if self._worker is None:
                self._worker = threading.Thread(target=self._work, name="writer-lane", daemon=True)
                self._worker.start()

    def pending_value(self, key: Hashable) -> Any:
        """The value of the newest job with this key not yet written (None when there is none)."""
        with self._cond:
            job = self._queue.get(key)
            if job is None and self._running is not None and self._running.key == key:
                job = self._running
            return None if job is None else job.value

    @property
    def busy(self) -> bool:
        with self._cond:
            return bool(self._queue) or self._running is not None or bool(self._outcomes)

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until every job handed over has run (at most `msecs`), then deliver the outcomes.

        True when nothing is left to write.
        """
        deadline = time.monotonic() + msecs / 1000
        with self._cond:
            while self._queue or self._running is not None:
                left = deadline - time.monotonic()
                if left <= 0:
                    break
                self._cond.wait(left)
            idle = not self._queue and self._running is None
        self._deliver()
        return idle

    def _deliver(self) -> None:
        while True:
            with self._cond:
                if not self._outcomes:
                    return
                job, ok, outcome = self._outcomes.popleft()
            callback = job.on_done if ok else job.on_error
            if callback is not None:
                callback(outcome)

    # --- the worker thread ---------------------------------------------------------------
    @staticmethod
    def _run(job: _Job) -> tuple[_Job, bool, Any]:
        try:
            return job, True, job.fn()
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread to explain
            return job, False, exc

    def _work(self) -> None:
        while True:
            with self._cond:
                if not self._queue:
                    self._cond.wait(IDLE_SECONDS)  # typing goes on: keep the thread for the next save
                if not self._queue:
                    self._worker = None
                    self._cond.notify_all()
                    return
                _, job = self._queue.popitem(last=False)
                self._running = job
            outcome = self._run(job)
            with self._cond:
                self._outcomes.append(outcome)
                self._running = None
                self._cond.notify_all()
            try:
                self._ready.emit()
            except RuntimeError:  # the lane's owner is gone (after its last wait)
                pass

"""A window before its services: the first screen painted from plain reads, the services built behind it.

Importing SQLAlchemy, mapping the tables and opening the database took about half of the start.
`StartingServices` stands in for `Services` while they are built on a background thread (begun
once the window has painted): the first screen's reads (programmes, participants, consents,
sessions, one agenda, the reflection in the editor) are answered by `QuickReads` over the
DB-API, and anything else waits until the services are there: on the GUI thread under a busy
cursor, on a worker thread plainly. Nothing a person does is refused or lost meanwhile; it runs
as soon as the services are ready (about a second).

Once ready, every attribute is the real service's. If the build fails (the ordinary open refuses
the file), `failed` is emitted and the start falls back to the ordinary path, which explains.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEventLoop, QObject, Qt, Signal
from PySide6.QtWidgets import QApplication

from ..domain.content import ContentLibrary
from ..domain.errors import NotFoundError, WorkshopError
from ..services.agenda_types import agenda_of, prompts_of

if TYPE_CHECKING:
    from ..services.container import Services
    from ..services.first_screen import QuickReads

log = logging.getLogger(__name__)


class _Relay(QObject):
    """Carries the background thread's 'done' to the GUI thread."""

    done = Signal()


class StartingServices:
    """Stands in for `Services` until they are built; then passes everything through to them."""

    def __init__(
        self,
        path: Path,
        library: ContentLibrary,
        reads: QuickReads,
        build: Callable[[], Services],
    ) -> None:
        self.content_library = library
        self.recovery_key: str | None = None
        self._path = path
        self._reads: QuickReads | None = reads
        self._build = build
        self._real: Services | None = None
        self._error: BaseException | None = None
        self._done = threading.Event()
        self._thread: threading.Thread | None = None
        self._ready_callbacks: list[Callable[[Services], None]] = []
        self._failed_callbacks: list[Callable[[BaseException], None]] = []
        self._settled = False
        self.waiting = 0  # GUI-thread waits under way (callbacks hold off while one runs)
        self.started_at = time.perf_counter()
        self.ready_at: float | None = None
        self._relay = _Relay()
        self._relay.done.connect(self._settle, Qt.ConnectionType.QueuedConnection)
        reads_by_service: dict[str, dict[str, Any]] = {
            "programmes": {"programmes": reads.programmes, "participants": reads.participants},
            "sessions": {
                "sessions": reads.sessions,
                "session": self._session,
                "agenda": lambda session: agenda_of(session, library),
                "prompts": prompts_of,
            },
            "consent": {"consents": reads.consents, "consenting_ids": reads.consenting_ids},
            "entries": {"reflection_text": reads.reflection_text},
            "db": {"path": path, "read_only": False},
        }
        self._early = reads_by_service

    def __repr__(self) -> str:
        return f"StartingServices({self._path}, ready={self.is_ready})"

    # --- building ----------------------------------------------------------------------------
    def start(self) -> None:
        """Begin building the services in the background (once; later calls do nothing)."""
        if self._thread is not None:
            return
        self._thread = threading.Thread(target=self._run_build, name="services-start", daemon=True)
        self._thread.start()

    def _run_build(self) -> None:
        try:
            self._real = self._build()
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread, which falls back
            self._error = exc
        finally:
            # Signal first, then release the waiters: once a waiter returns, the GUI thread may be
            # closing down, and this thread must not touch a Qt object any more.
            self._relay.done.emit()
            self._done.set()

    @property
    def is_ready(self) -> bool:
        return self._real is not None and self._settled

    def when_ready(
        self, on_ready: Callable[[Services], None], on_failed: Callable[[BaseException], None] | None = None
    ) -> None:
        """Call `on_ready(services)` on the GUI thread once they are built (or `on_failed(error)`)."""
        self._ready_callbacks.append(on_ready)
        if on_failed is not None:
            self._failed_callbacks.append(on_failed)

    def _settle(self) -> None:
        """On the GUI thread, once the build is over: the real services take over, callbacks run."""
        if self._settled:
            return
        self._settled = True
        self.ready_at = time.perf_counter()
        if self._reads is not None:
            self._reads.close()
            self._reads = None
        if self._error is not None:
            for failed in self._failed_callbacks:
                failed(self._error)
            return
        assert self._real is not None
        self._real.recovery_key = self.recovery_key or self._real.recovery_key
        for ready in self._ready_callbacks:
            ready(self._real)

    def services(self) -> Services:
        """The built services, waiting for them if need be (under a busy cursor on the GUI thread)."""
        if not self._done.is_set():
            self.start()
            app = QApplication.instance()
            if app is None or threading.current_thread() is not threading.main_thread():
                self._done.wait()
            else:
                self.waiting += 1
                QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
                try:
                    # Paint and timers go on; what the person types or clicks waits in the queue.
                    while not self._done.wait(0.02):
                        QApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
                finally:
                    QApplication.restoreOverrideCursor()
                    self.waiting -= 1
        if self._error is not None:
            if isinstance(self._error, WorkshopError):
                raise self._error
            raise WorkshopError("The database could not be opened.", code="start-failed") from self._error
        assert self._real is not None
        return self._real

    # --- standing in -------------------------------------------------------------------------
    def _session(self, session_id: str) -> Any:
        assert self._reads is not None
        session = self._reads.session(session_id)
        if session is None:
            raise NotFoundError("That session no longer exists.")
        return session

    def early(self, service: str, attribute: str) -> Any | None:
        """The first-screen answer for `service.attribute` while the services are being built."""
        if self._real is not None or self._reads is None:
            return None
        return self._early.get(service, {}).get(attribute)

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        real = self._real
        if real is not None:
            return getattr(real, name)
        return _Pending(self, name)

    def close(self) -> None:
        self.services().close()


class _Pending:
    """One service while the services are being built: first-screen reads answer now, the rest wait."""

    def __init__(self, starting: StartingServices, name: str) -> None:
        self._starting = starting
        self._name = name

    def __getattr__(self, attribute: str) -> Any:
        if attribute.startswith("__"):
            raise AttributeError(attribute)
        early = self._starting.early(self._name, attribute)
        if early is not None:
            return early
        return getattr(getattr(self._starting.services(), self._name), attribute)

    def __repr__(self) -> str:
        return f"<{self._name} (starting)>"

"""The window before its services: painted from plain reads, usable, and every action waits, then completes."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from tests.gui_helpers import run_started_window
from workshop_app.domain.errors import WorkshopError
from workshop_app.services.container import Services
from workshop_app.services.demo import create_demo
from workshop_app.storage.database import open_database
from workshop_app.ui import application
from workshop_app.ui.main_window import MainWindow
from workshop_app.ui.starting import StartingServices
from workshop_app.ui.tasks import TaskRunner


def _demo_db(path: Path, library) -> dict[str, object]:
    services = Services.create(open_database(path), library)
    create_demo(services)
    programmes = services.programmes.programmes()
    chosen = programmes[-1]
    expected = {
        "programmes": [p.name for p in programmes],
        "participants": [p.name for p in services.programmes.participants(chosen.id)],
        "sessions": [s.title for s in services.sessions.sessions(chosen.id)],
    }
    services.close()
    return expected


def _held_back(path: Path) -> tuple[StartingServices, threading.Event]:
    """A start whose services are built only once the test lets them."""
    starting = application._quick_start(path)
    assert isinstance(starting, StartingServices)
    gate = threading.Event()
    build = starting._build

    def held() -> Services:
        assert gate.wait(30)
        return build()

    starting._build = held
    return starting, gate


def test_the_first_screen_is_filled_and_usable_before_the_services_and_actions_complete_once_ready(
    qtbot, tmp_path: Path, library
) -> None:
    db = tmp_path / "start.db"
    expected = _demo_db(db, library)
    starting, gate = _held_back(db)
    window = MainWindow(starting, runner=TaskRunner(synchronous=True))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    starting.start()  # building, but held back: nothing below may wait for it
    assert not starting.is_ready

    # what the person sees: the programme, its people and sessions, the chosen session's agenda
    combo = window.programme_combo
    assert [combo.itemText(i) for i in range(combo.count())] == expected["programmes"]
    assert [p.name for p in window.participant_model.items()] == expected["participants"]
    assert [s.title for s in window.session_model.items()] == expected["sessions"]
    assert window.session_heading.text() == expected["sessions"][0]
    assert window.agenda_model.rowCount() > 0
    assert window.reflection_editor.participant_combo.count() > 0
    # and it is usable: another session, then back, all from the first screen's reads
    qtbot.mouseClick(
        window.session_view.viewport(),
        Qt.MouseButton.LeftButton,
        pos=window.session_view.visualRect(window.session_model.index(1, 0)).center(),
    )
    assert window.session_heading.text() == expected["sessions"][1]
    assert not starting.is_ready

    # an action the first screen cannot answer (the Run tab reads attendance) waits under a busy
    # cursor, the window still painting, and completes once the services are there
    seen: list[object] = []

    def let_them_be_built() -> None:
        cursor = QApplication.overrideCursor()
        seen.append(cursor.shape() if cursor is not None else None)
        gate.set()

    QTimer.singleShot(0, let_them_be_built)
    window.show_run_view()
    assert seen == [Qt.CursorShape.WaitCursor]
    assert QApplication.overrideCursor() is None
    assert window.session_tabs.currentWidget() is window.run_view
    assert window.run_view.attendance_model.rowCount() == len(expected["participants"])
    qtbot.waitUntil(lambda: starting.is_ready, timeout=30_000)
    assert type(window.services.programmes).__name__ == "ProgrammeService"

    # once ready, a change goes through the real services and shows
    person = window.services.programmes.add_participant(window.current_programme_id(), "Ngozi Okafor")
    window.data_changed.emit(person.changes, None)
    assert "Ngozi Okafor" in [p.name for p in window.participant_model.items()]
    window.close()
    starting.close()


def test_typing_before_the_services_are_ready_is_saved_once_they_are(qtbot, tmp_path: Path, library) -> None:
    db = tmp_path / "start.db"
    _demo_db(db, library)
    starting, gate = _held_back(db)
    window = MainWindow(starting, runner=TaskRunner(synchronous=True))
    qtbot.addWidget(window)
    window.show()
    starting.start()
    editor = window.reflection_editor
    key = editor.current_key()
    assert key is not None and key[1] in starting.consent.consenting_ids(window.current_programme_id())
    editor.editor.setPlainText("Typed while the app was still starting")
    editor.save_now(wait_ms=0)  # handed to the writer lane, which waits for the services
    assert not starting.is_ready
    gate.set()
    qtbot.waitUntil(lambda: starting.is_ready, timeout=30_000)
    assert editor.save_now()
    assert window.services.entries.reflection_text(*key) == "Typed while the app was still starting"
    window.close()
    starting.close()


def test_a_start_whose_services_cannot_be_built_reports_and_hands_over(qtbot, tmp_path: Path, library) -> None:
    db = tmp_path / "start.db"
    _demo_db(db, library)
    starting = application._quick_start(db)
    assert starting is not None

    def refused() -> Services:
        raise WorkshopError("This database cannot be opened.", code="db-damaged")

    starting._build = refused
    failures: list[BaseException] = []
    starting.when_ready(lambda services: None, failures.append)
    starting.start()
    with pytest.raises(WorkshopError, match="cannot be opened"):
        starting.programmes.create_programme("Too early")
    qtbot.waitUntil(lambda: bool(failures), timeout=30_000)
    assert failures[0].code == "db-damaged"


def test_the_first_paint_imports_neither_sqlalchemy_nor_the_storage_layer(tmp_path: Path) -> None:
    """Nor OpenSSL (hashing is for encrypted files), nor a second copy of the sources read by the binding,
    nor modules only later work needs."""
    lines = run_started_window(
        tmp_path,
        "import sys\n"
        "from pathlib import Path\n"
        "from workshop_app.ui import application\n"  # first, as the app's start imports it
        "from PySide6.QtWidgets import QApplication\n"
        "from workshop_app.ui.main_window import MainWindow\n"
        "app = QApplication([])\n"
        "starting = application._quick_start(Path(DB))\n"
        "window = MainWindow(starting)\n"
        "window.show()\n"
        "app.processEvents()\n"
        "print(window.participant_model.rowCount(), window.session_model.rowCount())\n"
        "print(sorted({m.split('.')[0] for m in sys.modules if m.startswith(('sqlalchemy', 'alembic'))}))\n"
        "print(sorted(m for m in sys.modules if m.startswith('workshop_app.storage.') and m not in\n"
        "    ('workshop_app.storage.quick_reads', 'workshop_app.storage.migrate', 'workshop_app.storage.keyfile',\n"
        "     'workshop_app.storage.atomic')))\n"
        "import linecache\n"
        "print('_hashlib' in sys.modules, sum('workshop_app' in name for name in linecache.cache))\n"
        "from workshop_app.app import setup_logging\n"
        "setup_logging()\n"
        "print(sorted(m for m in ('html', 'logging.handlers', 'workshop_app.ui.bundle_dialogs',\n"
        "    'workshop_app.ui.new_database') if m in sys.modules))\n"
        "window.close()\n"
        "starting.close()\n",
    )
    counts, orm, storage, openssl_and_sources, unneeded = lines[-5:]
    assert counts != "0 0"
    assert orm == "[]"
    assert storage == "[]"
    assert openssl_and_sources == "False 0"
    # loaded when first used: HTML entities, socket and pickle, bundles, the new-database dialog
    assert unneeded == "[]"


def test_a_slow_open_shows_why_and_its_result_or_error_comes_back(qtbot, monkeypatch) -> None:
    """Opening a file that must be upgraded first says so while it works; errors still reach the caller."""
    from PySide6.QtWidgets import QProgressDialog

    monkeypatch.delenv(application.HEADLESS_ENV, raising=False)
    monkeypatch.setattr(application, "OPEN_FEEDBACK_AFTER", 0.05)
    release = threading.Event()
    seen: list[str] = []

    def look() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog) and w.isVisible()]
        if dialogs:
            seen.append(dialogs[0].labelText())
            release.set()
        else:
            QTimer.singleShot(20, look)

    QTimer.singleShot(0, look)

    def slow_open() -> str:
        if not release.wait(30):
            raise AssertionError("the busy window never showed")
        return "opened"

    assert application.open_with_feedback("leaders.db", slow_open) == "opened"
    assert seen and "Opening leaders.db" in seen[0] and "upgraded" in seen[0]
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog) and w.isVisible()]

    def refused() -> None:
        raise WorkshopError("That file is not a Workshop Companion database.", code="not-a-database")

    with pytest.raises(WorkshopError, match="not a Workshop Companion database"):
        application.open_with_feedback("other.db", refused)


def test_once_started_what_start_up_made_is_left_out_of_later_full_collections() -> None:
    import gc

    gc.unfreeze()
    try:
        application.settle_after_start()
        frozen = gc.get_freeze_count()
        assert frozen > 1000  # the modules, the window, the services made so far
        gc.collect()
        assert gc.get_freeze_count() == frozen  # a full collection leaves them where they are
    finally:
        gc.unfreeze()

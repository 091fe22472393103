"""Saves on the writer lane and automatic backups on theirs: off the GUI thread, and nothing lost."""

from __future__ import annotations

import logging
import os
import sys
import threading
from datetime import date, time
from pathlib import Path

import pytest
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from tests.gui_helpers import open_main_window, type_text
from tests.seeding import one_reflection
from workshop_app.app import open_services
from workshop_app.services.container import Services
from workshop_app.storage import backup as bk
from workshop_app.storage.database import open_database
from workshop_app.ui import reflection_editor
from workshop_app.ui.application import AutomaticBackups
from workshop_app.ui.tasks import WriterLane

MARK = "Zebedee-quince-7731"


def _make_db(path: Path, library, names=("Ada Byron", "Bryn Jones")) -> tuple[list[str], str]:
    svc = Services.create(open_database(path), library)
    programme = svc.programmes.create_programme("Lane programme").value
    people = []
    for name in names:
        person = svc.programmes.add_participant(programme.id, name).value
        svc.consent.record(person.id, taking_part=True)
        people.append(person.id)
    session = svc.sessions.add_from_template(programme.id, "par-cycle-review", date(2026, 12, 1), time(13, 30)).value
    svc.close()
    return people, session.id


def _stored(path: Path, library, session_id: str, person_id: str, prompt: str) -> str:
    """What another connection (a fresh start of the app) reads from the file."""
    check = Services.create(open_database(path), library)
    try:
        return check.entries.reflection_text(session_id, person_id, prompt)
    finally:
        check.close()


class _Gate:
    """Holds the real save on the lane's thread until released, noting which thread ran it."""

    def __init__(self, entries) -> None:
        self.real = entries.save_reflection
        self.started = threading.Event()
        self.release = threading.Event()
        self.threads: list[threading.Thread] = []

    def __call__(self, *args, **kwargs):
        self.threads.append(threading.current_thread())
        self.started.set()
        assert self.release.wait(20), "the test never released the save"
        return self.real(*args, **kwargs)


def test_the_lane_runs_in_order_and_a_newer_save_replaces_a_waiting_one(qtbot) -> None:
    lane = WriterLane()
    gate = threading.Event()
    ran: list[str] = []
    done: list[str] = []

    def job(name: str):
        def run() -> str:
            if name == "first":
                assert gate.wait(20)
            ran.append(name)
            return name

        return run

    lane.submit("a", job("first"), on_done=done.append)
    qtbot.waitUntil(lambda: lane._running is not None)  # the first job is under way, held
    lane.submit("b", job("b old"), value="old", on_done=done.append)
    lane.submit("c", job("c"), on_done=done.append)
    lane.submit("b", job("b new"), value="new", on_done=done.append)  # replaces the waiting one
    assert lane.pending_value("b") == "new"
    gate.set()
    assert lane.wait(20_000)
    assert ran == ["first", "c", "b new"] and done == ran
    assert not lane.busy


def test_a_save_on_the_lane_is_in_the_database_once_the_editor_says_saved(qtbot, tmp_path: Path, library) -> None:
    path = tmp_path / "lane.db"
    people, session_id = _make_db(path, library)
    window = open_main_window(qtbot, path, library)
    editor = window.reflection_editor
    gate = _Gate(window.services.entries)
    window.services.entries.save_reflection = gate
    type_text(editor.editor, "Dw i'n gweld — trust grew")
    qtbot.waitUntil(gate.started.is_set, timeout=5000)  # the autosave handed the text to the lane
    assert editor.status.text() == "Saving…" and editor.has_unsaved_text
    assert gate.threads[0] is not threading.main_thread()  # the commit runs off the GUI thread
    gate.release.set()
    qtbot.waitUntil(lambda: editor.status.text().startswith("Saved"), timeout=5000)
    assert not editor.has_unsaved_text
    key = editor._loaded_key
    assert _stored(path, library, session_id, key[1], key[2]) == "Dw i'n gweld — trust grew"
    window.close()
    window.services.close()


def test_switching_participant_right_after_typing_keeps_each_text_with_its_person(
    qtbot, tmp_path: Path, library
) -> None:
    path = tmp_path / "switch.db"
    people, session_id = _make_db(path, library)
    window = open_main_window(qtbot, path, library)
    editor = window.reflection_editor
    combo = editor.participant_combo
    combo.setCurrentIndex(combo.findData(people[0]))
    prompt = editor.prompt_combo.currentData()
    gate = _Gate(window.services.entries)
    window.services.entries.save_reflection = gate

    type_text(editor.editor, "Ada's words")
    combo.setCurrentIndex(combo.findData(people[1]))  # at once: no pause for the autosave
    assert combo.currentData() == people[1] and editor.editor.toPlainText() == ""
    qtbot.waitUntil(gate.started.is_set, timeout=5000)  # Ada's save is on the lane, held there
    type_text(editor.editor, "Bryn's words")
    combo.setCurrentIndex(combo.findData(people[0]))  # back to Ada while her save is still under way
    assert editor.editor.toPlainText() == "Ada's words"  # the text on its way, not the older stored one
    combo.setCurrentIndex(combo.findData(people[1]))
    assert editor.editor.toPlainText() == "Bryn's words"
    gate.release.set()
    assert editor.save_now() is True
    assert _stored(path, library, session_id, people[0], prompt) == "Ada's words"
    assert _stored(path, library, session_id, people[1], prompt) == "Bryn's words"
    window.close()
    window.services.close()


def test_closing_the_window_with_a_save_in_flight_loses_nothing(qtbot, tmp_path: Path, library, monkeypatch) -> None:
    path = tmp_path / "close.db"
    people, session_id = _make_db(path, library)
    window = open_main_window(qtbot, path, library)
    editor = window.reflection_editor
    key = editor._loaded_key
    gate = _Gate(window.services.entries)
    window.services.entries.save_reflection = gate
    asked: list[object] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: asked.append(a) or QMessageBox.StandardButton.Cancel)

    type_text(editor.editor, "first half")
    qtbot.waitUntil(gate.started.is_set, timeout=5000)  # in flight
    type_text(editor.editor, ", and the second half")  # typed while the first save is under way
    real_wait = editor.lane.wait

    def wait(msecs: int = 30_000) -> bool:
        gate.release.set()  # the disk answers only once the window is closing
        return real_wait(msecs)

    editor.lane.wait = wait
    window.close()
    assert not asked  # nothing was reported unsaved
    assert not editor.has_unsaved_text
    window.services.close()
    assert _stored(path, library, session_id, key[1], key[2]) == "first half, and the second half"


def test_a_failed_save_on_the_lane_is_retried_and_reported(qtbot, tmp_path: Path, library, monkeypatch) -> None:
    from workshop_app.domain.errors import StorageFullError

    monkeypatch.setattr(reflection_editor, "RETRY_DELAY_MS", 200)
    path = tmp_path / "fail.db"
    people, session_id = _make_db(path, library)
    window = open_main_window(qtbot, path, library)
    editor = window.reflection_editor
    key = editor._loaded_key
    real = window.services.entries.save_reflection
    failing = [True]

    def save(*args, **kwargs):
        if failing[0]:
            raise StorageFullError("Could not save: the disk is full.")
        return real(*args, **kwargs)

    window.services.entries.save_reflection = save
    type_text(editor.editor, "kept while the disk is full")
    qtbot.waitUntil(lambda: "Not saved" in editor.status.text(), timeout=5000)
    assert editor.has_unsaved_text and editor._retry_timer.isActive()
    failing[0] = False  # space is back: the retry saves it without anyone typing
    qtbot.waitUntil(lambda: editor.status.text().startswith("Saved"), timeout=10_000)
    assert _stored(path, library, session_id, key[1], key[2]) == "kept while the disk is full"
    window.close()
    window.services.close()


@pytest.mark.parametrize("encrypted", [True, False])
def test_an_automatic_backup_on_its_lane_is_a_verified_copy(qtbot, tmp_path: Path, encrypted: bool) -> None:
    path = tmp_path / "auto.db"
    services = open_services(path, new_passphrase="a long passphrase" if encrypted else None)
    one_reflection(services, f"I said {MARK} out loud", programme=f"Programme {MARK}")
    threads: list[threading.Thread] = []
    real = services.safety.backup_if_due
    asked: list[dict] = []

    def backup_if_due(**kwargs):
        threads.append(threading.current_thread())
        asked.append(kwargs)
        return real(**kwargs)

    services.safety.backup_if_due = backup_if_due
    owner = QObject()
    window_niceness = os.getpriority(os.PRIO_PROCESS, threading.get_native_id()) if sys.platform != "win32" else 0
    automatic = AutomaticBackups(services, owner)
    automatic.start()
    qtbot.waitUntil(lambda: not automatic.busy, timeout=30_000)
    automatic.finish()
    info = automatic.last
    assert isinstance(info, bk.BackupInfo) and threads and threads[0] is not threading.main_thread()
    assert asked == [{"in_child": True}]  # copied, checked and thinned by a separate low-priority process
    if sys.platform != "win32":  # the window keeps its own priority
        assert os.getpriority(os.PRIO_PROCESS, threading.get_native_id()) == window_niceness
    assert bk.list_backups(bk.backup_dir(path))[0].path == info.path
    assert bk.check_file(info.path, services.db.key) == []
    assert not list(bk.backup_dir(path).glob(".*.tmp"))
    raw = info.path.read_bytes()
    assert (MARK.encode() in raw) is not encrypted  # the unencrypted run is the control: the scan finds it
    if encrypted:
        assert bk.check_file(info.path, None) != []  # unreadable without the key
        assert bk.keyfile_for(info.path).exists()
        copy = bk._connect(info.path, services.db.key, read_only=True)
        try:
            texts = [row[0] for row in copy.execute("SELECT text FROM reflection")]
        finally:
            copy.close()
        assert texts == [f"I said {MARK} out loud"]
    services.close()


def test_a_failed_automatic_backup_is_logged_not_shown(qtbot, tmp_path: Path, library, caplog) -> None:
    path = tmp_path / "nofolder.db"
    _make_db(path, library)
    (tmp_path / "backups").write_text("a file where the backup folder should be")
    services = Services.create(open_database(path), library)
    owner = QObject()
    automatic = AutomaticBackups(services, owner)
    finished: list[object] = []
    automatic.on_finished = finished.append
    with caplog.at_level(logging.WARNING):
        automatic.run_if_due()
        qtbot.waitUntil(lambda: bool(finished), timeout=30_000)
    assert isinstance(finished[0], Exception) and not automatic.busy
    assert "automatic backup failed: backup-failed" in caplog.text
    assert "Traceback" not in caplog.text
    automatic.finish()
    services.close()


def test_run_view_notes_save_on_the_lane_and_follow_their_block(qtbot, tmp_path: Path, library) -> None:
    from PySide6.QtCore import Qt

    from tests.test_run_gui import _window as run_window
    from workshop_app.domain import records as rec

    path = tmp_path / "notes.db"
    window, _clock = run_window(qtbot, path, library)
    view = window.run_view
    session_id = window._current_session.id
    first, second = view.agenda.lines[0].block, view.agenda.lines[1].block
    real = window.services.run.save_capture
    started, release, threads = threading.Event(), threading.Event(), []

    def held(*args, **kwargs):
        threads.append(threading.current_thread())
        started.set()
        assert release.wait(20)
        return real(*args, **kwargs)

    window.services.run.save_capture = held
    type_text(view.group_notes.editor, "Flipchart: one front door")
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Right)  # moving on hands the notes over without waiting
    assert view.group_notes.editor.toPlainText() == ""
    qtbot.waitUntil(started.is_set, timeout=5000)
    assert threads[0] is not threading.main_thread() and view.group_notes.has_unsaved_text
    qtbot.keyClick(view, Qt.Key.Key_Left)  # back while the save is held: the notes on their way show
    assert view.group_notes.editor.toPlainText() == "Flipchart: one front door"
    release.set()
    window.close()
    window.services.close()
    check = Services.create(open_database(path), library)
    try:
        notes = check.run.capture_text(session_id, first.id, rec.CaptureKind.GROUP_NOTES)
        assert notes == "Flipchart: one front door"
        assert check.run.capture_text(session_id, second.id, rec.CaptureKind.GROUP_NOTES) == ""
    finally:
        check.close()

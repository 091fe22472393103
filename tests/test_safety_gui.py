"""Start-up safety through the GUI path: one instance, ways out of a bad file, drafts, restore (R-03, R-07, R-08)."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from datetime import date, time
from pathlib import Path

from PySide6.QtCore import Qt

from tests.gui_helpers import type_text
from workshop_app.services.container import Services
from workshop_app.storage import backup as bk
from workshop_app.storage.database import open_database
from workshop_app.ui import application, reflection_editor, restore_dialog
from workshop_app.ui.instance import EXIT_ALREADY_RUNNING
from workshop_app.ui.main_window import MainWindow
from workshop_app.ui.tasks import TaskRunner

ROOT = Path(__file__).resolve().parent.parent
HOLDER = """
import sys
from pathlib import Path
from workshop_app.app import open_services
from workshop_app.ui.instance import acquire
lock = acquire(Path(sys.argv[1]))
services = open_services(sys.argv[1])
print("ready", flush=True)
sys.stdin.read()
"""


def _env(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        PYTHONPATH=str(ROOT),
        WORKSHOP_APP_HOME=str(tmp_path / "home"),
        WORKSHOP_APP_HEADLESS="1",
        QT_QPA_PLATFORM="offscreen",
    )
    return env


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_second_instance_is_refused_and_a_dead_ones_lock_is_reclaimed(tmp_path: Path) -> None:
    db = tmp_path / "one.db"
    env = _env(tmp_path)
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(db)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env, text=True
    )
    try:
        assert holder.stdout.readline().strip() == "ready"
        before = (_digest(db), db.stat().st_mtime_ns)
        gui = subprocess.run(
            [sys.executable, "-m", "workshop_app", "--db", str(db)], env=env, capture_output=True, text=True, timeout=30
        )
        assert gui.returncode == EXIT_ALREADY_RUNNING
        assert "already open" in gui.stderr and f"process {holder.pid}" in gui.stderr
        assert "Traceback" not in gui.stderr
        cli = subprocess.run(
            [sys.executable, "-m", "workshop_app", "backup", "--db", str(db)],
            env=env,
            capture_output=True,
            text=True,
            timeout=30,
        )
        assert cli.returncode == EXIT_ALREADY_RUNNING
        assert (_digest(db), db.stat().st_mtime_ns) == before
    finally:
        holder.kill()
        holder.wait()
    # The holder died without unlocking: the next start takes the stale lock at once.
    cli = subprocess.run(
        [sys.executable, "-m", "workshop_app", "backup", "--db", str(db)],
        env=env,
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert cli.returncode == 0, cli.stderr
    assert len(bk.list_backups(bk.backup_dir(db))) == 1


def _make_db(path: Path, library) -> tuple[Services, str, str]:
    svc = Services.create(open_database(path), library)
    prog = svc.programmes.create_programme("Start-up programme").value
    person = svc.programmes.add_participant(prog.id, "Ada Byron").value
    svc.consent.record(person.id, taking_part=True, research_use=True, quoting=True)
    session = svc.sessions.add_from_template(prog.id, "introducing-six-practices", date(2026, 4, 1), time(9, 30)).value
    return svc, person.id, session.id


def test_damaged_database_offers_the_newest_backup(tmp_path: Path, library, monkeypatch) -> None:
    path = tmp_path / "w.db"
    svc, _, _ = _make_db(path, library)
    svc.safety.backup_now()
    svc.db.checkpoint()
    svc.close()
    blob = bytearray(path.read_bytes())
    blob[4096 * 2 : 4096 * 2 + 300] = b"\x00\xff" * 150
    path.write_bytes(bytes(blob))
    damaged = path.read_bytes()
    asked: list[tuple[str, list[str]]] = []

    def choose(problem: str, options: list[str]) -> str:
        asked.append((problem, options))
        return application.RESTORE

    monkeypatch.setattr(application, "ask_way_forward", choose)
    services = application.open_for_gui(path)
    try:
        assert asked and "damaged" in asked[0][0]
        assert asked[0][1] == [application.RESTORE, application.OTHER, application.QUIT]
        assert [p.name for p in services.programmes.programmes()] == ["Start-up programme"]
    finally:
        services.close()
    aside = [p for p in tmp_path.iterdir() if ".damaged-" in p.name and p.name.endswith(p.name.split(".")[-1])]
    assert any(p.read_bytes() == damaged for p in aside)  # the damaged file is kept, byte for byte


def test_read_only_folder_offers_read_only_opening(tmp_path: Path, library, monkeypatch) -> None:
    import workshop_app.storage.database as database_module

    path = tmp_path / "w.db"
    svc, _, _ = _make_db(path, library)
    svc.close()
    monkeypatch.setattr(database_module, "_folder_writable", lambda _t: False)
    asked: list[list[str]] = []
    monkeypatch.setattr(application, "ask_way_forward", lambda p, o: asked.append(o) or application.READ_ONLY)
    services = application.open_for_gui(path)
    try:
        assert asked == [[application.READ_ONLY, application.OTHER, application.QUIT]]
        assert services.db.read_only
    finally:
        services.close()


def test_wrong_passphrase_is_said_plainly_then_the_right_one_opens(tmp_path: Path, library, monkeypatch) -> None:
    from workshop_app.storage.database import create_encrypted

    path = tmp_path / "s.db"
    db, recovery = create_encrypted(path, "a long passphrase")
    db.close()
    answers = iter(["wrong one", recovery])
    problems: list[str] = []

    def ask(name: str, problem: str = "") -> str:
        problems.append(problem)
        return next(answers)

    monkeypatch.setattr(application, "ask_passphrase", ask)
    services = application.open_for_gui(path)
    services.close()
    assert problems[0] == "" and problems[1].startswith("Wrong passphrase")


def test_new_database_dialog_offers_encryption_on_by_default(qtbot, tmp_path: Path) -> None:
    from workshop_app.ui.new_database import NewDatabaseDialog

    dialog = NewDatabaseDialog(tmp_path / "new.db")
    qtbot.addWidget(dialog)
    assert dialog.encrypt.isChecked()
    type_text(dialog.passphrase, "short")
    dialog._accept()
    assert "at least 8" in dialog.problem.text()
    assert dialog.problem.property("textRole") == "error"  # the theme's error colour, high contrast too
    dialog.passphrase.clear()
    type_text(dialog.passphrase, "long enough phrase")
    type_text(dialog.confirm, "long enough phrase")
    dialog._accept()
    assert dialog.result() == dialog.DialogCode.Accepted and dialog.chosen_passphrase() == "long enough phrase"


def test_typed_text_survives_a_crash_as_a_draft_offered_once(qtbot, tmp_path: Path, library, monkeypatch) -> None:
    path = tmp_path / "w.db"
    svc, person_id, session_id = _make_db(path, library)
    window = MainWindow(svc, runner=TaskRunner(synchronous=True))
    qtbot.addWidget(window)
    window.show()
    editor = window.reflection_editor
    assert editor.isEnabled()
    type_text(editor.editor, "Trust grew when we shared the rota")
    editor._timer.stop()  # the crash comes before the pause that saves it
    editor.keep_draft()
    key = editor._loaded_key
    assert svc.entries.reflection_text(*key) == ""
    # "Crash": the window is gone without saving; a new start offers the draft.
    editor._dirty = False
    window.close()
    svc.close()
    svc2 = Services.create(open_database(path), library)
    offered = []

    def accept(parent, draft, who) -> bool:
        offered.append((draft.text, who))
        return True

    monkeypatch.setattr(reflection_editor, "ask_recover", accept)
    changes = reflection_editor.recover_drafts(None, svc2.entries, {person_id: "Ada Byron (AB)"})
    assert offered == [("Trust grew when we shared the rota", "Ada Byron (AB)")]
    assert changes is not None and changes.reflections
    assert svc2.entries.reflection_text(*key) == "Trust grew when we shared the rota"
    assert reflection_editor.recover_drafts(None, svc2.entries, {}) is None  # offered once only
    svc2.close()


def test_restore_screen_lists_backups_and_restores_one(qtbot, tmp_path: Path, library, monkeypatch) -> None:
    path = tmp_path / "w.db"
    svc, _, _ = _make_db(path, library)
    try:
        svc.safety.backup_now()
        svc.programmes.create_programme("Made after the backup")
        restored = []
        dialog = restore_dialog.RestoreDialog(svc, on_restored=restored.append)
        qtbot.addWidget(dialog)
        assert dialog.model.rowCount() == 1
        size_text = dialog.model.index(0, 1).data()
        assert size_text.endswith("KB")
        qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
        assert dialog.model.rowCount() == 2
        dialog.table.selectRow(1)  # the older one
        monkeypatch.setattr(restore_dialog, "confirm_restore", lambda parent, when: True)
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
        assert restored and restored[0].programmes
        assert [p.name for p in svc.programmes.programmes()] == ["Start-up programme"]
        assert dialog.model.rowCount() == 3  # the state before restoring was backed up
    finally:
        svc.close()

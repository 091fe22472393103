"""Erasure as a facilitator asks for it: from the Programme menu, and from the command line."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from workshop_app.cli import main
from workshop_app.services.container import Services
from workshop_app.storage.database import open_database
from workshop_app.ui import main_window as main_window_module
from workshop_app.ui.main_window import MainWindow
from workshop_app.ui.tasks import TaskRunner

MARKER = "ZQXJ-erase-me-7731"


def _programme(path: Path, library) -> tuple[str, str]:
    svc = Services.create(open_database(path), library)
    programme = svc.programmes.create_programme("Erasure").value
    person = svc.programmes.add_participant(programme.id, f"Ena {MARKER}").value
    keep = svc.programmes.add_participant(programme.id, "Kit Keeper").value
    for who in (person, keep):
        svc.consent.record(who.id, taking_part=True, research_use=True)
    session = svc.sessions.add_from_template(programme.id, "par-cycle-review", date(2026, 4, 1), time(10, 0)).value
    prompt = svc.sessions.prompts(session)[0]
    svc.entries.save_reflection(session.id, person.id, prompt, f"words {MARKER}")
    svc.entries.save_reflection(session.id, keep.id, prompt, "kept words")
    svc.consent.withdraw(person.id)
    svc.close()
    return person.code, keep.code


def test_erase_from_the_programme_menu(qtbot, tmp_path: Path, library, monkeypatch) -> None:
    path = tmp_path / "erase.db"
    code, kept = _programme(path, library)
    window = MainWindow(Services.create(open_database(path), library), runner=TaskRunner(synchronous=True))
    qtbot.addWidget(window)
    window.show()
    row = next(i for i, p in enumerate(window.participant_model.items()) if p.code == code)
    window.participant_view.selectRow(row)
    asked: list[str] = []
    monkeypatch.setattr(main_window_module, "ask_erase", lambda parent, name, c: asked.append(c) or False)
    window.erase_action.trigger()
    assert asked == [code] and window.participant_model.rowCount() == 2  # cancelled: nothing gone
    monkeypatch.setattr(main_window_module, "ask_erase", lambda parent, name, c: True)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.StandardButton.Ok)
    window.participant_view.selectRow(row)
    window.erase_action.trigger()
    assert [p.code for p in window.participant_model.items()] == [kept]
    window.close()
    window.services.close()
    for file in (path, Path(f"{path}-wal")):
        if file.exists():
            assert MARKER.encode() not in file.read_bytes()


def test_erase_from_the_command_line_needs_confirmation(tmp_path: Path, library, capsys) -> None:
    path = tmp_path / "erase-cli.db"
    code, kept = _programme(path, library)
    assert main(["erase", "--db", str(path), "--participant", code]) == 1
    assert "--yes" in capsys.readouterr().err
    assert MARKER.encode() in path.read_bytes() or Path(f"{path}-wal").exists()
    assert main(["erase", "--db", str(path), "--participant", "ZZ99", "--yes"]) == 1
    assert "No participant" in capsys.readouterr().err
    assert main(["erase", "--db", str(path), "--participant", code.lower(), "--yes"]) == 0
    out = capsys.readouterr().out
    assert f"Erased every trace of {code}" in out and "still in the older backup" in out
    for file in (path, Path(f"{path}-wal")):
        if file.exists():
            assert MARKER.encode() not in file.read_bytes()
    svc = Services.create(open_database(path), library)
    (programme,) = svc.programmes.programmes()
    assert [p.code for p in svc.programmes.participants(programme.id)] == [kept]
    svc.close()

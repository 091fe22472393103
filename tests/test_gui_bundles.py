"""File → Import bundle… and Export bundle… in the real window, with real bundle files."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from tests.gui_helpers import answer_dialog, type_text
from workshop_app.services.container import Services
from workshop_app.services.demo import create_demo
from workshop_app.storage import bundle_file
from workshop_app.storage.database import open_database
from workshop_app.ui import bundle_dialogs
from workshop_app.ui.bundle_dialogs import ExportBundleDialog, ImportSummaryDialog
from workshop_app.ui.main_window import MainWindow
from workshop_app.ui.tasks import TaskRunner

PASSPHRASE = "blue heron 7"


@pytest.fixture(autouse=True)
def _cheap_scrypt(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bundle_file, "SCRYPT_LOG2_N", 12)


def _window(qtbot, services: Services) -> MainWindow:
    window = MainWindow(services, runner=TaskRunner(synchronous=True))
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    return window


def _menu_action(window: MainWindow, text: str):
    return next(a for a in window.file_menu.actions() if a.text().replace("&", "") == text)


def test_import_an_encrypted_bundle_from_the_file_menu(qtbot, tmp_path: Path, library, monkeypatch) -> None:
    # laptop A: the demo programme, exported encrypted to a real file
    a = Services.create(open_database(tmp_path / "a.db"), library)
    programme = create_demo(a, today=date(2026, 3, 2))
    bundle = tmp_path / "from-a.wcbundle"
    a.bundles.export_bundle(bundle, programme_id=programme.id, passphrase=PASSPHRASE)

    # laptop B: an empty database in the real window
    b = Services.create(open_database(tmp_path / "b.db"), library)
    window = _window(qtbot, b)
    assert window.programme_combo.count() == 0
    answers = iter(["not the passphrase", PASSPHRASE])
    monkeypatch.setattr(bundle_dialogs, "ask_bundle_open_path", lambda parent: bundle)
    monkeypatch.setattr(bundle_dialogs, "ask_passphrase", lambda parent, name: next(answers))
    errors: list[BaseException] = []
    seen: list[str] = []

    # first try: the wrong passphrase is named plainly, and nothing is imported
    def wrong(box) -> None:
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        box.accept()

    answer_dialog(wrong, errors=errors)
    _menu_action(window, "Import bundle…").trigger()
    assert not errors, errors
    assert "passphrase is wrong" in seen[0]
    assert b.programmes.programmes() == []

    # second try: the summary says what was added
    def summary(dialog, column: int = 1) -> None:
        assert isinstance(dialog, ImportSummaryDialog)
        seen.append(dialog.totals.text())
        seen.append(dialog.history_label.text())
        model = dialog.table.model()
        rows = {model.index(r, 0).data(): model.index(r, column).data() for r in range(model.rowCount())}
        assert rows["Participants"] == "12" and rows["Reflections"] == "8"
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Close), Qt.MouseButton.LeftButton)

    answer_dialog(summary, errors=errors)
    _menu_action(window, "Import bundle…").trigger()
    assert not errors, errors
    assert re.match(r"[1-9]\d* added · 0 updated", seen[1]), seen[1]
    assert "No conflicting edits" in seen[2]
    # what the facilitator sees now
    assert window.programme_combo.currentText() == programme.name
    assert window.participant_model.rowCount() == 12
    assert window.session_model.rowCount() == 2
    assert "Imported from-a.wcbundle" in window.statusBar().currentMessage()

    # the same bundle again: nothing changes, and the summary says so
    monkeypatch.setattr(bundle_dialogs, "ask_passphrase", lambda parent, name: PASSPHRASE)
    answer_dialog(lambda dialog: summary(dialog, column=3), errors=errors)  # "Already here"
    _menu_action(window, "Import bundle…").trigger()
    assert not errors, errors
    assert "Nothing changed" in seen[-1]
    window.close()
    a.close()
    b.close()


def test_export_a_bundle_from_the_file_menu(qtbot, tmp_path: Path, library, monkeypatch) -> None:
    b = Services.create(open_database(tmp_path / "b.db"), library)
    programme = create_demo(b, today=date(2026, 3, 2))
    b.programmes.create_programme("Another programme")
    window = _window(qtbot, b)
    index = window.programme_combo.findText(programme.name)
    window.programme_combo.setCurrentIndex(index)
    target = tmp_path / "to-a.wcbundle"
    monkeypatch.setattr(bundle_dialogs, "ask_bundle_save_path", lambda parent, suggested: target)
    errors: list[BaseException] = []
    said: list[str] = []
    monkeypatch.setattr(
        bundle_dialogs,
        "show_export_done",
        lambda parent, summary: said.append(f"{'encrypted ' if summary.encrypted else ''}{summary.records} records"),
    )

    def fill(dialog) -> None:
        assert isinstance(dialog, ExportBundleDialog)
        assert dialog.this_programme.isChecked() and programme.name in dialog.this_programme.text()
        dialog.encrypt.setFocus()
        qtbot.keyClick(dialog.encrypt, Qt.Key.Key_Space)
        assert dialog.encrypt.isChecked() and dialog.passphrase_edit.isEnabled()
        type_text(dialog.passphrase_edit, "short")
        qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
        assert dialog.isVisible() and "at least 8" in dialog.error_label.text()
        dialog.passphrase_edit.clear()
        type_text(dialog.passphrase_edit, PASSPHRASE)
        type_text(dialog.confirm_edit, PASSPHRASE + "!")
        qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
        assert "not the same" in dialog.error_label.text()
        dialog.confirm_edit.clear()
        type_text(dialog.confirm_edit, PASSPHRASE)
        qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)

    answer_dialog(fill, errors=errors)
    _menu_action(window, "Export bundle…").trigger()
    assert not errors, errors
    expected = b.bundles.export_bundle(tmp_path / "count.wcbundle", programme_id=programme.id).records
    assert said == [f"encrypted {expected} records"]
    assert "Bundle saved to" in window.statusBar().currentMessage()
    assert bundle_file.is_encrypted(target.read_bytes())
    # laptop A takes it: only the chosen programme arrives
    a = Services.create(open_database(tmp_path / "a.db"), library)
    a.bundles.import_bundle(target, passphrase=PASSPHRASE)
    assert [p.name for p in a.programmes.programmes()] == [programme.name]
    window.close()
    a.close()
    b.close()

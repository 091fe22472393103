"""First run as a person meets it: the welcome screen, the demo, and the guided setup by keyboard."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget, QWizard

from tests.gui_helpers import open_main_window, type_text
from workshop_app.services.demo import DEMO_PEOPLE
from workshop_app.ui import setup_wizard as wizard_module
from workshop_app.ui.setup_wizard import SetupWizard
from workshop_app.ui.welcome import WelcomeDialog, welcome_if_empty


def _when_modal(qtbot, kind: type, fill: Callable[[QWidget], None], errors: list[BaseException]) -> None:
    """When a modal dialog of `kind` is open, run `fill` on it (failures go to `errors`)."""

    def attempt(tries: int = 0) -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind) or not dialog.isVisible():
            if tries < 300:
                QTimer.singleShot(10, lambda: attempt(tries + 1))
            else:
                errors.append(AssertionError(f"no {kind.__name__} opened"))
            return
        try:
            dialog.activateWindow()
            qtbot.waitUntil(dialog.isActiveWindow, timeout=3000)
            fill(dialog)
        except BaseException as exc:  # noqa: BLE001 - reported by the test
            errors.append(exc)
            dialog.close()

    QTimer.singleShot(0, attempt)


def _key(qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def test_no_welcome_when_a_programme_exists(qtbot, tmp_path: Path, library) -> None:
    window = open_main_window(qtbot, tmp_path / "w.db", library)
    window.services.programmes.create_programme("Existing")
    assert welcome_if_empty(window) == ""


def test_welcome_then_demo_fills_theopen_main_window(qtbot, tmp_path: Path, library) -> None:
    window = open_main_window(qtbot, tmp_path / "w.db", library)
    errors: list[BaseException] = []

    def choose_demo(dialog: WelcomeDialog) -> None:
        assert dialog.windowTitle() == "Welcome to Workshop Companion"
        assert dialog.new_button.hasFocus()  # the default choice; Tab reaches the demo
        _key(qtbot, Qt.Key.Key_Tab)
        assert dialog.demo_button.hasFocus()
        _key(qtbot, Qt.Key.Key_Space)

    _when_modal(qtbot, WelcomeDialog, choose_demo, errors)
    chosen = welcome_if_empty(window)
    assert not errors, errors
    assert chosen == "demo"
    assert window.programme_combo.currentText() == "North Ayrshire integration leaders (demo)"
    assert window.participant_model.rowCount() == len(DEMO_PEOPLE)
    assert window.session_model.rowCount() == 2


def test_welcome_not_now_leaves_an_emptyopen_main_window(qtbot, tmp_path: Path, library) -> None:
    window = open_main_window(qtbot, tmp_path / "w.db", library)
    errors: list[BaseException] = []
    _when_modal(qtbot, WelcomeDialog, lambda d: _key(qtbot, Qt.Key.Key_Escape), errors)
    assert welcome_if_empty(window) == ""
    assert not errors, errors
    assert window.services.programmes.programmes() == []


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_guided_setup_by_keyboard_paste_and_csv(
    qtbot, tmp_path: Path, library, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_main_window(qtbot, tmp_path / "w.db", library)
    bad = _write(tmp_path, "people.xlsx", b"PK\x03\x04 a workbook")
    cp1252 = _write(tmp_path, "people-1252.csv", "Name;Organisation\nSiân Griffiths;Café Trust\n".encode("cp1252"))
    bom = _write(
        tmp_path,
        "people-bom.csv",
        b"\xef\xbb\xbf"
        + "Name,Organisation,Sector,Role\nSiân Griffiths,NHS,Health,Nurse lead\n"
        "Łukasz Kowalski,Council,Social care,Social worker\n,,,\n".encode(),
    )
    files = iter([bad, cp1252, bom])
    monkeypatch.setattr(wizard_module, "ask_csv_path", lambda parent: next(files))
    errors: list[BaseException] = []
    seen: dict[str, object] = {}

    def walk(wizard: SetupWizard) -> None:
        enter = Qt.Key.Key_Return
        # 1. programme: typed, Tab between fields, Enter for Next
        page = wizard.programme_page
        assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()  # a name is required
        type_text(page.name_edit, "Cydweithio Siân 2026")
        _key(qtbot, Qt.Key.Key_Tab)
        assert page.partnership_edit.hasFocus()
        type_text(page.partnership_edit, "North Ayrshire HSCP")
        _key(qtbot, enter)
        # 2. lens: the six practices are ticked; Space ticks the self-assessment too
        assert wizard.currentPage() is wizard.lens_page
        assert wizard.lens_page.lens_keys() == ("six-practices",)
        wizard.lens_page.view.setFocus()
        _key(qtbot, Qt.Key.Key_Down)
        _key(qtbot, Qt.Key.Key_Space)
        assert wizard.lens_page.lens_keys() == ("six-practices", "systems-leadership")
        _key(qtbot, enter)
        # 3. PAR model
        assert wizard.currentPage() is wizard.model_page
        assert "Kemmis" in wizard.model_page.details.text() and "Source:" in wizard.model_page.details.text()
        _key(qtbot, enter)
        # 4. participants: paste a spreadsheet column ...
        people = wizard.participants_page
        assert wizard.currentPage() is people
        QApplication.clipboard().setText("Siân Griffiths\nTom Baird\tNHS Ayrshire & Arran\n")
        people.paste_edit.setFocus()
        _key(qtbot, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
        assert [people.preview_model.index(r, 0).data() for r in range(2)] == ["Siân Griffiths", "Tom Baird"]
        assert people.preview_model.index(1, 1).data() == "NHS Ayrshire & Arran"
        # ... a workbook is refused with a clear message, the list stays as it was ...
        _key(qtbot, Qt.Key.Key_Tab)  # from the text box to the import button
        assert people.import_button.hasFocus()
        _key(qtbot, Qt.Key.Key_Space)
        assert people.error_label.isVisible()
        assert people.error_label.text().startswith("people.xlsx is a spreadsheet workbook, not a CSV file.")
        assert people.preview_model.rowCount() == 2
        # ... a Windows-1252 file, previewed before anything is saved ...
        _key(qtbot, Qt.Key.Key_Space)
        assert not people.error_label.isVisible()
        assert people.preview_model.index(0, 1).data() == "Café Trust"
        assert "Windows-1252" in people.status_label.text()
        # ... and a UTF-8 file with a byte-order mark, which is the list we keep
        _key(qtbot, Qt.Key.Key_Space)
        assert [people.preview_model.index(r, 0).data() for r in range(2)] == ["Siân Griffiths", "Łukasz Kowalski"]
        assert "2 participants will be added" in people.status_label.text()
        seen["preview"] = people.preview_model.rowCount()
        assert window.services.programmes.programmes() == []  # nothing saved yet
        people.preview_view.setFocus()
        _key(qtbot, enter)
        # 5. first session from a template (the six practices' session comes first), Enter to finish
        session = wizard.session_page
        assert wizard.currentPage() is session
        assert session.template_combo.currentData() == "introducing-six-practices"
        type_text(session.place_edit, "Ystafell Gymunedol, Irvine")
        _key(qtbot, enter)

    _when_modal(qtbot, SetupWizard, walk, errors)
    window.guided_setup()
    assert not errors, errors
    assert seen["preview"] == 2

    (programme,) = window.services.programmes.programmes()
    assert programme.name == "Cydweithio Siân 2026" and programme.partnership == "North Ayrshire HSCP"
    saved = window.services.programmes.participants(programme.id)
    assert sorted((p.name, p.organisation, p.role) for p in saved) == [
        ("Siân Griffiths", "NHS", "Nurse lead"),
        ("Łukasz Kowalski", "Council", "Social worker"),
    ]
    (session,) = window.services.sessions.sessions(programme.id)
    assert session.place == "Ystafell Gymunedol, Irvine" and session.template_key == "introducing-six-practices"
    # the window shows what was made
    assert window.programme_combo.currentText() == "Cydweithio Siân 2026"
    assert window.participant_model.rowCount() == 2 and window.session_model.rowCount() == 1


def test_setup_error_keeps_the_wizard_open_and_saves_nothing(qtbot, tmp_path: Path, library) -> None:
    window = open_main_window(qtbot, tmp_path / "w.db", library)
    wizard = SetupWizard(library, window.services.setup.set_up_programme, window)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.programme_page.name_edit.setText("Too long " * 40)
    for _ in range(4):
        wizard.next()
    wizard.accept()
    assert wizard.isVisible()
    assert wizard.session_page.error_label.text().startswith("Nothing was saved:")
    assert window.services.programmes.programmes() == []

"""A facilitator's first steps through the real window: programme, participants, session, reflection."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from tests.gui_helpers import answer_dialog, type_text
from workshop_app.services.container import Services
from workshop_app.storage.database import open_database
from workshop_app.ui.dialogs import ParticipantDialog, ProgrammeDialog, SessionDialog
from workshop_app.ui.main_window import MainWindow
from workshop_app.ui.tasks import TaskRunner

PEOPLE = [
    ("Siân Griffiths", "NHS Ayrshire & Arran", "Health", "Community nursing lead"),
    ("Łukasz Kowalski", "North Ayrshire HSCP", "Social care", "Senior social worker"),
    ("Grant Stewart", "Cunninghame Housing", "Housing", "Tenancy support manager"),
]


def _open_window(qtbot, path: Path, library) -> MainWindow:
    services = Services.create(open_database(path), library)
    window = MainWindow(services, runner=TaskRunner(synchronous=True))
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    return window


def _ok(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def test_create_programme_people_session_and_reflect_then_reopen(qtbot, tmp_path: Path, library) -> None:
    path = tmp_path / "walk.db"
    window = _open_window(qtbot, path, library)
    errors: list[BaseException] = []
    assert window.add_participant_button.isEnabled() is False  # nothing to add to yet

    # 2. a programme ...
    def fill_programme(dialog: ProgrammeDialog) -> None:
        assert isinstance(dialog, ProgrammeDialog)
        _ok(qtbot, dialog)  # empty name: refused inline, the form stays open
        assert dialog.isVisible() and "cannot be empty" in dialog.error_label.text()
        qtbot.keyClicks(dialog.name_edit, "North Ayrshire leaders 2026")
        qtbot.keyClicks(dialog.partnership_edit, "North Ayrshire HSCP")
        _ok(qtbot, dialog)

    answer_dialog(fill_programme, errors=errors)
    qtbot.mouseClick(window.new_programme_button, Qt.MouseButton.LeftButton)
    assert not errors, errors
    assert window.programme_combo.currentText() == "North Ayrshire leaders 2026"

    # ... and its participants, names in any script
    for name, organisation, sector, role in PEOPLE:

        def fill_person(dialog: ParticipantDialog, name=name, organisation=organisation, sector=sector, role=role):
            assert isinstance(dialog, ParticipantDialog)
            type_text(dialog.name_edit, name)
            type_text(dialog.organisation_edit, organisation)
            dialog.sector_combo.setCurrentText(sector)
            type_text(dialog.role_edit, role)
            _ok(qtbot, dialog)

        answer_dialog(fill_person, errors=errors)
        qtbot.mouseClick(window.add_participant_button, Qt.MouseButton.LeftButton)
        assert not errors, errors
    shown = [
        [window.participant_model.index(row, col).data() for col in range(5)]
        for row in range(window.participant_model.rowCount())
    ]
    assert sorted(shown) == sorted(
        [
            ["GS01", "Grant Stewart", "Cunninghame Housing", "Housing", "Tenancy support manager"],
            ["SG01", "Siân Griffiths", "NHS Ayrshire & Arran", "Health", "Community nursing lead"],
            ["LK01", "Łukasz Kowalski", "North Ayrshire HSCP", "Social care", "Senior social worker"],
        ]
    )

    # ... who consent to take part (recorded through Programme > Consent)
    from workshop_app.ui.consent_dialog import ConsentDialog

    for row in range(window.participant_model.rowCount()):
        window.participant_view.selectRow(row)

        def fill_consent(dialog: ConsentDialog) -> None:
            assert isinstance(dialog, ConsentDialog)
            dialog.research_use.setChecked(True)  # implies taking part
            assert dialog.taking_part.isChecked()
            _ok(qtbot, dialog)

        answer_dialog(fill_consent, errors=errors)
        window.consent_action.trigger()
        assert not errors, errors
    people = window.participant_model.items()
    assert {window.participant_model.index(row, 5).data() for row in range(3)} == {"Taking part (research)"}
    assert window.services.consent.consenting_ids(people[0].programme_id) == {p.id for p in people}

    # 3. a session from a template; the agenda shows clock times from the start
    template = library.templates["introducing-six-practices"]

    def fill_session(dialog: SessionDialog) -> None:
        assert isinstance(dialog, SessionDialog)
        dialog.template_combo.setCurrentIndex(dialog.template_combo.findData(template.key))
        dialog.date_edit.setDate(dialog.date_edit.date().addDays(7))
        dialog.start_edit.setTime(QTime(10, 0))
        qtbot.keyClicks(dialog.place_edit, "Volunteer Rooms, Irvine")
        _ok(qtbot, dialog)

    answer_dialog(fill_session, errors=errors)
    qtbot.mouseClick(window.add_session_button, Qt.MouseButton.LeftButton)
    assert not errors, errors
    assert window.session_heading.text() == template.title
    model = window.agenda_model
    assert model.rowCount() == len(template.blocks)
    minutes_so_far = 0
    for row, block in enumerate(template.blocks):
        start = 10 * 60 + minutes_so_far
        minutes_so_far += block.minutes
        end = 10 * 60 + minutes_so_far
        expected = f"{start // 60:02d}:{start % 60:02d}–{end // 60:02d}:{end % 60:02d}"
        assert model.index(row, 0).data() == expected
        assert model.index(row, 2).data() == block.title
    total = template.planned_minutes
    assert f"{(600 + total) // 60:02d}:{(600 + total) % 60:02d}" in window.agenda_total.text()
    assert "Planned total" in window.agenda_total.text()

    # 4. pick a participant and a prompt, type; saved as typed
    editor = window.reflection_editor
    assert editor.isEnabled()
    editor.participant_combo.setCurrentIndex(editor.participant_combo.findText("Siân Griffiths (SG01)"))
    prompt = editor.prompt_combo.itemData(1)
    editor.prompt_combo.setCurrentIndex(1)
    type_text(editor.editor, "Dw i'n dysgu — I noticed how much we assume. 🙂")
    qtbot.waitUntil(lambda: editor.status.text().startswith("Saved"), timeout=3000)
    session_id = window._current_session.id
    person = next(p for p in window.participant_model.items() if p.code == "SG01")
    assert window.services.entries.reflection_text(session_id, person.id, prompt) == (
        "Dw i'n dysgu — I noticed how much we assume. 🙂"
    )
    # typing then switching prompt at once saves without waiting for the pause
    editor.prompt_combo.setCurrentIndex(0)
    first_prompt = editor.prompt_combo.itemData(0)
    type_text(editor.editor, "Quick note")
    editor.prompt_combo.setCurrentIndex(1)
    assert editor.editor.toPlainText().startswith("Dw i'n dysgu")
    window.close()
    window.services.close()

    # close and start again: everything is there
    again = _open_window(qtbot, path, library)
    assert again.programme_combo.currentText() == "North Ayrshire leaders 2026"
    assert again.participant_model.rowCount() == 3
    assert again.session_model.rowCount() == 1
    assert again.agenda_model.rowCount() == len(template.blocks)
    ed = again.reflection_editor
    ed.participant_combo.setCurrentIndex(ed.participant_combo.findText("Siân Griffiths (SG01)"))
    ed.prompt_combo.setCurrentIndex(ed.prompt_combo.findData(prompt))
    assert ed.editor.toPlainText() == "Dw i'n dysgu — I noticed how much we assume. 🙂"
    ed.prompt_combo.setCurrentIndex(ed.prompt_combo.findData(first_prompt))
    assert ed.editor.toPlainText() == "Quick note"
    again.close()
    again.services.close()


def test_closing_saves_text_typed_a_moment_ago(qtbot, tmp_path: Path, library) -> None:
    path = tmp_path / "close.db"
    services = Services.create(open_database(path), library)
    programme = services.programmes.create_programme("P").value
    ewan = services.programmes.add_participant(programme.id, "Ewan Fraser").value
    services.consent.record(ewan.id, taking_part=True)
    session = services.sessions.add_from_template(
        programme.id, "par-cycle-review", date(2026, 12, 1), time(13, 30)
    ).value
    services.close()

    window = _open_window(qtbot, path, library)
    editor = window.reflection_editor
    type_text(editor.editor, "typed just before closing")
    assert editor.has_unsaved_text
    window.close()  # no pause for the autosave timer
    key = editor._loaded_key
    window.services.close()
    check = Services.create(open_database(path), library)
    assert check.entries.reflection_text(session.id, key[1], key[2]) == "typed just before closing"
    check.close()


def test_a_failed_save_keeps_the_text_and_says_so(qtbot, tmp_path: Path, library, monkeypatch) -> None:
    from workshop_app.domain.errors import StorageFullError

    path = tmp_path / "full.db"
    services = Services.create(open_database(path), library)
    programme = services.programmes.create_programme("P").value
    for name in ("A Person", "B Person"):
        person = services.programmes.add_participant(programme.id, name).value
        services.consent.record(person.id, taking_part=True)
    services.sessions.add_from_template(programme.id, "par-cycle-review", date(2026, 12, 1), time(13, 30))
    services.close()
    window = _open_window(qtbot, path, library)
    editor = window.reflection_editor

    def full(*args, **kwargs):
        raise StorageFullError("Could not save: the disk is full.")

    real_save = window.services.entries.save_reflection
    monkeypatch.setattr(window.services.entries, "save_reflection", full)
    type_text(editor.editor, "precious words")
    assert editor.save_now() is False
    assert "Not saved" in editor.status.text() and "kept" in editor.status.text()
    before = editor.participant_combo.currentIndex()
    editor.participant_combo.setCurrentIndex(1 - before)  # trying to move on does not lose the text
    assert editor.participant_combo.currentIndex() == before
    assert editor.editor.toPlainText() == "precious words"
    monkeypatch.setattr(window.services.entries, "save_reflection", real_save)  # space is back
    assert editor.save_now() is True
    assert editor.status.text().startswith("Saved")
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Discard)
    window.close()
    window.services.close()

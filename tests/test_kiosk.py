"""Kiosk entry: one participant's sheet on screen, nothing of anyone else's, no way out without the PIN."""

from __future__ import annotations

import random
from datetime import date, time
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from tests.gui_helpers import answer_dialog, type_text
from workshop_app.domain.errors import ValidationError
from workshop_app.domain.voice import Channel
from workshop_app.services import settings as settings_module
from workshop_app.services.container import Services
from workshop_app.storage.database import open_database
from workshop_app.ui import kiosk as kiosk_module
from workshop_app.ui.kiosk import KioskWindow
from workshop_app.ui.main_window import MainWindow
from workshop_app.ui.tasks import TaskRunner

PIN = "2468"
MARK_B = "ZEBRA-MARKER-B"
MARK_C = "CORAL-MARKER-C"
MARK_A = "AMBER-MARKER-A"


@pytest.fixture
def kiosk_db(tmp_path: Path, library, monkeypatch: pytest.MonkeyPatch):
    """Participants A, B, C; B and C have entries full of markers; a facilitator PIN is set."""
    monkeypatch.setattr(settings_module, "SCRYPT_N", 2**10)
    path = tmp_path / "kiosk.db"
    services = Services.create(open_database(path), library)
    programme = services.programmes.create_programme("Kiosk programme").value
    people = {}
    for name in ("Aileen Siân", "Bryn Łukasz", "Cara Ní"):
        person = services.programmes.add_participant(programme.id, name, "Org", "Health").value
        services.consent.record(person.id, taking_part=True, research_use=True)
        people[name[0]] = person
    session = services.sessions.add_from_template(
        programme.id, "introducing-six-practices", date(2026, 3, 2), time(9, 30)
    ).value
    prompt = services.sessions.prompts(session)[0]
    for key, mark in (("B", MARK_B), ("C", MARK_C)):
        who = people[key].id
        services.entries.save_reflection(session.id, who, prompt, f"reflection {mark}")
        services.sheets.record(
            session.id, "six-practices", who, Channel.KIOSK, {"building-trust-note": f"note {mark}", "actions": mark}
        )
        services.actions.add(session.id, f"action {mark}", owner=f"owner {mark}")
    services.settings.set_pin(PIN)
    services.close()
    return path, people, session


def _open(qtbot, path: Path, library) -> MainWindow:
    services = Services.create(open_database(path), library)
    window = MainWindow(services, runner=TaskRunner(synchronous=True))
    window.show()
    qtbot.waitExposed(window)
    return window


def _flush_deletes() -> None:
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()


def _start(qtbot, window: MainWindow, monkeypatch, sheet: str = "six-practices") -> KioskWindow:
    monkeypatch.setattr(kiosk_module, "ask_kiosk_choice", lambda main, services, session_id: sheet)
    window.kiosk_action.trigger()
    _flush_deletes()
    [kiosk] = [w for w in QApplication.topLevelWidgets() if isinstance(w, KioskWindow)]
    qtbot.waitExposed(kiosk)
    return kiosk


def _teardown(kiosk: KioskWindow) -> None:
    if shiboken6.isValid(kiosk) and not kiosk.unlocked:
        QApplication.instance().removeEventFilter(kiosk._guard)
        kiosk._unlocked = True
        kiosk.close()
        kiosk.deleteLater()
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow):
            widget.close()
            widget.services.close()
            widget.deleteLater()
    _flush_deletes()


def _model_texts(model) -> list[str]:
    out = []
    if model is None:
        return out
    for row in range(model.rowCount()):
        for col in range(max(1, model.columnCount())):
            index = model.index(row, col)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.EditRole):
                value = model.data(index, role)
                if value is not None:
                    out.append(str(value))
    return out


def everything_reachable() -> str:
    """Every text the app holds in widgets and models, visible or hidden."""
    texts: list[str] = []
    for widget in QApplication.allWidgets():
        if not shiboken6.isValid(widget):
            continue
        texts += [widget.windowTitle(), widget.toolTip(), widget.accessibleName(), widget.whatsThis()]
        texts.append(widget.statusTip())
        if isinstance(widget, QLabel):
            texts.append(widget.text())
        if isinstance(widget, QLineEdit):
            texts += [widget.text(), widget.placeholderText()]
            if widget.completer():
                texts += _model_texts(widget.completer().model())
        if isinstance(widget, QPlainTextEdit | QTextEdit):
            texts.append(widget.toPlainText())
        if isinstance(widget, QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
            texts += _model_texts(widget.model())
        if isinstance(widget, QAbstractItemView):
            texts += _model_texts(widget.model())
    texts.append(QGuiApplication.clipboard().text())
    return "\n".join(t for t in texts if t)


def _key(widget: QWidget, key: Qt.Key, mods=Qt.KeyboardModifier.NoModifier, text: str = "") -> None:
    for kind in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, key, mods, text))
    QApplication.processEvents()


def test_while_a_writes_nothing_of_b_or_c_is_reachable(qtbot, kiosk_db, library, monkeypatch) -> None:
    path, people, session = kiosk_db
    window = _open(qtbot, path, library)
    editor = window.reflection_editor
    editor.participant_combo.setCurrentIndex(editor.participant_combo.findData(people["B"].id))
    editor.prompt_combo.setCurrentIndex(0)
    assert MARK_B in everything_reachable()  # the check can fail: the main window shows B's reflection
    kiosk = _start(qtbot, window, monkeypatch)
    try:
        assert not shiboken6.isValid(window)  # the main window is gone, not just hidden
        visible = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        assert visible == [kiosk] and kiosk.isFullScreen()
        assert MARK_B not in everything_reachable() and MARK_C not in everything_reachable()

        kiosk.name_combo.setCurrentIndex(kiosk.name_combo.findData(people["A"].id))
        qtbot.mouseClick(kiosk.start_button, Qt.MouseButton.LeftButton)
        assert kiosk.pages.currentWidget() is kiosk.form_page
        type_text(kiosk.form.fields["building-trust-note"], f"Siân writes {MARK_A}")
        _key(kiosk.form.fields["building-trust-rating"], Qt.Key.Key_4, text="4")
        reachable = everything_reachable()
        assert MARK_A in reachable
        for mark in (MARK_B, MARK_C):
            assert mark not in reachable
        assert "Bryn" not in reachable  # even the list of names has left the screen while A writes

        qtbot.mouseClick(kiosk.submit_button, Qt.MouseButton.LeftButton)
        assert kiosk.pages.currentWidget() is kiosk.thanks_page
        qtbot.mouseClick(kiosk.next_button, Qt.MouseButton.LeftButton)
        assert MARK_A not in everything_reachable()  # cleared for the next person
        # the next person cannot undo their way back to A's words
        kiosk.name_combo.setCurrentIndex(0)
        qtbot.mouseClick(kiosk.start_button, Qt.MouseButton.LeftButton)
        note = kiosk.form.fields["building-trust-note"]
        for _ in range(5):
            _key(note, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert note.toPlainText() == "" and MARK_A not in everything_reachable()
        qtbot.mouseClick(kiosk.cancel_button, Qt.MouseButton.LeftButton)
        stored = kiosk.services.sheets.find(session.id, "six-practices", people["A"].id)
        assert stored.answer("building-trust-note").text == f"Siân writes {MARK_A}"
        assert stored.answer("building-trust-rating").value == 4
    finally:
        _teardown(kiosk)


def test_no_escape_key_and_no_close_leaves_the_kiosk(qtbot, kiosk_db, library, monkeypatch) -> None:
    path, people, _ = kiosk_db
    kiosk = _start(qtbot, _open(qtbot, path, library), monkeypatch)
    try:
        kiosk.name_combo.setCurrentIndex(0)  # anonymous
        qtbot.mouseClick(kiosk.start_button, Qt.MouseButton.LeftButton)
        field = kiosk.form.fields["suspending-disbelief-note"]
        type_text(field, "mine")
        targets = [kiosk, field, kiosk.submit_button]
        escapes = [
            (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
            (Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier),
            (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier),
            (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier),
            (Qt.Key.Key_F4, Qt.KeyboardModifier.ControlModifier),
        ]
        for target in targets:
            for key, mods in escapes:
                _key(target, key, mods)
                assert kiosk.isVisible() and not kiosk.unlocked
        kiosk.close()
        assert kiosk.isVisible() and not kiosk.unlocked
        for _ in range(5):
            _key(field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        visible = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        assert visible == [kiosk]
        assert not any(isinstance(w, MainWindow) for w in QApplication.topLevelWidgets())
        # a context menu cannot be opened
        QApplication.sendEvent(field.viewport(), QEvent(QEvent.Type.ContextMenu))
        assert QApplication.activePopupWidget() is None
    finally:
        _teardown(kiosk)


def test_wrong_pins_never_unlock_and_the_right_one_does(qtbot, kiosk_db, library, monkeypatch) -> None:
    path, _, _ = kiosk_db
    kiosk = _start(qtbot, _open(qtbot, path, library), monkeypatch)
    now = [10_000.0]
    kiosk.services.settings.clock = lambda: now[0]
    rng = random.Random(7)
    try:
        qtbot.mouseClick(kiosk.facilitator_button, Qt.MouseButton.LeftButton)
        assert kiosk.pages.currentWidget() is kiosk.pin_page
        wrong = {f"{rng.randrange(10**4):04d}" for _ in range(40)} - {PIN}
        for n, pin in enumerate(sorted(wrong)):
            qtbot.keyClicks(kiosk.pin_edit, pin)
            qtbot.keyClick(kiosk.pin_edit, Qt.Key.Key_Return)
            assert kiosk.isVisible() and not kiosk.unlocked
            assert kiosk.pin_edit.text() == ""  # never left on screen
            if n == 6:
                # back-off: now even the right PIN must wait
                qtbot.keyClicks(kiosk.pin_edit, PIN)
                qtbot.keyClick(kiosk.pin_edit, Qt.Key.Key_Return)
                assert not kiosk.unlocked and "Wait" in kiosk.pin_message.text()
            now[0] += 400  # let the wait pass so every wrong PIN really is checked
        qtbot.keyClicks(kiosk.pin_edit, PIN)
        qtbot.keyClick(kiosk.pin_edit, Qt.Key.Key_Return)
        assert kiosk.unlocked
        _flush_deletes()
        [main] = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        assert main.services.settings.kiosk_state() is None
        main.close()
    finally:
        _teardown(kiosk)


def test_a_half_filled_sheet_survives_a_crash(qtbot, kiosk_db, library, monkeypatch) -> None:
    path, people, _ = kiosk_db
    kiosk = _start(qtbot, _open(qtbot, path, library), monkeypatch)
    kiosk.name_combo.setCurrentIndex(kiosk.name_combo.findData(people["A"].id))
    qtbot.mouseClick(kiosk.start_button, Qt.MouseButton.LeftButton)
    type_text(kiosk.form.fields["exploring-diversity-note"], "Half a thought, Łódź")
    qtbot.waitUntil(lambda: kiosk.save_status.text() == "Saved as you type.", timeout=3000)
    # the process dies: nothing more runs, no unlock, no clean close
    services = kiosk.services
    QApplication.instance().removeEventFilter(kiosk._guard)
    kiosk._unlocked = True
    kiosk.hide()
    kiosk.deleteLater()
    _flush_deletes()
    services.close()

    window = _open(qtbot, path, library)
    again = kiosk_module.resume_kiosk(window)
    try:
        assert again is not None
        _flush_deletes()
        assert again.pages.currentWidget() is again.form_page
        assert again.form.fields["exploring-diversity-note"].toPlainText() == "Half a thought, Łódź"
        assert "Aileen" in again.who_label.text()
    finally:
        _teardown(again)


def test_someone_elses_name_does_not_open_their_sheet(qtbot, kiosk_db, library, monkeypatch) -> None:
    path, people, _ = kiosk_db
    kiosk = _start(qtbot, _open(qtbot, path, library), monkeypatch)
    try:
        kiosk.name_combo.setCurrentIndex(kiosk.name_combo.findData(people["B"].id))
        qtbot.mouseClick(kiosk.start_button, Qt.MouseButton.LeftButton)
        assert kiosk.pages.currentWidget() is kiosk.pick_page
        assert "ask the facilitator" in kiosk.pick_message.text()
        assert MARK_B not in everything_reachable()
    finally:
        _teardown(kiosk)


def test_an_idle_sheet_is_saved_and_put_away_for_the_next_person(qtbot, kiosk_db, library, monkeypatch) -> None:
    path, people, session = kiosk_db
    kiosk = _start(qtbot, _open(qtbot, path, library), monkeypatch)
    try:
        assert kiosk.idle_timer.interval() == 2 * 60_000  # the default: two minutes without input
        kiosk.name_combo.setCurrentIndex(kiosk.name_combo.findData(people["A"].id))
        qtbot.mouseClick(kiosk.start_button, Qt.MouseButton.LeftButton)
        note = kiosk.form.fields["building-trust-note"]
        type_text(note, f"Siân walked away {MARK_A}")
        # every key restarts the quiet period: while someone types, the sheet stays open
        assert kiosk.idle_timer.isActive() and kiosk.pages.currentWidget() is kiosk.form_page
        kiosk.idle_timer.setInterval(100)  # a short quiet period instead of two minutes
        kiosk.idle_timer.start()
        type_text(note, " and left it")  # typed within the quiet period, then nothing more
        qtbot.waitUntil(lambda: kiosk.pages.currentWidget() is kiosk.pick_page, timeout=5000)

        assert "saved and put away" in kiosk.pick_message.text()
        assert MARK_A not in everything_reachable()  # nothing of the sheet is on screen or in memory
        assert note.toPlainText() == ""
        stored = kiosk.services.sheets.find(session.id, "six-practices", people["A"].id)
        assert stored.status == "draft"
        assert stored.answer("building-trust-note").text == f"Siân walked away {MARK_A} and left it"
        assert kiosk.services.settings.kiosk_state().submission_id is None  # a restart does not reopen it
        # the next person cannot get it back by picking A's name
        kiosk.name_combo.setCurrentIndex(kiosk.name_combo.findData(people["A"].id))
        qtbot.mouseClick(kiosk.start_button, Qt.MouseButton.LeftButton)
        assert kiosk.pages.currentWidget() is kiosk.pick_page
        assert MARK_A not in everything_reachable()
    finally:
        _teardown(kiosk)


def test_an_idle_pin_page_does_not_lead_back_to_the_sheet(qtbot, kiosk_db, library, monkeypatch) -> None:
    path, _, _ = kiosk_db
    kiosk = _start(qtbot, _open(qtbot, path, library), monkeypatch)
    try:
        kiosk.name_combo.setCurrentIndex(0)  # anonymous
        qtbot.mouseClick(kiosk.start_button, Qt.MouseButton.LeftButton)
        type_text(kiosk.form.fields["exploring-diversity-note"], f"anonymous {MARK_A}")
        submission_id = kiosk._submission_id
        qtbot.mouseClick(kiosk.facilitator_button, Qt.MouseButton.LeftButton)
        qtbot.keyClicks(kiosk.pin_edit, "12")
        kiosk.idle_timer.setInterval(50)
        kiosk.idle_timer.start()
        qtbot.waitUntil(lambda: kiosk.pages.currentWidget() is kiosk.pick_page, timeout=5000)
        assert kiosk.pin_edit.text() == ""
        qtbot.mouseClick(kiosk.facilitator_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(kiosk.back_button, Qt.MouseButton.LeftButton)
        assert kiosk.pages.currentWidget() is kiosk.pick_page  # "Back" no longer reaches the sheet
        assert MARK_A not in everything_reachable()
        stored = kiosk.services.sheets.submission(submission_id)
        assert stored.status == "draft" and stored.participant_id is None
        assert stored.answer("exploring-diversity-note").text == f"anonymous {MARK_A}"
    finally:
        _teardown(kiosk)


def test_the_idle_period_is_a_setting(qtbot, kiosk_db, library, monkeypatch) -> None:
    path, _, session = kiosk_db
    window = _open(qtbot, path, library)
    services = window.services
    try:
        assert services.settings.kiosk_idle_minutes() == 2
        with pytest.raises(ValidationError):
            services.settings.set_kiosk_idle_minutes(0)
        errors: list[BaseException] = []

        def fill(dialog) -> None:
            assert dialog.idle_minutes.value() == 2
            dialog.sheet_combo.setCurrentIndex(dialog.sheet_combo.findData("six-practices"))
            dialog.idle_minutes.setValue(5)
            qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

        answer_dialog(fill, errors=errors)
        assert kiosk_module.ask_kiosk_choice(window, services, session.id) == "six-practices"
        assert not errors
        kiosk = KioskWindow(services, session.id, "six-practices")
        try:
            assert kiosk.idle_timer.interval() == 5 * 60_000
        finally:
            QApplication.instance().removeEventFilter(kiosk._guard)
            kiosk._unlocked = True
            kiosk.close()
            kiosk.deleteLater()
            _flush_deletes()
    finally:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow):
                widget.close()
                widget.services.close()
                widget.deleteLater()
        _flush_deletes()

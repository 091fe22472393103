"""Paper sheets typed back in by keyboard alone: code, Enter, fields in paper order, Enter on Save."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from workshop_app.domain.content import SheetItemKind
from workshop_app.domain.rules import session_code, sheet_code
from workshop_app.services.container import Services
from workshop_app.storage.database import open_database
from workshop_app.ui.sheet_form import RatingWidget
from workshop_app.ui.transcription import TranscriptionWindow


def _press(key: Qt.Key, text: str = "", mods=Qt.KeyboardModifier.NoModifier) -> None:
    """A key press to whatever has the keyboard focus, as a person's keyboard would send it."""
    target = QApplication.focusWidget()
    assert target is not None, "nothing has the keyboard focus"
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(target, QKeyEvent(kind, key, mods, text))
    QApplication.processEvents()


def _type(text: str) -> None:
    for ch in text:
        if ch == "\n":
            _press(Qt.Key.Key_Return, "\r")
        else:
            _press(Qt.Key.Key_unknown, ch)


def _setup(tmp_path: Path, library):
    services = Services.create(open_database(tmp_path / "paper.db"), library)
    programme = services.programmes.create_programme("Paper programme").value
    people = {}
    for name in ("Siân Griffiths", "Łukasz Kowalski"):
        person = services.programmes.add_participant(programme.id, name, "NHS", "Health").value
        services.consent.record(person.id, taking_part=True)
        people[name] = person
    session = services.sessions.add_from_template(
        programme.id, "introducing-six-practices", date(2026, 3, 2), time(9, 30)
    ).value
    return services, people, session


def _open(qtbot, services) -> TranscriptionWindow:
    window = TranscriptionWindow(services)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    window.code_edit.setFocus()
    return window


def _fill_by_keyboard(window: TranscriptionWindow, answers: dict[str, object]) -> None:
    """Walk the form from its first field with Tab alone, typing each answer in paper order."""
    assert window.form is not None
    for item in window.form.sheet.items:
        focused = QApplication.focusWidget()
        assert focused is window.form.fields[item.key], f"focus is not on {item.key}"
        value = answers.get(item.key)
        if item.kind == SheetItemKind.RATING:
            assert isinstance(focused, RatingWidget)
            if value is None:
                _press(Qt.Key.Key_Tab)
            else:
                _press(getattr(Qt.Key, f"Key_{value}"), str(value))  # a digit moves on by itself
        else:
            if value:
                _type(str(value))
            _press(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.save_button
    _press(Qt.Key.Key_Return, "\r")


def test_a_whole_sheet_keyed_in_without_the_mouse(qtbot, tmp_path: Path, library) -> None:
    services, people, session = _setup(tmp_path, library)
    sian = people["Siân Griffiths"]
    window = _open(qtbot, services)
    sheet = library.sheets["six-practices"]
    answers: dict[str, object] = {}
    for n, item in enumerate(sheet.items):
        if item.kind == SheetItemKind.RATING:
            answers[item.key] = 1 + n % 5
        else:
            answers[item.key] = f"Siân: ymddiriedaeth {n}\nŁukasz agreed"
    answers["courageous-leadership-rating"] = None  # left blank on paper

    _type(sheet_code(session_code(session.id), "SIXP", sian.code).lower())
    _press(Qt.Key.Key_Return, "\r")
    assert "Siân Griffiths" in window.heading.text()
    _fill_by_keyboard(window, answers)

    assert "Saved" in window.message.text()
    assert QApplication.focusWidget() is window.code_edit and window.code_edit.text() == ""
    stored = services.sheets.find(session.id, "six-practices", sian.id)
    assert stored is not None and stored.channel.value == "paper" and stored.status.value == "submitted"
    for item in sheet.items:
        answer = stored.answer(item.key)
        if item.kind == SheetItemKind.RATING:
            assert answer.value == answers[item.key], item.key
        else:
            assert answer.text == answers[item.key], item.key

    # a blank sheet next, straight after: stored anonymously
    _type(f"{session_code(session.id)} SLSA BLANK")
    _press(Qt.Key.Key_Return, "\r")
    assert "anonymous" in window.heading.text()
    slsa = library.sheets["systems-leadership"]
    _fill_by_keyboard(window, {i.key: (3 if i.kind == SheetItemKind.RATING else "Łódź visit") for i in slsa.items})
    anonymous = [s for s in services.sheets.submissions(session.id, "systems-leadership")]
    assert len(anonymous) == 1 and anonymous[0].participant_id is None
    assert window.saved_count == 2
    window.close()
    services.close()


def test_a_bad_or_unconsented_code_says_why(qtbot, tmp_path: Path, library) -> None:
    services, people, session = _setup(tmp_path, library)
    window = _open(qtbot, services)
    _type("nonsense")
    _press(Qt.Key.Key_Return, "\r")
    assert "three parts" in window.message.text() and window.form is None
    window.code_edit.clear()
    services.consent.withdraw(people["Łukasz Kowalski"].id)
    _type(sheet_code(session_code(session.id), "KMPL", people["Łukasz Kowalski"].code))
    _press(Qt.Key.Key_Return, "\r")
    assert "has not consented" in window.message.text() and window.form is None
    window.close()
    services.close()


def test_the_packs_printed_reflection_sheet_types_back_in(qtbot, tmp_path: Path, library) -> None:
    """The session pack prints REFL sheets (the session's prompts, then the self-assessment)."""
    services, people, session = _setup(tmp_path, library)
    lukasz = people["Łukasz Kowalski"]
    prompts = services.sessions.prompts(session)
    window = _open(qtbot, services)
    _type(sheet_code(session_code(session.id), "REFL", lukasz.code))
    _press(Qt.Key.Key_Return, "\r")
    items = window.form.sheet.items
    assert [i.text for i in items[: len(prompts)]] == prompts
    assert [i.key for i in window.form.sheet.ratings] == [e.key for e in library.self_assessment.elements]
    answers = {i.key: (2 if i.kind == SheetItemKind.RATING else f"Łukasz {n}") for n, i in enumerate(items)}
    _fill_by_keyboard(window, answers)
    stored = services.sheets.find(session.id, "session-reflection", lukasz.id)
    assert stored.answer("prompt-1").text == "Łukasz 0"
    # its self-assessment counts with the other self-assessment ratings of the cycle
    summary = services.cycles.summary(session.cycle_id)
    line = next(x for x in summary.ratings if x.item_key == "digital-engagement")
    assert line.this_cycle.counts == (0, 1, 0, 0, 0)
    window.close()
    services.close()

"""Running a session in the real window: timer keys on a fake clock, the room view, attendance, capture."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from tests.gui_helpers import type_text
from workshop_app.domain import records as r
from workshop_app.services.container import Services
from workshop_app.storage.database import open_database
from workshop_app.ui.main_window import MainWindow
from workshop_app.ui.run_view import AUTOSAVE_MAX_MS
from workshop_app.ui.tasks import TaskRunner

TODAY = date(2026, 12, 1)
START = datetime(2026, 12, 1, 9, 30)


class FakeClock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kwargs: float) -> None:
        self.now += timedelta(**kwargs)


def _window(qtbot, path: Path, library, *, people: int = 0) -> tuple[MainWindow, FakeClock]:
    services = Services.create(open_database(path), library)
    if not services.programmes.programmes():
        programme = services.programmes.create_programme("P").value
        for name in ["Siân Griffiths", "Łukasz Kowalski", "Grant Stewart"][:people]:
            services.programmes.add_participant(programme.id, name)
        services.sessions.add_from_template(programme.id, "introducing-six-practices", TODAY, time(9, 30))
    window = MainWindow(services, runner=TaskRunner(synchronous=True))
    clock = FakeClock(START)
    view = window.run_view
    view.clock = clock
    view.today = lambda: TODAY
    view.set_agenda(None)  # start the run afresh on the fake clock
    window._show_session(window._current_session.id)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert window.session_tabs.currentWidget() is view
    return window, clock


def test_run_a_whole_session_with_keys_and_a_fake_clock(qtbot, tmp_path: Path, library) -> None:
    window, clock = _window(qtbot, tmp_path / "run.db", library)
    view = window.run_view
    chimes: list[int] = []
    view.chime = lambda: chimes.append(view.timer.index)
    lines = view.agenda.lines
    first = lines[0].block
    assert view.title_label.text() == first.title
    assert view.countdown_label.text() == f"{first.minutes}:00"
    assert first.facilitator_notes.split("\n")[0][:40] in view.details.toPlainText()
    assert lines[1].block.title in view.next_label.text()

    def key(k: Qt.Key) -> None:
        qtbot.keyClick(view, k)

    view.setFocus()
    key(Qt.Key.Key_Space)  # start on time
    assert view.start_button.text() == "Pause"
    clock.advance(minutes=first.minutes - 4)  # 4 of 20 minutes left: the 20 % warning
    view.refresh()
    assert view.countdown_label.text() == "4:00"
    assert chimes == [0]
    key(Qt.Key.Key_Plus)  # one more minute
    assert view.countdown_label.text() == "5:00" and "+1 min" in view.state_label.text()
    key(Qt.Key.Key_Minus)
    assert view.countdown_label.text() == "4:00"
    key(Qt.Key.Key_Space)  # pause: time stands still
    clock.advance(minutes=10)
    view.refresh()
    assert view.countdown_label.text() == "4:00" and "Paused" in view.state_label.text()
    assert "behind" in view.drift_label.text()  # ten minutes lost while paused
    key(Qt.Key.Key_Space)
    clock.advance(minutes=4)
    key(Qt.Key.Key_Right)
    assert view.title_label.text() == lines[1].block.title
    key(Qt.Key.Key_Left)
    assert view.title_label.text() == first.title
    key(Qt.Key.Key_Right)
    for line in lines[1:]:
        assert view.title_label.text() == line.block.title
        clock.advance(minutes=line.block.minutes)
        view.refresh()
        assert view.countdown_label.text() == "0:00"
        key(Qt.Key.Key_Right)
    assert view.title_label.text() == "Session finished"
    assert view.drift_label.text() == "10 min behind"
    assert sorted(set(chimes)) == list(range(len(lines)))  # every block warned

    log = window.services.run.session_log(window._current_session.id)
    assert [x.title for x in log] == [x.block.title for x in lines]
    assert all(x.actual is not None and x.actual.ended_at is not None for x in log)
    assert log[0].actual.started_at == START
    assert round(log[0].actual.actual_minutes) == first.minutes + 10 + 4 - 4  # paused time counts in the room
    assert view.log_model.rowCount() == len(lines)
    window.close()
    window.services.close()


def _visible_texts(root: QWidget) -> list[str]:
    texts = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        for getter in ("text", "toPlainText", "windowTitle", "toolTip", "accessibleName"):
            value = getattr(widget, getter, None)
            if callable(value):
                texts.append(str(value()))
    return texts


def test_room_view_shows_title_prompts_timer_and_never_the_notes(qtbot, tmp_path: Path, library) -> None:
    window, clock = _window(qtbot, tmp_path / "room.db", library)
    view = window.run_view
    qtbot.keyClick(window, Qt.Key.Key_F5)
    presenter = view.presenter
    assert presenter is not None and presenter.isVisible()
    qtbot.addWidget(presenter)
    presenter.resize(1920, 1080)
    QApplication.processEvents()
    assert presenter.view.timer_label.fontInfo().pixelSize() >= 96
    agenda = view.agenda
    for line in agenda.lines:
        block = line.block
        texts = _visible_texts(presenter)
        joined = "\n".join(texts)
        assert block.title in joined
        assert view.countdown_label.text() in joined
        if block.prompts:
            assert block.prompts[0] in joined
        for note in filter(None, (block.facilitator_notes, block.purpose)):
            for piece in [p for p in note.split("\n") if len(p) > 20]:
                assert piece[:40] not in joined, "facilitator text on the room view"
        # the preview shows the same
        assert view.preview.title_label.text() == presenter.view.title_label.text()
        qtbot.keyClick(presenter, Qt.Key.Key_Right)  # keys work in the room window too
    # B blanks the room, and brings it back
    qtbot.keyClick(presenter, Qt.Key.Key_Left)
    qtbot.keyClick(presenter, Qt.Key.Key_B)
    assert not any(label.isVisible() for label in presenter.findChildren(QLabel))
    assert all(label.isHidden() for label in view.preview.findChildren(QLabel))
    assert view.blank_button.isChecked()
    qtbot.mouseClick(view.blank_button, Qt.MouseButton.LeftButton)
    assert presenter.view.title_label.isVisible() and not view.blank_button.isChecked()
    window.close()
    assert view.presenter is None
    window.services.close()


def test_attendance_ticks_are_stored(qtbot, tmp_path: Path, library) -> None:
    window, _clock = _window(qtbot, tmp_path / "att.db", library, people=3)
    view = window.run_view
    view.side_tabs.setCurrentIndex(1)
    model = view.attendance_model
    assert model.rowCount() == 3 and view.attendance_count.text() == "0 of 3 present"
    row = next(i for i in range(3) if model.item(i).participant.name == "Siân Griffiths")
    rect = view.attendance_view.visualRect(model.index(row, 0))
    # a click on the tick box
    check = QPoint(rect.left() + 12, rect.center().y())
    qtbot.mouseClick(view.attendance_view.viewport(), Qt.MouseButton.LeftButton, pos=check)
    assert model.index(row, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert view.attendance_count.text() == "1 of 3 present"
    # Space in the list ticks the current person; it does not start the timer
    view.attendance_view.setFocus()
    view.attendance_view.setCurrentIndex(model.index((row + 1) % 3, 0))
    qtbot.keyClick(view.attendance_view, Qt.Key.Key_Space)
    assert not view.timer.running
    assert view.attendance_count.text() == "2 of 3 present"
    model.setData(model.index((row + 1) % 3, 0), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    stored = {a.participant.name: a.present for a in window.services.run.attendance(window._current_session.id)}
    assert stored == {"Siân Griffiths": True, "Łukasz Kowalski": False, "Grant Stewart": False}
    window.close()
    window.services.close()


def test_captured_notes_are_in_the_database_after_the_window_closes(qtbot, tmp_path: Path, library) -> None:
    path = tmp_path / "capture.db"
    window, _clock = _window(qtbot, path, library)
    view = window.run_view
    assert AUTOSAVE_MAX_MS <= 1000
    session_id = window._current_session.id
    first, second = view.agenda.lines[0].block, view.agenda.lines[1].block
    type_text(view.group_notes.editor, "Hopes: Siân wants one front door.")
    qtbot.waitUntil(lambda: view.group_notes.status.text().startswith("Saved"), timeout=3000)
    assert window.services.run.capture_text(session_id, first.id, r.CaptureKind.GROUP_NOTES).startswith("Hopes")
    type_text(view.parking_lot.editor, "Shared budget?")
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Right)  # moving on saves at once; notes follow the block
    assert view.group_notes.editor.toPlainText() == ""
    type_text(view.decisions.editor, "We meet monthly — Łukasz chairs")
    assert view.parking_lot.editor.toPlainText() == "Shared budget?"
    window.close()  # at once: no pause for the autosave
    window.services.close()

    check = Services.create(open_database(path), library)
    assert (
        check.run.capture_text(session_id, first.id, r.CaptureKind.GROUP_NOTES) == "Hopes: Siân wants one front door."
    )
    assert check.run.capture_text(session_id, second.id, r.CaptureKind.DECISIONS) == "We meet monthly — Łukasz chairs"
    assert check.run.capture_text(session_id, None, r.CaptureKind.PARKING_LOT) == "Shared budget?"
    check.close()

    again, _ = _window(qtbot, path, library)
    assert again.run_view.group_notes.editor.toPlainText() == "Hopes: Siân wants one front door."
    assert isinstance(again.run_view.start_button, QAbstractButton)
    again.close()
    again.services.close()


def test_the_notes_keep_their_scroll_position_while_the_clock_ticks(qtbot, tmp_path: Path, library) -> None:
    window, clock = _window(qtbot, tmp_path / "scroll.db", library)
    view = window.run_view
    window.resize(900, 500)
    view.details.setFixedHeight(80)
    QApplication.processEvents()
    bar = view.details.verticalScrollBar()
    assert bar.maximum() > 0
    bar.setValue(bar.maximum())
    view.toggle()
    clock.advance(seconds=5)
    view.refresh()
    assert bar.value() == bar.maximum()
    window.close()
    window.services.close()


def test_the_chime_can_be_turned_off_and_stays_off(qtbot, tmp_path: Path, library) -> None:
    window, clock = _window(qtbot, tmp_path / "chime.db", library)
    view = window.run_view
    chimes: list[int] = []
    view.chime = lambda: chimes.append(1)
    qtbot.mouseClick(view.chime_check, Qt.MouseButton.LeftButton, pos=QPoint(8, view.chime_check.height() // 2))
    assert not view.chime_check.isChecked()
    view.toggle()
    clock.advance(minutes=view.agenda.lines[0].block.minutes)
    view.refresh()
    assert chimes == [] and view.countdown_label.text() == "0:00"
    window.close()
    window.services.close()
    again, _ = _window(qtbot, tmp_path / "chime.db", library)
    assert not again.run_view.chime_check.isChecked()
    again.close()
    again.services.close()


def test_editing_the_agenda_during_the_run_keeps_the_clock(qtbot, tmp_path: Path, library) -> None:
    window, clock = _window(qtbot, tmp_path / "edit.db", library)
    view = window.run_view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Space)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    clock.advance(minutes=5)
    view.refresh()
    title, shown = view.title_label.text(), view.countdown_label.text()
    editor = window.agenda_editor
    editor.view.setCurrentIndex(window.agenda_model.index(0, 0))
    qtbot.mouseClick(editor.add_break_button, Qt.MouseButton.LeftButton)  # a break before the current block
    assert view.title_label.text() == title and view.countdown_label.text() == shown
    assert view.timer.running and view.timer.index == 2
    assert "Block 3 of" in view.position_label.text()
    window.undo_action.trigger()
    assert view.title_label.text() == title and view.timer.index == 1
    window.close()
    window.services.close()


def test_a_capture_that_cannot_be_saved_stops_the_window_closing(qtbot, tmp_path: Path, library, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from workshop_app.domain.errors import StorageFullError

    window, _clock = _window(qtbot, tmp_path / "full.db", library)
    view = window.run_view
    real = window.services.run.save_capture

    def full(*args, **kwargs):
        raise StorageFullError("Could not save: the disk is full.")

    monkeypatch.setattr(window.services.run, "save_capture", full)
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: asked.append(a[1]) or QMessageBox.StandardButton.Cancel)
    type_text(view.decisions.editor, "keep me")
    window.close()
    assert asked == ["Unsaved text"] and window.isVisible()
    assert "Not saved" in view.decisions.status.text() and view.decisions.editor.toPlainText() == "keep me"
    monkeypatch.setattr(window.services.run, "save_capture", real)
    window.close()
    assert not window.isVisible()
    block = view.agenda.lines[0].block
    assert window.services.run.capture_text(view.agenda.session.id, block.id, r.CaptureKind.DECISIONS) == "keep me"
    window.services.close()

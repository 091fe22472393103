"""Editing the agenda in the real window: reorder by keys and by drag, type minutes, undo and redo."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QLineEdit, QSpinBox, QStyleOptionViewItem

from tests.gui_helpers import answer_dialog
from workshop_app.services.container import Services
from workshop_app.storage.database import open_database
from workshop_app.ui import agenda_editor as agenda_editor_module
from workshop_app.ui.agenda_editor import BlockLibraryDialog
from workshop_app.ui.main_window import MainWindow
from workshop_app.ui.tasks import TaskRunner


def _window(qtbot, tmp_path: Path, library) -> MainWindow:
    path = tmp_path / "agenda.db"
    services = Services.create(open_database(path), library)
    programme = services.programmes.create_programme("P").value
    services.sessions.add_from_template(programme.id, "par-cycle-review", date(2026, 12, 1), time(9, 30))
    window = MainWindow(services, runner=TaskRunner(synchronous=True))
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    return window


def undo_text(window: MainWindow) -> str:
    return window.undo_action.text().replace("&", "")


def shown_titles(window: MainWindow) -> list[str]:
    model = window.agenda_model
    return [model.index(row, 2).data() for row in range(model.rowCount())]


def stored_titles(window: MainWindow) -> list[str]:
    return [b.title for b in window.services.sessions.session(window._current_session.id).blocks]


def test_reorder_with_alt_keys_and_drag_then_undo_and_redo(qtbot, tmp_path: Path, library) -> None:
    window = _window(qtbot, tmp_path, library)
    editor = window.agenda_editor
    start = shown_titles(window)
    first_time = window.agenda_model.index(0, 0).data()
    editor.view.setFocus()
    qtbot.keyClick(editor.view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    moved = [start[1], start[0], *start[2:]]
    assert shown_titles(window) == moved == stored_titles(window)
    assert editor.current_block().title == start[0]  # the moved block stays chosen
    first_end = window.agenda_model.index(0, 0).data().split("–")[1]
    assert first_time.startswith("09:30") and window.agenda_model.index(0, 0).data().startswith("09:30")
    assert window.agenda_model.index(1, 0).data().startswith(first_end)  # clock times recomputed at once
    assert undo_text(window) == "Undo Move block"
    qtbot.keyClick(editor.view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert shown_titles(window) == start

    # drag the first row below the third (the view hands the model the drop)
    data = window.agenda_model.mimeData([window.agenda_model.index(0, 0)])
    assert window.agenda_model.dropMimeData(data, Qt.DropAction.MoveAction, 3, 0, QModelIndex()) is False
    qtbot.waitUntil(lambda: shown_titles(window) != start, timeout=2000)
    dragged = [start[1], start[2], start[0], *start[3:]]
    assert shown_titles(window) == dragged == stored_titles(window)

    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert shown_titles(window) == start == stored_titles(window)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo the Alt+Up
    assert shown_titles(window) == moved
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert shown_titles(window) == dragged == stored_titles(window)
    window.close()
    window.services.close()


def total_colour(window: MainWindow) -> str:
    label = window.agenda_total
    return label.palette().color(label.foregroundRole()).name()


def test_type_minutes_add_break_delete_and_undo_everything(qtbot, tmp_path: Path, library) -> None:
    window = _window(qtbot, tmp_path, library)
    editor = window.agenda_editor
    start = shown_titles(window)
    booked = window._current_session.booked_minutes
    assert "overruns" not in window.agenda_total.text()
    assert total_colour(window) != "#b00020"

    # minutes typed in place: the total and the clock follow, the overrun is named
    index = window.agenda_model.index(0, 1)
    editor.view.setCurrentIndex(index)
    editor.view.edit(index)
    spin = editor.view.findChild(QSpinBox)
    assert spin is not None and (spin.minimum(), spin.maximum()) == (1, 600)
    spin.selectAll()
    qtbot.keyClicks(spin, "45")
    qtbot.keyClick(spin, Qt.Key.Key_Return)  # the view commits the edit on its next turn
    qtbot.waitUntil(lambda: window.agenda_model.index(0, 1).data() == "45", timeout=2000)
    first = window.services.sessions.session(window._current_session.id).blocks[0]
    assert first.minutes == 45
    assert window.agenda_model.index(0, 1).data() == "45"
    assert "overruns by" in window.agenda_total.text()
    assert total_colour(window) == "#b00020"  # the theme's error colour follows the overrun
    assert undo_text(window) == "Undo Change minutes"

    # a title typed in place
    index = window.agenda_model.index(1, 2)
    editor.view.setCurrentIndex(index)
    editor.view.edit(index)
    line = editor.view.findChild(QLineEdit)
    line.selectAll()
    qtbot.keyClicks(line, "Actions review")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: stored_titles(window)[1] == "Actions review", timeout=2000)
    assert stored_titles(window)[1] == "Actions review"

    # a break after the first block, then delete the third block
    editor.view.setCurrentIndex(window.agenda_model.index(0, 0))
    qtbot.mouseClick(editor.add_break_button, Qt.MouseButton.LeftButton)
    assert shown_titles(window)[1] == "Break"
    # a break is drawn in grey italics: what the view's delegate takes from the model
    for row, (grey, italic) in ((1, (True, True)), (0, (False, False))):
        option = QStyleOptionViewItem()
        index = window.agenda_model.index(row, 2)
        editor.view.itemDelegate().initStyleOption(option, index)
        assert (option.palette.color(QPalette.ColorRole.Text).name() == "#666666", option.font.italic()) == (
            grey,
            italic,
        )
    editor.view.setCurrentIndex(window.agenda_model.index(2, 0))
    editor.view.setFocus()
    qtbot.keyClick(editor.view, Qt.Key.Key_Delete)
    assert "Actions review" not in shown_titles(window)
    assert undo_text(window) == "Undo Delete block"

    for _ in range(4):
        window.undo_action.trigger()
    assert shown_titles(window) == start == stored_titles(window)
    assert window.services.sessions.session(window._current_session.id).blocks[0].minutes != 45
    assert "overruns" not in window.agenda_total.text()
    assert total_colour(window) != "#b00020"
    assert window._current_session.booked_minutes == booked
    window.close()
    window.services.close()


def test_block_library_inserts_from_another_template(qtbot, tmp_path: Path, library) -> None:
    window = _window(qtbot, tmp_path, library)
    editor = window.agenda_editor
    errors: list[BaseException] = []

    def pick(dialog: BlockLibraryDialog) -> None:
        assert isinstance(dialog, BlockLibraryDialog)
        qtbot.keyClicks(dialog.search, "stories of partnerships")
        assert dialog.model.rowCount() == 1
        qtbot.mouseClick(dialog.insert_button, Qt.MouseButton.LeftButton)

    editor.view.setCurrentIndex(window.agenda_model.index(0, 0))
    answer_dialog(pick, errors=errors)
    qtbot.mouseClick(editor.block_library_button, Qt.MouseButton.LeftButton)
    assert not errors, errors
    assert shown_titles(window)[1] == "Stories of partnerships past"
    assert undo_text(window) == "Undo Insert block from library"
    window.close()
    window.services.close()


def test_save_as_template_appears_in_the_library(qtbot, tmp_path: Path, monkeypatch, _user_home) -> None:
    from workshop_app.content.loader import load_library

    window = _window(qtbot, tmp_path, load_library())
    monkeypatch.setattr(agenda_editor_module, "ask_template_title", lambda parent, suggested: "Our review")
    qtbot.mouseClick(window.agenda_editor.template_button, Qt.MouseButton.LeftButton)
    assert (_user_home / "data" / "templates" / "our-review.toml").is_file()
    assert "our-review" in window.services.content_library.templates
    assert "Our review" in window.statusBar().currentMessage()
    QApplication.processEvents()
    window.close()
    window.services.close()


def test_the_new_table_models_pass_qt_model_checks(qtmodeltester, services, library) -> None:
    from workshop_app.services.run import LogLine  # noqa: F401  - the log's row type
    from workshop_app.ui.agenda_editor import AgendaEditModel, LibraryTableModel
    from workshop_app.ui.run_view import AttendanceTableModel, SessionLogTableModel

    programme = services.programmes.create_programme("P").value
    services.programmes.add_participant(programme.id, "Siân Griffiths")
    session = services.sessions.add_from_template(programme.id, "par-cycle-review", date(2026, 12, 1), time(9, 30))
    agenda = AgendaEditModel()
    agenda.set_items(services.sessions.agenda(session.value).lines)
    attendance = AttendanceTableModel()
    attendance.set_items(services.run.attendance(session.value.id))
    log = SessionLogTableModel()
    log.set_items(services.run.session_log(session.value.id))
    blocks = LibraryTableModel()
    blocks.set_items(services.agenda.blocks_in_templates())
    for model in (agenda, attendance, log, blocks):
        qtmodeltester.check(model, force_py=True)

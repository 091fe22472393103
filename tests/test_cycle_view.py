"""The cycle view and practice map in the real window: actions carried into the next cycle, consent in the editor."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from tests.gui_helpers import answer_dialog, type_text
from workshop_app.domain import records as r
from workshop_app.domain.voice import Channel
from workshop_app.services.container import Services
from workshop_app.storage.database import open_database
from workshop_app.ui.cycle_view import ActionDialog, ReviewDialog
from workshop_app.ui.main_window import MainWindow
from workshop_app.ui.tasks import TaskRunner


def _ok(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def _select_session(window: MainWindow, row: int) -> None:
    window.session_view.selectionModel().setCurrentIndex(
        window.session_model.index(row, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )


def test_action_agreed_then_reviewed_in_the_next_cycle(qtbot, qtmodeltester, tmp_path: Path, library) -> None:
    services = Services.create(open_database(tmp_path / "cycle.db"), library)
    programme = services.programmes.create_programme("Cycle programme").value
    people = []
    for name, org in (("Siân", "NHS"), ("Łukasz", "NHS"), ("Ana", "NHS"), ("Grant", "Housing")):
        person = services.programmes.add_participant(programme.id, name, org).value
        services.consent.record(person.id, taking_part=True)
        people.append(person)
    first = services.sessions.add_from_template(programme.id, "par-cycle-review", date(2026, 3, 2), time(9, 0)).value
    for person, value in zip(people, (2, 3, 3, 5), strict=True):
        services.sheets.record(first.id, "km-reflect", person.id, Channel.KIOSK, {"stage-rating": value})
    window = MainWindow(services, runner=TaskRunner(synchronous=True))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    view = window.cycle_view
    window.session_tabs.setCurrentWidget(view)
    errors: list[BaseException] = []

    def fill_action(dialog: ActionDialog) -> None:
        assert isinstance(dialog, ActionDialog)
        type_text(dialog.description, "Joint visit with Łukasz's team")
        type_text(dialog.owner, "Siân")
        _ok(qtbot, dialog)

    answer_dialog(fill_action, errors=errors)
    qtbot.mouseClick(view.add_action_button, Qt.MouseButton.LeftButton)
    assert not errors, errors
    assert "actions agreed this cycle 1" in view.summary_label.text()
    # ratings this cycle, and by organisation with the one-person group hidden
    [line] = view.rating_model.items()
    assert line.this_cycle.counts == (0, 1, 2, 0, 1)
    view.rating_view.selectRow(0)
    assert [g.group for g in view.group_model.items()] == ["NHS"]
    assert "1 group(s) with fewer than 3" in view.group_note.text()

    qtbot.mouseClick(view.next_cycle_button, Qt.MouseButton.LeftButton)
    assert view.cycle_combo.currentText() == "Cycle 2"
    second = services.sessions.add_from_template(programme.id, "par-cycle-review", date(2026, 4, 20), time(9, 0))
    window.data_changed.emit(second.changes, None)
    _select_session(window, 1)
    assert window._current_session.id == second.value.id
    [carried] = view.action_model.items()
    assert carried.action.description == "Joint visit with Łukasz's team"

    def fill_review(dialog: ReviewDialog) -> None:
        assert isinstance(dialog, ReviewDialog)
        dialog.status.setCurrentIndex(dialog.status.findData("partly"))
        type_text(dialog.note, "First visit done")
        _ok(qtbot, dialog)

    view.action_view.selectRow(0)
    answer_dialog(fill_review, errors=errors)
    qtbot.mouseClick(view.review_button, Qt.MouseButton.LeftButton)
    assert not errors, errors
    [reviewed] = view.action_model.items()
    assert reviewed.action.status == r.ActionStatus.PARTLY
    assert "Partly done" in view.action_model.index(0, 4).data()
    # the practice map (loaded when its tab is opened) lists both sessions
    window.session_tabs.setCurrentWidget(window.practice_map)
    assert window.practice_map.model.columnCount() == 2
    for model in (view.rating_model, view.action_model, view.stage_model, window.practice_map.model):
        qtmodeltester.check(model)
    window.close()
    services.close()


def test_the_editor_will_not_take_text_for_someone_without_consent(qtbot, tmp_path: Path, library) -> None:
    services = Services.create(open_database(tmp_path / "gate.db"), library)
    programme = services.programmes.create_programme("Gate").value
    services.programmes.add_participant(programme.id, "Morag Sinclair")
    services.sessions.add_from_template(programme.id, "par-cycle-review", date(2026, 3, 2), time(9, 0))
    window = MainWindow(services, runner=TaskRunner(synchronous=True))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    editor = window.reflection_editor
    assert editor.editor.isReadOnly()
    assert "not consented" in editor.status.text()
    type_text(editor.editor, "should not be stored")
    assert editor.editor.toPlainText() == ""
    assert QApplication.activeModalWidget() is None
    window.close()
    services.close()


def test_the_cycle_counts_who_was_ticked_present(services) -> None:
    from datetime import date, time

    programme = services.programmes.create_programme("Heads").value
    people = [services.programmes.add_participant(programme.id, f"P{i}").value for i in range(4)]
    session = services.sessions.add_from_template(programme.id, "par-cycle-review", date(2026, 5, 1), time(9, 0)).value
    assert services.run.head_count(session.id) is None  # nobody ticked: not recorded
    for person in people[:3]:
        services.run.set_present(session.id, person.id, True)
    assert services.run.head_count(session.id) == (3, 4)
    assert services.cycles.attendance is not None and services.cycles.attendance([session.id]) == {session.id: (3, 4)}

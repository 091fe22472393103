"""Opening a programme: hidden screens load only when opened, and the coding list reads its rows a page at a time."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui_helpers import type_text
from workshop_app.domain import records as r
from workshop_app.services.container import Services
from workshop_app.storage.database import open_database
from workshop_app.ui.main_window import MainWindow
from workshop_app.ui.tasks import TaskRunner


def _programme(services: Services, name: str, people: int, sessions: int, prompts: int) -> tuple:
    """A programme whose consenting people each answer `prompts` prompts at every session."""
    programme = services.programmes.create_programme(name).value
    persons = []
    for i in range(people):
        person = services.programmes.add_participant(programme.id, f"{name} person {i}", "NHS Fife", "Health").value
        services.consent.record(person.id, taking_part=True, research_use=True)
        persons.append(person)
    made = []
    for k in range(sessions):
        session = services.sessions.add_from_template(
            programme.id, "par-cycle-review", date(2026, 1 + k, 5), time(9, 0)
        ).value
        for prompt in services.sessions.prompts(session)[:prompts]:
            for i, person in enumerate(persons):
                services.entries.save_reflection(session.id, person.id, prompt, f"{name} {k}-{i}: {prompt}")
        made.append(session)
    return programme, persons, made


class Reads:
    """Counts the reads a screen makes through its service (the reads still go to the real database)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, **methods: object) -> None:
        self.calls: dict[str, int] = {}
        for label, (service, name) in methods.items():
            real = getattr(service, name)

            def counted(*args, _real=real, _label=label, **kwargs):
                self.calls[_label] = self.calls.get(_label, 0) + 1
                return _real(*args, **kwargs)

            self.calls[label] = 0
            monkeypatch.setattr(service, name, counted)

    def reset(self) -> None:
        self.calls = dict.fromkeys(self.calls, 0)


@pytest.fixture
def two_programmes(qtbot, tmp_path: Path, library, monkeypatch):
    services = Services.create(open_database(tmp_path / "open.db"), library)
    other = _programme(services, "Other", people=3, sessions=1, prompts=1)
    big = _programme(services, "Big", people=4, sessions=3, prompts=2)
    reads = Reads(
        monkeypatch,
        coding=(services.coding, "entry_ids_head"),
        coding_rest=(services.coding, "entry_ids"),
        pages=(services.coding, "entries_by_id"),
        cycle=(services.cycles, "summary"),
        practice_map=(services.cycles, "practice_map"),
        trends=(services.trends, "item_trends"),
    )
    window = MainWindow(services, runner=TaskRunner(synchronous=True))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window, services, other, big, reads
    window.close()
    services.close()


def _choose_programme(window: MainWindow, programme_id: str) -> None:
    window.programme_combo.setCurrentIndex(window.programme_combo.findData(programme_id))


def _open_tab(qtbot, window: MainWindow, page) -> None:
    """Click the tab, as a person would."""
    bar = window.session_tabs.tabBar()
    index = window.session_tabs.indexOf(page)
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert window.session_tabs.currentWidget() is page


def test_hidden_screens_load_only_when_opened_and_show_changes_made_meanwhile(qtbot, two_programmes) -> None:
    window, services, other, big, reads = two_programmes
    big_programme, people, sessions = big
    _choose_programme(window, other[0].id)
    _open_tab(qtbot, window, window.coding_widget)
    assert "(3)" in window.coding_widget.entries_label.text()
    _open_tab(qtbot, window, window.session_tabs.widget(0))  # back to the plan
    reads.reset()

    # switching programme with the plan shown reads nothing for the other screens
    _choose_programme(window, big_programme.id)
    assert window.session_model.rowCount() == 3 and window.participant_model.rowCount() == 4
    assert reads.calls == dict.fromkeys(reads.calls, 0)
    assert window.coding_widget.programme_id == other[0].id  # still the old list, not shown

    # a reflection typed on the plan while the coding screen is hidden
    editor = window.reflection_editor
    editor.participant_combo.setCurrentIndex(editor.participant_combo.findData(people[0].id))
    spare = services.sessions.prompts(window._current_session)[2]
    editor.prompt_combo.setCurrentIndex(editor.prompt_combo.findData(spare))
    type_text(editor.editor, "Written while the coding screen was closed")
    assert editor.save_now()
    assert reads.calls["coding"] == 0

    # opening the coding screen shows the current programme's entries, the new one among them
    _open_tab(qtbot, window, window.coding_widget)
    coding = window.coding_widget
    assert reads.calls["coding"] == 1
    expected = services.coding.entries(big_programme.id)
    assert len(expected) == 4 * 3 * 2 + 1
    assert coding.entries_label.text() == f"<b>Entries</b> ({len(expected)})"
    shown = [coding.entry_model.index(row, 2).data() for row in range(coding.entry_model.rowCount())]
    assert shown == [e.participant_code for e in expected]
    new_row = next(i for i, e in enumerate(expected) if e.text == "Written while the coding screen was closed")
    coding.entry_view.selectRow(new_row)
    assert coding.text_view.toPlainText() == "Written while the coding screen was closed"
    assert people[0].code in coding.entry_heading.text()

    # the cycle screen: an action agreed elsewhere while it was hidden is counted when it is opened
    assert reads.calls["cycle"] == 0
    added = services.actions.add(window._current_session.id, "Visit the housing team", "Siân", date(2026, 2, 1))
    window.data_changed.emit(added.changes, None)
    assert reads.calls["cycle"] == 0
    _open_tab(qtbot, window, window.cycle_view)
    assert reads.calls["cycle"] == 1
    assert "actions agreed this cycle 1" in window.cycle_view.summary_label.text()
    assert window.cycle_view.cycle_combo.count() == 1

    # with the cycle screen shown, a programme switch loads it at once, for the programme now chosen
    _choose_programme(window, other[0].id)
    assert reads.calls["cycle"] == 2
    assert "actions agreed this cycle 0" in window.cycle_view.summary_label.text()
    assert reads.calls["practice_map"] == 0 and reads.calls["trends"] == 0

    # a session added while the practice map is hidden shows when the map is opened
    _choose_programme(window, big_programme.id)
    fourth = services.sessions.add_from_template(big_programme.id, "par-cycle-review", date(2026, 6, 1), time(9, 0))
    window.data_changed.emit(fourth.changes, None)
    assert reads.calls["practice_map"] == 0
    _open_tab(qtbot, window, window.practice_map)
    assert reads.calls["practice_map"] == 1
    assert window.practice_map.model.columnCount() == 4


def test_the_coding_list_reads_a_page_at_a_time_as_it_scrolls(qtbot, qtmodeltester, two_programmes) -> None:
    window, services, other, big, reads = two_programmes
    big_programme = big[0]
    coding = window.coding_widget
    model = coding.entry_model
    model.page_size = 5  # 24 entries: five pages
    _choose_programme(window, big_programme.id)
    expected = services.coding.entries(big_programme.id)
    assert len(expected) == 24
    window.resize(1280, 700)
    _open_tab(qtbot, window, coding)
    QApplication.processEvents()

    # the count is right at once (the rest of the list read after its first page); only the pages
    # with rows on screen have been read
    assert reads.calls["coding"] == 1 and reads.calls["coding_rest"] == 1
    assert model.rowCount() == 24
    assert coding.entries_label.text() == "<b>Entries</b> (24)"
    visible = coding.entry_view.rowAt(coding.entry_view.viewport().height() - 1)
    assert 0 < visible < 20, "the list should be taller than the view for this check"
    first_reads = reads.calls["pages"]
    assert 1 <= first_reads < 5
    assert coding.entry_model.index(0, 2).data() == expected[0].participant_code

    # scrolling to the bottom reads the rest that comes into view, and the last row is the last entry
    coding.entry_view.setFocus()
    qtbot.keyClick(coding.entry_view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    QApplication.processEvents()
    assert reads.calls["pages"] > first_reads
    last = model.rowCount() - 1
    assert coding.entry_view.currentIndex().row() == last
    assert coding.entry_view.rowAt(coding.entry_view.viewport().height() - 1) in (last, -1)
    assert coding.text_view.toPlainText() == expected[-1].text
    for row in range(coding.entry_view.rowAt(0), last + 1):
        assert model.index(row, 2).data() == expected[row].participant_code
        assert model.index(row, 3).data() == expected[row].prompt

    # marking the last entry reviewed updates its row in place: same count, the mark on screen and on disk
    qtbot.mouseClick(coding.reviewed_box, Qt.MouseButton.LeftButton)
    assert model.rowCount() == 24 and coding.entries_label.text() == "<b>Entries</b> (24)"
    assert model.index(last, 5).data() == "yes"
    assert services.coding.entries(big_programme.id)[-1].reviewed
    assert coding.entry_view.currentIndex().row() == last
    qtmodeltester.check(model)


def test_a_long_coding_list_shows_its_first_page_while_the_rest_is_read(qtbot, qtmodeltester, two_programmes) -> None:
    """The list's first page at once; the rest read on another thread, the entry chosen kept."""
    import threading

    from workshop_app.domain.errors import StorageError
    from workshop_app.ui import coding_view

    window, services, other, big, reads = two_programmes
    big_programme = big[0]
    coding = window.coding_widget
    coding.reads = TaskRunner(coding)  # a real thread, as in the app
    model = coding.entry_model
    model.page_size = 5  # 24 entries: the first page, then the rest
    expected = services.coding.entries(big_programme.id)
    gate = threading.Event()
    read_ids = services.coding.entry_ids

    def slow_ids(*args, **kwargs):
        assert threading.current_thread() is not threading.main_thread()
        gate.wait(10)
        return read_ids(*args, **kwargs)

    services.coding.entry_ids = slow_ids
    _choose_programme(window, big_programme.id)
    _open_tab(qtbot, window, coding)

    # the first page is shown and usable while the rest is read
    assert model.rowCount() == 5
    assert coding.entries_label.text() == "<b>Entries</b> (…)"
    assert coding.entries_label.toolTip() == "Reading the rest of the list; its first entries are shown"
    assert [model.index(row, 2).data() for row in range(5)] == [e.participant_code for e in expected[:5]]
    coding.entry_view.selectRow(2)
    assert coding.text_view.toPlainText() == expected[2].text
    gate.set()
    qtbot.waitUntil(lambda: model.rowCount() == 24)
    assert coding.entries_label.text() == "<b>Entries</b> (24)"
    assert coding.entry_view.currentIndex().row() == 2  # the person's choice is kept
    assert [model.index(row, 3).data() for row in range(24)] == [e.prompt for e in expected]
    qtmodeltester.check(model)

    # an entry beyond the first page stays chosen when the list is read again
    coding.entry_view.selectRow(20)
    gate.clear()
    window.data_changed.emit(r.Changes(reflections=True), None)
    assert model.rowCount() == 5 and coding.text_view.toPlainText() == expected[0].text
    gate.set()
    qtbot.waitUntil(lambda: model.rowCount() == 24)
    assert coding.entry_view.currentIndex().row() == 20
    assert coding.text_view.toPlainText() == expected[20].text

    # switching programme while the rest is read: the late list of the old programme is dropped
    gate.clear()
    window.data_changed.emit(r.Changes(reflections=True), None)
    _choose_programme(window, other[0].id)
    assert model.rowCount() == 3 and coding.entries_label.text() == "<b>Entries</b> (3)"
    gate.set()
    assert coding.wait_for_list()
    QApplication.processEvents()
    assert model.rowCount() == 3
    assert coding.entry_model.id_at(0) in read_ids(other[0].id)

    # a read that fails says so plainly, and the first page stays
    said: list[str] = []
    monkey_error = StorageError("The database could not be read.")

    def failing(*_args, **_kwargs):
        raise monkey_error

    services.coding.entry_ids = failing
    original = coding_view.show_error
    coding_view.show_error = lambda _parent, exc, _title="": said.append(str(exc))
    try:
        _choose_programme(window, big_programme.id)
        qtbot.waitUntil(lambda: bool(said))
    finally:
        coding_view.show_error = original
        services.coding.entry_ids = read_ids
    assert said == ["The database could not be read."]
    assert model.rowCount() == 5
    assert coding.entries_label.text() == "<b>Entries</b> (first 5 only)"
    assert "could not be read" in coding.entries_label.toolTip()
    window.data_changed.emit(r.Changes(reflections=True), None)  # read again: whole
    qtbot.waitUntil(lambda: model.rowCount() == 24)
    assert coding.entries_label.text() == "<b>Entries</b> (24)"

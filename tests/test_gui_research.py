"""Search, coding, trends and export as a person uses them in the real window."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QTextCursor
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from sqlalchemy import text

from tests.gui_helpers import answer_dialog, type_text
from tests.research_fixtures import research, research_template  # noqa: F401
from workshop_app.domain.research import ExportFormat, ExportLevel
from workshop_app.ui import coding_view
from workshop_app.ui.coding_view import to_utf16
from workshop_app.ui.export_dialog import ExportDialog
from workshop_app.ui.main_window import MainWindow
from workshop_app.ui.research_models import HTML_ROLE
from workshop_app.ui.tasks import TaskRunner


@pytest.fixture
def window(qtbot, research, monkeypatch):  # noqa: F811
    services, built = research

    def no_message_expected(_parent, exc, *_a):
        raise AssertionError(f"unexpected message: {exc}")

    monkeypatch.setattr(coding_view, "show_error", no_message_expected)
    win = MainWindow(services, runner=TaskRunner(synchronous=True))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win, services, built
    win.close()


def test_ctrl_f_finds_words_in_any_script_and_opens_the_entry(qtbot, window) -> None:
    win, services, built = window
    qtbot.keySequence(win, QKeySequence.StandardKey.Find)
    dialog = win.search_dialog
    assert dialog is not None and dialog.isVisible()
    type_text(dialog.query_edit, "ДОВІР")
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2, timeout=3000)
    assert "довіра" in dialog.model.index(0, 0).data(HTML_ROLE) and "background-color" in dialog.model.index(0, 0).data(
        HTML_ROLE
    )
    assert "2 found" in dialog.status.text()
    hit = dialog.model.item(0)
    index = dialog.model.index(0, 0)
    where = dialog.view.visualRect(index).center()
    qtbot.mouseClick(dialog.view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(dialog.view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert win._current_session is not None and win._current_session.id == hit.session_id
    editor = win.reflection_editor
    assert editor.participant_combo.currentData() == built.people[3].id
    assert editor.prompt_combo.currentData() == hit.prompt
    assert "довіра" in editor.editor.toPlainText()
    assert editor.editor.textCursor().selectedText() == "довіра"
    dialog.query_edit.clear()
    type_text(dialog.query_edit, "nothing-like-this")
    qtbot.waitUntil(lambda: dialog.status.text() == "Nothing found.", timeout=3000)


def test_tag_a_passage_undo_redo_review_and_see_frequencies(qtbot, window) -> None:
    win, services, built = window
    win.session_tabs.setCurrentWidget(win.coding_widget)
    view = win.coding_widget
    entries = view.entry_model.items()
    assert len(entries) == 14
    row = next(i for i, e in enumerate(entries) if "信任" in e.text)
    view.entry_view.selectRow(row)
    entry = view.current_entry()
    code_row = next(i for i, c in enumerate(view.code_model.items()) if c.name == "Building trust")
    view.code_view.selectRow(code_row)
    # select the two characters after the emoji, as a mouse drag would
    start = entry.text.index("信任")
    cursor = view.text_view.textCursor()
    cursor.setPosition(to_utf16(entry.text, start))
    cursor.setPosition(to_utf16(entry.text, start + 2), QTextCursor.MoveMode.KeepAnchor)
    view.text_view.setTextCursor(cursor)
    qtbot.mouseClick(view.tag_passage_button, Qt.MouseButton.LeftButton)
    [coding] = next(
        e for e in services.coding.entries(built.programme_id) if e.reflection_id == entry.reflection_id
    ).codings
    assert (coding.start, coding.end, coding.quote) == (start, start + 2, "信任")
    assert view.coding_model.index(0, 1).data() == "“信任”"
    assert len(view.text_view.extraSelections()) == 1
    assert view.undo_stack.undoText() == "Tag “Building trust”"
    view.undo_stack.undo()
    assert (
        next(e for e in services.coding.entries(built.programme_id) if e.reflection_id == entry.reflection_id).codings
        == ()
    )
    view.undo_stack.redo()
    qtbot.mouseClick(view.tag_entry_button, Qt.MouseButton.LeftButton)
    freq_row = next(i for i, r in enumerate(view.freq_model.table.rows) if r.code_name == "Building trust")
    assert view.freq_model.index(freq_row, view.freq_model.columnCount() - 1).data() == "1"
    view.by_combo.setCurrentIndex(view.by_combo.findData("sector"))
    assert "1 group with fewer than 3 people" in view.freq_note.text()
    assert [view.freq_model.headerData(i, Qt.Orientation.Horizontal) for i in (1, 2)] == ["Health", "Housing"]
    # reviewed
    unreviewed = next(i for i, e in enumerate(view.entry_model.items()) if not e.reviewed)
    view.entry_view.selectRow(unreviewed)
    rid = view.current_entry().reflection_id
    qtbot.mouseClick(view.reviewed_box, Qt.MouseButton.LeftButton)
    assert next(e for e in services.coding.entries(built.programme_id) if e.reflection_id == rid).reviewed


def test_trends_chart_overall_and_by_sector(qtbot, window) -> None:
    win, services, built = window
    win.session_tabs.setCurrentWidget(win.trends_widget)
    view = win.trends_widget
    assert view.item_combo.count() == len(services.content_library.self_assessment.elements)
    [line] = view.chart.series()
    assert [p.x() for p in line.points()] == [1, 2]
    view.by_combo.setCurrentIndex(view.by_combo.findData("sector"))
    assert [s.name() for s in view.chart.series()] == ["Health", "Housing"]
    assert "1 group(s) with fewer than 3 people" in view.note.text()
    assert view.table_model.rowCount() == 2 and "(n=3)" in view.table_model.index(0, 1).data()


def test_export_dialog_writes_the_chosen_format_and_level(qtbot, window, tmp_path: Path) -> None:
    win, services, built = window
    out = tmp_path / "harbour.json"
    errors: list[BaseException] = []

    def fill(dialog: ExportDialog) -> None:
        assert isinstance(dialog, ExportDialog)
        dialog.format_combo.setCurrentIndex(dialog.format_combo.findData(ExportFormat.JSON))
        dialog.level_combo.setCurrentIndex(dialog.level_combo.findData(ExportLevel.NO_IDENTIFIERS))
        dialog.path_edit.setText(str(out))
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    answer_dialog(fill, errors=errors)
    win.export_action.trigger()
    assert not errors, errors
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["level"] == "no-identifiers" and len(doc["participants"]) == 7
    assert "Exported" in win.statusBar().currentMessage()
    assert QApplication.activeModalWidget() is None


def test_an_export_that_names_people_needs_the_facilitator_pin(qtbot, window, tmp_path: Path, monkeypatch) -> None:
    from workshop_app.ui import main_window as main_window_module

    win, services, built = window
    services.settings.set_pin("4826")
    out = tmp_path / "named.csv"
    pins = iter(["1111", "4826"])
    monkeypatch.setattr(main_window_module, "ask_export_pin", lambda parent: next(pins))
    errors: list[BaseException] = []
    seen: list[str] = []

    def fill(dialog: ExportDialog) -> None:
        dialog.format_combo.setCurrentIndex(dialog.format_combo.findData(ExportFormat.CSV))
        dialog.level_combo.setCurrentIndex(dialog.level_combo.findData(ExportLevel.FULL))
        dialog.path_edit.setText(str(out))
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)  # wrong PIN: refused inline, nothing written
        seen.append(dialog.error_label.text())
        assert dialog.isVisible() and not out.exists()
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)  # the right PIN

    answer_dialog(fill, errors=errors)
    win.export_action.trigger()
    assert not errors, errors
    assert "PIN is not right" in seen[0]
    assert out.exists() and "Exported" in win.statusBar().currentMessage()
    with services.db.unit_of_work(write=False) as uow:
        actions = [row[0] for row in uow.db.execute(text("SELECT action FROM audit_event ORDER BY rowid"))]
    assert any(a.startswith("export ") and "(full)" in a for a in actions)


def test_the_export_dialogs_save_as_label_names_the_file_box_for_alt_s(qtbot, tmp_path: Path) -> None:
    """A label beside a layout has no buddy of its own: without one it showed "&Save as" literally."""
    from PySide6.QtWidgets import QFormLayout, QLabel

    dialog = ExportDialog(lambda values: None, tmp_path / "export.csv")
    qtbot.addWidget(dialog)
    label = next(w for w in dialog.findChildren(QLabel) if w.text() == dialog.tr("&Save as"))
    assert label.buddy() is dialog.path_edit
    # every label in the form that carries a mnemonic has a buddy (the offscreen platform sends no Alt keys)
    form = dialog.form
    for row in range(form.rowCount()):
        item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        shown = item.widget() if item is not None else None
        if isinstance(shown, QLabel) and "&" in shown.text():
            assert shown.buddy() is not None, shown.text()


def _hit(snippet: tuple[tuple[str, bool], ...]):  # type: ignore[no-untyped-def]
    from workshop_app.domain.research import SearchHit, SearchKind

    return SearchHit(SearchKind.REFLECTION, "r1", snippet, None, "Session", None, None, "Someone", "Prompt", 1.0)


def test_a_match_far_along_its_snippet_is_shown_in_the_found_column(qtbot) -> None:
    """A snippet is 24 words; in a narrow column its highlighted word used to be cut off at the
    right. The cell now starts further along, so the word is seen, with some words before it."""
    from PySide6.QtGui import QColor
    from PySide6.QtWidgets import QTableView

    from workshop_app.ui.research_models import HtmlDelegate, SearchHitTableModel

    before = "…we talked for a long while about many different things, budgets and rotas and rooms, before the "
    model = SearchHitTableModel()
    model.set_items(
        [
            _hit(((before, False), ("trust", True), (" question came up again at the end…", False))),
            _hit((("…", False), ("trust", True), (" came first here, and the rest followed after it.", False))),
        ]
    )
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.setItemDelegateForColumn(0, HtmlDelegate(view))
    view.setColumnWidth(0, 260)
    view.setWordWrap(False)
    view.resize(700, 200)
    view.show()
    qtbot.waitExposed(view)

    def marked_columns(row: int) -> list[int]:
        """The x of every pixel in the row's Found cell painted in the highlight colour."""
        image = view.viewport().grab().toImage()
        rect = view.visualRect(model.index(row, 0))
        return [
            x
            for x in range(rect.left(), rect.right())
            for y in range(rect.top(), rect.bottom())
            if QColor(image.pixel(x, y)).name() == "#ffe08a"
        ]

    far = marked_columns(0)
    assert far, "the highlighted word is not in view"
    assert min(far) > 260 // 8  # words before it stay in view for context
    near = marked_columns(1)
    assert near and min(near) < 30  # a match already in view is not moved

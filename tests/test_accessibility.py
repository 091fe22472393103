"""Every screen by keyboard alone: every focusable control has an accessible name, Tab reaches them all."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QMessageBox, QScrollBar, QWidget

from tests.screens import visit_screens


def focusable(root: QWidget) -> list[QWidget]:
    """Controls a person can Tab to: visible, enabled, taking Tab focus (a scroll area's own viewport aside)."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not (widget.isVisibleTo(root) or widget is root) or not widget.isEnabled():
            continue
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus or isinstance(widget, QScrollBar):
            continue
        if widget.focusProxy() is not None:
            continue
        parent = widget.parentWidget()
        if isinstance(parent, QAbstractScrollArea) and widget is parent.viewport():
            continue
        found.append(widget)
    return found


def describe(widget: QWidget) -> str:
    return f"{type(widget).__name__}(objectName={widget.objectName()!r}, parent={type(widget.parentWidget()).__name__})"


def accessible_text(widget: QWidget, kind: QAccessible.Text) -> str:
    face = QAccessible.queryAccessibleInterface(widget)
    return face.text(kind).strip() if face is not None else ""


def test_every_focusable_control_on_every_screen_has_an_accessible_name_and_description(
    qtbot, tmp_path: Path, library
) -> None:
    problems: list[str] = []

    def check(screen: str, root: QWidget) -> None:
        for widget in focusable(root):
            if not accessible_text(widget, QAccessible.Text.Name):
                problems.append(f"{screen}: no accessible name: {describe(widget)}")
            elif isinstance(widget.window(), QMessageBox):
                continue  # a message's own buttons (OK, Cancel) say all there is to say
            elif not accessible_text(widget, QAccessible.Text.Description) and not widget.toolTip():
                problems.append(f"{screen}: no description (tooltip): {describe(widget)}")

    visited = visit_screens(qtbot, tmp_path, library, check)
    assert len(visited) >= 10, visited
    assert not problems, "\n".join(sorted(set(problems)))


def test_tab_reaches_every_control_on_every_screen(qtbot, tmp_path: Path, library) -> None:
    """Pressing Tab again and again visits every visible control once before coming back round."""
    problems: list[str] = []

    def check(screen: str, root: QWidget) -> None:
        window = root.window()
        window.activateWindow()
        wanted = [w for w in focusable(window) if w.isVisible() and w.window() is window and w is not window]
        if not wanted:
            return
        wanted[0].setFocus(Qt.FocusReason.TabFocusReason)
        reached: list[QWidget] = []
        widget: QWidget | None = wanted[0]
        for _ in range(4 * len(wanted) + 10):
            if widget is None or widget in reached:
                break
            reached.append(widget)
            widget = widget.nextInFocusChain()
            while widget is not None and widget not in wanted and widget is not wanted[0]:
                widget = widget.nextInFocusChain()
        missing = [describe(w) for w in wanted if w not in reached]
        if missing:
            problems.append(f"{screen}: Tab never reaches {missing}")
        QApplication.processEvents()

    visit_screens(qtbot, tmp_path, library, check)
    assert not problems, "\n".join(problems)


def test_on_a_projector_sized_window_the_block_details_stay_readable_beside_a_long_message(
    qtbot, tmp_path: Path, library
) -> None:
    """At 1280×800 the "no consent" message wraps instead of squeezing the block details into a
    column of single words (it used to leave them 70 px)."""
    from tests.screens import open_demo_window

    window = open_demo_window(qtbot, tmp_path / "demo.db", library)
    window.resize(1280, 800)
    qtbot.waitExposed(window)
    editor = window.reflection_editor
    person = editor.participant_combo.currentData()
    withdrawn = window.services.consent.record(person, taking_part=False)  # the editor's longest message
    window.data_changed.emit(withdrawn.changes, None)
    qtbot.waitUntil(lambda: "not consented" in editor.status.text())
    assert editor.status.isVisible()
    line = editor.status.fontMetrics().height()
    # the layout follows the new message on the next turns of the event loop
    qtbot.waitUntil(lambda: editor.status.height() > line, timeout=2000)  # wrapped over two lines
    assert window.block_details.width() >= 300, window.block_details.width()


def test_at_double_text_size_the_no_consent_message_is_shown_whole_in_place_of_the_text_box(
    qtbot, tmp_path: Path, library, restore_look
) -> None:
    """At 200 % text on a projector laptop's 1280×800 screen the window was 1386 px wide (the
    agenda's buttons in one row), and the message needed 99 px beside the (read-only) text box and
    got 69: its first and last lines were cut off. Nothing can be typed for a person without
    consent, so the message now takes the text box's place and asks for the lines it needs; the
    buttons wrap onto a second line, below which the agenda begins."""
    from tests.screens import open_demo_window

    window = open_demo_window(qtbot, tmp_path / "demo.db", library)
    window.text_size_actions[200].trigger()
    window.resize(1280, 800)
    qtbot.waitExposed(window)
    editor = window.reflection_editor
    combo = editor.participant_combo
    withdrawn = window.services.consent.record(combo.currentData(), taking_part=False)
    window.data_changed.emit(withdrawn.changes, None)
    qtbot.waitUntil(lambda: "not consented" in editor.status.text())
    status = editor.status
    qtbot.waitUntil(lambda: status.height() >= status.heightForWidth(status.width()), timeout=2000)
    assert status.heightForWidth(status.width()) > 1.5 * status.fontMetrics().height()  # it wraps
    assert not editor.editor.isVisible() and editor.editor.isReadOnly()
    assert (window.width(), window.height()) == (1280, 800)
    agenda = window.agenda_editor
    assert agenda.template_button.y() > agenda.add_button.y()  # a second line of buttons
    assert agenda.template_button.geometry().bottom() < agenda.view.y()  # not overlapped by the agenda
    combo.setCurrentIndex(1)  # a person who has consented: the text box is back, and can be typed in
    qtbot.waitUntil(lambda: editor.editor.isVisible())
    assert not editor.editor.isReadOnly() and "not consented" not in status.text()


def test_the_agenda_buttons_keep_one_line_where_it_fits_and_wrap_where_it_does_not(
    qtbot, tmp_path: Path, library
) -> None:
    from tests.screens import open_demo_window

    window = open_demo_window(qtbot, tmp_path / "demo.db", library)
    window.resize(1280, 800)
    agenda = window.agenda_editor
    adds, library_button, template = agenda.add_button, agenda.block_library_button, agenda.template_button
    qtbot.waitUntil(lambda: template.x() > 0)
    assert template.y() == adds.y() and library_button.y() == adds.y()  # one line, as the row was
    assert agenda.width() - template.geometry().right() < 20  # the library buttons keep to the right
    assert library_button.x() > agenda.down_button.geometry().right() + 20  # with room between the groups
    window.resize(700, 800)  # narrower than the row
    qtbot.waitUntil(lambda: template.y() > adds.y())
    assert library_button.y() == template.y() and library_button.x() == adds.x()  # the second group, below
    assert template.geometry().bottom() < agenda.view.y()
    assert all(b.geometry().right() <= agenda.width() for b in (template, agenda.down_button))


@pytest.mark.parametrize("high_contrast", [False, True], ids=["standard", "high-contrast"])
def test_every_tab_fits_a_1280_by_800_screen(qtbot, tmp_path: Path, library, restore_look, high_contrast) -> None:
    """A projector laptop's screen: no tab may make the window grow past it (the Run tab did, to 1324x880),
    in either theme (high contrast draws with another style, whose frames and buttons are larger)."""
    from tests.screens import open_demo_window
    from workshop_app.ui import appearance

    # styled as the app styles itself (sizes follow the style sheet's borders and padding, and the
    # programme list was sized after it was filled: the Run tab then took the window to 1454 pixels)
    app = QApplication.instance()
    appearance.apply_theme(high_contrast)
    try:
        window = open_demo_window(qtbot, tmp_path / "demo.db", library)
        window.resize(1280, 800)
        assert window.minimumSizeHint().width() <= 1280
        for name in ("run_view", "cycle_view", "practice_map", "coding_widget", "trends_widget"):
            getattr(window, name)  # each screen is built when first shown, or asked for
            needed = window.minimumSizeHint()
            assert needed.width() <= 1280 and needed.height() <= 800, (name, needed.width(), needed.height())
        for index in range(window.session_tabs.count()):  # and shown, as a facilitator clicks through
            window.session_tabs.setCurrentIndex(index)
            qtbot.wait(50)
            assert (window.width(), window.height()) == (1280, 800), window.session_tabs.tabText(index)
    finally:
        app.setStyleSheet("")

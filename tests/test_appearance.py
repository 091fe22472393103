"""The View menu: text size, high contrast and language, remembered in the settings file."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSettings, Qt
from PySide6.QtGui import QAccessible, QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QStyle,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from tests.screens import open_demo_window
from tests.test_translations import clipped_texts
from workshop_app import paths
from workshop_app.ui import appearance


def _stored(key: str):  # type: ignore[no-untyped-def]
    return QSettings(str(paths.config_dir() / "settings.ini"), QSettings.Format.IniFormat).value(key)


def _edge_colours(widget: QWidget, rect: QRect | None = None) -> set[str]:
    """The colours of the outermost pixel along the middle half of a widget's left and right edges
    (or of `rect` within it), as a person would see it: a focus ring paints them all one colour."""
    image = widget.grab().toImage()
    area = rect or QRect(0, 0, image.width(), image.height())
    rows = range(area.top() + area.height() // 4, area.top() + 3 * area.height() // 4)
    return {QColor(image.pixel(x, y)).name() for x in (area.left(), area.right()) for y in rows}


def _ring_on(widget: QWidget) -> QWidget | None:
    ring = widget.findChild(QWidget, "wcFocusRing")
    return ring if ring is not None and ring.isVisible() else None


def test_text_size_scales_every_screen_and_is_remembered(qtbot, tmp_path: Path, library, restore_look) -> None:
    window = open_demo_window(qtbot, tmp_path / "look.db", library)
    base = QApplication.font().pointSizeF()
    heading = window.session_heading.font().pointSizeF()
    window.text_size_actions[200].trigger()
    assert QApplication.font().pointSizeF() == pytest.approx(base * 2)
    assert window.session_heading.font().pointSizeF() == pytest.approx(heading * 2)  # headings keep their ratio
    assert window.print_button.font().pointSizeF() == pytest.approx(base * 2)
    assert int(_stored("view/text_size")) == 200
    assert appearance.text_size() == 200
    window.resize(2200, 1200)
    QApplication.processEvents()
    assert not clipped_texts(window)
    window.smaller_text_action.trigger()
    assert int(_stored("view/text_size")) == 175
    window.text_size_actions[100].trigger()
    assert QApplication.font().pointSizeF() == pytest.approx(base)


def test_high_contrast_is_white_on_black_and_remembered(qtbot, tmp_path: Path, library, restore_look) -> None:
    window = open_demo_window(qtbot, tmp_path / "look.db", library)
    appearance.apply_theme(False)
    window.activateWindow()
    window.new_programme_button.setFocus()
    qtbot.waitUntil(lambda: _edge_colours(window.new_programme_button) == {appearance.FOCUS_COLOUR})
    window.high_contrast_action.trigger()
    palette = QApplication.palette()
    assert palette.color(QPalette.ColorRole.Window).name() == "#000000"
    assert palette.color(QPalette.ColorRole.WindowText).name() == "#ffffff"
    assert _edge_colours(window.new_programme_button) == {"#ffff00"}  # the focus ring is yellow at once
    window.programme_combo.setFocus()  # and stays yellow on the next control
    qtbot.waitUntil(lambda: _edge_colours(window.programme_combo) == {"#ffff00"})
    window.new_programme_button.setFocus()
    qtbot.waitUntil(lambda: _edge_colours(window.new_programme_button) == {"#ffff00"})
    assert _stored("view/high_contrast") in (True, "true")
    window.high_contrast_action.trigger()
    assert QApplication.palette().color(QPalette.ColorRole.Window).name() != "#000000"


FIELDS = (QLineEdit, QAbstractSpinBox, QPlainTextEdit, QTextEdit, QCheckBox, QRadioButton)


def _edge_is_seen(widget: QWidget) -> bool:
    """Whether the part of the widget that shows where it is (a field's frame, a box's or a circle's
    outline, or the yellow focus ring over it) has a pixel that stands out from the window's black:
    one with at least 4.5:1 contrast against black, as a white, light grey or yellow line has."""
    image = widget.grab().toImage()
    style = widget.style()
    if isinstance(widget, QCheckBox | QRadioButton):
        metric = QStyle.PixelMetric.PM_IndicatorWidth
        if isinstance(widget, QRadioButton):
            metric = QStyle.PixelMetric.PM_ExclusiveIndicatorWidth
        width = style.pixelMetric(metric, None, widget) + 2
        points = [(x, y) for x in range(min(width, image.width())) for y in range(image.height())]
    else:  # a text field, spin box or list: its left edge, away from the corners
        points = [(x, y) for x in range(3) for y in range(image.height() // 4, 3 * image.height() // 4)]
    return any(_contrast_with_black(QColor(image.pixel(x, y))) >= 4.5 for x, y in points)


def _contrast_with_black(colour: QColor) -> float:
    """WCAG 2 contrast ratio of a colour against black."""

    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    red, green, blue = (linear(c) for c in (colour.redF(), colour.greenF(), colour.blueF()))
    return (0.2126 * red + 0.7152 * green + 0.0722 * blue + 0.05) / 0.05


def test_in_high_contrast_every_field_and_box_on_every_screen_shows_its_edge(
    qtbot, tmp_path: Path, library, restore_look
) -> None:
    """White on black: a field's frame, a check box and a radio button must be seen, or a person
    cannot tell where to type or what to tick. (With Qt's Fusion style every one was drawn black
    on black: the new-database dialog's passphrase fields, every form, the kiosk's sheet.)"""
    from tests.screens import visit_screens

    appearance.apply_theme(True)
    problems: list[str] = []
    checked: list[str] = []

    def check(screen: str, root: QWidget) -> None:
        for widget in root.findChildren(QWidget):
            if not widget.isVisible() or widget.window() is not root.window():
                continue
            if isinstance(widget, QLineEdit) and isinstance(widget.parentWidget(), QAbstractSpinBox | QComboBox):
                continue  # the text part of a spin box or a list: the outer widget has the frame
            if isinstance(widget, QPlainTextEdit | QTextEdit) and widget.isReadOnly():
                continue  # text to read, not a field
            if not isinstance(
                widget, QLineEdit | QAbstractSpinBox | QPlainTextEdit | QTextEdit | QCheckBox | QRadioButton
            ):
                continue
            checked.append(type(widget).__name__)
            if not _edge_is_seen(widget):
                problems.append(f"{screen}: {type(widget).__name__} {widget.accessibleName()!r}")

    visit_screens(qtbot, tmp_path, library, check)
    assert {"QLineEdit", "QPlainTextEdit", "QCheckBox", "QRadioButton"} <= set(checked), sorted(set(checked))
    assert not problems, "\n".join(sorted(set(problems)))


def test_high_contrast_is_undone_to_the_style_the_app_started_with(qtbot, restore_look) -> None:
    app = QApplication.instance()
    app.setStyleSheet("")
    started = app.style().name()
    appearance.apply_theme(False)  # as the app starts: no style sheet at all
    assert app.styleSheet() == ""
    appearance.apply_theme(True)  # switched on from the View menu: nor in high contrast
    assert app.styleSheet() == ""
    assert app.style().name().lower() == appearance.HIGH_CONTRAST_STYLE.lower()
    appearance.apply_theme(False)
    appearance.apply_theme(True)
    appearance.apply_theme(False)
    assert app.styleSheet() == ""
    assert app.style().name() == started
    assert app.palette().color(QPalette.ColorRole.Window).name() != "#000000"


def test_in_high_contrast_table_headings_stay_readable_and_no_screen_loses_its_text_sizes(
    qtbot, tmp_path: Path, library, restore_look
) -> None:
    """That style fills a highlighted heading with a white dither (every heading, once a whole row
    is chosen), so in high contrast no heading is highlighted, on any screen. With no style sheet
    set, nothing puts back the sizes the kiosk gives its answers (a sheet used to)."""
    from tests.screens import visit_screens

    appearance.apply_theme(True)
    highlighted: list[str] = []
    enlarged: list[str] = []

    def check(screen: str, root: QWidget) -> None:
        for header in root.findChildren(QHeaderView):
            if header.isVisible() and header.highlightSections():
                highlighted.append(f"{screen}: {header.parentWidget().accessibleName()!r}")
        for button in root.findChildren(QRadioButton):
            scale = button.property(appearance.FONT_SCALE_PROPERTY)
            if button.isVisible() and scale is not None:
                enlarged.append(screen)
                assert button.font().pointSizeF() == pytest.approx(QApplication.font().pointSizeF() * scale), screen

    visit_screens(qtbot, tmp_path, library, check)
    assert not highlighted, "\n".join(highlighted)
    assert any("kiosk" in screen for screen in enlarged), enlarged

    window = open_demo_window(qtbot, tmp_path / "headings.db", library)
    view = window.participant_view
    view.selectRow(0)  # a whole row chosen
    header = view.horizontalHeader()
    image = header.grab().toImage()
    white = sum(
        QColor(image.pixel(x, y)).name() == "#ffffff" for x in range(image.width()) for y in range(image.height())
    )
    assert white < image.width() * image.height() * 0.3  # white text and edges on black, not a white dither
    appearance.apply_theme(False)  # the standard theme highlights the chosen row's headings again
    assert header.highlightSections()


def test_language_choice_is_remembered_for_the_next_start(qtbot, tmp_path: Path, library) -> None:
    window = open_demo_window(qtbot, tmp_path / "look.db", library)
    window.language_actions["cy"].trigger()
    assert _stored("view/language") == "cy"
    assert appearance.language() == "cy"
    assert "next starts" in window.statusBar().currentMessage()


def test_escape_html_matches_the_standard_library() -> None:
    import html
    import random

    from workshop_app.ui.texts import escape_html

    alphabet = "<>&\"' aéŁ€😀&amp;#x27;"
    rng = random.Random(7)
    for _ in range(2000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        assert escape_html(text) == html.escape(text)


def test_the_focus_ring_follows_the_keyboard_and_no_style_sheet_is_set(
    qtbot, tmp_path: Path, library, restore_look
) -> None:
    """Standard theme: a 2 px ring in the focus colour around whatever has the keyboard, and only
    there; the application has no style sheet (with one, every widget is drawn through Qt's
    style-sheet engine, which made the first window slower to appear)."""
    appearance.apply_theme(False)
    assert QApplication.instance().styleSheet() == ""
    window = open_demo_window(qtbot, tmp_path / "ring.db", library)
    window.activateWindow()
    window.new_programme_button.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.new_programme_button)
    assert _edge_colours(window.new_programme_button) == {appearance.FOCUS_COLOUR}
    assert appearance.FOCUS_COLOUR not in _edge_colours(window.programme_combo)

    # a screen reader finds the button as it was: the ring is no child of it in the accessible tree
    accessible = QAccessible.queryAccessibleInterface(window.new_programme_button)
    assert accessible.childCount() == 0 and _ring_on(window.new_programme_button) is not None

    qtbot.keyClick(window.new_programme_button, Qt.Key.Key_Backtab)  # back to the programme list
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.programme_combo)
    assert _edge_colours(window.programme_combo) == {appearance.FOCUS_COLOUR}
    assert appearance.FOCUS_COLOUR not in _edge_colours(window.new_programme_button)
    assert _ring_on(window.new_programme_button) is None

    # a table flush with the edge of its panel: the ring lies inside it, so no side is cut off
    table = window.agenda_editor.view
    table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is table)
    assert table.x() == 0
    assert _edge_colours(table) == {appearance.FOCUS_COLOUR}
    ring = _ring_on(table)
    assert ring is not None and ring.geometry() == table.rect()
    table.resize(table.width() - 40, table.height() - 10)  # the ring follows the control's size
    qtbot.waitUntil(lambda: ring.geometry() == table.rect())


def test_the_focus_ring_frames_the_current_tab_and_a_check_box_with_its_words(
    qtbot, tmp_path: Path, library, restore_look
) -> None:
    appearance.apply_theme(False)
    window = open_demo_window(qtbot, tmp_path / "tabs.db", library)
    window.activateWindow()
    bar = window.session_tabs.tabBar()
    bar.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is bar)
    ring = _ring_on(bar)
    assert ring is not None and ring.geometry() == bar.tabRect(bar.currentIndex())
    qtbot.keyClick(bar, Qt.Key.Key_Right)  # the next tab, by keyboard
    assert bar.currentIndex() == 1
    qtbot.waitUntil(lambda: ring.geometry() == bar.tabRect(1))
    assert _edge_colours(bar, bar.tabRect(1)) == {appearance.FOCUS_COLOUR}

    dialog = QDialog(window)
    box = QCheckBox("Large print")
    layout = QVBoxLayout(dialog)
    layout.addWidget(box)
    dialog.resize(600, 100)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    box.setFocus()
    qtbot.waitUntil(lambda: _ring_on(box) is not None)
    assert box.width() > box.sizeHint().width() + 100  # the row is wide; the ring is not
    assert _ring_on(box).geometry() == QRect(0, 0, box.sizeHint().width(), box.height())
    dialog.close()


def test_the_ring_survives_the_window_it_was_in_being_deleted(qtbot, tmp_path: Path, library, restore_look) -> None:
    appearance.apply_theme(False)
    window = open_demo_window(qtbot, tmp_path / "gone.db", library)
    dialog = QDialog(window)
    field = QLineEdit(dialog)
    QVBoxLayout(dialog).addWidget(field)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    field.setFocus()
    qtbot.waitUntil(lambda: _ring_on(field) is not None)
    ring = _ring_on(field)
    dialog.deleteLater()
    qtbot.waitUntil(lambda: not _alive(dialog))
    assert not _alive(ring)  # the ring inside it went with it
    window.activateWindow()
    window.print_button.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.print_button)
    qtbot.waitUntil(lambda: _ring_on(window.print_button) is not None)
    assert _edge_colours(window.print_button) == {appearance.FOCUS_COLOUR}


def _alive(widget: QWidget) -> bool:
    from shiboken6 import Shiboken

    return Shiboken.isValid(widget)


def test_error_and_hint_labels_take_the_theme_colours_and_follow_the_text_size(qtbot, restore_look) -> None:
    appearance.apply_theme(False)
    holder = QWidget()
    qtbot.addWidget(holder)
    error, hint, plain = QLabel("Something is wrong"), appearance.hint_label("A quiet hint"), QLabel("Plain")
    appearance.set_text_role(error, "error")
    for label in (error, hint, plain):
        label.setParent(holder)

    def colour(label: QLabel) -> str:
        return label.palette().color(label.foregroundRole()).name()

    assert (colour(error), colour(hint)) == ("#b00020", "#555555")
    assert error.font().weight() >= QFont.Weight.DemiBold and hint.font().weight() < QFont.Weight.DemiBold
    holder.show()
    appearance.apply_theme(True)
    QApplication.processEvents()  # the application's new palette reaches the plain label
    assert (colour(error), colour(hint), colour(plain)) == ("#ff8080", "#e0e0e0", "#ffffff")
    appearance.apply_theme(False)
    assert (colour(error), colour(hint)) == ("#b00020", "#555555")
    appearance.apply_text_size(150)  # the labels keep no size of their own
    size = QApplication.font().pointSizeF()
    assert error.font().pointSizeF() == pytest.approx(size) and hint.font().pointSizeF() == pytest.approx(size)
    appearance.set_text_role(error, "")  # back to plain: the window's colour and weight
    assert colour(error) == colour(plain) and error.font().weight() == plain.font().weight()

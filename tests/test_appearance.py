"""The View menu: text size, high contrast and language, remembered in the settings file."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QStyle,
    QTextEdit,
    QWidget,
)

from tests.screens import open_demo_window
from tests.test_translations import clipped_texts
from workshop_app import paths
from workshop_app.ui import appearance


def _stored(key: str):  # type: ignore[no-untyped-def]
    return QSettings(str(paths.config_dir() / "settings.ini"), QSettings.Format.IniFormat).value(key)


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
    window.high_contrast_action.trigger()
    palette = QApplication.palette()
    assert palette.color(QPalette.ColorRole.Window).name() == "#000000"
    assert palette.color(QPalette.ColorRole.WindowText).name() == "#ffffff"
    assert "#ffff00" in QApplication.instance().styleSheet()  # the focus frame is yellow
    assert _stored("view/high_contrast") in (True, "true")
    window.high_contrast_action.trigger()
    assert QApplication.palette().color(QPalette.ColorRole.Window).name() != "#000000"


FIELDS = (QLineEdit, QAbstractSpinBox, QPlainTextEdit, QTextEdit, QCheckBox, QRadioButton)


def _edge_is_seen(widget: QWidget) -> bool:
    """Whether the part of the widget that shows where it is (a field's frame, a box's or a circle's
    outline) has a pixel that stands out from the window's black: a white or grey outline does."""
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
    return any(QColor(image.pixel(x, y)).lightness() >= 128 for x, y in points)


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
    appearance.apply_theme(False)  # as the app starts: the focus ring's style sheet
    appearance.apply_theme(True)  # switched on from the View menu
    assert app.styleSheet()
    app.setStyleSheet("")  # to read the name of the style beneath the sheet
    assert app.style().name().lower() == appearance.HIGH_CONTRAST_STYLE.lower()
    appearance.apply_theme(False)
    appearance.apply_theme(True)
    appearance.apply_theme(False)
    app.setStyleSheet("")
    assert app.style().name() == started
    assert app.palette().color(QPalette.ColorRole.Window).name() != "#000000"


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
